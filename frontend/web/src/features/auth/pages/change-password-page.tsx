import { useQueryClient } from '@tanstack/react-query';
import message from 'antd/es/message';
import { Navigate, useNavigate } from 'react-router';
import { useApi } from '../../../api/api-context';
import { useI18n } from '../../../i18n/i18n-context';
import { AntdRoot } from '../../../ui/antd-root';
import { AuthCardPage } from '../../../ui/auth-card-page';
import { LoadingLine } from '../../../ui/loading-line';
import { ChangePasswordForm } from '../components/change-password-form';
import { ME_QUERY_KEY, useHasSession, useMe } from '../hooks/use-session';

/** `/doi-mat-khau`: required after a generated or reset password, optional otherwise. */
export function ChangePasswordPage() {
  return (
    <AntdRoot>
      <ChangePassword />
    </AntdRoot>
  );
}

function ChangePassword() {
  const { t } = useI18n();
  const { tokens } = useApi();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const hasSession = useHasSession();
  const me = useMe();

  if (!hasSession) return <Navigate to="/dang-nhap" replace />;
  if (!me.data) return <LoadingLine />;
  const forced = me.data.mustChangePassword;

  return (
    <AuthCardPage title={t.changePassword.title} intro={<p>{forced ? t.changePassword.forcedIntro : t.changePassword.intro}</p>}>
      <ChangePasswordForm
        username={me.data.username}
        onCancel={forced ? undefined : () => void navigate(-1)}
        onChanged={(pair) => {
          tokens.store(pair);
          // The guard reads the cached /me: say at once that no change is due, then re-read it.
          queryClient.setQueryData(ME_QUERY_KEY, { ...me.data, mustChangePassword: false });
          void queryClient.invalidateQueries({ queryKey: ME_QUERY_KEY });
          void message.success(t.changePassword.done);
          void navigate('/', { replace: true });
        }}
      />
    </AuthCardPage>
  );
}
