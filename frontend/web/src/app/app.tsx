import { LandingPage } from '../pages/landing-page';

/** The SPA's root. Routing arrives with the first real feature; for now there is one page. */
export function App() {
  return <LandingPage />;
}
