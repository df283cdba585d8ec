import Alert from 'antd/es/alert';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Form from 'antd/es/form';
import Typography from 'antd/es/typography';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { useApi } from '../../../api/api-context';
import { isApiError } from '../../../api/api-error';
import { fill } from '../../../i18n/messages';
import { NotFoundPage } from '../../../pages/not-found-page';
import { ButtonLink } from '../../../ui/button-link';
import { FormErrorAlert } from '../../../ui/form-error-alert';
import { LoadingLine } from '../../../ui/loading-line';
import { useFormErrors } from '../../../ui/use-form-errors';
import { updateMember, type Member } from '../api/members-api';
import { MemberFormFields } from '../components/member-form-fields';
import { memberKey, useMember } from '../hooks/use-member';
import { useMembersMessages } from '../i18n/use-members-messages';
import { firstFieldWithError, formValuesOf, MEMBER_CODE_FIELDS, MEMBER_FORM_FIELDS, toFormError, toUpdateInput, type MemberFormValues } from '../lib/member-form';
import '../members.css';

/**
 * `/dang-vien/:memberId/sua`: the record's form with the version read sent as If-Match. When someone
 * else saved in between (412) nothing is overwritten: the officer is told, and reloads.
 */
export default function MemberEditPage() {
  const { memberId } = useParams();
  const member = useMember(memberId);
  if (member.isError) {
    if (isApiError(member.error) && (member.error.status === 404 || member.error.status === 400)) return <NotFoundPage />;
    return <p className="field-error">{member.error.message}</p>;
  }
  if (!member.data) return <LoadingLine />;
  // A new key after a reload: the form starts again from the record as it is now.
  return <MemberEditForm key={member.data.version} member={member.data} onReload={() => void member.refetch()} />;
}

function MemberEditForm({ member, onReload }: { member: Member; onReload: () => void }) {
  const { t, m } = useMembersMessages();
  const api = useApi();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<MemberFormValues>();
  const errors = useFormErrors(form, MEMBER_FORM_FIELDS, MEMBER_CODE_FIELDS);
  const [busy, setBusy] = useState(false);
  const [stale, setStale] = useState(false);
  const title = fill(m.form.editTitle, { name: member.fullName });

  const submit = async (values: MemberFormValues) => {
    setBusy(true);
    errors.clear();
    try {
      const saved = await updateMember(api, member, toUpdateInput(values, member));
      queryClient.setQueryData(memberKey(saved.id), saved);
      void queryClient.invalidateQueries({ queryKey: ['members', 'list'] });
      void queryClient.invalidateQueries({ queryKey: ['members', 'counts'] });
      void message.success(fill(m.form.saved, { name: saved.fullName }));
      void navigate(`/dang-vien/${saved.id}`);
    } catch (error) {
      if (isApiError(error) && error.status === 412) {
        setStale(true);
      } else {
        errors.show(toFormError(error, member.periods.length - 1));
        const first = firstFieldWithError(form.getFieldsError());
        if (first) form.scrollToField(first, { block: 'center' });
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="member-form-page">
      <Typography.Title level={1} className="page-title">
        {title}
      </Typography.Title>
      {stale && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          className="member-stale"
          title={m.form.stale}
          action={
            <Button size="small" onClick={onReload}>
              {m.form.reload}
            </Button>
          }
        />
      )}
      <Form<MemberFormValues> form={form} layout="vertical" aria-label={title} initialValues={formValuesOf(member)} onFinish={(values) => void submit(values)} scrollToFirstError>
        <FormErrorAlert error={errors.general} />
        <MemberFormFields creating={false} />
        <div className="member-form-actions">
          <Button type="primary" htmlType="submit" loading={busy} disabled={stale}>
            {t.common.save}
          </Button>
          <ButtonLink to={`/dang-vien/${member.id}`}>{t.common.cancel}</ButtonLink>
        </div>
      </Form>
    </div>
  );
}
