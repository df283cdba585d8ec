import Button from 'antd/es/button';
import Space from 'antd/es/space';
import Table from 'antd/es/table';
import Tag from 'antd/es/tag';
import { formatPartyDate } from '../../../i18n/format';
import type { CalendarDay, CalendarOverride } from '../api/calendar-api';
import { useCalendarMessages } from '../i18n/use-calendar-messages';

/** The year's notable days: holidays, days off on weekdays, weekends worked, and every override (editable). */
export function CalendarDaysTable(props: {
  days: CalendarDay[];
  overrides: ReadonlyMap<string, CalendarOverride>;
  loading: boolean;
  onEdit?: (o: CalendarOverride) => void;
  onRemove?: (o: CalendarOverride) => void;
}) {
  const { c } = useCalendarMessages();
  return (
    <Table<CalendarDay>
      rowKey="date"
      size="small"
      pagination={false}
      loading={props.loading}
      dataSource={props.days}
      locale={{ emptyText: c.empty }}
      columns={[
        { title: c.columns.date, dataIndex: 'date', render: (date: string) => formatPartyDate(date), width: 110 },
        { title: c.columns.weekday, dataIndex: 'date', key: 'weekday', render: (date: string) => c.weekdays[new Date(`${date}T00:00:00Z`).getUTCDay()], width: 100 },
        {
          title: c.columns.status,
          key: 'status',
          render: (_: unknown, d) => (
            <Space size={4} wrap>
              <Tag color={d.working ? 'green' : 'red'}>{d.working ? c.working : c.notWorking}</Tag>
              <span>{c.reasons[d.reason]}</span>
            </Space>
          ),
        },
        {
          title: c.columns.name,
          key: 'name',
          render: (_: unknown, d) => (
            <>
              {d.name ?? '—'}
              {d.provisional ? <Tag className="calendar-provisional">{c.provisional}</Tag> : null}
            </>
          ),
        },
        { title: c.columns.origin, dataIndex: 'origin', render: (origin: string | null) => (origin ? <Tag color={origin === 'override' ? 'blue' : undefined}>{c.origins[origin]}</Tag> : '—') },
        { title: c.columns.source, key: 'source', render: (_: unknown, d) => [d.source?.document, d.source?.article].filter(Boolean).join(', ') || '—' },
        {
          title: c.columns.actions,
          key: 'actions',
          render: (_: unknown, d) => {
            const o = props.overrides.get(d.date);
            if (!o || !props.onEdit || !props.onRemove) return null;
            return (
              <Space size={4}>
                <Button size="small" onClick={() => props.onEdit?.(o)}>
                  {c.edit}
                </Button>
                <Button size="small" danger onClick={() => props.onRemove?.(o)}>
                  {c.remove}
                </Button>
              </Space>
            );
          },
        },
      ]}
    />
  );
}
