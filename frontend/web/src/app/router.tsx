import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { LoginPage } from '../features/auth/pages/login-page';
import { ForbiddenPage } from '../pages/forbidden-page';
import { NotFoundPage } from '../pages/not-found-page';
import { RouteErrorPage } from '../pages/route-error-page';
import { UnderConstructionPage } from '../pages/under-construction-page';
import { LoadingLine } from '../ui/loading-line';
import { AREAS, type Area } from './areas';
import { RequirePermission } from './require-permission';

/** One route per area: its page loaded on first visit (one chunk per area), or "being built". */
function areaRoute(area: Area): RouteObject {
  const route: RouteObject = area.path === '' ? { index: true } : { path: area.path };
  if (area.page) {
    const load = area.page;
    route.lazy = async () => {
      const { default: Page } = await load();
      return { element: <RequirePermission area={area} element={<Page />} /> };
    };
  } else {
    route.element = <RequirePermission area={area} element={<UnderConstructionPage areaKey={area.key} />} />;
  }
  return route;
}

/** The area's route and those of its sub-pages (each lazy, behind the area's permission or its own). */
function areaRoutes(area: Area): RouteObject[] {
  const subPages = (area.subPages ?? []).map((sub) => areaRoute({ ...area, path: sub.path, permission: sub.permission ?? area.permission, page: sub.page }));
  return [areaRoute(area), ...subPages];
}

export const routes: RouteObject[] = [
  { path: '/dang-nhap', element: <LoginPage />, errorElement: <RouteErrorPage /> },
  {
    path: '/doi-mat-khau',
    hydrateFallbackElement: <LoadingLine />,
    lazy: async () => ({ Component: (await import('../features/auth/pages/change-password-page')).ChangePasswordPage }),
    errorElement: <RouteErrorPage />,
  },
  {
    path: '/',
    errorElement: <RouteErrorPage />,
    hydrateFallbackElement: <LoadingLine />,
    lazy: async () => ({ Component: (await import('../layout/protected-layout')).default }),
    children: [
      ...AREAS.flatMap(areaRoutes),
      { path: 'khong-co-quyen', element: <ForbiddenPage /> },
      { path: 'trang-chu', element: <Navigate to="/" replace /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
