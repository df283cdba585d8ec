import { SystemStatus } from '../features/health/components/system-status';
import { vi } from '../i18n/vi';

export function LandingPage() {
  return (
    <div className="page">
      <header className="masthead">
        <h1>
          {vi.appName}
          <span className="tagline">{vi.tagline}</span>
        </h1>
      </header>
      <main>
        <p className="intro">{vi.intro}</p>
        <SystemStatus />
      </main>
      <footer className="page-footer">{vi.footer}</footer>
    </div>
  );
}
