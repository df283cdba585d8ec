import Button from 'antd/es/button';
import Space from 'antd/es/space';
import Table from 'antd/es/table';
import Tag from 'antd/es/tag';
import { formatPartyDate } from '../../../i18n/format';
import { fill } from '../../../i18n/messages';
import { awaitsConfirmation, decisionsFor, settledOn, type MemberTransfer, type TransferDecision, type TransferDirection, type TransferState } from '../api/member-transfers-api';
import { useTransfersMessages, type TransfersMessages } from '../i18n/use-transfers-messages';

const STATE_COLORS: Record<TransferState, string> = {
  issued: 'blue',
  'in-transit': 'gold',
  confirmed: 'green',
  refused: 'red',
  expired: 'volcano',
  cancelled: 'default',
  returned: 'cyan',
};

/** Under the state tag: the day a settled transfer got there (a confirmed temporary one with the end of its period). */
function settledText(t: MemberTransfer, m: TransfersMessages): string | null {
  const settled = settledOn(t);
  if (!settled) return null;
  const date = formatPartyDate(settled.on);
  if (settled.state === 'confirmed' && t.temporary) return fill(m.settled.confirmedTemporary, { date, until: formatPartyDate(t.temporary.until) });
  return fill(m.settled[settled.state], { date });
}

/**
 * The inbox or outbox: state, the confirmation deadline while the receiving side has not answered
 * (overdue rows highlighted), the day a settled transfer got to its state, and the decisions my side may take.
 */
export function TransferTable(props: {
  direction: TransferDirection;
  rows: MemberTransfer[];
  loading: boolean;
  canWrite: boolean;
  onDecide: (transfer: MemberTransfer, decision: TransferDecision) => void;
}) {
  const m = useTransfersMessages();
  return (
    <Table<MemberTransfer>
      rowKey="id"
      size="middle"
      loading={props.loading}
      dataSource={props.rows}
      pagination={false}
      locale={{ emptyText: m.empty }}
      rowClassName={(t) => (t.overdue ? 'transfer-row-overdue' : '')}
      scroll={{ x: 900 }}
      columns={[
        { title: m.columns.member, key: 'member', render: (_, t) => <span>{t.member.fullName}<br /><small>{formatPartyDate(t.member.dateOfBirth)}</small></span> },
        { title: m.columns.kind, key: 'kind', render: (_, t) => m.kinds[t.kind] },
        { title: m.columns.from, key: 'from', render: (_, t) => t.fromOrg.name },
        { title: m.columns.to, key: 'to', render: (_, t) => t.toOrg?.name ?? `${t.externalOrgName ?? ''} (${m.outside})` },
        { title: m.columns.letter, key: 'letter', render: (_, t) => `${t.letter.number}, ${formatPartyDate(t.letter.date)}` },
        {
          title: m.columns.deadline,
          key: 'deadline',
          render: (_, t) =>
            awaitsConfirmation(t) ? (
              <span data-testid="transfer-deadline">
                {formatPartyDate(t.confirmDeadline)}
                {t.overdue ? <Tag color="red" className="transfer-overdue-tag">{m.overdue}</Tag> : null}
              </span>
            ) : (
              '—'
            ),
        },
        {
          title: m.columns.state,
          key: 'state',
          render: (_, t) => {
            const settled = settledText(t, m);
            return (
              <>
                <Tag color={STATE_COLORS[t.state]}>{m.states[t.state]}</Tag>
                {settled ? <small className="transfer-settled-on" data-testid="transfer-settled">{settled}</small> : null}
              </>
            );
          },
        },
        {
          title: m.columns.actions,
          key: 'actions',
          render: (_, t) =>
            props.canWrite ? (
              <Space size="small" wrap>
                {decisionsFor(t, props.direction).map((d) => (
                  <Button key={d} size="small" danger={d === 'refuse' || d === 'cancel'} type={d === 'confirm' ? 'primary' : 'default'} onClick={() => props.onDecide(t, d)}>
                    {m.decisions[d]}
                  </Button>
                ))}
              </Space>
            ) : null,
        },
      ]}
    />
  );
}
