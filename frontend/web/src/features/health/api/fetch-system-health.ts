// GET /api/v1/health through the gateway. The shape is read defensively until the client generated from
// the gateway's OpenAPI document replaces these hand-written types (STYLE.md §12).

export type ComponentStatus = 'up' | 'down';

export interface ComponentHealth {
  name: string;
  status: ComponentStatus;
}

export type SystemHealth =
  | { state: 'up' | 'down'; components: ComponentHealth[] }
  /** No answer, or an answer that is not the gateway's health report (e.g. a proxy error page). */
  | { state: 'unreachable'; components: [] };

export const HEALTH_PATH = '/api/v1/health';

/** Rejects only when `signal` aborts; every failure of the server is a state. */
export async function fetchSystemHealth(signal: AbortSignal): Promise<SystemHealth> {
  let response: Response;
  try {
    response = await fetch(HEALTH_PATH, { signal, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal.aborted) throw error;
    return { state: 'unreachable', components: [] };
  }
  const body = await readJson(response);
  const status = isRecord(body) ? body['status'] : undefined;
  if (status !== 'up' && status !== 'down') {
    return { state: 'unreachable', components: [] };
  }
  // A 503 with `status: up` cannot happen by contract; trust the HTTP status when they disagree.
  const state = status === 'up' && response.ok ? 'up' : 'down';
  return { state, components: readComponents(body) };
}

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return undefined;
  }
}

/** Accepts `checks: [{ name, status }]` or `services: [{ service | name, status }]`. */
function readComponents(body: unknown): ComponentHealth[] {
  if (!isRecord(body)) return [];
  const list = body['checks'] ?? body['services'];
  if (!Array.isArray(list)) return [];
  return list.flatMap((item: unknown): ComponentHealth[] => {
    if (!isRecord(item)) return [];
    const name = item['name'] ?? item['service'];
    const status = item['status'];
    if (typeof name !== 'string' || (status !== 'up' && status !== 'down')) return [];
    return [{ name, status }];
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
