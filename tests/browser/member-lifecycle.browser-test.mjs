// The lifecycle tab of a member profile ("Mốc thời gian và thao tác") in Debian's Chromium against the real standalone
// build: the computed dates with the rule each comes from, a guided recognition form that first shows
// the server's field error for an impossible date, then records a late approval — official FROM THE DUE
// DATE — with the history row. Screenshots in tests/browser/artifacts/. Run: `npm run test:browser -- member-lifecycle`.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { DESKTOP } from './harness/chromium.mjs';
import { fieldError, typeDate } from './harness/form.mjs';
import { shootBothSizes } from './harness/screens.mjs';
import { apiToken, firstSignIn, jsonApi, openStandalonePage } from './harness/session.mjs';

const repoRoot = process.env.LT_BROWSER_ROOT || fileURLToPath(new URL('../..', import.meta.url));
const ADMIN_PASSWORD = 'Quan tri Lien Thong 2026';

let server;
let browser;
let page;
let adminToken;
let memberId;
const pageErrors = [];

const api = jsonApi(() => server.url, () => adminToken);

describe('the member lifecycle tab in Chromium', { timeout: 600_000 }, () => {
  before(async () => {
    ({ server, browser, page } = await openStandalonePage({ repoRoot, pageErrors }));
    await firstSignIn(page, server, ADMIN_PASSWORD);
    adminToken = await apiToken(api, 'admin', ADMIN_PASSWORD);
    // A probationary member in a chi bộ of the demo seed: decision 01/09/2025, ceremony 15/09/2025.
    const someone = await api('GET', '/members?limit=1');
    assert.equal(someone.status, 200, JSON.stringify(someone.body));
    const created = await api('POST', '/members', {
      body: {
        orgId: someone.body.items[0].orgId,
        fullName: 'Phạm Thị Dự Bị',
        sex: 'female',
        dateOfBirth: '1999-04-02',
        status: 'probationary',
        periods: [{ admissionDecisionDate: '2025-09-01', ceremonyDate: '2025-09-15' }],
      },
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    memberId = created.body.id;
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows the computed dates of a probationary member with the rule each comes from', async () => {
    await page.goto(`${server.url}/dang-vien/${memberId}`);
    await page.getByRole('tab', { name: 'Mốc thời gian và thao tác' }).click();
    const due = page.locator('.lifecycle-dates tr', { hasText: 'Hết 12 tháng dự bị (ngày chính thức)' });
    await due.waitFor();
    assert.match(await due.textContent(), /15\/09\/2026/);
    assert.match(await due.textContent(), /Ngày lễ kết nạp 15\/09\/2025/);
    assert.match(await due.textContent(), /Đã đến/);
    assert.match(await due.textContent(), /Điều 5 khoản 1/);
    const considerBy = page.locator('.lifecycle-dates tr', { hasText: 'Hạn xét công nhận chính thức' });
    assert.match(await considerBy.textContent(), /27\/10\/2026/);
    await shootBothSizes(page, 'member-lifecycle-dates');
    await page.setViewportSize(DESKTOP);
  });

  it('refuses a consideration before probation ends at its field, then records a late approval official from the due date', async () => {
    await page.getByRole('button', { name: 'Xét công nhận chính thức' }).click();
    const dialog = page.getByRole('dialog', { name: 'Xét công nhận chính thức' });
    await dialog.waitFor();
    assert.match(await dialog.locator('.lifecycle-computed').textContent(), /Hết 12 tháng dự bị \(ngày chính thức\):\s*15\/09\/2026/);
    await typeDate(page, 'Ngày chi bộ xét', '01/09/2026');
    await page.getByLabel('Số tán thành', { exact: true }).fill('7');
    await page.getByLabel('Số đảng viên chính thức', { exact: true }).fill('9');
    await page.getByLabel('Số quyết định', { exact: true }).fill('301-QĐ/ĐU');
    await typeDate(page, 'Ngày quyết định', '20/11/2026');
    await page.getByLabel('Cơ quan ban hành', { exact: true }).fill('Đảng ủy cơ sở');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await fieldError(page, 'Ngày chi bộ xét').filter({ hasText: 'Chỉ xét công nhận chính thức khi hết 12 tháng dự bị (2026-09-15)' }).waitFor();
    await shootBothSizes(page, 'member-lifecycle-refused');
    await page.setViewportSize(DESKTOP);

    await typeDate(page, 'Ngày chi bộ xét', '10/11/2026');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator('.lifecycle-history tr', { hasText: 'Công nhận chính thức' }).waitFor();
    assert.match(await page.locator('.lifecycle-history tr', { hasText: 'Công nhận chính thức' }).textContent(), /15\/09\/2026.*301-QĐ\/ĐU/);
    await page.getByRole('heading', { level: 1 }).locator('.ant-tag', { hasText: 'Chính thức' }).waitFor();
    const record = await api('GET', `/members/${memberId}`);
    assert.equal(record.body.status, 'official');
    assert.equal(record.body.statusSince, '2026-09-15');
    assert.deepEqual(pageErrors, []);
  });
});
