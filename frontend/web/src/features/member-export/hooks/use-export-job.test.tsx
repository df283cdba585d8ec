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

/** An Api over the generated SDK whose fetch answers the create, then each poll with the next state; records the requests. */
function scriptedApi(created: MemberExport, polls: MemberExport[]) {
  const requests: string[] = [];
  const fetch = (url: string, init?: RequestInit) => {
    requests.push(`${init?.method ?? 'GET'} ${url}${typeof init?.body === 'string' ? ` ${init.body}` : ''}`);
    const body = init?.method === 'POST' ? created : polls.length > 1 ? polls.shift() : polls[0]; // the last state stays
    return Promise.resolve(new Response(JSON.stringify(body), { status: init?.method === 'POST' ? 202 : 200, headers: { 'Content-Type': 'application/json' } }));
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
});
