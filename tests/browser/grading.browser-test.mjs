// The annual grading screens in Debian's Chromium against the real standalone build (demo seed): a
// campaign opened over a đảng bộ (a bad deadline refused at its field first), the roll-up drilled
// down to a chi bộ, a member proposed, a decision refused at the level field for the cap on "hoàn
// thành xuất sắc" that the dialog shows, then decided "tốt" and counted in the roll-up; a member
// (an account linked to a record) assesses themself, a level above the band refused at its field.
// Screenshots in tests/browser/artifacts/. Run: `node scripts/test-browser.mjs grading`.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { DESKTOP } from './harness/chromium.mjs';
import { fieldError, chooseOption, selectOption, typeDate } from './harness/form.mjs';
import { explainFailure, shootBothSizes } from './harness/screens.mjs';
import { apiToken, firstSignIn, jsonApi, openStandalonePage, signIn } from './harness/session.mjs';

const repoRoot = process.env.LT_BROWSER_ROOT || fileURLToPath(new URL('../..', import.meta.url));
const ADMIN_PASSWORD = 'Quan tri Lien Thong 2026';
const MEMBER_PASSWORD = 'Dang vien Tu danh gia 2026';
const DANG_BO = 'Đảng bộ Văn phòng Trung ương Đảng';
const CHI_BO = 'Chi bộ Vụ Tổng hợp';

let server;
let browser;
let page;
const pageErrors = [];

/** The gateway's JSON API, as an integrator would call it. */
const api = jsonApi(() => server.url);

function inDays(n) {
  return new Date(Date.now() + 7 * 3600_000 + n * 86_400_000).toISOString().slice(0, 10);
}

/** The same day as typed in the date fields (dd/mm/yyyy). */
const typed = (iso) => iso.split('-').reverse().join('/');

describe('the grading screens in Chromium', { timeout: 600_000 }, () => {
  before(async () => {
    ({ server, browser, page } = await openStandalonePage({ repoRoot, pageErrors }));
    await firstSignIn(page, server, ADMIN_PASSWORD);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('opens a campaign over a đảng bộ; a deadline already past is refused beside its field', () =>
    explainFailure(page, 'grading-open', async () => {
      await page.getByRole('navigation', { name: 'Danh mục chức năng' }).getByRole('link', { name: 'Đánh giá, xếp loại', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Đánh giá, xếp loại chất lượng' }).waitFor();
      await page.getByText('Chưa có đợt đánh giá nào trong phạm vi của bạn.').waitFor();
      await page.getByLabel('Tổ chức đảng (cả các tổ chức trực thuộc)').fill('van phong trung uong');
      await selectOption(page, `${DANG_BO} (VPTW)`);
      await page.getByLabel('Năm đánh giá').fill('2025');
      await typeDate(page, 'Hạn tự đánh giá', typed(inDays(-1)));
      await page.getByRole('button', { name: 'Mở đợt' }).click();
      await fieldError(page, 'Hạn tự đánh giá').filter({ hasText: 'không được trước ngày hôm nay' }).waitFor();
      await shootBothSizes(page, 'grading-open-refused');
      await typeDate(page, 'Hạn tự đánh giá', typed(inDays(30)));
      await page.getByRole('button', { name: 'Mở đợt' }).click();
      await page.waitForURL(/\/danh-gia-xep-loai\/[0-9a-f-]{36}$/);
      await page.getByRole('heading', { level: 1, name: /Kiểm điểm, đánh giá, xếp loại chất lượng năm 2025/ }).waitFor();
      await page.getByRole('heading', { name: `Tổng hợp của ${DANG_BO} và các tổ chức trực thuộc` }).waitFor();
    }));

  it('drills down to a chi bộ, proposes for a member, and shows the cap in the decision form, which refuses a decision past it', () =>
    explainFailure(page, 'grading-decide', async () => {
      await page.locator('.grading-rollup-table').getByRole('button', { name: CHI_BO, exact: true }).click();
      await page.waitForURL(/org=[0-9a-f-]{36}/);
      await page.getByRole('heading', { name: `Đảng viên của ${CHI_BO}` }).waitFor();
      const rows = page.locator('.grading-member-table tr.ant-table-row');
      await rows.first().waitFor();
      const count = await rows.count();
      assert.ok(count > 0);
      const name = (await rows.first().locator('td').first().textContent()).trim();

      await page.getByRole('button', { name: `Đề xuất: ${name}` }).click();
      const propose = page.getByRole('dialog', { name: `Chi bộ đề xuất xếp loại — ${name}` });
      await propose.getByLabel('Điểm (thang 100)').fill('92');
      await propose.getByText('Khung điểm: Hoàn thành xuất sắc nhiệm vụ').waitFor();
      await chooseOption(page, propose.getByLabel('Mức xếp loại'), 'Hoàn thành xuất sắc nhiệm vụ');
      await page.getByRole('button', { name: 'Lưu' }).click();
      await propose.waitFor({ state: 'detached' });
      await rows.first().getByText('Chi bộ đã đề xuất').waitFor();

      await page.getByRole('button', { name: `Quyết định: ${name}` }).click();
      const decide = page.getByRole('dialog', { name: `Quyết định xếp loại — ${name}` });
      const cap = decide.getByTestId('grading-cap');
      await cap.waitFor();
      assert.match(await cap.textContent(), new RegExp(`Giới hạn "Hoàn thành xuất sắc nhiệm vụ" trong ${CHI_BO}: không quá 20% .*tối đa 0`));
      assert.match(await cap.textContent(), /366-QĐ\/TW/);
      await decide.getByText('Chi bộ đề xuất: 92 điểm — Hoàn thành xuất sắc nhiệm vụ').waitFor();
      await page.getByRole('button', { name: 'Lưu' }).click();
      await fieldError(page, 'Mức xếp loại').filter({ hasText: /Vượt giới hạn "Hoàn thành xuất sắc nhiệm vụ" của Chi bộ Vụ Tổng hợp/ }).waitFor();
      await shootBothSizes(page, 'grading-cap-refused');

      await decide.getByLabel('Điểm (thang 100)').fill('85');
      await chooseOption(page, decide.getByLabel('Mức xếp loại'), 'Hoàn thành tốt nhiệm vụ');
      await decide.getByLabel('Số quyết định').fill('25-QĐ/ĐU');
      await page.getByRole('button', { name: 'Lưu' }).click();
      await decide.waitFor({ state: 'detached' });
      await rows.first().getByText('Đã quyết định').waitFor();
      assert.equal((await rows.first().locator('td').nth(5).textContent()).trim(), '85 · HTT');
      // The roll-up's first row (the chi bộ) counts the decision.
      const head = page.locator('.grading-rollup-table tr.grading-rollup-head');
      await head.locator('td').nth(5).filter({ hasText: /^1$/ }).waitFor();
      await shootBothSizes(page, 'grading-campaign');
      assert.deepEqual(pageErrors, []);
    }));

  it('lets a member assess themself on “Tự đánh giá, xếp loại”; a level above the band of the points is refused beside its field', async () => {
    const campaignId = new URL(page.url()).pathname.split('/').pop();
    const token = await apiToken(api, 'admin', ADMIN_PASSWORD);
    const pending = await api('GET', `/grading-campaigns/${campaignId}/member-gradings?step=pending&excluded=false&limit=1`, { token });
    const target = pending.body.items[0];
    assert.ok(target, 'a member still to assess themself');
    const created = await api('POST', '/users', {
      token,
      body: { username: 'tu.danh.gia', fullName: target.memberName, homeOrgId: target.orgId, memberId: target.memberId, roles: ['member'], password: MEMBER_PASSWORD },
      headers: { 'idempotency-key': `grading-${Date.now()}` },
    });
    assert.equal(created.status, 201, JSON.stringify(created.body));

    const member = await browser.newPage({ viewport: DESKTOP });
    member.on('pageerror', (error) => pageErrors.push(error.message));
    await explainFailure(member, 'grading-self', async () => {
      await signIn(member, server.url, 'tu.danh.gia', MEMBER_PASSWORD);
      await member.waitForURL(`${server.url}/`);
      const menu = member.getByRole('navigation', { name: 'Danh mục chức năng' });
      assert.equal(await menu.getByRole('link', { name: 'Đánh giá, xếp loại', exact: true }).count(), 0, 'a member does not see the campaigns');
      await menu.getByRole('link', { name: 'Tự đánh giá, xếp loại' }).click();
      await member.getByRole('heading', { level: 1, name: 'Tự đánh giá, xếp loại' }).waitFor();
      await member.getByRole('heading', { name: new RegExp(`Kiểm điểm, đánh giá, xếp loại chất lượng năm 2025 — ${DANG_BO}`) }).waitFor();
      const form = member.getByRole('form', { name: 'Bản tự đánh giá của tôi' });
      await form.getByLabel('Điểm (thang 100)').fill('85');
      await form.getByLabel('Mức xếp loại').click();
      await selectOption(member, 'Hoàn thành xuất sắc nhiệm vụ');
      await member.getByRole('button', { name: 'Gửi tự đánh giá' }).click();
      await fieldError(member, 'Mức xếp loại')
        .filter({ hasText: '85 điểm thuộc khung "Hoàn thành tốt nhiệm vụ"' })
        .waitFor();
      await shootBothSizes(member, 'grading-self-refused');
      await form.getByLabel('Mức xếp loại').click();
      await selectOption(member, 'Hoàn thành tốt nhiệm vụ');
      await member.getByRole('button', { name: 'Gửi tự đánh giá' }).click();
      await member.getByText('Tự đánh giá: 85 — Hoàn thành tốt nhiệm vụ').waitFor();
    });
    await member.close();
    const after = await api('GET', `/grading-campaigns/${campaignId}/member-gradings?orgId=${target.orgId}&step=self-assessed`, { token });
    assert.deepEqual(
      after.body.items.map((g) => [g.memberId, g.selfAssessment.points, g.selfAssessment.level]),
      [[target.memberId, 85, 'hoan-thanh-tot']],
    );
    assert.deepEqual(pageErrors, []);
  });
});
