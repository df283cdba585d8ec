// The member import wizard in Debian's Chromium against the real standalone build (demo seed): a
// real .xlsx generated here with exceljs from the template the API hands out, uploaded through the
// wizard, its preview with per-row errors by cell (error filter), the commit with its progress bar,
// the summary with the error report downloaded, and the members found in the roll; then a file with
// wrong headers refused with the reason; the list exported in the 7-HSĐV layout from the roll. Screenshots at 1366×768 and 390×844 in tests/browser/artifacts/.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { explainFailure, shootBothSizes } from './harness/screens.mjs';
import { firstSignIn, openStandalonePage } from './harness/session.mjs';

const repoRoot = process.env.LT_BROWSER_ROOT || fileURLToPath(new URL('../..', import.meta.url));
const ADMIN_PASSWORD = 'Quan tri Lien Thong 2026';
const DANG_BO = 'Đảng bộ Văn phòng Trung ương Đảng';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let server;
let browser;
let page;
let adminToken;
const pageErrors = [];

/** The template's header row, as the API gives it to an officer. */
async function templateHeaders() {
  const response = await fetch(`${server.url}/api/v1/member-imports/template`, { headers: { authorization: `Bearer ${adminToken}` } });
  assert.equal(response.status, 200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(await response.arrayBuffer()));
  return book.worksheets[0].getRow(1).values.slice(1);
}

/** A workbook with `rows` (by header without " *") under `headers`. */
async function workbook(headers, rows) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Đảng viên');
  sheet.addRow(headers);
  for (const row of rows) sheet.addRow(headers.map((h) => row[h.replace(/ \*$/, '')] ?? null));
  return Buffer.from(await book.xlsx.writeBuffer());
}

const member = (n, extra = {}) => ({
  'Họ và tên': `Trịnh Thị Nhập Excel ${n}`,
  'Giới tính': 'Nữ',
  'Ngày sinh': '12/03/1985',
  'Số CCCD': `09908500${String(n).padStart(4, '0')}`,
  'Ngày quyết định kết nạp': '15/05/2010',
  'Ngày lễ kết nạp': '01/06/2010',
  'Ngày công nhận chính thức': '01/06/2011',
  'Tình trạng': 'Đảng viên chính thức',
  ...extra,
});

async function chooseFile(name, buffer) {
  await page.locator('#import-file').setInputFiles({ name, mimeType: XLSX, buffer });
}

describe('the member import wizard in Chromium', { timeout: 600_000 }, () => {
  before(async () => {
    ({ server, browser, page } = await openStandalonePage({ repoRoot, pageErrors, pageOptions: { acceptDownloads: true } }));
    await firstSignIn(page, server, ADMIN_PASSWORD);
    const login = await fetch(`${server.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }),
    });
    adminToken = (await login.json()).accessToken;
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('uploads a generated .xlsx, previews its errors by cell, commits with a progress bar and shows the result', async () => {
    await explainFailure(page, 'member-import-wizard', async () => {
      const headers = await templateHeaders();
      const file = await workbook(headers, [member(1), member(2, { 'Ngày sinh': '31/02/1985' }), member(3)]);
      await page.getByRole('navigation', { name: 'Danh mục chức năng' }).getByRole('link', { name: 'Đảng viên' }).click();
      await page.getByRole('link', { name: 'Nhập từ Excel' }).click();
      await page.getByRole('heading', { level: 1, name: 'Nhập danh sách đảng viên từ Excel' }).waitFor();
      // the template through the wizard's button
      const [template] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải tệp mẫu' }).click()]);
      assert.equal(template.suggestedFilename(), 'mau-nhap-dang-vien.xlsx');
      // nothing chosen: said at the fields, nothing sent
      await page.getByRole('button', { name: 'Tải lên và kiểm tra' }).click();
      await page.getByText('Hãy chọn tệp .xlsx.').waitFor();
      await page.getByLabel('Tổ chức đảng nhận đảng viên').fill('van phong trung uong');
      await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${DANG_BO} (VPTW)"]`).click();
      await chooseFile('danh-sach-nhap.xlsx', file);
      await page.getByRole('button', { name: 'Tải lên và kiểm tra' }).click();
      await page.getByText('Tổng 3 dòng: 2 hợp lệ, 1 có lỗi hoặc trùng.').waitFor();
      assert.match(page.url(), /lan-nhap=[0-9a-f-]{36}/);
      await page.getByRole('cell', { name: /^C3 \(Ngày sinh\)/ }).waitFor();
      assert.equal(await page.locator('.ant-table-tbody tr.ant-table-row').count(), 1, 'the error filter shows the one bad row');
      await shootBothSizes(page, '60-member-import-preview');
      await page.getByText('Hợp lệ', { exact: true }).first().click();
      await page.getByRole('cell', { name: 'Trịnh Thị Nhập Excel 3' }).waitFor();

      await page.getByRole('button', { name: 'Ghi 2 đảng viên hợp lệ vào danh sách' }).click();
      await page.getByText('Đã ghi 2 đảng viên vào danh sách.').waitFor();
      await page.getByText('1 dòng không được ghi (có lỗi hoặc trùng).').waitFor();
      assert.equal(await page.locator('.ant-progress-status-success').count(), 1);
      await shootBothSizes(page, '61-member-import-result');
      const [report] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải báo cáo lỗi (.xlsx)' }).click()]);
      assert.equal(report.suggestedFilename(), 'danh-sach-nhap-loi.xlsx');
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(readFileSync(await report.path()));
      assert.equal(book.worksheets[0].getRow(2).getCell(1).value, 3, 'the report names the row of the upload');

      await page.getByRole('link', { name: 'Xem danh sách đảng viên' }).click();
      await page.getByLabel('Tìm theo họ tên (gõ không dấu cũng được)').fill('trinh thi nhap excel');
      await page.getByRole('link', { name: 'Trịnh Thị Nhập Excel 1' }).waitFor();
      await page.getByRole('link', { name: 'Trịnh Thị Nhập Excel 3' }).waitFor();
      assert.equal(await page.getByRole('link', { name: 'Trịnh Thị Nhập Excel 2' }).count(), 0);
      // the shown đảng bộ's list in the 7-HSĐV layout, with the imported members
      const [list] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Xuất danh sách (mẫu 7-HSĐV)' }).click()]);
      assert.match(list.suggestedFilename(), /^danh-sach-dang-vien-.+\.xlsx$/);
      const exported = new ExcelJS.Workbook();
      await exported.xlsx.load(readFileSync(await list.path()));
      const sheet = exported.getWorksheet('7-HSĐV');
      const names = [];
      sheet.eachRow((row, n) => n > 3 && names.push(row.getCell(2).text));
      assert.ok(names.includes('Trịnh Thị Nhập Excel 1') && names.includes('Trịnh Thị Nhập Excel 3'), names.join(', '));
      await shootBothSizes(page, '62-member-list-export');
    });
  });

  it('refuses a file with the wrong headers and says why, nothing recorded', async () => {
    await explainFailure(page, 'member-import-bad-file', async () => {
      await page.goto(`${server.url}/dang-vien/nhap-excel`);
      await page.getByLabel('Tổ chức đảng nhận đảng viên').fill('van phong trung uong');
      await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${DANG_BO} (VPTW)"]`).click();
      await chooseFile('sai-mau.xlsx', await workbook(['Họ tên', 'Ngày sinh'], [{ 'Họ tên': 'Ai Đó', 'Ngày sinh': '01/01/1980' }]));
      await page.getByRole('button', { name: 'Tải lên và kiểm tra' }).click();
      await page.getByRole('alert').filter({ hasText: 'Dòng tiêu đề (dòng 1) không đúng mẫu' }).waitFor();
      assert.doesNotMatch(page.url(), /lan-nhap=/);
      await chooseFile('danh-sach.csv', Buffer.from('Họ và tên;Ngày sinh\n'));
      await page.getByRole('button', { name: 'Tải lên và kiểm tra' }).click();
      await page.getByText('Chỉ nhận tệp Excel .xlsx.').waitFor();
      assert.deepEqual(pageErrors, []);
    });
  });
});
