import { useI18n } from '../i18n/i18n-context';

/** "Đang tải…" while a screen's code or data arrives (plain: no antd needed). */
export function LoadingLine() {
  const { t } = useI18n();
  return (
    <p className="loading-line" role="status">
      {t.common.loading}
    </p>
  );
}
