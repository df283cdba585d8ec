import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { useHasSession, useMe } from '../features/auth/hooks/use-session';
import { RouteErrorView } from '../pages/route-error-page';
import { LoadingLine } from '../ui/loading-line';

/** Signed in, with a password of one's own: otherwise to sign-in or to the forced change. */
export function RequireSession({ children }: { children: ReactNode }) {
  const location = useLocation();
  const hasSession = useHasSession();
  const me = useMe();
  if (!hasSession) return <Navigate to="/dang-nhap" replace state={{ from: location.pathname + location.search }} />;
  if (me.error) return <RouteErrorView error={me.error} />;
  if (!me.data) return <LoadingLine />;
  if (me.data.mustChangePassword) return <Navigate to="/doi-mat-khau" replace />;
  return children;
}
