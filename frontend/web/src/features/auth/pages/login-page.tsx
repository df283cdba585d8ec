import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { useI18n } from '../../../i18n/i18n-context';
import { AuthCardPage } from '../../../ui/auth-card-page';
import { LoginForm } from '../components/login-form';
import { useStartSession } from '../hooks/use-session';

/** `/dang-nhap`; `?ly-do=het-han` after a session ended on its own, `?ly-do=dang-xuat` after logout. */
export function LoginPage() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const startSession = useStartSession();
  const reason = params.get('ly-do');
  const from = (location.state as { from?: string } | null)?.from ?? '/';

  return (
    <AuthCardPage title={t.login.title} intro={<p>{t.login.intro}</p>}>
      {reason === 'het-han' && (
        <p className="notice notice-warning form-alert" role="status">
          {t.login.sessionExpired}
        </p>
      )}
      {reason === 'dang-xuat' && (
        <p className="notice notice-info form-alert" role="status">
          {t.login.loggedOut}
        </p>
      )}
      <LoginForm
        onSignedIn={(pair) => {
          startSession(pair);
          void navigate(from.startsWith('/dang-nhap') ? '/' : from, { replace: true });
        }}
      />
    </AuthCardPage>
  );
}
