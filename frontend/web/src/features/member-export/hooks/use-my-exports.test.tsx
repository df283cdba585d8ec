import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, renderHook, waitFor } from '@testing-library/react';
import { createLienThongClient, type LienThongClient } from '@lienthong/sdk';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { ApiContext, type Api } from '../../../api/api-context';
import { sdkCall } from '../../../api/sdk-call';
import type { MemberExport, MemberExportPage } from '../api/member-export-api';
import { useMyExports } from './use-my-exports';

const job = (id: string, over: Partial<MemberExport> = {}): MemberExport => ({
  id, kind: 'member-list', orgId: 'o1', orgName: 'Chi bộ Vụ Tổng hợp', occasion: null, milestone: null, status: 'succeeded', rowsWritten: 10, totalEstimate: 10, fileName: `${id}.xlsx`, size: 100, error: null, createdAt: '2026-11-26T01:30:00.000Z', startedAt: null, finishedAt: null, expiresAt: '2026-11-27T01:30:00.000Z',
  ...over,
});
const page = (items: MemberExport[], nextCursor: string | null = null): MemberExportPage => ({ items, nextCursor });

/**
 * An Api over the generated SDK whose fetch answers GET /member-exports from `answers` (by cursor; a
 * function is asked each time, 'no-answer' rejects like a lost connection); records the URLs asked.
 */
function listingApi(answers: Record<string, MemberExportPage | (() => MemberExportPage | 'no-answer')>) {
  const urls: string[] = [];
  const fetch = (url: string) => {
    urls.push(url);
    const answer = answers[new URL(url, 'http://x').searchParams.get('cursor') ?? ''];
    const body = typeof answer === 'function' ? answer() : answer;
    if (body === 'no-answer') return Promise.reject(new TypeError('Failed to fetch'));
    return Promise.resolve(new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } }));
  };
  const sdk = createLienThongClient({ baseUrl: '', fetch, retries: 0 });
  const api = { sdk, call: (run: (client: LienThongClient) => Promise<unknown>) => sdkCall(() => run(sdk), () => 'network') } as unknown as Api;
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>
      <ApiContext.Provider value={api}>{children}</ApiContext.Provider>
    </QueryClientProvider>
  );
  return { wrapper, urls };
}

const pause = (ms: number) => act(() => new Promise((resolve) => setTimeout(resolve, ms)));

describe('"Tệp đã xuất": my exports, refreshed while one is being written', () => {
  it('asks again while an export runs, shows its progress, and stops asking once all are finished', async () => {
    const states = [job('e2', { status: 'queued', rowsWritten: 0, totalEstimate: 300 }), job('e2', { status: 'running', rowsWritten: 120, totalEstimate: 300 }), job('e2', { rowsWritten: 300, totalEstimate: 300 })];
    const { wrapper, urls } = listingApi({ '': () => page([states.length > 1 ? (states.shift() as MemberExport) : (states[0] as MemberExport), job('e1')]) });
    const seen: string[] = [];
    const { result } = renderHook(
      () => {
        const list = useMyExports({ refreshMs: 20 });
        const line = list.items.map((e) => `${e.id} ${e.status} ${e.rowsWritten}`).join(', ');
        if (seen.at(-1) !== line) seen.push(line);
        return list;
      },
      { wrapper },
    );
    await waitFor(() => expect(result.current.items[0]).toMatchObject({ status: 'succeeded', rowsWritten: 300 }));
    expect(seen).toEqual(['', 'e2 queued 0, e1 succeeded 10', 'e2 running 120, e1 succeeded 10', 'e2 succeeded 300, e1 succeeded 10']);
    const asked = urls.length;
    await pause(100);
    expect(urls.length).toBe(asked);
    expect(urls[0]).toBe('/api/v1/member-exports?limit=20');
  });

  it('asks nothing more when every export is finished, and loads the older ones on "Xem thêm" after the cursor', async () => {
    const { wrapper, urls } = listingApi({ '': page([job('e3'), job('e2', { status: 'failed', error: { code: 'COMMON.INTERNAL', message: 'Lỗi' } })], 'c1'), c1: page([job('e1', { status: 'expired' })]) });
    const { result } = renderHook(() => useMyExports({ refreshMs: 20 }), { wrapper });
    await waitFor(() => expect(result.current.items).toHaveLength(2));
    await pause(80);
    expect(urls).toEqual(['/api/v1/member-exports?limit=20']);
    expect(result.current.hasNextPage).toBe(true);
    act(() => void result.current.fetchNextPage());
    await waitFor(() => expect(result.current.items.map((e) => e.id)).toEqual(['e3', 'e2', 'e1']));
    expect(result.current.hasNextPage).toBe(false);
    expect(urls).toEqual(['/api/v1/member-exports?limit=20', '/api/v1/member-exports?limit=20&cursor=c1']);
  });

  it('keeps the list shown through a refresh that gets no answer, and goes on refreshing', async () => {
    const answers: (MemberExportPage | 'no-answer')[] = [page([job('e1', { status: 'running', rowsWritten: 5 })]), 'no-answer', 'no-answer', page([job('e1')])];
    const { wrapper } = listingApi({ '': () => (answers.length > 1 ? answers.shift() : answers[0]) as MemberExportPage | 'no-answer' });
    const seen: string[] = [];
    const { result } = renderHook(
      () => {
        const list = useMyExports({ refreshMs: 20 });
        const line = `${list.items.map((e) => e.status).join()}${list.isRefetchError ? ' refresh-failed' : ''}`;
        if (seen.at(-1) !== line) seen.push(line);
        return list;
      },
      { wrapper },
    );
    await waitFor(() => expect(result.current.items[0]?.status).toBe('succeeded'));
    expect(seen).toEqual(['', 'running', 'running refresh-failed', 'succeeded']);
  });
});
