import PlusOutlined from '@ant-design/icons/es/icons/PlusOutlined';
import Alert from 'antd/es/alert';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Form from 'antd/es/form';
import Select from 'antd/es/select';
import Typography from 'antd/es/typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useApi } from '../../../api/api-context';
import { isApiError } from '../../../api/api-error';
import { formatPartyDate, partyToday } from '../../../i18n/format';
import { fill } from '../../../i18n/messages';
import { deleteCalendarOverride, listCalendarDays, listCalendarOverrides, notableDays, type CalendarOverride } from '../api/calendar-api';
import { CalendarDaysTable } from '../components/calendar-days-table';
import { OverrideDialog } from '../components/override-dialog';
import { calendarYearOf, FIRST_YEAR, LAST_YEAR } from '../lib/calendar-year';
import { useCalendarMessages } from '../i18n/use-calendar-messages';

/**
 * "Lịch làm việc" (`/lich-lam-viec?year=`): the year's holidays, days off and Saturdays worked as deadlines
 * count them, each with its source; the administrator adds, edits and removes overrides with their document.
 */
export default function CalendarPage() {
  const { c } = useCalendarMessages();
  const api = useApi();
  const { message, modal } = App.useApp();
  const [params, setParams] = useSearchParams();
  const thisYear = Number(partyToday().slice(0, 4));
  const year = calendarYearOf(params.get('year'), thisYear);
  const [editing, setEditing] = useState<CalendarOverride | 'new' | undefined>();
  const days = useQuery({ queryKey: ['calendar-days', year], queryFn: ({ signal }) => listCalendarDays(api, `${year}-01-01`, `${year}-12-31`, signal), retry: false });
  const overrides = useQuery({ queryKey: ['calendar-overrides'], queryFn: ({ signal }) => listCalendarOverrides(api, signal), retry: false });
  const byDate = new Map((overrides.data ?? []).map((o) => [o.date, o]));
  const refresh = () => void Promise.all([days.refetch(), overrides.refetch()]);

  const remove = (o: CalendarOverride) => {
    const date = formatPartyDate(o.date);
    modal.confirm({
      title: c.remove,
      content: fill(c.removeConfirm, { date }),
      okButtonProps: { danger: true },
      onOk: async () => {
        try {
          await deleteCalendarOverride(api, o.date, o.version);
          void message.success(fill(c.removed, { date }));
        } catch (error) {
          void message.error(errorText(error));
        }
        refresh();
      },
    });
  };

  const error = days.error ?? overrides.error;
  return (
    <div className="page-body calendar-page">
      <Typography.Title level={1} className="page-title">
        {c.title}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{c.intro}</Typography.Paragraph>
      <Form layout="inline" className="calendar-filters">
        <Form.Item label={c.year} htmlFor="calendar-year">
          <Select
            id="calendar-year"
            value={year}
            style={{ minWidth: 100 }}
            options={Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => ({ value: FIRST_YEAR + i, label: String(FIRST_YEAR + i) }))}
            onChange={(v: number) => setParams(new URLSearchParams({ year: String(v) }), { replace: true })}
          />
        </Form.Item>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
          {c.add}
        </Button>
      </Form>
      {error ? <Alert type="error" showIcon message={errorText(error)} className="calendar-error" /> : null}
      <CalendarDaysTable days={notableDays(days.data?.days ?? [])} overrides={byDate} loading={days.isFetching || overrides.isFetching} onEdit={setEditing} onRemove={remove} />
      {editing ? (
        <OverrideDialog
          existing={editing === 'new' ? undefined : editing}
          onClose={(saved) => {
            setEditing(undefined);
            if (saved) refresh();
          }}
        />
      ) : null}
    </div>
  );
}

/** The answer's message and its field details. */
function errorText(error: unknown): string {
  if (!isApiError(error)) return String(error);
  return [error.message, ...error.details.map((d) => d.message)].join(' ');
}
