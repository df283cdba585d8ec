import { useCallback, useEffect, useState } from 'react';
import { useApi } from '../../../api/api-context';
import { fetchSystemHealth, type SystemHealth } from '../api/fetch-system-health';

export type HealthView = { state: 'checking' } | (SystemHealth & { checkedAt: Date });

/** Asks the gateway once on mount and again on `recheck()`; a newer check cancels an older one. */
export function useSystemHealth(): { health: HealthView; recheck: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [health, setHealth] = useState<HealthView>({ state: 'checking' });
  const api = useApi();

  useEffect(() => {
    const controller = new AbortController();
    fetchSystemHealth(api, controller.signal).then(
      (result) => setHealth({ ...result, checkedAt: new Date() }),
      // Only an abort rejects: the page unmounted or a newer check started.
      () => undefined,
    );
    return () => controller.abort();
  }, [api, attempt]);

  const recheck = useCallback(() => {
    setHealth({ state: 'checking' });
    setAttempt((n) => n + 1);
  }, []);

  return { health, recheck };
}
