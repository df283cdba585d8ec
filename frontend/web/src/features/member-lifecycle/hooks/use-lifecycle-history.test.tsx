import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { createLienThongClient, type LienThongClient } from '@lienthong/sdk';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { ApiContext, type Api } from '../../../api/api-context';
import { sdkCall } from '../../../api/sdk-call';
import type { LifecycleEvent, MemberLifecycle } from '../api/lifecycle-api';
import { useLifecycleHistory } from './use-lifecycle-history';

const event = (id: string) => ({ id, kind: 'exempted' }) as LifecycleEvent;
const view = (ids: string[], historyNextCursor: string | null) => ({ history: ids.map(event), historyNextCursor }) as MemberLifecycle;

/** An Api over the generated SDK whose fetch answers each cursor with the next page and records the URLs. */
function pagingApi(pages: Record<string, MemberLifecycle>) {
  const urls: string[] = [];
  const fetch = (url: string) => {
    urls.push(url);
    const cursor = new URL(url, 'http://x').searchParams.get('cursor') ?? '';
    return Promise.resolve(new Response(JSON.stringify(pages[cursor]), { status: 200, headers: { 'Content-Type': 'application/json' } }));
  };
  const sdk = createLienThongClient({ baseUrl: '', fetch, retries: 0 });
  const api = { sdk, call: (run: (client: LienThongClient) => Promise<unknown>) => sdkCall(() => run(sdk), () => 'network') } as unknown as Api;
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={new QueryClient()}>
      <ApiContext.Provider value={api}>{children}</ApiContext.Provider>
    </QueryClientProvider>
  );
  return { wrapper, urls };
}

describe('the lifecycle history, a page at a time', () => {
  it('shows the first page, loads older pages after the cursor on demand, and stops at the last', async () => {
    const { wrapper, urls } = pagingApi({ c1: view(['3', '4'], 'c2'), c2: view(['5'], null) });
    const { result } = renderHook(() => useLifecycleHistory('m1', view(['1', '2'], 'c1')), { wrapper });
    expect(result.current.events.map((e) => e.id)).toEqual(['1', '2']);
    expect(result.current.hasMore).toBe(true);
    expect(urls).toEqual([]);

    act(() => result.current.loadMore());
    await waitFor(() => expect(result.current.events.map((e) => e.id)).toEqual(['1', '2', '3', '4']));
    expect(result.current.hasMore).toBe(true);
    act(() => result.current.loadMore());
    await waitFor(() => expect(result.current.events.map((e) => e.id)).toEqual(['1', '2', '3', '4', '5']));
    expect(result.current.hasMore).toBe(false);
    expect(urls).toEqual(['/api/v1/members/m1/lifecycle?cursor=c1', '/api/v1/members/m1/lifecycle?cursor=c2']);
  });

  it('offers nothing more when the first page is the whole history', () => {
    const { wrapper } = pagingApi({});
    const { result } = renderHook(() => useLifecycleHistory('m1', view(['1'], null)), { wrapper });
    expect(result.current.hasMore).toBe(false);
  });
});
