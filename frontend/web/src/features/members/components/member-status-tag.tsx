import Tag from 'antd/es/tag';
import type { MemberStatus } from '../api/members-api';
import { useMembersMessages } from '../i18n/use-members-messages';

const COLOR: Partial<Record<MemberStatus, string>> = { official: 'green', probationary: 'gold', exempt: 'blue', 'temporarily-transferred-out': 'purple' };

export function MemberStatusTag({ status }: { status: MemberStatus }) {
  const { m } = useMembersMessages();
  return <Tag color={COLOR[status] ?? 'default'}>{m.statuses[status] ?? status}</Tag>;
}
