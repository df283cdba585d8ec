import DownloadOutlined from '@ant-design/icons/es/icons/DownloadOutlined';
import Button from 'antd/es/button';
import Result from 'antd/es/result';
import { ButtonLink } from '../../../ui/button-link';
import { useApi } from '../../../api/api-context';
import { fill } from '../../../i18n/messages';
import { downloadFile } from '../../../api/download-file';
import { errorReportPath, type MemberImport } from '../api/member-import-api';
import { useMemberImportMessages } from '../i18n/use-member-import-messages';
import { importErrorText } from './import-error-text';

/** The result: members added, rows left out, the error report to download, where to go next. */
export function ImportSummary(props: { current: MemberImport; onAnother: () => void; onDownloadError: (message: string) => void }) {
  const { w } = useMemberImportMessages();
  const api = useApi();
  const { current } = props;
  return (
    <Result
      status="success"
      title={fill(w.summary.done, { n: current.rowsCommitted })}
      subTitle={current.rowsInvalid > 0 ? fill(w.summary.skipped, { n: current.rowsInvalid }) : undefined}
      extra={[
        current.rowsInvalid > 0 && (
          <Button
            key="report"
            icon={<DownloadOutlined />}
            onClick={() => void downloadFile(api, errorReportPath(current.id), 'bao-cao-loi.xlsx').catch((e: unknown) => props.onDownloadError(importErrorText(e)))}
          >
            {w.summary.errorReport}
          </Button>
        ),
        <ButtonLink key="list" to={`/dang-vien?to-chuc=${encodeURIComponent(current.orgId)}`} type="primary">
          {w.summary.toList}
        </ButtonLink>,
        <Button key="another" onClick={props.onAnother}>
          {w.summary.another}
        </Button>,
      ]}
    />
  );
}
