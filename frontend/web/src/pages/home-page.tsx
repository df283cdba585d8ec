import Typography from 'antd/es/typography';
import { DueItemsPanel } from '../features/due-items/components/due-items-panel';
import { SystemStatus } from '../features/health/components/system-status';
import { useMe } from '../features/auth/hooks/use-session';
import { useI18n } from '../i18n/i18n-context';
import { fill } from '../i18n/messages';

export default function HomePage() {
  const { t } = useI18n();
  const me = useMe();
  return (
    <div className="page-body narrow">
      <Typography.Title level={1} className="page-title">
        {fill(t.home.welcome, { name: me.data?.fullName ?? '' })}
      </Typography.Title>
      <Typography.Paragraph className="intro">{t.home.intro}</Typography.Paragraph>
      <DueItemsPanel permissions={me.data?.permissions ?? []} />
      <SystemStatus />
    </div>
  );
}
