import { useI18n } from '../../../i18n/i18n-context';
import { useSystemHealth } from '../hooks/use-system-health';

// Times are shown for Asia/Ho_Chi_Minh whatever the browser's zone (DESIGN.md: public REST API).
const timeFormat = new Intl.DateTimeFormat('vi-VN', {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  timeZone: 'Asia/Ho_Chi_Minh',
});

export function SystemStatus() {
  const { t } = useI18n();
  const text = t.status;
  const { health, recheck } = useSystemHealth();

  return (
    <section className="status-card" aria-labelledby="status-heading" data-state={health.state}>
      <h2 id="status-heading">{text.heading}</h2>
      <p className="status-line" role="status" aria-live="polite">
        <span className="status-dot" aria-hidden="true" />
        {text[health.state]}
      </p>
      {health.state !== 'checking' && health.components.length > 0 && (
        <ul className="components">
          {health.components.map((component) => (
            <li key={component.name} data-status={component.status}>
              <span>{text.components[component.name] ?? component.name}</span>
              <span className="component-status">
                {component.status === 'up' ? text.componentUp : text.componentDown}
              </span>
            </li>
          ))}
        </ul>
      )}
      <div className="status-footer">
        {health.state !== 'checking' && (
          <span className="checked-at">
            {text.checkedAt} {timeFormat.format(health.checkedAt)}
          </span>
        )}
        <button type="button" onClick={recheck} disabled={health.state === 'checking'}>
          {text.recheck}
        </button>
      </div>
    </section>
  );
}
