import Button from 'antd/es/button';
import DatePicker from 'antd/es/date-picker';
import Form, { type FormInstance } from 'antd/es/form';
import Input from 'antd/es/input';
import Select from 'antd/es/select';
import type { Dayjs } from 'dayjs';
import { useI18n } from '../../../i18n/i18n-context';
import { FormErrorAlert } from '../../../ui/form-error-alert';
import type { GeneralError } from '../../../ui/use-form-errors';
import { DATE_FORMAT, fromPartyDate, toPartyDate } from '../../orgs/lib/party-date';
import type { AuditOutcome } from '../api/audit-api';
import { actionFilterOptions } from '../lib/action-label';
import { periodIsReversed, type AuditFilterValues } from '../lib/audit-query';
import { ActorPicker } from './actor-picker';

export interface FilterFormValues {
  from?: Dayjs | null;
  to?: Dayjs | null;
  actorId?: string;
  action?: string;
  outcome?: AuditOutcome;
  targetType?: string;
  targetId?: string;
}

export const FILTER_FIELDS = ['from', 'to', 'actorId', 'action', 'outcome', 'targetType', 'targetId'];

export function filterValuesOf(form: FilterFormValues): AuditFilterValues {
  return {
    from: form.from ? toPartyDate(form.from) : undefined,
    to: form.to ? toPartyDate(form.to) : undefined,
    actorId: form.actorId,
    action: form.action,
    outcome: form.outcome,
    targetType: form.targetType,
    targetId: form.targetId,
  };
}

export function formValuesOf(values: AuditFilterValues): FilterFormValues {
  return { ...values, from: values.from ? fromPartyDate(values.from) : undefined, to: values.to ? fromPartyDate(values.to) : undefined };
}

/** The audit log's filters: a period typed as dd/mm/yyyy, who, what, how it ended, on what. */
export function AuditFilters(props: {
  hidden?: boolean;
  form: FormInstance<FilterFormValues>;
  general?: GeneralError;
  canSearchActors: boolean;
  actorNames: ReadonlyMap<string, string>;
  onApply: (values: FilterFormValues) => void;
  onReset: () => void;
}) {
  const { t } = useI18n();
  const f = t.audit.filters;
  return (
    <Form<FilterFormValues> form={props.form} layout="vertical" requiredMark={false} onFinish={props.onApply} aria-label={f.legend} className="audit-filters" id="audit-filters" hidden={props.hidden}>
      <FormErrorAlert error={props.general} />
      <div className="audit-filter-grid">
        <Form.Item label={f.from} name="from">
          <DatePicker format={DATE_FORMAT} className="full-width" placeholder="dd/mm/yyyy" />
        </Form.Item>
        <Form.Item
          label={f.to}
          name="to"
          dependencies={['from']}
          rules={[
            ({ getFieldValue }) => ({
              validator: (_, value: Dayjs | null | undefined) => {
                const from = getFieldValue('from') as Dayjs | null | undefined;
                const reversed = Boolean(value && from && periodIsReversed(toPartyDate(from), toPartyDate(value)));
                return reversed ? Promise.reject(new Error(t.audit.filters.toBeforeFrom)) : Promise.resolve();
              },
            }),
          ]}
        >
          <DatePicker format={DATE_FORMAT} className="full-width" placeholder="dd/mm/yyyy" />
        </Form.Item>
        <Form.Item label={f.actor} name="actorId">
          <ActorPicker canSearch={props.canSearchActors} knownNames={props.actorNames} />
        </Form.Item>
        <Form.Item label={f.action} name="action">
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            placeholder={f.any}
            options={actionFilterOptions(t, (area) => `${area} — ${f.everyAction}`)}
          />
        </Form.Item>
        <Form.Item label={f.outcome} name="outcome">
          <Select allowClear placeholder={f.any} options={Object.entries(t.audit.outcomes).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
        <Form.Item label={f.targetType} name="targetType">
          <Select allowClear placeholder={f.any} options={Object.entries(t.audit.targetTypes).map(([value, label]) => ({ value, label }))} />
        </Form.Item>
        <Form.Item label={f.targetId} name="targetId" extra={f.targetIdHelp}>
          <Input allowClear autoComplete="off" spellCheck={false} />
        </Form.Item>
      </div>
      <div className="audit-filter-actions">
        <Button type="primary" htmlType="submit">
          {f.apply}
        </Button>
        <Button onClick={props.onReset}>{f.reset}</Button>
      </div>
    </Form>
  );
}
