// GET /api/v1/health through the generated SDK. Every failure is a state, never an exception.
import type { Api } from '../../../api/api-context';
import { isApiError } from '../../../api/api-error';

export type ComponentStatus = 'up' | 'down';

export interface ComponentHealth {
  name: string;
  status: ComponentStatus;
}

export type SystemHealth =
  | { state: 'up' | 'down'; components: ComponentHealth[] }
  /** No answer, or an answer that is not the gateway's health report (e.g. a proxy error page). */
  | { state: 'unreachable'; components: [] };

/** Rejects only when `signal` aborts. A 503 is the gateway saying "down" (its parts are not listed then). */
export async function fetchSystemHealth(api: Api, signal: AbortSignal): Promise<SystemHealth> {
  try {
    const report = await api.callPublic((sdk) => sdk.getHealth({}, { signal, retries: 0 }));
    return { state: report.status, components: report.checks.map((check) => ({ name: check.name, status: check.status })) };
  } catch (error) {
    if (signal.aborted) throw error;
    if (isApiError(error) && error.status === 503 && error.code === 'COMMON.SERVICE_UNAVAILABLE') return { state: 'down', components: [] };
    return { state: 'unreachable', components: [] };
  }
}
