import { vi } from '../../../i18n/vi';
import { useSystemHealth } from '../hooks/use-system-health';

// Times are shown for Asia/Ho_Chi_Minh whatever the browser's zone (DESIGN.md: public REST API).
const timeFormat = new Intl.DateTimeFormat('vi-VN', {
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  timeZone: 'Asia/Ho_Chi_Minh',
});

export function SystemStatus() {
  const { health, recheck } = useSystemHealth();

  return (
    <section className="status-card" aria-labelledby="status-heading" data-state={health.state}>
      <h2 id="status-heading">{vi.statusHeading}</h2>
      <p className="status-line" role="status" aria-live="polite">
        <span className="status-dot" aria-hidden="true" />
        {vi.status[health.state]}
      </p>
      {health.state !== 'checking' && health.components.length > 0 && (
        <ul className="components">
          {health.components.map((component) => (
            <li key={component.name} data-status={component.status}>
              <span>{vi.components[component.name] ?? component.name}</span>
              <span className="component-status">
                {component.status === 'up' ? vi.componentUp : vi.componentDown}
              </span>
            </li>
          ))}
        </ul>
      )}
      <div className="status-footer">
        {health.state !== 'checking' && (
          <span className="checked-at">
            {vi.checkedAt} {timeFormat.format(health.checkedAt)}
          </span>
        )}
        <button type="button" onClick={recheck} disabled={health.state === 'checking'}>
          {vi.recheck}
        </button>
      </div>
    </section>
  );
}
