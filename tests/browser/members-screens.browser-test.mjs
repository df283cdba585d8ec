// The member screens in Debian's Chromium against the real standalone build (demo seed: 8 members
// per chi bộ): the roll with đảng số equal to the list, a search typed without diacritics, a profile
// in tabs, an edit saved and an edit refused because someone else saved first (412), the guided
// create form refused field by field, an org's terms and history, and a member's own record with a
// correction request (the account linked to a member through the users API in the test's setup).
// Screenshots at 1366×768 and 390×844 in tests/browser/artifacts/. Run: `npm run test:browser`.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { fieldError, chooseOption, selectOption, typeDate } from './harness/form.mjs';
import { shootBothSizes } from './harness/screens.mjs';
import { apiToken, firstSignIn, jsonApi, openStandalonePage, signIn, signOut } from './harness/session.mjs';
import { waitUntil } from './harness/wait.mjs';

// LT_BROWSER_ROOT: a private copy of the built tree (dist/out + dist/web), as in admin-screens.
const repoRoot = process.env.LT_BROWSER_ROOT || fileURLToPath(new URL('../..', import.meta.url));
const ADMIN_PASSWORD = 'Quan tri Lien Thong 2026';
const MEMBER_PASSWORD = 'Dang vien Vu Tong hop 2026';
const DANG_BO = 'Đảng bộ Văn phòng Trung ương Đảng';
const CHI_BO = 'Chi bộ Vụ Tổng hợp';

let server;
let browser;
let page;
let adminToken;
let profileUrl;
const pageErrors = [];

/** The gateway's JSON API, as an integrator would call it. */
const api = jsonApi(() => server.url, () => adminToken);

describe('the member screens in Chromium', { timeout: 600_000 }, () => {
  before(async () => {
    ({ server, browser, page } = await openStandalonePage({ repoRoot, pageErrors }));
    await firstSignIn(page, server, ADMIN_PASSWORD);
    adminToken = await apiToken(api, 'admin', ADMIN_PASSWORD);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('shows the đảng số of a chosen đảng bộ above a list that holds exactly those members', async () => {
    await page.getByRole('navigation', { name: 'Danh mục chức năng' }).getByRole('link', { name: 'Đảng viên' }).click();
    await page.getByRole('heading', { level: 1, name: 'Danh sách đảng viên' }).waitFor();
    await page.getByLabel('Tổ chức (gồm cả tổ chức trực thuộc)').fill('van phong trung uong');
    await selectOption(page, `${DANG_BO} (VPTW)`);
    await page.getByRole('heading', { name: `Đảng số của ${DANG_BO}` }).waitFor();
    await page.getByText(/Đã hiện tất cả \d+ đảng viên/).waitFor();
    const onRoll = Number((await page.getByTestId('count-on-roll').locator('.ant-statistic-content-value').textContent()).replace(/\D/g, ''));
    const rows = await page.locator('.ant-table-tbody tr.ant-table-row').count();
    assert.ok(onRoll > 0);
    assert.equal(rows, onRoll, 'the list shows exactly the members the đảng số counts');
    assert.equal(await page.getByText(`Đã hiện tất cả ${onRoll} đảng viên`).count(), 1);
    assert.match(page.url(), /to-chuc=[0-9a-f-]{36}/);
    for (const cell of await page.locator('.ant-table-tbody tr.ant-table-row td:nth-child(2)').allTextContents()) assert.match(cell, /^\d{2}\/\d{2}\/\d{4}$/);
  });

  it('finds “Nguyễn …” when “nguyen” is typed without diacritics', async () => {
    await page.getByLabel('Tìm theo họ tên (gõ không dấu cũng được)').fill('nguyen');
    await page.waitForURL(/q=nguyen/);
    // The previous page stays on screen while the search runs: wait for the answer to replace it.
    const nameCells = page.locator('.ant-table-tbody tr.ant-table-row td:first-child');
    const names = await waitUntil(nameCells.allTextContents.bind(nameCells), (texts) => texts.length > 0 && texts.every((name) => name.startsWith('Nguyễn ')));
    const orgId = new URL(page.url()).searchParams.get('to-chuc');
    const expected = await api('GET', `/members?q=nguyen&orgId=${orgId}&status=probationary,official,exempt,temporarily-transferred-out&limit=200`);
    assert.equal(names.length, expected.body.items.length);
    await page.getByText(`Đã hiện tất cả ${names.length} đảng viên`).waitFor();
    await shootBothSizes(page, '30-members-search');
  });

  it('opens a profile in tabs; sensitive fields are shown to the administrator', async () => {
    const first = page.locator('.ant-table-tbody tr.ant-table-row td:first-child a').first();
    const name = await first.textContent();
    await first.click();
    await page.getByRole('heading', { level: 1, name: new RegExp(name) }).waitFor();
    profileUrl = page.url();
    await page.locator('.ant-descriptions-item-label', { hasText: 'Tôn giáo' }).waitFor();
    assert.equal(await page.getByText('Không có quyền xem').count(), 0);
    await shootBothSizes(page, '31-member-profile');
    await page.getByRole('tab', { name: 'Sinh hoạt đảng qua các thời kỳ' }).click();
    await page.getByRole('cell', { name: /^Chi bộ / }).first().waitFor();
    await page.getByRole('tab', { name: 'Quá trình vào Đảng, thẻ đảng viên' }).click();
    await page.locator('.ant-descriptions-item-label', { hasText: 'Ngày quyết định kết nạp' }).first().waitFor();
  });

  it('edits the record and saves it', async () => {
    await page.getByRole('link', { name: 'Sửa hồ sơ' }).click();
    await page.getByLabel('Quê quán', { exact: true }).fill('Nam Định');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.waitForURL(profileUrl);
    await page.locator('.ant-descriptions-item-content', { hasText: 'Nam Định' }).waitFor();
  });

  it('refuses an edit when someone else saved first (412) and reloads the record', async () => {
    await page.getByRole('link', { name: 'Sửa hồ sơ' }).click();
    await page.getByLabel('Quê quán', { exact: true }).waitFor();
    const id = profileUrl.split('/').pop();
    const current = await api('GET', `/members/${id}`);
    const other = await api('PATCH', `/members/${id}`, { body: { occupation: 'Chuyên viên chính' }, headers: { 'if-match': `"${current.body.version}"` } });
    assert.equal(other.status, 200, JSON.stringify(other.body));
    await page.getByLabel('Quê quán', { exact: true }).fill('Hưng Yên');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByRole('alert').filter({ hasText: 'Hồ sơ đã bị người khác sửa, tải lại' }).waitFor();
    await shootBothSizes(page, '32-member-edit-stale');
    await page.getByRole('button', { name: 'Tải lại' }).click();
    // The form starts again from the record as saved by the other officer.
    await page.getByLabel('Nghề nghiệp', { exact: true }).and(page.locator('[value="Chuyên viên chính"]')).waitFor();
    assert.equal(await page.getByLabel('Quê quán', { exact: true }).inputValue(), 'Nam Định');
  });

  it('shows the API’s refusals of an invalid new record next to their fields', async () => {
    await page.goto(`${server.url}/dang-vien/them-moi`);
    await page.getByRole('heading', { level: 1, name: 'Thêm đảng viên' }).waitFor();
    await page.getByRole('button', { name: 'Lưu' }).click();
    await fieldError(page, 'Họ và tên (theo CCCD)').first().waitFor();

    await page.getByLabel('Họ và tên (theo CCCD)', { exact: true }).fill('Đặng Thị Hồng Nhung');
    await chooseOption(page, page.getByLabel('Giới tính', { exact: true }), 'Nữ');
    await typeDate(page, 'Ngày sinh', '12/03/1990');
    await page.getByLabel('Số CCCD', { exact: true }).fill('12345');
    await typeDate(page, 'Ngày quyết định kết nạp', '15/05/2015');
    await typeDate(page, 'Ngày kết nạp (lễ kết nạp)', '01/05/2015');
    await page.getByLabel('Tổ chức đảng sinh hoạt chính thức', { exact: true }).fill('vu tong hop');
    await selectOption(page, `${CHI_BO} (VTH)`);
    await page.getByRole('button', { name: 'Lưu' }).click();
    await fieldError(page, 'Số CCCD').first().waitFor();
    await shootBothSizes(page, '33-member-create-invalid');

    await page.getByLabel('Số CCCD', { exact: true }).fill('001190012345');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await fieldError(page, 'Ngày kết nạp (lễ kết nạp)').first().waitFor();
    assert.match(await fieldError(page, 'Ngày kết nạp (lễ kết nạp)').first().textContent(), /trước ngày quyết định kết nạp/);

    await typeDate(page, 'Ngày kết nạp (lễ kết nạp)', '01/06/2015');
    await chooseOption(page, page.getByLabel('Tình trạng', { exact: true }), 'Dự bị');
    await page.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã thêm đảng viên “Đặng Thị Hồng Nhung”.').waitFor();
    await page.getByRole('heading', { level: 1, name: /Đặng Thị Hồng Nhung/ }).waitFor();
    profileUrl = page.url();
  });

  it('shows an org’s terms (open one, close it) and its history', async () => {
    await page.goto(`${server.url}/to-chuc`);
    await page.getByLabel('Tìm tổ chức (gõ không dấu cũng được)').fill('vu tong hop');
    await page.getByRole('button', { name: new RegExp(CHI_BO) }).click();
    await page.getByRole('heading', { level: 2, name: CHI_BO }).waitFor();
    await page.getByRole('tab', { name: 'Nhiệm kỳ' }).click();
    await page.getByText('Chưa ghi nhận nhiệm kỳ nào.').waitFor();
    await page.getByRole('button', { name: 'Mở nhiệm kỳ mới' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Tên nhiệm kỳ').fill('Nhiệm kỳ 2025–2030');
    await typeDate(page, 'Ngày bắt đầu', '03/02/2025');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã mở “Nhiệm kỳ 2025–2030”.').waitFor();
    await page.getByRole('cell', { name: /03\/02\/2025 – đến nay/ }).waitFor();
    await shootBothSizes(page, '34-org-terms');
    await page.getByRole('button', { name: 'Kết thúc nhiệm kỳ' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Kết thúc nhiệm kỳ' }).click();
    await page.getByText('Đã kết thúc “Nhiệm kỳ 2025–2030”.').waitFor();
    await page.getByRole('button', { name: 'Mở nhiệm kỳ mới' }).waitFor();
    await page.getByRole('tab', { name: 'Lịch sử sắp xếp' }).click();
    await page.getByText(/03\/02\/2025 – đến nay: Chi bộ Vụ Tổng hợp \(VTH, Chi bộ trực thuộc\)/).waitFor();
    await shootBothSizes(page, '35-org-history');
  });

  it('tells an account without a member record so on “Hồ sơ của tôi”', async () => {
    await page.getByRole('navigation', { name: 'Danh mục chức năng' }).getByRole('link', { name: 'Hồ sơ của tôi' }).click();
    await page.getByText('Tài khoản của đồng chí chưa được gắn với hồ sơ đảng viên.').waitFor();
  });

  it('shows a member their own record and takes a correction request', async () => {
    const id = profileUrl.split('/').pop();
    const member = await api('GET', `/members/${id}`);
    const created = await api('POST', '/users', {
      body: { username: 'nhung.vth', fullName: 'Đặng Thị Hồng Nhung', homeOrgId: member.body.orgId, memberId: id, roles: ['member'], password: MEMBER_PASSWORD },
      headers: { 'idempotency-key': `e3-${Date.now()}` },
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));

    await signOut(page, 'Quản trị hệ thống');
    await signIn(page, server.url, 'nhung.vth', MEMBER_PASSWORD);
    await page.waitForURL(`${server.url}/`);
    const menu = page.getByRole('navigation', { name: 'Danh mục chức năng' });
    assert.equal(await menu.getByRole('link', { name: 'Đảng viên' }).count(), 0);
    await menu.getByRole('link', { name: 'Hồ sơ của tôi' }).click();
    await page.getByRole('heading', { level: 1, name: 'Hồ sơ của tôi' }).waitFor();
    await page.locator('.ant-descriptions-item-content', { hasText: 'Đặng Thị Hồng Nhung' }).first().waitFor();
    await page.locator('.ant-descriptions-item-content', { hasText: '15/05/2015' }).first().waitFor();
    assert.equal(await page.getByText('Không có quyền xem').count(), 0, 'a member sees their own sensitive fields');

    await page.getByRole('button', { name: 'Gửi đề nghị' }).click();
    await fieldError(page, 'Nội dung đúng').first().waitFor();
    await chooseOption(page, page.getByLabel('Thông tin cần sửa', { exact: true }), 'Quê quán');
    await page.getByLabel('Nội dung đúng', { exact: true }).fill('Xã Hải Châu, tỉnh Thanh Hóa');
    await page.getByLabel('Lý do, giấy tờ chứng minh', { exact: true }).fill('Quê quán chưa ghi, xin bổ sung theo giấy khai sinh');
    await page.getByRole('button', { name: 'Gửi đề nghị' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã gửi đề nghị sửa thông tin.' }).waitFor();
    // The record names its chi bộ (a member may not read orgs: the API names it), and the request is listed as waiting.
    await page.locator('.ant-descriptions-item-content', { hasText: 'Chi bộ' }).first().waitFor();
    await page.getByTestId('my-correction').filter({ hasText: 'Chờ xử lý' }).filter({ hasText: 'Xã Hải Châu, tỉnh Thanh Hóa' }).waitFor();
    await shootBothSizes(page, '36-my-record');
    const corrections = await api('GET', `/orgs/${member.body.orgId}/member-corrections`);
    assert.equal(corrections.status, 200);
    assert.ok(corrections.body.items.some((c) => c.memberId === id && c.items[0].field === 'homeTown'));
  });

  it('lets an officer answer the request “not corrected” (a reason is required), and the member reads the answer', async () => {
    await signOut(page, 'Đặng Thị Hồng Nhung');
    await signIn(page, server.url, 'admin', ADMIN_PASSWORD);
    await page.waitForURL(`${server.url}/`);
    await page.getByRole('navigation', { name: 'Danh mục chức năng' }).getByRole('link', { name: 'Đảng viên' }).click();
    await page.getByRole('link', { name: 'Đề nghị sửa hồ sơ' }).click();
    await page.getByRole('heading', { level: 1, name: 'Đề nghị sửa hồ sơ' }).waitFor();
    const row = page.locator('tr', { hasText: 'Đặng Thị Hồng Nhung' }).filter({ hasText: 'Xã Hải Châu, tỉnh Thanh Hóa' });
    await row.getByText('Quê quán:').waitFor();
    await shootBothSizes(page, '37-corrections');

    await row.getByRole('button', { name: 'Không sửa' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Không sửa' }).click();
    await dialog.locator('.ant-form-item-explain-error', { hasText: 'hãy ghi lý do không sửa' }).waitFor();
    await dialog.getByLabel('Lý do không sửa (đảng viên sẽ đọc)').fill('Giấy khai sinh ghi xã Hải Ninh; đề nghị nộp bản sao có chứng thực');
    await dialog.getByRole('button', { name: 'Không sửa' }).click();
    await page.getByText('Đã trả lời không sửa đề nghị của Đặng Thị Hồng Nhung.').waitFor();
    await page.getByText('Không có đề nghị nào.').waitFor();
    await page.getByText('Không sửa', { exact: true }).first().click();
    await page.locator('tr', { hasText: 'Giấy khai sinh ghi xã Hải Ninh' }).waitFor();

    await signOut(page, 'Quản trị hệ thống');
    await signIn(page, server.url, 'nhung.vth', MEMBER_PASSWORD);
    await page.waitForURL(`${server.url}/`);
    await page.getByRole('navigation', { name: 'Danh mục chức năng' }).getByRole('link', { name: 'Hồ sơ của tôi' }).click();
    await page.getByTestId('my-correction').filter({ hasText: 'Không sửa' }).filter({ hasText: 'Giấy khai sinh ghi xã Hải Ninh' }).waitFor();
  });

  it('threw no uncaught error in the page', () => {
    assert.deepEqual(pageErrors, []);
  });
});
