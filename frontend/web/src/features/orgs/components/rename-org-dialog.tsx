import Form from 'antd/es/form';
import Input from 'antd/es/input';
import { useState } from 'react';
import { useApi } from '../../../api/api-context';
import { useI18n } from '../../../i18n/i18n-context';
import { FormModal } from '../../../ui/form-modal';
import { useFormErrors } from '../../../ui/use-form-errors';
import { renameOrg, type Org } from '../api/orgs-api';

interface Values {
  name: string;
  shortName: string;
}

const FIELDS = ['name', 'shortName'];
const CODE_FIELDS = { 'MEMBERS.ORG_SHORT_NAME_TAKEN': 'shortName' };

/** Rename or change the short name; only what changed is sent, with the version read (If-Match). */
export function RenameOrgDialog({ org, onDone, onCancel }: { org: Org; onDone: (org: Org) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const api = useApi();
  const [form] = Form.useForm<Values>();
  const errors = useFormErrors(form, FIELDS, CODE_FIELDS);
  const [busy, setBusy] = useState(false);

  const submit = async (values: Values) => {
    const change: { name?: string; shortName?: string } = {};
    if (values.name !== org.name) change.name = values.name;
    if (values.shortName !== org.shortName) change.shortName = values.shortName;
    if (Object.keys(change).length === 0) return onCancel();
    setBusy(true);
    errors.clear();
    try {
      onDone(await renameOrg(api, org, change));
    } catch (error) {
      errors.show(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <FormModal<Values>
      title={`${t.orgs.actions.rename}: ${org.name}`}
      open
      form={form}
      busy={busy}
      general={errors.general}
      initialValues={{ name: org.name, shortName: org.shortName }}
      onSubmit={(values) => void submit(values)}
      onCancel={onCancel}
    >
      <Form.Item label={t.orgs.form.name} name="name" rules={[{ required: true, whitespace: true, message: t.common.required }]}>
        <Input autoFocus maxLength={255} />
      </Form.Item>
      <Form.Item label={t.orgs.form.shortName} name="shortName" extra={t.orgs.form.shortNameHelp} rules={[{ required: true, whitespace: true, message: t.common.required }]}>
        <Input maxLength={20} />
      </Form.Item>
    </FormModal>
  );
}
