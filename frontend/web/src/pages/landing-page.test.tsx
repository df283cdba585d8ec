import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LandingPage } from './landing-page';

function jsonResponse(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

function stubFetch(answer: () => Promise<Response>) {
  const fetchMock = vi.fn((_input: RequestInfo | URL, _init?: RequestInit) => answer());
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('LandingPage', () => {
  it('names the system in Vietnamese and reports it up when the gateway says so', async () => {
    const fetchMock = stubFetch(() =>
      Promise.resolve(
        jsonResponse(200, {
          status: 'up',
          checks: [
            { name: 'members', status: 'up' },
            { name: 'database', status: 'up' },
          ],
        }),
      ),
    );

    render(<LandingPage />);

    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain(
      'Văn phòng trực tuyến của các cấp ủy Đảng',
    );
    expect(screen.getByRole('status').textContent).toBe('Đang kiểm tra trạng thái hệ thống…');
    expect(await screen.findByText('Hệ thống đang hoạt động bình thường.')).toBeTruthy();
    expect(screen.getByText('Tổ chức và đảng viên')).toBeTruthy();
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock.mock.calls[0]?.[0]).toBe('/api/v1/health');
  });

  it('reports a degraded system when the gateway answers 503 with status down', async () => {
    stubFetch(() =>
      Promise.resolve(
        jsonResponse(503, { status: 'down', checks: [{ name: 'finance', status: 'down' }] }),
      ),
    );

    render(<LandingPage />);

    expect(await screen.findByText('Hệ thống đang gặp sự cố: một số thành phần chưa sẵn sàng.')).toBeTruthy();
    expect(screen.getByText('Tài chính đảng').parentElement?.textContent).toContain('Chưa sẵn sàng');
  });

  it('says the server cannot be reached when fetch fails, and checks again on request', async () => {
    const fetchMock = stubFetch(() => Promise.reject(new TypeError('Failed to fetch')));

    render(<LandingPage />);

    expect(await screen.findByText(/Không kết nối được tới máy chủ/)).toBeTruthy();

    fetchMock.mockImplementation(() => Promise.resolve(jsonResponse(200, { status: 'up', checks: [] })));
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra lại' }));

    expect(await screen.findByText('Hệ thống đang hoạt động bình thường.')).toBeTruthy();
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });

  it('treats a non-JSON answer (a proxy error page) as unreachable', async () => {
    stubFetch(() => Promise.resolve(new Response('<html>Bad Gateway</html>', { status: 502 })));

    render(<LandingPage />);

    expect(await screen.findByText(/Không kết nối được tới máy chủ/)).toBeTruthy();
  });
});
