import Table from 'antd/es/table';
import { formatPartyDate } from '../../../i18n/format';
import type { LifecycleEvent } from '../api/lifecycle-api';
import { useLifecycleMessages } from '../i18n/use-lifecycle-messages';

/** The actions recorded on the member, newest first, with their paper. */
export function LifecycleHistoryTable({ events }: { events: readonly LifecycleEvent[] }) {
  const l = useLifecycleMessages();
  return (
    <Table<LifecycleEvent>
      className="lifecycle-history"
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={[...events]}
      locale={{ emptyText: l.noHistory }}
      columns={[
        { title: l.fields.effectiveOn, dataIndex: 'effectiveOn', render: (d: string) => formatPartyDate(d) },
        { title: l.columns.what, dataIndex: 'kind', render: (kind: string) => l.kinds[kind] ?? kind },
        {
          title: l.fields.decisionNumber,
          dataIndex: 'decision',
          render: (d: LifecycleEvent['decision']) => (d ? `${d.number} (${formatPartyDate(d.date)}, ${d.issuer})` : '—'),
        },
        { title: l.fields.reason, dataIndex: 'reason', render: (r: string | null) => r ?? '' },
        { title: l.recordedBy, dataIndex: 'recordedBy' },
      ]}
    />
  );
}
