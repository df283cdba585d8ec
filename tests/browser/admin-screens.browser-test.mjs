// Users and roles, and the audit log, in Debian's Chromium against the real standalone build: the
// administrator creates an account scoped to one subtree (an invalid form first), the new user signs
// in with the password shown once, must change it, sees only that subtree and changes it; back as
// the administrator, the change is found in the audit log (an invalid filter first). Screenshots of
// both screens at 1366×768 and 390×844 in tests/browser/artifacts/. Run: `npm run test:browser`.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chooseOption, confirmWith, fieldError, selectOption } from './harness/form.mjs';
import { shootBothSizes } from './harness/screens.mjs';
import { changePassword, firstSignIn, openStandalonePage, signIn, signOut } from './harness/session.mjs';

// LT_BROWSER_ROOT: a private copy of the built tree (dist/out + dist/web), so that a helper can run
// this file while others rebuild the shared dist/.
const repoRoot = process.env.LT_BROWSER_ROOT || fileURLToPath(new URL('../..', import.meta.url));
const ADMIN_PASSWORD = 'Quan tri Lien Thong 2026';
const USER_PASSWORD = 'Bao Nhan Dan - Chi bo 2026';
const SCOPE = 'Đảng bộ Báo Nhân Dân';
const USERNAME = 'ngoc.bnd';
const FULL_NAME = 'Trần Thị Bích Ngọc';
const NEW_ORG = 'Chi bộ Phòng Phóng viên';

let server;
let browser;
let page;
let generatedPassword;
const pageErrors = [];

describe('users, roles and the audit log in Chromium', { timeout: 600_000 }, () => {
  before(async () => {
    ({ server, browser, page } = await openStandalonePage({ repoRoot, pageErrors }));
    await firstSignIn(page, server, ADMIN_PASSWORD);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('lists the accounts and the roles with their permissions in Vietnamese', async () => {
    const menu = page.getByRole('navigation', { name: 'Danh mục chức năng' });
    await menu.getByRole('link', { name: 'Người dùng' }).click();
    await page.getByRole('heading', { level: 1, name: 'Người dùng và vai trò' }).waitFor();
    await page.getByRole('cell', { name: /Quản trị hệ thống\s*admin/ }).waitFor();
    await page.getByText('Đang hiển thị 1 tài khoản').waitFor();
    await shootBothSizes(page, '20-users');

    await page.getByRole('tab', { name: 'Vai trò' }).click();
    const organisation = page.getByRole('row', { name: /Tổ chức\s*Mã: organization/ });
    await organisation.getByText('Thêm, sửa, chuyển, giải thể tổ chức đảng').waitFor();
    assert.match(page.url(), /\?tab=vai-tro$/);
    await shootBothSizes(page, '21-roles');
    await page.getByRole('tab', { name: 'Tài khoản' }).click();
  });

  it('creates an account scoped to a subtree; an invalid form shows the API’s error next to the field', async () => {
    await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: 'Đơn vị (phạm vi làm việc)' });
    await dialog.getByLabel('Tên đăng nhập').fill('ngọc bnd');
    await dialog.getByLabel('Họ và tên').fill(FULL_NAME);
    await dialog.getByLabel('Đơn vị (phạm vi làm việc)').fill('bao nhan dan');
    await selectOption(page, `${SCOPE} (BND)`);
    // Roles found by name typed without diacritics; each shows what it permits.
    await dialog.getByLabel('Vai trò', { exact: true }).fill('to chuc');
    await selectOption(page, 'Tổ chức');
    await dialog.getByLabel('Họ và tên').focus(); // closes the list (Escape would close the dialog, Tab would pick an option)
    // What the chosen role permits is spelled out under the field.
    await dialog.locator('.granted-permissions').getByText('Xem thông tin nhạy cảm của đảng viên').waitFor();
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await fieldError(page, 'Tên đăng nhập', dialog).first().waitFor();
    await shootBothSizes(page, '22-create-user-invalid');

    await dialog.getByLabel('Tên đăng nhập').fill(USERNAME);
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    const once = page.getByRole('dialog').filter({ hasText: `Mật khẩu của “${FULL_NAME}”` });
    await once.waitFor();
    generatedPassword = await once.getByTestId('generated-password').inputValue();
    assert.ok(generatedPassword.length >= 12, 'a generated password is shown');
    await shootBothSizes(page, '23-password-once');
    await once.getByRole('button', { name: 'Tôi đã ghi lại mật khẩu' }).click();

    await page.getByLabel('Tìm theo tên đăng nhập hoặc họ tên (gõ không dấu cũng được)').fill('bich ngoc');
    const row = page.getByRole('row', { name: new RegExp(FULL_NAME) });
    await row.getByText(SCOPE).waitFor();
    await row.getByText('Chờ đổi mật khẩu').waitFor();
    await page.getByText('Đang hiển thị 1 tài khoản').waitFor();
  });

  it('lets the new user in only after a new password, showing only that subtree; the user changes it', async () => {
    await signOut(page, 'Quản trị hệ thống');
    await signIn(page, server.url, USERNAME, generatedPassword);
    await changePassword(page, server.url, generatedPassword, USER_PASSWORD);
    await page.getByTestId('my-scope').filter({ hasText: SCOPE }).waitFor();
    const menu = page.getByRole('navigation', { name: 'Danh mục chức năng' });
    assert.equal(await menu.getByRole('link', { name: 'Người dùng' }).count(), 0, 'no users screen without admin:users');
    assert.equal(await menu.getByRole('link', { name: 'Nhật ký hệ thống' }).count(), 0, 'no audit log without audit:read');
    await page.goto(`${server.url}/nguoi-dung`);
    await page.getByRole('heading', { name: 'Đồng chí chưa có quyền truy cập trang này' }).waitFor();

    await page.goto(`${server.url}/to-chuc`);
    const root = page.getByRole('treeitem', { name: new RegExp(SCOPE) });
    await root.waitFor();
    // The only root is the user's own organisation, not yet opened: nothing above it or beside it.
    assert.equal(await page.getByRole('treeitem').count(), 1);
    assert.equal(await page.getByRole('treeitem', { name: /Đảng bộ các cơ quan Đảng Trung ương/ }).count(), 0);
    await page.getByLabel('Tìm tổ chức (gõ không dấu cũng được)').fill('ban to chuc');
    await page.getByText('Không tìm thấy tổ chức nào.').waitFor();
    await page.getByLabel('Tìm tổ chức (gõ không dấu cũng được)').fill('');

    await root.click();
    await page.getByRole('heading', { level: 2, name: SCOPE }).waitFor();
    await page.getByRole('button', { name: 'Thêm tổ chức trực thuộc' }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: 'Tổ chức cấp trên' });
    await dialog.getByLabel('Tên tổ chức', { exact: true }).fill(NEW_ORG);
    await dialog.getByLabel('Tên viết tắt').fill('PPV');
    await chooseOption(page, dialog.getByLabel('Loại tổ chức'), 'Chi bộ trực thuộc');
    await dialog.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText(`Đã thêm “${NEW_ORG}”.`).waitFor();
    await signOut(page, FULL_NAME);
  });

  it('finds that change in the audit log; a reversed period is refused at its field', async () => {
    await signIn(page, server.url, 'admin', ADMIN_PASSWORD);
    await page.waitForURL(`${server.url}/`);
    await page.getByRole('navigation', { name: 'Danh mục chức năng' }).getByRole('link', { name: 'Nhật ký hệ thống' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nhật ký hệ thống' }).waitFor();
    await page.getByRole('row', { name: /Tạo tài khoản/ }).first().waitFor();

    const filters = page.getByRole('form', { name: 'Lọc nhật ký' });
    await filters.getByLabel('Từ ngày').fill('03/11/2026');
    await filters.getByLabel('Từ ngày').press('Tab');
    await filters.getByLabel('Đến ngày').fill('01/11/2026');
    await filters.getByLabel('Đến ngày').press('Tab');
    await filters.getByRole('button', { name: 'Lọc', exact: true }).click();
    await fieldError(page, 'Đến ngày', filters).getByText('Ngày kết thúc phải sau hoặc bằng ngày bắt đầu').waitFor();
    // A target id the API refuses (over 100 characters): its message beside the field.
    await filters.getByRole('button', { name: 'Bỏ lọc' }).click();
    await filters.getByLabel('Mã đối tượng').fill('x'.repeat(101));
    await filters.getByRole('button', { name: 'Lọc', exact: true }).click();
    await fieldError(page, 'Mã đối tượng', filters).first().waitFor();
    await shootBothSizes(page, '24-audit-invalid');
    await filters.getByRole('button', { name: 'Bỏ lọc' }).click();

    const today = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date());
    await filters.getByLabel('Từ ngày').fill(today);
    await filters.getByLabel('Từ ngày').press('Tab');
    await filters.getByLabel('Đến ngày').fill(today);
    await filters.getByLabel('Đến ngày').press('Tab');
    await chooseOption(page, filters.getByLabel('Thao tác'), 'Tổ chức đảng — mọi thao tác');
    await filters.getByRole('button', { name: 'Lọc', exact: true }).click();
    const row = page.getByRole('row', { name: new RegExp(`${FULL_NAME}.*Thêm tổ chức đảng`) });
    // The unfiltered page holds that row too: wait for the filtered answer (no account actions left) before counting.
    await page.getByRole('row', { name: /Tạo tài khoản/ }).first().waitFor({ state: 'detached' });
    await row.waitFor();
    assert.equal(await page.getByRole('row', { name: /Tạo tài khoản/ }).count(), 0, 'only org actions under that filter');
    await shootBothSizes(page, '25-audit');

    await row.getByRole('button', { name: /Xem chi tiết: Thêm tổ chức đảng/ }).click();
    const drawer = page.getByRole('dialog').filter({ hasText: 'Chi tiết nhật ký' });
    await drawer.getByText('orgs.create').waitFor();
    await drawer.getByText(NEW_ORG).first().waitFor();
    assert.match(await drawer.textContent(), /Thành công/);
    await shootBothSizes(page, '26-audit-detail');

    // "Only this actor" narrows the filters applied so far to that actor.
    await drawer.getByRole('button', { name: 'Chỉ xem của người này' }).click();
    await page.getByText(/^Đang hiển thị [1-9]\d* dòng$/).waitFor();
    await row.waitFor();
    const actors = await page.locator('.audit-table tbody tr.audit-row td:nth-child(2)').allTextContents();
    assert.ok(actors.length > 0);
    for (const name of actors) assert.equal(name, FULL_NAME);
  });

  it('edits the account, resets its password (shown once) and deactivates it', async () => {
    await page.getByRole('navigation', { name: 'Danh mục chức năng' }).getByRole('link', { name: 'Người dùng' }).click();
    await page.getByLabel('Tìm theo tên đăng nhập hoặc họ tên (gõ không dấu cũng được)').fill('ngoc.bnd');
    const actions = () => page.getByRole('button', { name: /^Thao tác: Trần Thị Bích Ngọc/ }).click();
    await page.getByText('Đang hiển thị 1 tài khoản').waitFor();

    await actions();
    await page.getByRole('menuitem', { name: 'Sửa' }).click();
    const edit = page.getByRole('dialog').filter({ hasText: 'Sửa tài khoản: ' });
    assert.equal(await edit.getByLabel('Tên đăng nhập').getAttribute('readonly'), '');
    await edit.getByLabel('Họ và tên').fill('');
    await edit.getByRole('button', { name: 'Lưu' }).click();
    await fieldError(page, 'Họ và tên', edit).getByText('Không được để trống').waitFor();
    await edit.getByLabel('Họ và tên').fill(`${FULL_NAME} (Văn phòng)`);
    await edit.getByRole('button', { name: 'Lưu' }).click();
    await page.getByText(`Đã cập nhật tài khoản “${FULL_NAME} (Văn phòng)”.`).waitFor();

    await actions();
    await page.getByRole('menuitem', { name: 'Đặt lại mật khẩu' }).click();
    await confirmWith(page.getByRole('dialog').filter({ hasText: 'Đặt lại mật khẩu cho' }), 'Đặt lại mật khẩu');
    const once = page.getByRole('dialog').filter({ hasText: 'Mật khẩu tạm thời' });
    const reset = await once.getByTestId('generated-password').inputValue();
    assert.ok(reset.length >= 12 && reset !== generatedPassword);
    await once.getByRole('button', { name: 'Tôi đã ghi lại mật khẩu' }).click();

    await actions();
    await page.getByRole('menuitem', { name: 'Khóa tài khoản' }).click();
    await confirmWith(page.getByRole('dialog').filter({ hasText: 'sẽ bị đăng xuất khỏi mọi phiên' }), 'Khóa tài khoản');
    await page.getByText(`Đã khóa tài khoản “${FULL_NAME} (Văn phòng)”.`).waitFor();
    await page.getByRole('row', { name: /Trần Thị Bích Ngọc/ }).getByText('Đã khóa').waitFor();
  });

  it('threw no uncaught error in the page', () => {
    assert.deepEqual(pageErrors, []);
  });
});
