import Tag from 'antd/es/tag';
import type { MemberExport } from '../api/member-export-api';
import { useMemberExportMessages } from '../i18n/use-member-export-messages';

const COLORS: Record<MemberExport['status'], string> = { queued: 'default', running: 'blue', succeeded: 'green', failed: 'red', expired: 'gold' };

/** An export's state in words, coloured: Đang chờ, Đang xuất, Đã xuất xong, Không thành công, Đã hết hạn. */
export function ExportStatusTag({ status }: { status: MemberExport['status'] }) {
  const w = useMemberExportMessages().mine;
  return <Tag color={COLORS[status]}>{w.status[status]}</Tag>;
}
