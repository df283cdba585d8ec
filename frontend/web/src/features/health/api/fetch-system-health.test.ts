import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppApi } from '../../../app/create-app-api';
import { fetchSystemHealth } from './fetch-system-health';

const answer = (status: number, body: string, type = 'application/json') => () =>
  Promise.resolve(new Response(body, { status, headers: { 'Content-Type': type } }));

async function healthWith(fetchImpl: () => Promise<Response>) {
  const fetchMock = vi.fn((_input: string, _init?: RequestInit) => fetchImpl());
  vi.stubGlobal('fetch', fetchMock);
  const result = await fetchSystemHealth(createAppApi(() => undefined), new AbortController().signal);
  return { result, fetchMock };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('fetchSystemHealth (through the SDK)', () => {
  it('reports up with the parts the gateway lists', async () => {
    const body = JSON.stringify({ status: 'up', checks: [{ name: 'members', status: 'up' }, { name: 'database', status: 'up' }] });
    const { result, fetchMock } = await healthWith(answer(200, body));
    expect(result).toEqual({ state: 'up', components: [{ name: 'members', status: 'up' }, { name: 'database', status: 'up' }] });
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/v1/health');
  });

  it('reports down when the gateway answers 503', async () => {
    const { result } = await healthWith(answer(503, JSON.stringify({ status: 'down', checks: [{ name: 'finance', status: 'down' }] })));
    expect(result.state).toBe('down');
  });

  it('says unreachable when the connection fails or a proxy answers with its own page', async () => {
    expect((await healthWith(() => Promise.reject(new TypeError('Failed to fetch')))).result.state).toBe('unreachable');
    expect((await healthWith(answer(502, '<html>Bad Gateway</html>', 'text/html'))).result.state).toBe('unreachable');
  });
});
