import Alert from 'antd/es/alert';
import DatePicker from 'antd/es/date-picker';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import InputNumber from 'antd/es/input-number';
import Select from 'antd/es/select';
import { useState } from 'react';
import { useApi } from '../../../api/api-context';
import { formatPartyDate } from '../../../i18n/format';
import { FormModal } from '../../../ui/form-modal';
import { useFormErrors } from '../../../ui/use-form-errors';
import { EXEMPTION_GROUNDS, RECOGNITION_OUTCOMES, REMOVAL_GROUNDS, runLifecycleAction, type LifecycleAction, type LifecycleActionResult, type MemberLifecycle } from '../api/lifecycle-api';
import { useLifecycleMessages } from '../i18n/use-lifecycle-messages';
import { actionBody, LIFECYCLE_FORM_FIELDS, type LifecycleFormValues } from '../lib/action-body';
import { datesFor } from '../lib/available-actions';
import { PaperFields } from './paper-fields';

const DATE_FORMAT = 'DD/MM/YYYY';
const DECIDED: readonly LifecycleAction[] = ['exemption', 'exemption-end', 'removal', 'expulsion', 'leaving'];

/** A guided form for one action: the computed dates it concerns (with their rule) above the fields. */
export function LifecycleActionDialog(props: { memberId: string; version: number; action: LifecycleAction; lifecycle: MemberLifecycle; onDone: (result: LifecycleActionResult) => void; onCancel: () => void }) {
  const { action, lifecycle } = props;
  const l = useLifecycleMessages();
  const api = useApi();
  const [form] = Form.useForm<LifecycleFormValues>();
  const errors = useFormErrors(form, LIFECYCLE_FORM_FIELDS);
  const [busy, setBusy] = useState(false);
  const outcome = Form.useWatch('outcome', form);
  const required = [{ required: true, message: l.required }];
  const date = (name: string | string[], label: string, rules = required) => (
    <Form.Item label={label} name={name} rules={rules}>
      <DatePicker format={DATE_FORMAT} className="full-width" placeholder="dd/mm/yyyy" />
    </Form.Item>
  );

  const submit = async (values: LifecycleFormValues) => {
    setBusy(true);
    errors.clear();
    try {
      props.onDone(await runLifecycleAction(api, props.memberId, action, props.version, actionBody(action, values)));
    } catch (error) {
      errors.show(error);
    } finally {
      setBusy(false);
    }
  };

  const shown = lifecycle.dates.filter((d) => datesFor(action).includes(d.key));
  return (
    <FormModal<LifecycleFormValues> title={l.actions[action]} open form={form} busy={busy} general={errors.general} initialValues={{ outcome: 'approved' }} danger={action === 'expulsion' || action === 'removal'} onSubmit={(v) => void submit(v)} onCancel={props.onCancel}>
      {shown.length > 0 && (
        <Alert
          className="lifecycle-computed"
          type="info"
          showIcon
          message={shown.map((d) => (
            <div key={d.key}>
              <strong>{l.dateKeys[d.key]}:</strong> {d.date ? formatPartyDate(d.date) : d.note} — {l.basis[d.basis.kind]} {formatPartyDate(d.basis.date)}; {d.rule.document}
              {d.rule.article ? `, ${d.rule.article}` : ''}
            </div>
          ))}
          description={action === 'recognition' ? l.recognitionHint : undefined}
        />
      )}
      {action === 'recognition' && (
        <>
          <Form.Item label={l.fields.outcome} name="outcome" rules={required}>
            <Select options={RECOGNITION_OUTCOMES.map((o) => ({ value: o, label: l.outcomes[o] }))} />
          </Form.Item>
          {date('consideredOn', l.fields.consideredOn)}
          <div className="lifecycle-votes">
            <Form.Item label={l.fields.inFavour} name={['votes', 'inFavour']} rules={outcome === 'vote-failed' ? required : []}>
              <InputNumber min={0} precision={0} />
            </Form.Item>
            <Form.Item label={l.fields.eligible} name={['votes', 'eligible']} rules={outcome === 'vote-failed' ? required : []}>
              <InputNumber min={1} precision={0} />
            </Form.Item>
          </div>
        </>
      )}
      {action === 'ceremony' && date('heldOn', l.fields.heldOn)}
      {(action === 'exemption' || action === 'removal') && (
        <Form.Item label={l.fields.ground} name="ground" rules={required}>
          <Select options={(action === 'exemption' ? EXEMPTION_GROUNDS : REMOVAL_GROUNDS).map((g) => ({ value: g, label: action === 'exemption' ? l.exemptionGrounds[g as keyof typeof l.exemptionGrounds] : l.removalGrounds[g as keyof typeof l.removalGrounds] }))} />
        </Form.Item>
      )}
      {(DECIDED.includes(action) || action === 'death') && date('effectiveOn', action === 'death' ? l.fields.diedOn : l.fields.effectiveOn)}
      {action !== 'ceremony' && <PaperFields optional={action === 'death' || (action === 'recognition' && outcome === 'vote-failed')} />}
      {(action === 'admission' || action === 'ceremony') && date('receivedOn', l.fields.receivedOn, [])}
      {action === 'admission' && date('ceremonyDate', l.fields.ceremonyDate, [])}
      <Form.Item label={l.fields.reason} name="reason">
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
    </FormModal>
  );
}
