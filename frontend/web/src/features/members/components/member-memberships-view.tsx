import Table from 'antd/es/table';
import { formatPartyDate } from '../../../i18n/format';
import type { Member } from '../api/members-api';
import { useOrgNames } from '../hooks/use-org-names';
import { useMembersMessages } from '../i18n/use-members-messages';

type Membership = Member['orgMemberships'][number];

/** Where the member belonged when: official rolls and temporary attachments, newest first. */
export function MemberMembershipsView({ member }: { member: Member }) {
  const { t, m } = useMembersMessages();
  const names = useOrgNames(member.orgMemberships.map((row) => row.orgId));
  const rows = [...member.orgMemberships].sort((a, b) => b.startedOn.localeCompare(a.startedOn));
  return (
    <Table<Membership>
      rowKey={(row) => `${row.orgId}:${row.kind}:${row.startedOn}`}
      size="small"
      pagination={false}
      dataSource={rows}
      scroll={{ x: 480 }}
      columns={[
        { key: 'org', title: m.fields.org, render: (_, row) => names[row.orgId] ?? t.common.none },
        { key: 'kind', title: m.columns.status, render: (_, row) => (row.kind === 'official' ? m.profile.official : m.profile.temporary), width: 160 },
        {
          key: 'period',
          title: m.fields.orgPeriod,
          render: (_, row) => `${formatPartyDate(row.startedOn)} – ${row.endedOn ? formatPartyDate(row.endedOn) : m.profile.current}`,
          width: 220,
        },
      ]}
    />
  );
}
