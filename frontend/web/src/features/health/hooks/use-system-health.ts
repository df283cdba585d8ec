import { useCallback, useEffect, useState } from 'react';
import { fetchSystemHealth, type SystemHealth } from '../api/fetch-system-health';

export type HealthView = { state: 'checking' } | (SystemHealth & { checkedAt: Date });

/** Asks the gateway once on mount and again on `recheck()`; a newer check cancels an older one. */
export function useSystemHealth(): { health: HealthView; recheck: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [health, setHealth] = useState<HealthView>({ state: 'checking' });

  useEffect(() => {
    const controller = new AbortController();
    fetchSystemHealth(controller.signal).then(
      (result) => setHealth({ ...result, checkedAt: new Date() }),
      // Only an abort rejects: the page unmounted or a newer check started.
      () => undefined,
    );
    return () => controller.abort();
  }, [attempt]);

  const recheck = useCallback(() => {
    setHealth({ state: 'checking' });
    setAttempt((n) => n + 1);
  }, []);

  return { health, recheck };
}
