import Table from 'antd/es/table';
import Tag from 'antd/es/tag';
import Tooltip from 'antd/es/tooltip';
import { formatPartyDate } from '../../../i18n/format';
import type { LifecycleDate } from '../api/lifecycle-api';
import { useLifecycleMessages } from '../i18n/use-lifecycle-messages';

const STATE_COLOURS: Record<LifecycleDate['state'], string> = { pending: 'blue', due: 'gold', done: 'green', late: 'orange', overdue: 'red' };

/** Each computed date with what it counts from and the regulation it comes from. */
export function LifecycleDatesTable({ dates }: { dates: readonly LifecycleDate[] }) {
  const l = useLifecycleMessages();
  return (
    <Table<LifecycleDate>
      className="lifecycle-dates"
      rowKey="key"
      size="small"
      pagination={false}
      dataSource={[...dates]}
      locale={{ emptyText: l.noDates }}
      columns={[
        { title: l.columns.what, dataIndex: 'key', render: (key: LifecycleDate['key']) => l.dateKeys[key] },
        { title: l.columns.date, dataIndex: 'date', render: (date: string | null, row) => (date ? formatPartyDate(date) : <span className="muted">{row.note}</span>) },
        { title: l.columns.state, dataIndex: 'state', render: (state: LifecycleDate['state']) => <Tag color={STATE_COLOURS[state]}>{l.states[state]}</Tag> },
        { title: l.columns.basis, dataIndex: 'basis', render: (basis: LifecycleDate['basis']) => `${l.basis[basis.kind]} ${formatPartyDate(basis.date)}` },
        {
          title: l.columns.rule,
          dataIndex: 'rule',
          render: (rule: LifecycleDate['rule']) => (
            <Tooltip title={rule.note}>
              <span className="lifecycle-rule">
                {rule.document}
                {rule.article ? `, ${rule.article}` : ''}
                {rule.verify ? ` (${l.verify})` : ''}
              </span>
            </Tooltip>
          ),
        },
      ]}
    />
  );
}
