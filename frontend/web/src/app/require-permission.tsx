import type { ReactNode } from 'react';
import { useMe } from '../features/auth/hooks/use-session';
import { ForbiddenPage } from '../pages/forbidden-page';
import { canSee, type Area } from './areas';

/** An area opened by URL without its permission shows the 403 page, not an empty screen. */
export function RequirePermission({ area, element }: { area: Area; element: ReactNode }) {
  const me = useMe().data;
  if (me && !canSee(area, me.permissions)) return <ForbiddenPage />;
  return element;
}
