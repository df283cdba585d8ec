import Button from 'antd/es/button';
import Table, { type ColumnsType } from 'antd/es/table';
import Tag from 'antd/es/tag';
import { Link } from 'react-router';
import { formatPartyDate } from '../../../i18n/format';
import { fill } from '../../../i18n/messages';
import { useDueItemsMessages } from '../../due-items/i18n/use-due-items-messages';
import type { BadgeCandidate } from '../api/badges-api';

/** Why a member is on the list: the basis, a delay with its discipline, milestones never given, the rule. */
function WhyCell(props: { row: BadgeCandidate }) {
  const { d } = useDueItemsMessages();
  const b = d.badges;
  const row = props.row;
  return (
    <div className="badge-why">
      {row.decision === 'delayed' ? (
        <Tag color="red">{fill(b.delayed, { date: formatPartyDate(row.notBefore), next: formatPartyDate(row.nextOccasion) })}</Tag>
      ) : (
        <Tag color="green">{b.eligible}</Tag>
      )}
      <span>{d.bases[row.basis]}</span>
      {row.reasons.length > 0 ? <span> — {row.reasons.join('; ')}</span> : null}
      {row.missed.length > 0 ? <div>{fill(b.missed, { list: row.missed.join(', ') })}</div> : null}
      <div className="badge-source">{fill(b.source, { source: [row.source.document, row.source.article].filter(Boolean).join(', ') })}</div>
    </div>
  );
}

/** The printable list: one row per member, numbered, A4 landscape when printed. */
export function BadgeListTable(props: { rows: BadgeCandidate[]; loading: boolean; onRecord?: (row: BadgeCandidate) => void }) {
  const { d } = useDueItemsMessages();
  const c = d.badges.columns;
  const onRecord = props.onRecord;
  const actions: ColumnsType<BadgeCandidate> = onRecord
    ? [
        {
          title: d.badges.actions,
          key: 'actions',
          className: 'no-print',
          render: (_, row) =>
            row.decision === 'eligible' ? (
              <Button size="small" onClick={() => onRecord(row)}>
                {d.badges.record.action}
              </Button>
            ) : null,
        },
      ]
    : [];
  return (
    <Table<BadgeCandidate>
      rowKey="memberId"
      size="small"
      className="badge-list-table"
      pagination={false}
      loading={props.loading}
      dataSource={props.rows}
      locale={{ emptyText: d.badges.empty }}
      rowClassName={(row) => (row.decision === 'delayed' ? 'badge-row-delayed' : '')}
      columns={[
        { title: c.index, key: 'index', width: 48, render: (_, __, i) => i + 1 },
        { title: c.member, key: 'member', render: (_, row) => <Link to={`/dang-vien/${row.memberId}`}>{row.fullName}</Link> },
        { title: c.born, dataIndex: 'dateOfBirth', key: 'born', render: (v: string) => formatPartyDate(v) },
        { title: c.org, dataIndex: 'orgName', key: 'org' },
        { title: c.admitted, dataIndex: 'admissionDecisionDate', key: 'admitted', render: (v: string) => formatPartyDate(v) },
        { title: c.milestone, dataIndex: 'milestone', key: 'milestone', render: (v: number) => fill(d.badges.years, { n: v }) },
        { title: c.reach, dataIndex: 'reachDate', key: 'reach', render: (v: string) => formatPartyDate(v) },
        { title: c.why, key: 'why', render: (_, row) => <WhyCell row={row} /> },
        ...actions,
      ]}
    />
  );
}
