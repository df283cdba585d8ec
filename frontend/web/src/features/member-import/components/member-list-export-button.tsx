import DownloadOutlined from '@ant-design/icons/es/icons/DownloadOutlined';
import { ExportJobButton } from '../../member-export/components/export-job-button';
import { useMemberImportMessages } from '../i18n/use-member-import-messages';

/**
 * "Xuất danh sách (mẫu 7-HSĐV)": the shown org's subtree as .xlsx, written by a server job (a national
 * list is millions of rows): a dialog shows the rows written, then the file is downloaded (audited).
 */
export function MemberListExportButton({ orgId }: { orgId: string }) {
  const { w } = useMemberImportMessages();
  return (
    <ExportJobButton request={{ kind: 'member-list', orgId }} fallbackName="danh-sach-dang-vien.xlsx" icon={<DownloadOutlined />}>
      {w.exportList}
    </ExportJobButton>
  );
}
