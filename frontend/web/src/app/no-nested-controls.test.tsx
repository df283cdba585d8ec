import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiContext } from '../api/api-context';
import { ImportSummary } from '../features/member-import/components/import-summary';
import { I18nProvider } from '../i18n/i18n-context';
import { messagesVi } from '../i18n/messages-vi';
import { createAppApi } from './create-app-api';
import { createQueryClient } from './query-client';
import { routes } from './router';

/**
 * Issue 6 (keyboard and screen-reader users): no control inside another — a `<Link>` around a
 * `<Button>` is two tab stops for one action and axe's "nested-interactive" failure. The real routes
 * are rendered, signed in as an officer who may do everything, over a gateway that answers with one
 * member and empty lists; each screen must show its navigating buttons as links, none nested.
 */
const NESTED = 'a a, a button, button a, button button';

const ORG = '0193a0f2-6b1e-7c3d-9f00-1a2b3c4d5e70';
const MEMBER_ID = '0193a0f2-6b1e-7c3d-9f00-1a2b3c4d5e71';
const PERMISSIONS = ['members:read', 'members:write', 'members:grade', 'admin:users', 'admin:calendar', 'audit:read', 'documents:read', 'finance:read', 'resolutions:read'];
const ME = { id: 'u1', username: 'tochuc', fullName: 'Cán bộ tổ chức', roles: ['officer'], permissions: PERMISSIONS, clearance: 3, homeOrgId: ORG, homeOrgName: 'Đảng bộ Văn phòng', scopeOrgId: ORG, scopeOrgName: 'Đảng bộ Văn phòng', mustChangePassword: false };
const MEMBER = {
  id: MEMBER_ID, version: 1, fullName: 'Nguyễn Văn An', birthName: null, aliases: [], sex: 'male', dateOfBirth: '1985-03-12', placeOfBirth: null, homeTown: null, permanentResidence: null, temporaryResidence: null,
  citizenId: null, cardNumber: null, cards: [], historyNumber: null, education: null, occupation: null, qualifications: null, politicalTheory: null, languages: [], orgId: ORG, orgMemberships: [],
  status: 'official', statusSince: '2011-06-01', firstAdmissionDecisionDate: '2010-05-15', partyAgeSince: '2010-06-01', sensitive: null, sensitiveWithheld: false, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z',
  periods: [{ admissionDecisionDate: '2010-05-15', admissionDecisionNumber: null, ceremonyDate: '2010-06-01', recognitionDate: '2011-06-01', endedOn: null, endReason: null }],
};
const ORG_NODE = { id: ORG, name: 'Đảng bộ Văn phòng', parentId: null, kind: 'dang-bo', path: ORG, childCount: 0 };

const EMPTY_ARRAYS = ['/api/v1/calendar/days', '/api/v1/calendar/overrides', '/api/v1/me/gradings'];

/** What the fake gateway answers: the officer, the member (also as one's own record), the org; an empty list or page. */
function answer(path: string): unknown {
  if (path === '/api/v1/me') return ME;
  if (path === `/api/v1/members/${MEMBER_ID}` || path === '/api/v1/me/member-record') return MEMBER;
  if (EMPTY_ARRAYS.includes(path)) return [];
  if (path === `/api/v1/orgs/${ORG}`) return ORG_NODE;
  return { items: [], nextCursor: null };
}

const asked: string[] = [];
beforeEach(() => {
  asked.length = 0;
  vi.stubGlobal('fetch', (input: string) => {
    const path = new URL(input, 'http://x').pathname;
    asked.push(path);
    return Promise.resolve(new Response(JSON.stringify(answer(path)), { status: 200, headers: { 'Content-Type': 'application/json' } }));
  });
});
afterEach(() => {
  cleanup();
  sessionStorage.clear();
  vi.unstubAllGlobals();
});

/** Renders the app's routes at `path`; resolves once every query has its answer (and the page has drawn it). */
async function renderAt(path: string) {
  const api = createAppApi(() => undefined);
  api.tokens.store({ accessToken: 'a', refreshToken: 'r', expiresIn: 3600 });
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const client = createQueryClient();
  render(
    <I18nProvider language="vi">
      <ApiContext.Provider value={api}>
        <QueryClientProvider client={client}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </ApiContext.Provider>
    </I18nProvider>,
  );
  const main = await screen.findByRole('main', {}, { timeout: 10_000 });
  await within(main).findByRole('heading', { level: 1 }, { timeout: 10_000 });
  await waitFor(() => expect(client.isFetching()).toBe(0), { timeout: 10_000 });
  expect(screen.queryByText(messagesVi.crash.title), `${path} crashed`).toBeNull();
  return main;
}

/** Every control inside another on the page, as a short line naming both. */
function nestedControls(): string[] {
  return [...document.body.querySelectorAll(NESTED)].map((inner) => {
    const outer = inner.parentElement?.closest('a, button');
    return `${outer?.tagName.toLowerCase()} "${outer?.textContent}" > ${inner.tagName.toLowerCase()} "${inner.textContent}"`;
  });
}

const SCREENS: { path: string; links: string[] }[] = [
  { path: '/dang-vien', links: ['Đề nghị sửa hồ sơ', 'Tệp đã xuất', 'Nhập từ Excel', 'Thêm đảng viên'] },
  { path: `/dang-vien/${MEMBER_ID}`, links: ['Sửa hồ sơ'] },
  { path: `/dang-vien/${MEMBER_ID}/sua`, links: ['Hủy'] },
  { path: '/dang-vien/them-moi', links: ['Hủy'] },
  { path: '/chuyen-sinh-hoat', links: ['Lập giấy giới thiệu'] },
];
/** The other screens of the menu: checked for nesting once their heading is shown. */
const OTHER_SCREENS = ['/', '/to-chuc', '/dang-vien/de-nghi-sua-ho-so', '/dang-vien/huy-hieu', '/dang-vien/tep-da-xuat', '/dang-vien/nhap-excel', '/chuyen-sinh-hoat/lap-giay', '/danh-gia-xep-loai', '/ho-so-cua-toi', '/tu-danh-gia', '/nguoi-dung', '/lich-lam-viec', '/nhat-ky'];

describe('no control nested in another (WCAG, axe nested-interactive)', () => {
  it.each(SCREENS)('$path: the buttons that navigate are links, none inside another control', async ({ path, links }) => {
    const main = await renderAt(path);
    for (const name of links) {
      const link = await within(main).findByRole('link', { name: new RegExp(`${name}$`) });
      expect(link.getAttribute('href')).toMatch(/^\//);
    }
    expect(nestedControls()).toEqual([]);
  }, 30_000);

  it.each(OTHER_SCREENS)('%s: none inside another control', async (path) => {
    await renderAt(path);
    expect(nestedControls()).toEqual([]);
  }, 30_000);

  it('the import result: "Xem danh sách đảng viên" is a link to the org\'s roll, beside the buttons', async () => {
    const done = { id: 'i1', orgId: ORG, fileName: 'ds.xlsx', status: 'committed', fileError: null, rowsParsed: 3, rowsValid: 2, rowsInvalid: 1, rowsCommitted: 2, createdAt: '2026-11-26T01:00:00.000Z', updatedAt: '2026-11-26T01:00:00.000Z' } as const;
    render(
      <I18nProvider language="vi">
        <ApiContext.Provider value={createAppApi(() => undefined)}>
          <RouterProvider router={createMemoryRouter([{ path: '/', element: <ImportSummary current={done} onAnother={() => undefined} onDownloadError={() => undefined} /> }])} />
        </ApiContext.Provider>
      </I18nProvider>,
    );
    expect((await screen.findByRole('link', { name: 'Xem danh sách đảng viên' })).getAttribute('href')).toBe(`/dang-vien?to-chuc=${ORG}`);
    expect(screen.getAllByRole('button')).toHaveLength(2);
    expect(nestedControls()).toEqual([]);
  });
});
