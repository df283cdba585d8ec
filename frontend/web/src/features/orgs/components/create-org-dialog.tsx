import DatePicker from 'antd/es/date-picker';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import Select from 'antd/es/select';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useApi } from '../../../api/api-context';
import { partyToday } from '../../../i18n/format';
import { useI18n } from '../../../i18n/i18n-context';
import { FormModal } from '../../../ui/form-modal';
import { useFormErrors } from '../../../ui/use-form-errors';
import { createOrg, ORG_KINDS, type Org, type OrgKind } from '../api/orgs-api';
import { DATE_FORMAT, fromPartyDate, toPartyDate } from '../lib/party-date';

interface Values {
  name: string;
  shortName: string;
  kind: OrgKind;
  validFrom: Dayjs;
}

const FIELDS = ['name', 'shortName', 'kind', 'validFrom'];
/** Domain refusals that belong to one field. Which kind may sit under which is the server's rule data. */
const CODE_FIELDS = { 'MEMBERS.ORG_SHORT_NAME_TAKEN': 'shortName', 'MEMBERS.ORG_KIND_NOT_ALLOWED': 'kind' };

export function CreateOrgDialog({ parent, onDone, onCancel }: { parent: Org; onDone: (org: Org) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const api = useApi();
  const [form] = Form.useForm<Values>();
  const errors = useFormErrors(form, FIELDS, CODE_FIELDS);
  const [busy, setBusy] = useState(false);
  const f = t.orgs.form;

  const submit = async (values: Values) => {
    setBusy(true);
    errors.clear();
    try {
      onDone(await createOrg(api, { parentId: parent.id, name: values.name, shortName: values.shortName, kind: values.kind, validFrom: toPartyDate(values.validFrom) }));
    } catch (error) {
      errors.show(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormModal<Values>
      title={t.orgs.actions.create}
      open
      form={form}
      busy={busy}
      general={errors.general}
      initialValues={{ validFrom: fromPartyDate(partyToday()) }}
      onSubmit={(values) => void submit(values)}
      onCancel={onCancel}
    >
      <Form.Item label={f.parent}>
        <Input value={parent.name} readOnly aria-readonly />
      </Form.Item>
      <Form.Item label={f.name} name="name" rules={[{ required: true, whitespace: true, message: t.common.required }]}>
        <Input autoFocus maxLength={255} />
      </Form.Item>
      <Form.Item label={f.shortName} name="shortName" extra={f.shortNameHelp} rules={[{ required: true, whitespace: true, message: t.common.required }]}>
        <Input maxLength={20} />
      </Form.Item>
      <Form.Item label={f.kind} name="kind" extra={f.kindHelp} rules={[{ required: true, message: t.common.required }]}>
        <Select options={ORG_KINDS.map((kind) => ({ value: kind, label: t.orgKinds[kind] ?? kind }))} />
      </Form.Item>
      <Form.Item label={f.validFrom} name="validFrom" rules={[{ required: true, message: t.common.required }]}>
        <DatePicker format={DATE_FORMAT} className="full-width" />
      </Form.Item>
    </FormModal>
  );
}
