// "Việc cần làm" and the badge list in Debian's Chromium against the real standalone build (demo seed:
// every eighth member is probationary, admitted 02/09/2025, so their recognition is overdue): the home
// page's panel grouped by kind with the overdue in red and each member linked to the record (the list
// comes from the catch-up run the members service queues 30 s after boot); the badge list of an org at
// an occasion with why each member is on it, printable (print media hides the app's frame); an
// impossible occasion refused with the Vietnamese message; the award recorded from the list (a decision
// dated after the occasion refused at its field first). Run: `npm run test:browser -- due-items`.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { explainFailure, shootBothSizes } from './harness/screens.mjs';
import { apiToken, firstSignIn, jsonApi, openStandalonePage } from './harness/session.mjs';
import { waitUntil } from './harness/wait.mjs';

const repoRoot = process.env.LT_BROWSER_ROOT || fileURLToPath(new URL('../..', import.meta.url));
const ADMIN_PASSWORD = 'Quan tri Viec can lam 2026';

let server;
let browser;
let page;
let adminToken;
let chiBoId;
let veteranId;
const pageErrors = [];

const api = jsonApi(() => server.url, () => adminToken);

describe('"việc cần làm" and the badge list in Chromium', { timeout: 600_000 }, () => {
  before(async () => {
    ({ server, browser, page } = await openStandalonePage({ repoRoot, pageErrors }));
    await firstSignIn(page, server, ADMIN_PASSWORD);
    adminToken = await apiToken(api, 'admin', ADMIN_PASSWORD);
    const found = await api('GET', `/orgs/search?q=${encodeURIComponent('chi bo vu tong hop')}`);
    chiBoId = found.body.items[0].id;
    // 30 years of party age on 01/12/2026: on the list for 3/2/2027.
    const veteran = await api('POST', '/members', {
      body: {
        orgId: chiBoId,
        fullName: 'Lê Văn Cựu Chiến Binh',
        sex: 'male',
        dateOfBirth: '1968-05-05',
        status: 'official',
        periods: [{ admissionDecisionDate: '1996-12-01', recognitionDate: '1997-12-01' }],
        cards: [],
      },
    });
    assert.equal(veteran.status, 201, JSON.stringify(veteran.body));
    veteranId = veteran.body.id;
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows the panel on the home page: grouped by kind, overdue in red, members linked to their records', async () => {
    await explainFailure(page, 'due-items-panel', async () => {
      // The catch-up run is queued 30 s after boot.
      const mine = await waitUntil(() => api('GET', '/me/due-items?limit=200'), (r) => r.status === 200 && r.body.computedOn !== null, { timeoutMs: 120_000, everyMs: 1_000 });
      const recognitions = mine.body.items.filter((i) => i.kind === 'recognition');
      assert.ok(recognitions.length > 0, 'the demo probationary members are due for recognition');
      assert.ok(recognitions.every((i) => i.daysLeft < 0 && i.dueOn > '2026-09-02'));
      await page.reload();
      const panel = page.locator('.due-items-panel');
      await panel.getByRole('heading', { name: 'Việc cần làm' }).waitFor();
      const group = panel.locator('section[data-kind="recognition"]');
      await group.getByRole('heading', { name: /Xét công nhận đảng viên chính thức/ }).waitFor();
      assert.equal(await group.locator('tr.ant-table-row').count(), recognitions.length);
      assert.equal(await group.locator('tr.due-item-overdue').count(), recognitions.length, 'every overdue row is marked');
      const tag = group.locator('.due-item-days').first();
      assert.match(await tag.textContent(), /^quá hạn \d+ ngày$/);
      assert.ok((await tag.getAttribute('class')).includes('ant-tag-red'));
      await shootBothSizes(page, '70-due-items-panel');
      const link = group.locator('tr.ant-table-row a').first();
      const name = await link.textContent();
      await link.click();
      await page.waitForURL(/\/dang-vien\/[0-9a-f-]{36}$/);
      await page.getByRole('heading', { level: 1, name: new RegExp(name) }).waitFor();
    });
  });

  it('prints the badge list of an org at an occasion, with why each member is on it', async () => {
    await explainFailure(page, 'badge-list', async () => {
      await page.goto(`${server.url}/dang-vien/huy-hieu?org=${chiBoId}&occasion=2027-02-03`);
      await page.getByRole('heading', { level: 1, name: /Danh sách đề nghị tặng Huy hiệu Đảng — Ngày thành lập Đảng/ }).waitFor();
      const row = page.locator('.badge-list-table tr.ant-table-row', { hasText: 'Lê Văn Cựu Chiến Binh' });
      await row.waitFor();
      assert.match(await row.textContent(), /30 năm/);
      assert.match(await row.textContent(), /01\/12\/2026/);
      assert.match(await row.textContent(), /Đủ điều kiện/);
      assert.match(await row.textContent(), /01-HD\/TW/);
      assert.equal(await row.locator(`a[href="/dang-vien/${veteranId}"]`).count(), 1);
      await shootBothSizes(page, '71-badge-list');
      await page.emulateMedia({ media: 'print' });
      assert.equal(await page.locator('.badge-filters').isVisible(), false, 'the filters are not printed');
      assert.equal(await row.isVisible(), true);
      await page.pdf({ path: fileURLToPath(new URL('./artifacts/71-badge-list.pdf', import.meta.url)), format: 'A4', landscape: true }).catch(() => undefined);
      await page.emulateMedia({ media: 'screen' });
    });
  });

  it('records the badge given from the list: a decision after the occasion is refused at its field, then saved', async () => {
    await explainFailure(page, 'badge-record', async () => {
      await page.goto(`${server.url}/dang-vien/huy-hieu?org=${chiBoId}&occasion=2027-02-03`);
      const row = page.locator('.badge-list-table tr.ant-table-row', { hasText: 'Lê Văn Cựu Chiến Binh' });
      await row.getByRole('button', { name: 'Ghi nhận đã trao' }).click();
      const dialog = page.getByRole('dialog', { name: /Ghi nhận trao Huy hiệu 30 năm tuổi Đảng cho đồng chí Lê Văn Cựu Chiến Binh/ });
      await dialog.getByLabel('Số quyết định tặng').fill('1250-QĐ/TU');
      const date = dialog.getByLabel('Ngày quyết định');
      await date.click();
      await date.fill('10/02/2027');
      await date.press('Tab');
      await dialog.getByRole('button', { name: 'Ghi vào sổ' }).click();
      const error = dialog.locator('.ant-form-item', { has: page.getByLabel('Ngày quyết định', { exact: true }) }).locator('.ant-form-item-explain-error');
      await error.waitFor();
      assert.match(await error.textContent(), /^quyết định phải có trước hoặc đúng ngày trao$/i);
      // One size only: resizing switches the layout, which would close the dialog.
      await page.screenshot({ path: fileURLToPath(new URL('./artifacts/72-badge-record-refused-1366x768.png', import.meta.url)) });
      await date.click();
      await date.fill('20/01/2027');
      await date.press('Tab');
      await dialog.getByLabel('Số huy hiệu').fill('HH-30-0001');
      await dialog.getByRole('button', { name: 'Ghi vào sổ' }).click();
      await page.getByText('Đã ghi vào sổ tặng Huy hiệu Đảng: Lê Văn Cựu Chiến Binh, 30 năm.').waitFor();
      await row.waitFor({ state: 'detached' });
      const given = await api('GET', `/members/${veteranId}/badges`);
      assert.deepEqual(given.body.map((b) => [b.milestone, b.decisionNumber, b.decisionDate, b.badgeNumber]), [[30, '1250-QĐ/TU', '2027-01-20', 'HH-30-0001']]);
    });
  });

  it('refuses a day that is not an award occasion, with the reason in Vietnamese', async () => {
    await explainFailure(page, 'badge-list-invalid', async () => {
      await page.goto(`${server.url}/dang-vien/huy-hieu?org=${chiBoId}&occasion=2027-02-04`);
      const alert = page.locator('.badge-error');
      await alert.waitFor();
      assert.match(await alert.textContent(), /không phải ngày trao Huy hiệu Đảng \(3\/2, 19\/5, 2\/9, 7\/11\)/);
      assert.equal(await page.locator('.badge-list-table tr.ant-table-row').count(), 0);
      assert.deepEqual(pageErrors, []);
    });
  });
});
