import { QueryClientProvider } from '@tanstack/react-query';
import { useEffect } from 'react';
import { RouterProvider } from 'react-router';
import { ApiContext } from '../api/api-context';
import { isApiError } from '../api/api-error';
import { I18nProvider, useI18n } from '../i18n/i18n-context';
import { createAppApi } from './create-app-api';
import { createQueryClient } from './query-client';
import { createAppRouter } from './router';

const router = createAppRouter();
// A refresh that the gateway refuses ends the session: back to sign-in, saying why.
const api = createAppApi(() => void router.navigate('/dang-nhap?ly-do=het-han', { replace: true }));
const queryClient = createQueryClient((error) => {
  if (isApiError(error) && error.code === 'AUTH.PASSWORD_CHANGE_REQUIRED') void router.navigate('/doi-mat-khau', { replace: true });
});

function Routes() {
  const { language } = useI18n();
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return <RouterProvider router={router} />;
}

/** The SPA's root: language, API client, server-state cache and routes (antd joins behind sign-in). */
export function App() {
  return (
    <I18nProvider>
      <ApiContext.Provider value={api}>
        <QueryClientProvider client={queryClient}>
          <Routes />
        </QueryClientProvider>
      </ApiContext.Provider>
    </I18nProvider>
  );
}
