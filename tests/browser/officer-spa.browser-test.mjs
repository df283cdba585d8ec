// The officers' SPA in Debian's Chromium against the real standalone build (embedded PostgreSQL,
// every service in one process): sign-in, forced password change, the layout, the organisation
// tree (browse, search, create, rename, move, close) and one invalid form per screen. The steps
// run in order on one signed-in page, as an officer would use it. Run: `npm run test:browser`.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { DESKTOP, PHONE } from './harness/chromium.mjs';
import { measureFirstScreen } from './harness/first-screen-timing.mjs';
import { chooseOption, confirmWith, fieldError, selectOption, typeDateInto } from './harness/form.mjs';
import { explainFailure, shootBothSizes } from './harness/screens.mjs';
import { openStandalonePage, signOut } from './harness/session.mjs';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const NEW_PASSWORD = 'Chi-bo Van phong 2026';
const PARENT = 'Đảng bộ Ban Tổ chức Trung ương';
const MOVE_TARGET = 'Đảng bộ Báo Nhân Dân';

let server;
let browser;
let page;
const pageErrors = [];

describe('the officers’ SPA in Chromium', { timeout: 600_000 }, () => {
  before(async () => {
    ({ server, browser, page } = await openStandalonePage({ repoRoot, pageErrors }));
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('makes the sign-in screen usable quickly (printed; the budget is 2 s)', async () => {
    const timing = await measureFirstScreen(browser, server.url);
    process.stdout.write(`# first screen usable: median ${timing.medianMs} ms, max ${timing.maxMs} ms over ${timing.samplesMs.length} cold loads\n`);
    assert.ok(timing.maxMs < 15_000, `the sign-in screen took ${timing.maxMs} ms`);
  });

  it('shows field errors for an empty sign-in and a clear message for a wrong password', async () => {
    await page.goto(`${server.url}/`);
    await page.waitForURL('**/dang-nhap');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    const username = page.getByLabel('Tên đăng nhập');
    assert.equal(await username.getAttribute('aria-invalid'), 'true');
    assert.equal(await page.locator('.field-error').first().textContent(), 'Không được để trống');
    await shootBothSizes(page, '01-sign-in-empty');

    await username.fill('admin');
    await page.getByLabel('Mật khẩu', { exact: true }).fill('sai mật khẩu');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.getByRole('alert').filter({ hasText: 'Tên đăng nhập hoặc mật khẩu không đúng.' }).waitFor();
  });

  it('speaks English when asked, the API’s messages included, and Vietnamese again', async () => {
    await page.getByRole('button', { name: 'EN' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.getByLabel('Username').fill('admin');
    await page.getByLabel('Password', { exact: true }).fill('wrong password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').filter({ hasText: 'Wrong username or password.' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    await page.getByRole('button', { name: 'VI' }).click();
    await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'vi');
  });

  it('says when a locked username may try again', async () => {
    await page.getByLabel('Tên đăng nhập').fill('khach-khong-ton-tai');
    for (let i = 0; i < 6; i++) {
      await page.getByLabel('Mật khẩu', { exact: true }).fill(`sai-${i}`);
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await page.getByRole('button', { name: 'Đăng nhập' }).waitFor();
    }
    const alert = page.getByRole('alert').filter({ hasText: 'Tài khoản tạm khóa' });
    await alert.waitFor();
    assert.match(await alert.textContent(), /thử lại lúc \d{2}:\d{2} \(sau khoảng \d+ phút\)/);
    await shootBothSizes(page, '02-sign-in-locked');
  });

  it('signs in with the generated password and insists on a new one; a weak one is refused at the field', async () => {
    await page.getByLabel('Tên đăng nhập').fill('admin');
    await page.getByLabel('Mật khẩu', { exact: true }).fill(server.adminPassword);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL('**/doi-mat-khau');
    await page.getByText('Mật khẩu hiện tại do hệ thống cấp').waitFor();

    await page.getByLabel('Mật khẩu hiện tại').fill(server.adminPassword);
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill('admin123');
    await page.getByLabel('Nhập lại mật khẩu mới').fill('admin123');
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    const errors = fieldError(page, 'Mật khẩu mới');
    await errors.first().waitFor();
    const text = (await errors.allTextContents()).join(' ');
    assert.match(text, /Phải có ít nhất 12 ký tự/);
    assert.match(text, /Không được trùng hoặc chứa tên đăng nhập/);
    await shootBothSizes(page, '03-change-password-weak');

    await page.getByLabel('Mật khẩu mới', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('Nhập lại mật khẩu mới').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await page.waitForURL(`${server.url}/`);
  });

  it('shows my organisation, my scope and my roles, and the four areas in the menu', async () => {
    await page.getByRole('heading', { name: 'Xin chào đồng chí Quản trị hệ thống' }).waitFor();
    assert.equal(await page.getByTestId('my-scope').textContent(), 'Toàn hệ thống');
    assert.equal(await page.getByTestId('my-roles').textContent(), 'Quản trị hệ thống');
    const menu = page.getByRole('navigation', { name: 'Danh mục chức năng' });
    for (const area of ['Tổ chức đảng', 'Đảng viên', 'Văn bản', 'Tài chính đảng', 'Nghị quyết']) {
      await menu.getByRole('link', { name: area }).waitFor();
    }
    await shootBothSizes(page, '04-home');

    await menu.getByRole('link', { name: 'Văn bản' }).click();
    await page.getByRole('heading', { name: 'Chức năng “Văn bản” đang xây dựng' }).waitFor();
    await shootBothSizes(page, '05-under-construction');

    await page.goto(`${server.url}/khong-co-trang-nay`);
    await page.getByRole('heading', { name: 'Không tìm thấy trang' }).waitFor();
    await page.getByRole('link', { name: 'Về trang chủ' }).waitFor();
    await shootBothSizes(page, '06-not-found');
  });

  it('browses the tree by keyboard, loading children when a branch opens', async () => {
    await page.goto(`${server.url}/to-chuc`);
    const tree = page.getByRole('tree');
    await page.getByRole('treeitem', { name: /Đảng bộ các cơ quan Đảng Trung ương/ }).waitFor();
    await tree.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    await page.getByRole('treeitem', { name: new RegExp(PARENT) }).waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press(' ');
    // Children come in name order: the first is the Ban Tổ chức's đảng bộ.
    await page.getByRole('heading', { level: 2, name: PARENT }).waitFor();
  });

  it('finds an organisation typed without diacritics and opens it', async () => {
    await page.getByLabel('Tìm tổ chức (gõ không dấu cũng được)').fill('ban to chuc');
    const result = page.getByRole('button', { name: new RegExp(PARENT) });
    await result.waitFor();
    assert.equal(await result.locator('mark').first().textContent(), 'Ban Tổ chức');
    await result.click();
    await page.getByRole('heading', { level: 2, name: PARENT }).waitFor();
    await shootBothSizes(page, '07-org-tree');
  });

  it('creates a sub-organisation; an invalid form shows the API’s errors next to the fields', async () => {
    await page.getByRole('button', { name: 'Thêm tổ chức trực thuộc' }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: 'Tổ chức cấp trên' });
    await dialog.getByLabel('Tên tổ chức', { exact: true }).fill('A');
    await dialog.getByLabel('Tên viết tắt').fill('CB TC');
    await chooseOption(page, dialog.getByLabel('Loại tổ chức'), 'Chi bộ trực thuộc');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await fieldError(page, 'Tên tổ chức').first().waitFor();
    assert.match(await fieldError(page, 'Tên tổ chức').first().textContent(), /độ dài/);
    await fieldError(page, 'Tên viết tắt').first().waitFor();
    await shootBothSizes(page, '08-create-org-invalid');

    await dialog.getByLabel('Tên tổ chức', { exact: true }).fill('Chi bộ Phòng Lưu trữ');
    await dialog.getByLabel('Tên viết tắt').fill('CBLT');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã thêm “Chi bộ Phòng Lưu trữ”.').waitFor();
    await page.getByRole('heading', { level: 2, name: 'Chi bộ Phòng Lưu trữ' }).waitFor();
    await page.getByRole('treeitem', { name: /Chi bộ Phòng Lưu trữ/ }).waitFor();
  });

  it('renames it', async () => {
    await page.getByRole('button', { name: 'Đổi tên' }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: 'Đổi tên: ' });
    await dialog.getByLabel('Tên tổ chức', { exact: true }).fill('Chi bộ Phòng Lưu trữ – Thư viện');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText('Đã đổi tên thành “Chi bộ Phòng Lưu trữ – Thư viện”.').waitFor();
    await page.getByRole('treeitem', { name: /Chi bộ Phòng Lưu trữ – Thư viện/ }).waitFor();
  });

  it('moves it under another parent after a confirmation naming both', async () => {
    await page.getByRole('button', { name: 'Chuyển sang cấp trên khác' }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: 'Chuyển sang cấp trên khác: ' });
    await dialog.getByLabel('Tổ chức cấp trên mới').fill('bao nhan dan');
    await selectOption(page, `${MOVE_TARGET} (BND)`);
    await dialog.getByRole('button', { name: 'Chuyển sang cấp trên khác' }).click();
    const confirm = page.getByRole('dialog').filter({ hasText: 'Chuyển “Chi bộ Phòng Lưu trữ – Thư viện” sang trực thuộc “Đảng bộ Báo Nhân Dân”?' });
    await confirm.waitFor();
    await shootBothSizes(page, '09-move-confirm');
    await confirmWith(confirm, 'Xác nhận');
    await page.getByText('Đã chuyển “Chi bộ Phòng Lưu trữ – Thư viện”.').waitFor();
    const path = page.locator('.org-detail tr', { hasText: 'Trực thuộc' });
    await path.filter({ hasText: MOVE_TARGET }).waitFor();
  });

  it('closes it with a reason; a date before its founding is refused at the date field', async () => {
    await page.getByRole('button', { name: 'Giải thể', exact: true }).click();
    // The form dialog's parts, found by their place after the confirmation closes: in two full runs out
    // of four from a fresh clone, role/label lookups inside it failed there (the field error in CI, the
    // button here; never when run alone; cause not found — explainFailure prints the dialogs' DOM).
    const dialog = page.locator('.ant-modal', { hasText: 'Giải thể: ' });
    const dateField = dialog.locator('.ant-picker input');
    const dateError = dialog.locator('.ant-form-item:has(.ant-picker) .ant-form-item-explain-error');
    const submit = dialog.locator('.ant-modal-footer .ant-btn-primary');
    await typeDateInto(dateField, '01/01/2000');
    await dialog.locator('textarea').fill('Hợp nhất theo Quyết định số 12-QĐ/ĐUK');
    await submit.click();
    await confirmWith(page.getByRole('dialog').filter({ hasText: 'Giải thể “Chi bộ Phòng Lưu trữ – Thư viện” từ ngày 01/01/2000?' }), 'Giải thể');
    await explainFailure(page, 'close-org-invalid', () => dateError.first().waitFor());
    assert.match(await dateError.first().textContent(), /ngày thành lập .*\(\d{2}\/\d{2}\/\d{4}\)/); // the founding day as dd/mm/yyyy, not ISO
    await shootBothSizes(page, '10-close-org-invalid');

    const today = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date());
    await typeDateInto(dateField, today);
    await explainFailure(page, 'close-org-today', () => submit.click());
    await confirmWith(page.getByRole('dialog').filter({ hasText: `từ ngày ${today}?` }), 'Giải thể');
    await page.getByText('Đã giải thể “Chi bộ Phòng Lưu trữ – Thư viện”.').waitFor();
    await page.locator('.org-detail').getByText('Hợp nhất theo Quyết định số 12-QĐ/ĐUK').waitFor();
    await shootBothSizes(page, '11-org-closed');
  });

  it('works at phone width: the menu opens in a drawer', async () => {
    await page.setViewportSize(PHONE);
    await page.getByRole('button', { name: 'Mở danh mục chức năng' }).click();
    const drawer = page.getByRole('dialog').filter({ has: page.getByRole('navigation', { name: 'Danh mục chức năng' }) });
    await drawer.getByRole('link', { name: 'Trang chủ' }).click();
    await page.getByRole('heading', { name: 'Xin chào đồng chí Quản trị hệ thống' }).waitFor();
    await page.setViewportSize(DESKTOP);
  });

  it('signs out and says so', async () => {
    await signOut(page, 'Quản trị hệ thống');
    await page.getByText('Đồng chí đã đăng xuất.').waitFor();
  });

  it('threw no uncaught error in the page', () => {
    assert.deepEqual(pageErrors, []);
  });
});
