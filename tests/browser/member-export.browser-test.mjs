// Printed forms from the SPA in Debian's Chromium against the real standalone build (demo seed): on
// a member's profile "In phiếu đảng viên" downloads the record sheet as an A4 PDF (the file named
// after the member, a PDF with Noto Serif embedded) and "Tải Excel" the same sheet as .xlsx (opened
// here: the Party's header, the name in capitals). The lists are background exports: on the member
// list "Xuất danh sách (mẫu 7-HSĐV)" and on the badge list page "Tải Excel" create an export job, a
// dialog follows it and the file is downloaded when the server has written it (a real .xlsx: a ZIP
// opened here, the member on it; the export is the signed-in user's, succeeded). A poll that gets no
// answer or a 503 keeps the dialog waiting ("Mất kết nối, đang thử lại…"); closed early, the export
// is found on "Tệp đã xuất" (from the members page), finished, and downloaded there. No page errors.
// Run: `npm run test:browser -- member-export`.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { explainFailure, shootBothSizes } from './harness/screens.mjs';
import { apiToken, firstSignIn, jsonApi, openStandalonePage } from './harness/session.mjs';

const repoRoot = process.env.LT_BROWSER_ROOT || fileURLToPath(new URL('../..', import.meta.url));
const ADMIN_PASSWORD = 'Quan tri In Phieu 2026';

let server;
let browser;
let page;
let adminToken;
let chiBoId;
let memberId;
const pageErrors = [];

const api = jsonApi(() => server.url, () => adminToken);

async function openXlsx(download) {
  const bytes = readFileSync(await download.path());
  assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK', 'an .xlsx is a ZIP');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes);
  return book.worksheets[0];
}

/** Clicks `button`, which starts a background export: its dialog follows the job, then the browser gets the file. */
async function exportThroughJob(button, dialogTitle) {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), button.click()]);
  const dialog = page.getByRole('dialog', { name: dialogTitle });
  await dialog.getByText(/^Đã tải về tệp .+\.xlsx \(\d+ dòng\)\. Tệp được giữ trên máy chủ 24 giờ\.$/).waitFor();
  return { file, dialog };
}

/** The signed-in user's newest export, as the API lists it. */
async function newestExport() {
  const mine = await api('GET', '/member-exports?limit=1');
  assert.equal(mine.status, 200, JSON.stringify(mine.body));
  return mine.body.items[0];
}

describe('printed forms from the SPA in Chromium', { timeout: 600_000 }, () => {
  before(async () => {
    ({ server, browser, page } = await openStandalonePage({ repoRoot, pageErrors, pageOptions: { acceptDownloads: true } }));
    await firstSignIn(page, server, ADMIN_PASSWORD);
    adminToken = await apiToken(api, 'admin', ADMIN_PASSWORD);
    const found = await api('GET', `/orgs/search?q=${encodeURIComponent('chi bo vu tong hop')}`);
    chiBoId = found.body.items[0].id;
    // 30 years of party age on 01/12/2026: on the badge list for 3/2/2027.
    const created = await api('POST', '/members', {
      body: {
        orgId: chiBoId,
        fullName: 'Vũ Thị Phiếu In',
        sex: 'female',
        dateOfBirth: '1970-06-06',
        homeTown: 'Xã Quỳnh Hồng, tỉnh Nghệ An',
        status: 'official',
        periods: [{ admissionDecisionDate: '1996-12-01', recognitionDate: '1997-12-01' }],
        cards: [],
        sensitive: { ethnicity: 'Kinh', religion: 'Không' },
      },
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    memberId = created.body.id;
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('downloads the record sheet from the profile: "In phiếu đảng viên" as PDF, "Tải Excel" as .xlsx', async () => {
    await explainFailure(page, 'record-sheet', async () => {
      await page.goto(`${server.url}/dang-vien/${memberId}`);
      await page.getByRole('heading', { level: 1, name: /Vũ Thị Phiếu In/ }).waitFor();
      await shootBothSizes(page, '80-record-sheet-buttons');
      const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'In phiếu đảng viên' }).click()]);
      assert.equal(pdf.suggestedFilename(), 'phieu-dang-vien-vu-thi-phieu-in.pdf');
      const bytes = readFileSync(await pdf.path()).toString('latin1');
      assert.ok(bytes.startsWith('%PDF-'));
      assert.match(bytes, /\/BaseFont \/[A-Z]{6}\+NotoSerif-Regular/);
      const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải Excel' }).click()]);
      assert.equal(xlsx.suggestedFilename(), 'phieu-dang-vien-vu-thi-phieu-in.xlsx');
      const sheet = await openXlsx(xlsx);
      assert.equal(sheet.getRow(1).getCell(4).value, 'ĐẢNG CỘNG SẢN VIỆT NAM');
      assert.equal(sheet.getRow(5).getCell(1).value, 'PHIẾU ĐẢNG VIÊN');
      assert.equal(sheet.getRow(7).getCell(3).value, 'VŨ THỊ PHIẾU IN');
    });
  });

  it('exports the member list as a background job: the dialog follows it, the .xlsx is downloaded', async () => {
    await explainFailure(page, 'member-list-export-job', async () => {
      await page.goto(`${server.url}/dang-vien?to-chuc=${chiBoId}`);
      const button = page.getByRole('button', { name: 'Xuất danh sách (mẫu 7-HSĐV)' });
      await button.waitFor();
      const { file, dialog } = await exportThroughJob(button, 'Xuất danh sách đảng viên (mẫu 7-HSĐV)');
      assert.match(file.suggestedFilename(), /^danh-sach-dang-vien-chi-bo-.+\.xlsx$/);
      const sheet = await openXlsx(file);
      assert.equal(sheet.name, '7-HSĐV');
      const names = [];
      sheet.eachRow((row, n) => n > 3 && names.push(row.getCell(2).text));
      assert.ok(names.includes('Vũ Thị Phiếu In'), names.join(', '));
      assert.equal(await dialog.locator('.ant-progress-status-success').count(), 1);
      await shootBothSizes(page, '81-member-list-export-job');
      const job = await newestExport();
      assert.deepEqual([job.kind, job.orgId, job.status, job.rowsWritten], ['member-list', chiBoId, 'succeeded', names.length]);
      await dialog.locator('.ant-modal-footer').getByRole('button', { name: 'Đóng' }).click();
      await dialog.waitFor({ state: 'hidden' });
    });
  });

  it('downloads the badge list shown as .xlsx through a background export', async () => {
    await explainFailure(page, 'badge-list-export', async () => {
      await page.goto(`${server.url}/dang-vien/huy-hieu?org=${chiBoId}&occasion=2027-02-03`);
      await page.locator('.badge-list-table tr.ant-table-row', { hasText: 'Vũ Thị Phiếu In' }).waitFor();
      const { file, dialog } = await exportThroughJob(page.getByRole('button', { name: 'Tải Excel' }), 'Xuất danh sách đề nghị tặng Huy hiệu Đảng');
      assert.match(file.suggestedFilename(), /^huy-hieu-dang-2027-02-03-chi-bo-.+\.xlsx$/);
      const job = await newestExport();
      assert.deepEqual([job.kind, job.occasion, job.status], ['badge-list', '2027-02-03', 'succeeded']);
      await dialog.locator('.ant-modal-footer').getByRole('button', { name: 'Đóng' }).click();
      const sheet = await openXlsx(file);
      const rows = [];
      sheet.eachRow((row, n) => n > 3 && rows.push(row.values.slice(1)));
      const mine = rows.find((r) => r[1] === 'Vũ Thị Phiếu In');
      assert.ok(mine, `the member is on the list: ${JSON.stringify(rows).slice(0, 300)}`);
      assert.equal(typeof mine[0], 'number');
      assert.equal(mine[5], '30 năm');
      assert.equal(mine[7], 'Đủ tuổi Đảng');
      assert.deepEqual(pageErrors, []);
    });
  });

  it('rides out a lost connection in the dialog; closed early, the export is finished and downloaded from "Tệp đã xuất"', async () => {
    await explainFailure(page, 'my-exports', async () => {
      await page.goto(`${server.url}/dang-vien?to-chuc=${chiBoId}`);
      const button = page.getByRole('button', { name: 'Xuất danh sách (mẫu 7-HSĐV)' });
      await button.waitFor();
      // The export's polls get no answer, then 503s: the server goes on writing the file meanwhile.
      const poll = /\/api\/v1\/member-exports\/[0-9a-f-]+$/;
      let blips = 0;
      await page.route(poll, (route) =>
        blips++ === 0
          ? route.abort('internetdisconnected')
          : route.fulfill({ status: 503, contentType: 'application/json', body: JSON.stringify({ code: 'COMMON.UNAVAILABLE', message: 'Dịch vụ tạm thời không sẵn sàng.' }) }),
      );
      const downloads = [];
      const onDownload = (download) => downloads.push(download.suggestedFilename());
      page.on('download', onDownload);
      await button.click();
      const dialog = page.getByRole('dialog', { name: 'Xuất danh sách đảng viên (mẫu 7-HSĐV)' });
      await dialog.getByText('Mất kết nối, đang thử lại…').waitFor();
      assert.equal(await dialog.getByText(/không thành công/).count(), 0, 'not shown as failed');
      assert.equal(await dialog.getByRole('link', { name: 'Xem các tệp đã xuất' }).getAttribute('href'), '/dang-vien/tep-da-xuat');
      await shootBothSizes(page, '82-export-reconnecting');
      await dialog.getByRole('button', { name: 'Đóng (máy chủ vẫn xuất tiếp)' }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.unroute(poll);
      assert.ok(blips >= 2, `polls refused: ${blips}`);
      assert.deepEqual(downloads, [], 'closed before anything was downloaded');
      page.off('download', onDownload);
      await shootBothSizes(page, '83-members-heading-exports-link');

      // A 9-row export is written before the page can look at it: to see the page follow one, the list's
      // answers are rewritten to show it running (4 rows written) until released; then the page's own
      // refresh (every 2 s while one is unfinished) finds it done.
      const job = await newestExport();
      const listing = /\/api\/v1\/member-exports\?/;
      let stillRunning = true;
      await page.route(listing, async (route) => {
        const response = await route.fetch();
        const body = await response.json();
        if (stillRunning && body.items[0]?.id === job.id) {
          Object.assign(body.items[0], { status: 'running', rowsWritten: 4, fileName: null, size: null, finishedAt: null, expiresAt: null });
        }
        await route.fulfill({ response, json: body });
      });
      await page.getByRole('link', { name: 'Tệp đã xuất' }).click();
      await page.waitForURL('**/dang-vien/tep-da-xuat');
      await page.getByRole('heading', { level: 1, name: 'Tệp đã xuất' }).waitFor();
      const items = page.locator('ul.my-exports > li');
      const newest = items.first();
      assert.equal(await newest.getByRole('heading', { level: 2 }).textContent(), 'Danh sách đảng viên (mẫu 7-HSĐV)');
      await newest.getByText(`4 / ${job.totalEstimate} dòng`).waitFor();
      assert.equal(await newest.getByRole('progressbar').count(), 1);
      assert.equal(await newest.getByText('24 giờ sau khi xuất xong').count(), 1);
      assert.equal(await newest.getByRole('button', { name: /Tải về/ }).count(), 0);
      await shootBothSizes(page, '84-my-exports-running');
      stillRunning = false;
      await newest.getByText('Đã xuất xong').waitFor({ timeout: 10_000 });
      await page.unroute(listing);
      const done = await newestExport();
      assert.deepEqual([done.id, done.status], [job.id, 'succeeded']);
      const created = /\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/;
      assert.match(await newest.locator('dd').first().textContent(), created);
      assert.match(await newest.locator('dd').nth(1).textContent(), created, 'the expiry');
      assert.ok((await newest.textContent()).includes(done.orgName), done.orgName);
      // The badge list exported above: its occasion, every milestone.
      const badge = items.filter({ has: page.getByRole('heading', { level: 2, name: 'Danh sách đề nghị tặng Huy hiệu Đảng' }) }).first();
      await badge.getByText('Dịp trao 03/02/2027 · mọi mốc tuổi Đảng').waitFor();
      await shootBothSizes(page, '85-my-exports');

      const [file] = await Promise.all([page.waitForEvent('download'), newest.getByRole('button', { name: `Tải về ${done.fileName}` }).click()]);
      assert.equal(file.suggestedFilename(), done.fileName);
      const sheet = await openXlsx(file);
      assert.equal(sheet.name, '7-HSĐV');
      const names = [];
      sheet.eachRow((row, n) => n > 3 && names.push(row.getCell(2).text));
      assert.ok(names.includes('Vũ Thị Phiếu In'), names.join(', '));
      assert.equal(names.length, done.rowsWritten);
      assert.deepEqual(pageErrors, []);
    });
  });
});
