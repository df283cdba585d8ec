// The lifecycle of a member in Debian's Chromium against the real standalone build:
// - the profile's lifecycle tab ("Mốc thời gian và thao tác"): the computed dates with the rule each comes
//   from, a guided recognition form that first shows the server's field error for an impossible date,
//   then records a late approval — official FROM THE DUE DATE — with the history row;
// - the profile's badge card ("Khen thưởng huy hiệu – hoàn cảnh đặc biệt"): a discipline in the future
//   refused at its field, a warning recorded with the delay the API computes, a serious illness noted and
//   cleared; read-only for an office account (members:read only);
// - a confirmed temporary transfer ended early from the outbox: a day before the period refused at its
//   field, then the member back on the home roll.
// Screenshots in tests/browser/artifacts/. Run: `npm run test:browser -- member-lifecycle`.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { DESKTOP } from './harness/chromium.mjs';
import { chooseOption, confirmWith, fieldError, typeDate } from './harness/form.mjs';
import { explainFailure, shootBothSizes } from './harness/screens.mjs';
import { apiToken, firstSignIn, jsonApi, openStandalonePage, signIn, signOut } from './harness/session.mjs';

const repoRoot = process.env.LT_BROWSER_ROOT || fileURLToPath(new URL('../..', import.meta.url));
const ADMIN_PASSWORD = 'Quan tri Lien Thong 2026';
const OFFICE_PASSWORD = 'Van phong Dang uy 2026';
const TRAVELLER = 'Đỗ Thị Biệt Phái';
const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
const daysAfter = (date, days) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
const ddmmyyyy = (date) => date.split('-').reverse().join('/');

let server;
let browser;
let page;
let adminToken;
let memberId;
let memberOrgId;
let transferId;
let travellerId;
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
    memberOrgId = someone.body.items[0].orgId;
    // A member of one đảng bộ hosted by another for a work assignment: issued and confirmed three days ago, until 100 days on.
    const orgNamed = async (words, name) => (await api('GET', `/orgs/search?q=${encodeURIComponent(words)}`)).body.items.find((o) => o.name === name).id;
    const home = await orgNamed('chi bo vu tong hop', 'Chi bộ Vụ Tổng hợp');
    const host = await orgNamed('thu ky toa soan', 'Chi bộ Ban Thư ký tòa soạn');
    const traveller = await api('POST', '/members', {
      body: {
        orgId: home,
        fullName: TRAVELLER,
        sex: 'female',
        dateOfBirth: '1990-02-14',
        status: 'official',
        periods: [{ admissionDecisionDate: '2015-05-15', ceremonyDate: '2015-06-01', recognitionDate: '2016-06-01' }],
        cards: [],
      },
    });
    assert.equal(traveller.status, 201, JSON.stringify(traveller.body));
    travellerId = traveller.body.id;
    const started = daysAfter(today, -3);
    const letter = {
      memberId: travellerId,
      kind: 'temporary',
      toOrgId: host,
      letterNumber: '44-GGT/ĐU',
      letterDate: started,
      letterIssuer: 'Ban Thường vụ Đảng ủy Văn phòng Trung ương Đảng',
      movedOn: started,
      temporaryReason: 'residence-or-work',
      temporaryFrom: started,
      temporaryUntil: daysAfter(today, 100),
    };
    const issued = await api('POST', '/member-transfers', { body: letter });
    assert.equal(issued.status, 201, JSON.stringify(issued.body));
    transferId = issued.body.id;
    const confirmed = await api('POST', `/member-transfers/${transferId}/confirm`, { headers: { 'if-match': '"1"' }, body: { decidedOn: started } });
    assert.equal(confirmed.status, 200, JSON.stringify(confirmed.body));
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
    await fieldError(page, 'Ngày chi bộ xét').filter({ hasText: 'Chỉ xét công nhận chính thức khi hết 12 tháng dự bị (15/09/2026)' }).waitFor();
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

  it('shows the badge card; refuses a discipline in the future at its field, records a warning with the delay the API computes, notes and clears a serious illness', async () => {
    await explainFailure(page, 'badge-circumstances', async () => {
      await page.getByRole('tab', { name: 'Huy hiệu Đảng' }).click();
      const card = page.locator('.badge-circumstances');
      await card.getByText('Khen thưởng huy hiệu – hoàn cảnh đặc biệt').waitFor();
      await card.getByText('Chưa ghi quyết định kỷ luật nào.').waitFor();
      await card.getByText(/Căn cứ: .*29-QĐ\/TW/).waitFor();

      await card.getByRole('button', { name: 'Ghi quyết định kỷ luật' }).click();
      const dialog = page.getByRole('dialog', { name: 'Ghi quyết định kỷ luật' });
      await dialog.waitFor();
      await chooseOption(page, page.getByLabel('Hình thức kỷ luật', { exact: true }), 'Cảnh cáo');
      const future = daysAfter(today, 10);
      await typeDate(page, 'Ngày quyết định kỷ luật', ddmmyyyy(future));
      // The guided form: the delay by the API's rule, before anything is saved.
      await dialog.getByTestId('discipline-preview').filter({ hasText: `Huy hiệu Đảng hoãn 6 tháng: không trao trước` }).waitFor();
      await page.getByLabel('Số quyết định', { exact: true }).fill('15-QĐ/ĐU');
      await dialog.locator('.ant-modal-footer .ant-btn-primary').click();
      await fieldError(page, 'Ngày quyết định kỷ luật', dialog).filter({ hasText: 'Không được sau ngày hôm nay' }).waitFor();
      await shootBothSizes(page, 'member-badge-discipline-refused');

      await typeDate(page, 'Ngày quyết định kỷ luật', '31/05/2026');
      await dialog.getByTestId('discipline-preview').filter({ hasText: 'không trao trước 30/11/2026' }).waitFor();
      await dialog.locator('.ant-modal-footer .ant-btn-primary').click();
      await dialog.waitFor({ state: 'detached' });
      const row = card.locator('.badge-disciplines tr', { hasText: 'Cảnh cáo' });
      await row.waitFor();
      assert.match(await row.textContent(), /31\/05\/2026.*15-QĐ\/ĐU.*Hoãn 6 tháng: không trao trước 30\/11\/2026/);

      await card.getByRole('button', { name: 'Ghi nhận bệnh nặng' }).click();
      const illness = page.getByRole('dialog', { name: 'Ghi nhận bệnh nặng' });
      await illness.getByTestId('illness-preview').filter({ hasText: '12 tháng trước mốc (mốc 30–65 năm)' }).waitFor();
      await typeDate(page, 'Bị bệnh nặng từ ngày', '01/06/2026');
      await page.getByLabel('Ghi chú (hồ sơ bệnh án)', { exact: true }).fill('Điều trị dài ngày tại Bệnh viện K');
      await illness.locator('.ant-modal-footer .ant-btn-primary').click();
      await illness.waitFor({ state: 'detached' });
      await card.getByTestId('badge-illness').filter({ hasText: 'Từ ngày 01/06/2026 — Điều trị dài ngày tại Bệnh viện K' }).waitFor();
      await shootBothSizes(page, 'member-badge-card');

      await card.getByRole('button', { name: 'Bỏ ghi nhận bệnh nặng' }).click();
      await confirmWith(page.locator('.ant-modal-confirm'), 'Bỏ ghi nhận bệnh nặng');
      await card.getByTestId('badge-illness').filter({ hasText: 'Không ghi nhận.' }).waitFor();
    });
    const circumstances = await api('GET', `/members/${memberId}/badge-circumstances`);
    assert.deepEqual(
      circumstances.body.disciplines.map((d) => [d.form, d.decidedOn, d.decisionRef, d.badgeDelayMonths, d.badgeNotBefore]),
      [['canh-cao', '2026-05-31', '15-QĐ/ĐU', 6, '2026-11-30']],
    );
    assert.equal(circumstances.body.seriousIllness, null);
  });

  it('ends a confirmed temporary transfer early from the outbox: a day before the period refused at its field, then the member is back', async () => {
    await explainFailure(page, 'transfer-return', async () => {
      await page.goto(`${server.url}/chuyen-sinh-hoat?huong=di`);
      const row = page.locator('tr.ant-table-row', { hasText: TRAVELLER });
      const started = daysAfter(today, -3);
      await row.getByText('Đã tiếp nhận').waitFor();
      await row.getByTestId('transfer-settled').filter({ hasText: `Tiếp nhận ngày ${ddmmyyyy(started)}, tạm chuyển đến ${ddmmyyyy(daysAfter(today, 100))}` }).waitFor();
      assert.equal(await row.getByTestId('transfer-deadline').count(), 0, 'a confirmed transfer shows no confirmation deadline');
      await row.getByRole('button', { name: 'Trở về sớm' }).click();
      const dialog = page.getByRole('dialog', { name: 'Kết thúc tạm chuyển sớm (đảng viên trở về)' });
      await dialog.waitFor();
      await dialog.getByTestId('transfer-return-period').filter({ hasText: `Tạm chuyển từ ${ddmmyyyy(started)} đến ${ddmmyyyy(daysAfter(today, 100))}` }).waitFor();
      await typeDate(page, 'Ngày trở về', ddmmyyyy(daysAfter(started, -1)));
      await dialog.locator('.ant-modal-footer .ant-btn-primary').click();
      await fieldError(page, 'Ngày trở về', dialog).filter({ hasText: `Không được trước ngày bắt đầu tạm chuyển (${ddmmyyyy(started)})` }).waitFor();
      await shootBothSizes(page, 'transfer-return-refused');

      await typeDate(page, 'Ngày trở về', ddmmyyyy(today));
      await page.getByLabel('Ghi chú (vì sao trở về sớm)', { exact: true }).fill('Kết thúc đợt công tác trước thời hạn');
      await dialog.locator('.ant-modal-footer .ant-btn-primary').click();
      await dialog.waitFor({ state: 'detached' });
      await page.getByText(`Trở về sớm: ${TRAVELLER} — Đã trở về`).waitFor();
      await row.getByText(`Đã trở về ngày ${ddmmyyyy(today)}`).waitFor();
      assert.equal(await row.getByTestId('transfer-deadline').count(), 0, 'a returned transfer shows no confirmation deadline');
      await shootBothSizes(page, 'transfer-returned');
    });
    const transfer = await api('GET', `/member-transfers/${transferId}`);
    assert.equal(transfer.body.state, 'returned');
    assert.equal(transfer.body.returnedOn, today);
    const record = await api('GET', `/members/${travellerId}`);
    assert.equal(record.body.status, 'official');
  });

  it('shows the badge card read-only to an office account (members:read only)', async () => {
    const created = await api('POST', '/users', { body: { username: 'vanphong.chibo', fullName: 'Nguyễn Thị Văn Phòng', homeOrgId: memberOrgId, roles: ['office'], password: OFFICE_PASSWORD } });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    await explainFailure(page, 'badge-card-read-only', async () => {
      await signOut(page, 'Quản trị hệ thống');
      await signIn(page, server.url, 'vanphong.chibo', OFFICE_PASSWORD);
      await page.waitForURL(`${server.url}/`);
      await page.goto(`${server.url}/dang-vien/${memberId}`);
      await page.getByRole('tab', { name: 'Huy hiệu Đảng' }).click();
      const card = page.locator('.badge-circumstances');
      await card.locator('.badge-disciplines tr', { hasText: 'Hoãn 6 tháng: không trao trước 30/11/2026' }).waitFor();
      assert.equal(await card.getByRole('button').count(), 0, 'no action for a reader');
    });
  });

  it('threw no uncaught error in the page', () => {
    assert.deepEqual(pageErrors, []);
  });
});
