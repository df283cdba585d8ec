import App from 'antd/es/app';
import Button from 'antd/es/button';
import Form from 'antd/es/form';
import Typography from 'antd/es/typography';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useApi } from '../../../api/api-context';
import { fill } from '../../../i18n/messages';
import { ButtonLink } from '../../../ui/button-link';
import { FormErrorAlert } from '../../../ui/form-error-alert';
import { useFormErrors } from '../../../ui/use-form-errors';
import { createMember } from '../api/members-api';
import { MemberFormFields } from '../components/member-form-fields';
import { memberKey } from '../hooks/use-member';
import { useMembersMessages } from '../i18n/use-members-messages';
import { firstFieldWithError, MEMBER_CODE_FIELDS, MEMBER_FORM_FIELDS, toCreateInput, toFormError, type MemberFormValues } from '../lib/member-form';
import '../members.css';

/** `/dang-vien/them-moi`: the guided form; the API's refusals shown next to their fields. */
export default function MemberCreatePage() {
  const { t, m } = useMembersMessages();
  const api = useApi();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const [form] = Form.useForm<MemberFormValues>();
  const errors = useFormErrors(form, MEMBER_FORM_FIELDS, MEMBER_CODE_FIELDS);
  const [busy, setBusy] = useState(false);

  const submit = async (values: MemberFormValues) => {
    setBusy(true);
    errors.clear();
    try {
      const member = await createMember(api, toCreateInput(values));
      queryClient.setQueryData(memberKey(member.id), member);
      void queryClient.invalidateQueries({ queryKey: ['members'] });
      void message.success(fill(m.form.created, { name: member.fullName }));
      void navigate(`/dang-vien/${member.id}`);
    } catch (error) {
      errors.show(toFormError(error, 0));
      const first = firstFieldWithError(form.getFieldsError());
      if (first) form.scrollToField(first, { block: 'center' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="member-form-page">
      <Typography.Title level={1} className="page-title">
        {m.form.createTitle}
      </Typography.Title>
      <Form<MemberFormValues>
        form={form}
        layout="vertical"
        requiredMark
        aria-label={m.form.createTitle}
        initialValues={{ status: 'probationary', sex: 'male', orgId: params.get('to-chuc') ?? undefined }}
        onFinish={(values) => void submit(values)}
        scrollToFirstError
      >
        <FormErrorAlert error={errors.general} />
        <MemberFormFields creating />
        <div className="member-form-actions">
          <Button type="primary" htmlType="submit" loading={busy}>
            {t.common.save}
          </Button>
          <ButtonLink to="/dang-vien">{t.common.cancel}</ButtonLink>
        </div>
      </Form>
    </div>
  );
}
