import DownloadOutlined from '@ant-design/icons/es/icons/DownloadOutlined';
import Button from 'antd/es/button';
import { useState } from 'react';
import { useApi } from '../../../api/api-context';
import { fill } from '../../../i18n/messages';
import { downloadFile } from '../../../api/download-file';
import { memberListPath } from '../api/member-import-api';
import { useMemberImportMessages } from '../i18n/use-member-import-messages';
import { importErrorText } from './import-error-text';

/** "Xuất danh sách (mẫu 7-HSĐV)": the shown org's subtree as .xlsx (the server writes it; the download is audited). */
export function MemberListExportButton({ orgId }: { orgId: string }) {
  const { w } = useMemberImportMessages();
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const run = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await downloadFile(api, memberListPath(orgId), 'danh-sach-dang-vien.xlsx');
    } catch (e) {
      setError(fill(w.downloadFailed, { reason: importErrorText(e) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void run()}>
        {w.exportList}
      </Button>
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}
