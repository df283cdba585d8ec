import { act, renderHook, waitFor } from '@testing-library/react';
import { createLienThongClient, type LienThongClient } from '@lienthong/sdk';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { ApiContext, type Api } from '../../../api/api-context';
import { sdkCall } from '../../../api/sdk-call';
import type { MemberExport } from '../api/member-export-api';
import { useExportJob } from './use-export-job';

const job = (over: Partial<MemberExport>): MemberExport => ({
  id: 'e1', kind: 'member-list', orgId: 'o1', orgName: 'Đảng bộ Bộ Tư pháp', occasion: null, milestone: null, status: 'queued', rowsWritten: 0, totalEstimate: 5000, fileName: null, size: null, error: null, createdAt: '', startedAt: null, finishedAt: null, expiresAt: null,
  ...over,
});

/** A poll that gets no export: no answer at all (the network), or a status with the gateway's envelope. */
type Blip = 'no-answer' | { status: number; code: string };
const json = (body: unknown, status: number) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** An Api over the generated SDK whose fetch answers the create, then each poll with the next state (or blip); records the requests. */
function scriptedApi(created: MemberExport, polls: (MemberExport | Blip)[]) {
  const requests: string[] = [];
  const fetch = (url: string, init?: RequestInit) => {
    requests.push(`${init?.method ?? 'GET'} ${url}${typeof init?.body === 'string' ? ` ${init.body}` : ''}`);
    if (init?.method === 'POST') return Promise.resolve(json(created, 202));
    const next = polls.length > 1 ? polls.shift() : polls[0]; // the last state stays
    if (next === 'no-answer') return Promise.reject(new TypeError('Failed to fetch'));
    if (next && 'code' in next) return Promise.resolve(json({ code: next.code, message: `HTTP ${next.status}` }, next.status));
    return Promise.resolve(json(next, 200));
  };
  const sdk = createLienThongClient({ baseUrl: '', fetch, retries: 0 });
  const api = { sdk, call: (run: (client: LienThongClient) => Promise<unknown>) => sdkCall(() => run(sdk), () => 'network') } as unknown as Api;
  const wrapper = ({ children }: { children: ReactNode }) => <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
  return { wrapper, requests };
}

describe('a large list exported as a server job', () => {
  it('creates the export, follows its progress while the server writes it, then downloads the file once', async () => {
    const { wrapper, requests } = scriptedApi(job({}), [
      job({ status: 'running', rowsWritten: 2000 }),
      job({ status: 'running', rowsWritten: 4000 }),
      job({ status: 'succeeded', rowsWritten: 5000, fileName: 'danh-sach-dang-vien-dang-bo-bo-tu-phap.xlsx' }),
    ]);
    const downloads: string[] = [];
    const download = (_api: Api, path: string, name: string) => (downloads.push(`${path} ${name}`), Promise.resolve(name));
    const { result } = renderHook(() => useExportJob({ pollMs: 1, download }), { wrapper });
    await act(() => result.current.start({ kind: 'member-list', orgId: 'o1' }, 'danh-sach.xlsx'));
    expect(result.current.state).toMatchObject({ phase: 'done', job: { status: 'succeeded', rowsWritten: 5000 } });
    expect(result.current.state.fileName).toBe('danh-sach-dang-vien-dang-bo-bo-tu-phap.xlsx');
    expect(downloads).toEqual(['/api/v1/member-exports/e1/file danh-sach-dang-vien-dang-bo-bo-tu-phap.xlsx']);
    expect(requests).toEqual([
      'POST /api/v1/member-exports {"kind":"member-list","orgId":"o1"}',
      'GET /api/v1/member-exports/e1',
      'GET /api/v1/member-exports/e1',
      'GET /api/v1/member-exports/e1',
    ]);
    await act(() => result.current.downloadAgain());
    expect(downloads).toHaveLength(2);
  });

  it('shows the progress while the server writes the file', async () => {
    const { wrapper } = scriptedApi(job({}), [job({ status: 'running', rowsWritten: 2000 })]);
    const { result } = renderHook(() => useExportJob({ pollMs: 5, download: () => Promise.resolve('x') }), { wrapper });
    act(() => void result.current.start({ kind: 'member-list', orgId: 'o1' }, 'x.xlsx'));
    await waitFor(() => expect(result.current.state).toMatchObject({ phase: 'waiting', job: { status: 'running', rowsWritten: 2000, totalEstimate: 5000 } }));
    act(() => result.current.reset());
    expect(result.current.state.phase).toBe('idle');
  });

  it('ends failed with the export\'s reason, and downloads nothing', async () => {
    const error = { code: 'COMMON.INTERNAL', message: 'Không xuất được tệp do lỗi hệ thống.' };
    const { wrapper } = scriptedApi(job({ kind: 'badge-list', totalEstimate: null }), [job({ status: 'failed', error })]);
    const downloads: string[] = [];
    const { result } = renderHook(() => useExportJob({ pollMs: 1, download: (_a, path) => (downloads.push(path), Promise.resolve('x')) }), { wrapper });
    await act(() => result.current.start({ kind: 'badge-list', orgId: 'o1', occasion: '2027-02-03' }, 'x.xlsx'));
    expect(result.current.state).toMatchObject({ phase: 'failed', error });
    expect(downloads).toEqual([]);
  });

  it('rides out a lost connection and a 5xx while polling: "reconnecting", then the progress again, then the file', async () => {
    const { wrapper, requests } = scriptedApi(job({}), [
      job({ status: 'running', rowsWritten: 1000 }),
      'no-answer',
      { status: 503, code: 'COMMON.UNAVAILABLE' },
      { status: 502, code: 'HTTP.502' },
      job({ status: 'running', rowsWritten: 3000 }),
      job({ status: 'succeeded', rowsWritten: 5000, fileName: 'ds.xlsx' }),
    ]);
    const seen: string[] = [];
    const downloads: string[] = [];
    const { result } = renderHook(
      () => {
        const hook = useExportJob({ pollMs: 20, maxBackoffMs: 40, download: (_a, path) => (downloads.push(path), new Promise((done) => setTimeout(() => done('ds.xlsx'), 20))) });
        const { phase, reconnecting, job: shown } = hook.state;
        const line = `${phase}${reconnecting ? ' reconnecting' : ''}${shown ? ` ${shown.rowsWritten}` : ''}`;
        if (seen.at(-1) !== line) seen.push(line);
        return hook;
      },
      { wrapper },
    );
    // Not awaited inside act: each state is rendered as it comes (the polls are 20–40 ms apart).
    act(() => void result.current.start({ kind: 'member-list', orgId: 'o1' }, 'x.xlsx'));
    await waitFor(() => expect(result.current.state).toMatchObject({ phase: 'done', fileName: 'ds.xlsx' }), { timeout: 3_000 });
    expect(downloads).toEqual(['/api/v1/member-exports/e1/file']);
    expect(requests.filter((r) => r.startsWith('GET'))).toHaveLength(6);
    // The last progress stays on screen while reconnecting; the export never shows as failed.
    expect(seen).toEqual(['idle', 'creating', 'waiting 0', 'waiting 1000', 'waiting reconnecting 1000', 'waiting 3000', 'downloading 5000', 'done 5000']);
  });

  it('keeps trying while the server stays unreachable, until the dialog is closed', async () => {
    const { wrapper, requests } = scriptedApi(job({}), ['no-answer']);
    const { result } = renderHook(() => useExportJob({ pollMs: 1, maxBackoffMs: 4, download: () => Promise.resolve('x') }), { wrapper });
    act(() => void result.current.start({ kind: 'member-list', orgId: 'o1' }, 'x.xlsx'));
    await waitFor(() => expect(requests.length).toBeGreaterThan(8));
    expect(result.current.state).toMatchObject({ phase: 'waiting', reconnecting: true });
    act(() => result.current.reset());
    const asked = requests.length;
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(requests.length).toBeLessThanOrEqual(asked + 1);
    expect(result.current.state.phase).toBe('idle');
  });

  it('ends at a refusal that will not pass (404: the export is not the caller\'s)', async () => {
    const { wrapper } = scriptedApi(job({}), [{ status: 404, code: 'MEMBERS.EXPORT_NOT_FOUND' }]);
    const { result } = renderHook(() => useExportJob({ pollMs: 1, download: () => Promise.resolve('x') }), { wrapper });
    await act(() => result.current.start({ kind: 'member-list', orgId: 'o1' }, 'x.xlsx'));
    expect(result.current.state).toMatchObject({ phase: 'failed', error: { status: 404, code: 'MEMBERS.EXPORT_NOT_FOUND' } });
  });

  it('ends failed when the export expired before it was fetched', async () => {
    const { wrapper } = scriptedApi(job({}), [job({ status: 'expired' })]);
    const { result } = renderHook(() => useExportJob({ pollMs: 1, download: () => Promise.resolve('x') }), { wrapper });
    await act(() => result.current.start({ kind: 'member-list', orgId: 'o1' }, 'x.xlsx'));
    expect(result.current.state).toMatchObject({ phase: 'failed', job: { status: 'expired' } });
  });
});
