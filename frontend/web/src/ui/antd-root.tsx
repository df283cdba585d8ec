import AntApp from 'antd/es/app';
import ConfigProvider from 'antd/es/config-provider';
import enUS from 'antd/es/locale/en_US';
import viVN from 'antd/es/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import { useEffect, type ReactNode } from 'react';
import { appTheme } from '../app/app-theme';
import { useI18n } from '../i18n/i18n-context';

/**
 * Ant Design with its Vietnamese (or English) locale, dayjs in the same language, and the app's
 * theme. Only the screens behind sign-in use antd: the sign-in page is plain HTML so that the
 * first screen needs little JavaScript (the 200 KiB budget, modest office PCs).
 */
export function AntdRoot({ children }: { children: ReactNode }) {
  const { language } = useI18n();
  useEffect(() => {
    dayjs.locale(language === 'vi' ? 'vi' : 'en');
  }, [language]);
  return (
    <ConfigProvider locale={language === 'vi' ? viVN : enUS} theme={appTheme}>
      <AntApp component={false}>{children}</AntApp>
    </ConfigProvider>
  );
}
