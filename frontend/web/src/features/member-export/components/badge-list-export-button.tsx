import FileExcelOutlined from '@ant-design/icons/es/icons/FileExcelOutlined';
import { badgeListPath } from '../api/member-export-api';
import { useMemberExportMessages } from '../i18n/use-member-export-messages';
import { DownloadButton } from './download-button';

/** On the badge list page: "Tải Excel", the list shown (org, occasion, milestone) as .xlsx. */
export function BadgeListExportButton({ orgId, occasion, milestone }: { orgId?: string; occasion: string; milestone?: number }) {
  const w = useMemberExportMessages();
  if (!orgId) return null;
  return (
    <DownloadButton path={badgeListPath(orgId, occasion, milestone)} fallbackName="huy-hieu-dang.xlsx" icon={<FileExcelOutlined />} title={w.badgeExcelHint}>
      {w.badgeExcel}
    </DownloadButton>
  );
}
