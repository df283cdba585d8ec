import DatePicker from 'antd/es/date-picker';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import { useLifecycleMessages } from '../i18n/use-lifecycle-messages';

/** The decision behind an action: number, date, issuer (all or none when optional). */
export function PaperFields({ optional }: { optional: boolean }) {
  const l = useLifecycleMessages();
  const rules = optional ? [] : [{ required: true, whitespace: true, message: l.required }];
  return (
    <fieldset className="lifecycle-paper">
      {optional && <legend>{l.fields.paperOptional}</legend>}
      <Form.Item label={l.fields.decisionNumber} name={['decision', 'number']} rules={rules}>
        <Input maxLength={50} placeholder="125-QĐ/ĐU" />
      </Form.Item>
      <Form.Item label={l.fields.decisionDate} name={['decision', 'date']} rules={optional ? [] : [{ required: true, message: l.required }]}>
        <DatePicker format="DD/MM/YYYY" className="full-width" placeholder="dd/mm/yyyy" />
      </Form.Item>
      <Form.Item label={l.fields.decisionIssuer} name={['decision', 'issuer']} rules={rules}>
        <Input maxLength={200} placeholder="Đảng ủy …" />
      </Form.Item>
    </fieldset>
  );
}
