import { RequireSession } from '../app/require-session';
import { AntdRoot } from '../ui/antd-root';
import AppLayout from './app-layout';

/** Everything behind sign-in, loaded after the sign-in screen (its own chunk). */
export default function ProtectedLayout() {
  return (
    <AntdRoot>
      <RequireSession>
        <AppLayout />
      </RequireSession>
    </AntdRoot>
  );
}
