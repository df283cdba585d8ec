import FileExcelOutlined from '@ant-design/icons/es/icons/FileExcelOutlined';
import type { MemberExportRequest } from '../api/member-export-api';
import { useMemberExportMessages } from '../i18n/use-member-export-messages';
import { ExportJobButton } from './export-job-button';

/** On the badge list page: "Tải Excel", the list shown (org, occasion, milestone) as .xlsx, written by a server job. */
export function BadgeListExportButton({ orgId, occasion, milestone }: { orgId?: string; occasion: string; milestone?: number }) {
  const w = useMemberExportMessages();
  if (!orgId) return null;
  const request = { kind: 'badge-list', orgId, occasion, ...(milestone === undefined ? {} : { milestone }) } as MemberExportRequest;
  return (
    <ExportJobButton request={request} fallbackName="huy-hieu-dang.xlsx" icon={<FileExcelOutlined />} title={w.badgeExcelHint}>
      {w.badgeExcel}
    </ExportJobButton>
  );
}
