import type { OrgDto } from '@lienthong/contracts';
import type { CallContext, RpcTransport, RunningService } from '@lienthong/platform';
import { createTestDatabase, createTestTransport, signedContext, testRuntime, type TestDatabase } from '@lienthong/testing';
import { Client } from 'pg';
import { createMembersApp } from '../app';
import { partyToday } from './org-kind-rules';
import { OrgFactory } from '../testing/org-factory';
import { OrgsTestClient } from '../testing/orgs-test-client';

const systemContext = (language: 'vi' | 'en' = 'en'): CallContext => ({ ...signedContext(), language });

describe('org tree over time: history, as-of reads and terms', () => {
  let db: TestDatabase;
  let transport: RpcTransport;
  let app: RunningService;
  let orgs: OrgsTestClient;
  let make: OrgFactory;
  let pg: Client;

  beforeAll(async () => {
    db = await createTestDatabase('members_orgs_hist');
    transport = await createTestTransport();
    app = await createMembersApp({ databaseUrl: db.url }, testRuntime(transport));
    orgs = new OrgsTestClient(transport, () => systemContext());
    make = new OrgFactory(orgs);
    pg = new Client({ connectionString: db.url });
    await pg.connect();
  });

  afterAll(async () => {
    await pg?.end();
    await app?.close();
    await transport?.close();
    await db?.drop();
  });

  describe('the tree as of a date', () => {
    let root: OrgDto;
    let from: OrgDto;
    let to: OrgDto;
    let chiBo: OrgDto;

    beforeAll(async () => {
      root = await make.root();
      from = await make.coSo(root, 'Đảng bộ Văn phòng Trung ương Đảng');
      to = await make.coSo(root, 'Đảng bộ Ban Tổ chức Trung ương');
      chiBo = await make.chiBo(from, 'Chi bộ Vụ Tổng hợp');
      await make.chiBo(from, 'Chi bộ Vụ Hành chính');
      const moved = await orgs.move({ id: chiBo.id, expectedVersion: 1, newParentId: to.id });
      await orgs.update({ id: chiBo.id, expectedVersion: moved.version, name: 'Chi bộ Vụ Tổng hợp - Tổ chức' });
    });

    it('answers the children as they stood before the move, and as they stand today', async () => {
      const past = await orgs.childrenAsOf({ parentId: from.id, asOf: '2025-06-30' });
      expect(past.items.map((o) => o.name)).toEqual(['Chi bộ Vụ Hành chính', 'Chi bộ Vụ Tổng hợp']);
      expect(past.items[1]).toMatchObject({ id: chiBo.id, parentId: from.id, ancestorIds: [root.id, from.id], depth: 2 });
      expect((await orgs.childrenAsOf({ parentId: to.id, asOf: '2025-06-30' })).items).toEqual([]);
      const today = partyToday();
      expect((await orgs.childrenAsOf({ parentId: from.id, asOf: today })).items.map((o) => o.name)).toEqual(['Chi bộ Vụ Hành chính']);
      expect((await orgs.childrenAsOf({ parentId: to.id, asOf: today })).items).toEqual([
        expect.objectContaining({ id: chiBo.id, name: 'Chi bộ Vụ Tổng hợp - Tổ chức', parentId: to.id, ancestorIds: [root.id, to.id] }),
      ]);
      // Before anything existed: nothing.
      expect((await orgs.childrenAsOf({ parentId: from.id, asOf: '2024-01-01' })).items).toEqual([]);
    });

    it('answers one org as it stood on a day, and not found before it existed', async () => {
      expect(await orgs.getAsOf({ id: chiBo.id, asOf: '2025-03-01' })).toMatchObject({ name: 'Chi bộ Vụ Tổng hợp', parentId: from.id });
      expect(await orgs.getAsOf({ id: from.id, asOf: '2025-03-01' })).toMatchObject({ childCount: 2 });
      expect(await orgs.getAsOf({ id: from.id, asOf: partyToday() })).toMatchObject({ childCount: 1 });
      await expect(orgs.getAsOf({ id: chiBo.id, asOf: '2025-02-02' })).rejects.toMatchObject({ code: 'MEMBERS.ORG_NOT_FOUND' });
      await expect(orgs.getAsOf({ id: chiBo.id, asOf: '2025-02-30' })).rejects.toMatchObject({ code: 'COMMON.VALIDATION_FAILED', details: [{ field: 'asOf' }] });
    });

    it('keyset-pages the children of a day', async () => {
      const parent = await make.coSo(root, 'Đảng bộ Phân trang');
      for (const n of ['Chi bộ 1', 'Chi bộ 2', 'Chi bộ 3']) await make.chiBo(parent, n);
      const first = await orgs.childrenAsOf({ parentId: parent.id, asOf: '2025-12-31', limit: 2 });
      expect(first.items.map((o) => o.name)).toEqual(['Chi bộ 1', 'Chi bộ 2']);
      const second = await orgs.childrenAsOf({ parentId: parent.id, asOf: '2025-12-31', limit: 2, cursor: first.nextCursor! });
      expect(second).toEqual({ items: [expect.objectContaining({ name: 'Chi bộ 3' })], nextCursor: null });
      // The index answers "children on a day" (seqscan off: a small test table would not need it).
      await pg.query('SET enable_seqscan = off');
      const plan = await pg.query(
        `EXPLAIN SELECT org_id FROM org_history WHERE parent_id = $1 AND valid_from <= '2025-12-31' AND (valid_until IS NULL OR valid_until > '2025-12-31')`,
        [parent.id],
      );
      await pg.query('RESET enable_seqscan');
      expect(JSON.stringify(plan.rows)).toContain('org_history_children_idx');
    });

    it('lists the versions of an org, oldest first, and a closed version after the last day', async () => {
      const org = await make.chiBo(to, 'Chi bộ Vụ Cán bộ');
      await orgs.close({ id: org.id, expectedVersion: 1, validTo: '2025-12-31' });
      const history = await orgs.history({ id: org.id });
      expect(history.versions).toEqual([
        expect.objectContaining({ status: 'active', validFrom: '2025-02-03', validTo: '2025-12-31', parentId: to.id }),
        expect.objectContaining({ status: 'closed', validFrom: '2026-01-01', validTo: null }),
      ]);
      expect((await orgs.childrenAsOf({ parentId: to.id, asOf: '2026-01-01', includeClosed: true })).items.map((o) => o.name)).toContain('Chi bộ Vụ Cán bộ');
      expect((await orgs.childrenAsOf({ parentId: to.id, asOf: '2026-01-01' })).items.map((o) => o.name)).not.toContain('Chi bộ Vụ Cán bộ');
    });

    it('a close dated behind a change already recorded keeps the officer\'s validTo and never overlaps history', async () => {
      const org = await make.chiBo(to, 'Chi bộ Vụ Địa phương');
      const renamed = await orgs.update({ id: org.id, expectedVersion: 1, name: 'Chi bộ Vụ Địa phương mới' });
      const closed = await orgs.close({ id: org.id, expectedVersion: renamed.version, validTo: '2025-06-30' });
      expect(closed).toMatchObject({ status: 'closed', validTo: '2025-06-30' });
      const versions = (await orgs.history({ id: org.id })).versions;
      expect(versions.map((v) => [v.status, v.validFrom])).toEqual([
        ['active', '2025-02-03'],
        ['closed', partyToday()],
      ]);
    });
  });

  describe('terms (nhiệm kỳ)', () => {
    it('opens, lists, answers the term in force on a date, and closes with the expected version', async () => {
      const org = await make.coSo(await make.root());
      const past = await orgs.openTerm({ orgId: org.id, number: 1, label: 'Nhiệm kỳ 2020–2025', startDate: '2025-02-03', endDate: '2025-09-30' });
      const term = await orgs.openTerm({ orgId: org.id, number: 2, label: '  Nhiệm kỳ 2025–2030 ', startDate: '2025-10-01' });
      expect(term).toMatchObject({ orgId: org.id, number: 2, label: 'Nhiệm kỳ 2025–2030', startDate: '2025-10-01', endDate: null, version: 1 });
      expect((await orgs.terms({ orgId: org.id })).items.map((t) => t.id)).toEqual([term.id, past.id]);
      expect(await orgs.termInForce({ orgId: org.id, date: '2025-09-30' })).toMatchObject({ id: past.id });
      expect(await orgs.termInForce({ orgId: org.id, date: '2026-05-01' })).toMatchObject({ id: term.id });
      await expect(orgs.termInForce({ orgId: org.id, date: '2025-01-01' })).rejects.toMatchObject({ code: 'MEMBERS.ORG_TERM_NOT_FOUND' });
      await expect(orgs.closeTerm({ orgId: past.id, termId: term.id, expectedVersion: 1, endDate: '2030-09-30' })).rejects.toMatchObject({ code: 'MEMBERS.ORG_TERM_NOT_FOUND' });
      await expect(orgs.closeTerm({ orgId: org.id, termId: term.id, expectedVersion: 2, endDate: '2030-09-30' })).rejects.toMatchObject({ code: 'MEMBERS.ORG_TERM_VERSION_MISMATCH' });
      const closed = await orgs.closeTerm({ orgId: org.id, termId: term.id, expectedVersion: 1, endDate: '2030-09-30' });
      expect(closed).toMatchObject({ endDate: '2030-09-30', version: 2 });
      await expect(orgs.closeTerm({ orgId: org.id, termId: term.id, expectedVersion: 2, endDate: '2030-10-30' })).rejects.toMatchObject({ code: 'MEMBERS.ORG_TERM_CLOSED' });
      const types = await pg.query<{ type: string }>(`SELECT type FROM outbox WHERE aggregate_id = $1 ORDER BY position`, [term.id]);
      expect(types.rows.map((r) => r.type)).toEqual(['members.org.term-opened.v1', 'members.org.term-closed.v1']);
    });

    it('refuses an overlapping term, a second open term, a reused number, and dates before the org', async () => {
      const org = await make.coSo(await make.root());
      await orgs.openTerm({ orgId: org.id, number: 1, label: 'Nhiệm kỳ 2025–2030', startDate: '2025-03-01' });
      await expect(orgs.openTerm({ orgId: org.id, number: 2, label: 'Nhiệm kỳ khác', startDate: '2027-01-01' })).rejects.toMatchObject({
        code: 'MEMBERS.ORG_TERM_OVERLAP',
      });
      await expect(orgs.openTerm({ orgId: org.id, number: 3, label: 'Nhiệm kỳ cũ', startDate: '2025-02-03', endDate: '2025-03-01' })).rejects.toMatchObject({
        code: 'MEMBERS.ORG_TERM_OVERLAP',
      });
      await expect(orgs.openTerm({ orgId: org.id, number: 1, label: 'Trùng số', startDate: '2025-02-03', endDate: '2025-02-10' })).rejects.toMatchObject({
        details: [{ field: 'number', code: 'termNumberTaken' }],
      });
      const vi = await orgs.openTerm({ orgId: org.id, number: 4, label: 'Quá sớm', startDate: '2025-01-01', endDate: '2025-01-31' }, systemContext('vi')).catch((e: unknown) => e);
      expect(vi).toMatchObject({ details: [{ field: 'startDate', message: 'startDate: không được trước ngày thành lập của tổ chức (03/02/2025)' }] });
      await expect(orgs.openTerm({ orgId: org.id, number: 5, label: 'Ngược', startDate: '2025-02-10', endDate: '2025-02-05' })).rejects.toMatchObject({
        details: [{ field: 'endDate', code: 'beforeStartDate' }],
      });
    });

    it('two overlapping terms opened at once: the constraint lets one through', async () => {
      const org = await make.coSo(await make.root());
      const outcomes = await Promise.allSettled(
        [1, 2, 3].map((n) => orgs.openTerm({ orgId: org.id, number: n, label: `Nhiệm kỳ ${n}`, startDate: `2025-0${n + 2}-01` })),
      );
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      expect(outcomes.flatMap((o) => (o.status === 'rejected' ? [(o.reason as { code: string }).code] : []))).toEqual([
        'MEMBERS.ORG_TERM_OVERLAP',
        'MEMBERS.ORG_TERM_OVERLAP',
      ]);
    });

    it('a merge ends the open term of each merged org on its last day', async () => {
      const root = await make.root();
      const a = await make.coSo(root, 'Đảng bộ A');
      const b = await make.coSo(root, 'Đảng bộ B');
      const term = await orgs.openTerm({ orgId: a.id, number: 1, label: 'Nhiệm kỳ 2025–2030', startDate: '2025-03-01' });
      await orgs.merge({ sources: [{ id: a.id, expectedVersion: 1 }], targetId: b.id, effectiveDate: '2025-11-01', decisionRef: 'Quyết định số 7-QĐ/ĐU' });
      expect((await orgs.terms({ orgId: a.id })).items).toEqual([expect.objectContaining({ id: term.id, endDate: '2025-10-31', version: 2 })]);
    });
  });
});
