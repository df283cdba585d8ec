import App from 'antd/es/app';
import Form from 'antd/es/form';
import Select from 'antd/es/select';
import { useState } from 'react';
import { useApi } from '../../../api/api-context';
import { useI18n } from '../../../i18n/i18n-context';
import { fill } from '../../../i18n/messages';
import { FormModal } from '../../../ui/form-modal';
import { useFormErrors } from '../../../ui/use-form-errors';
import { moveOrg, type Org } from '../api/orgs-api';
import { useOrgSearch } from '../hooks/use-org-search';

interface Values {
  newParentId: string;
}

const FIELDS = ['newParentId'];
const CODE_FIELDS = {
  'MEMBERS.ORG_MOVE_CYCLE': 'newParentId',
  'MEMBERS.ORG_KIND_NOT_ALLOWED': 'newParentId',
  'MEMBERS.ORG_PARENT_CLOSED': 'newParentId',
  'MEMBERS.ORG_PARENT_NOT_FOUND': 'newParentId',
  'MEMBERS.ORG_SHORT_NAME_TAKEN': 'newParentId',
};

/** Pick the new parent by searching, then confirm in a dialog that names both organisations. */
export function MoveOrgDialog({ org, onDone, onCancel }: { org: Org; onDone: (org: Org, previousParentId: string | null) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const api = useApi();
  const { modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const errors = useFormErrors(form, FIELDS, CODE_FIELDS);
  const [busy, setBusy] = useState(false);
  const [text, setText] = useState('');
  const search = useOrgSearch(text);
  // Itself and its own subtree cannot be the new parent; the server refuses them too.
  const found = (search.data?.items ?? []).filter((o) => o.id !== org.id && !o.ancestorIds.includes(org.id) && o.id !== org.parentId);
  // The chosen parent stays an option after the search text is cleared.
  const [chosen, setChosen] = useState<Org | undefined>();
  const candidates = chosen && !found.some((o) => o.id === chosen.id) ? [chosen, ...found] : found;

  const submit = (values: Values) => {
    const target = candidates.find((o) => o.id === values.newParentId);
    const names = { org: org.name, target: target?.name ?? values.newParentId };
    modal.confirm({
      title: fill(t.orgs.confirmMove, names),
      content: fill(t.orgs.confirmMoveBody, names),
      okText: t.common.confirm,
      cancelText: t.common.cancel,
      onOk: async () => {
        setBusy(true);
        errors.clear();
        try {
          onDone(await moveOrg(api, org, values.newParentId), org.parentId);
        } catch (error) {
          errors.show(error);
        } finally {
          setBusy(false);
        }
      },
    });
  };

  return (
    <FormModal<Values>
      title={`${t.orgs.actions.move}: ${org.name}`}
      open
      form={form}
      busy={busy}
      okText={t.orgs.actions.move}
      general={errors.general}
      onSubmit={submit}
      onCancel={onCancel}
    >
      <Form.Item label={t.orgs.form.newParent} name="newParentId" rules={[{ required: true, message: t.common.required }]}>
        <Select
          showSearch={{ filterOption: false, onSearch: setText }}
          placeholder={t.orgs.form.newParentPlaceholder}
          notFoundContent={text.trim() && !search.isFetching ? t.orgs.noResults : null}
          loading={search.isFetching}
          options={candidates.map((o) => ({ value: o.id, label: `${o.name} (${o.shortName})` }))}
          onChange={(id: string) => setChosen(candidates.find((o) => o.id === id))}
          autoFocus
        />
      </Form.Item>
    </FormModal>
  );
}
