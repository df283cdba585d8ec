import type { OrgDto } from '@lienthong/contracts';
import type { CallContext, RpcTransport, RunningService } from '@lienthong/platform';
import { createTestDatabase, createTestTransport, signedContext, testRuntime, type TestDatabase } from '@lienthong/testing';
import { randomUUID } from 'node:crypto';
import { createMembersApp } from '../app';
import { OrgFactory } from '../testing/org-factory';
import { OrgsTestClient } from '../testing/orgs-test-client';

const systemContext = (): CallContext => ({ ...signedContext(), language: 'en' });
const officer = (scopeOrgId: string, permissions: string[] = ['members:read', 'members:write']): CallContext => ({
  ...signedContext({ actor: { type: 'user', id: randomUUID(), name: 'Cán bộ tổ chức' }, roles: ['org-officer'], permissions, scopeOrgId }),
  language: 'vi',
});
const NOT_FOUND = { code: 'MEMBERS.ORG_NOT_FOUND', message: 'Không tìm thấy tổ chức đảng.' };
const FORBIDDEN = { code: 'COMMON.FORBIDDEN', message: 'Bạn không có quyền thực hiện thao tác này.' };
const DECISION = 'Quyết định số 9-QĐ/ĐU';

/**
 * Scope in the members service itself (issue 4 §3), handler by handler: an org outside the
 * caller's subtree answers 404 (its existence is not leaked), a visible org the caller may not
 * change answers 403 — no write permission, or restructuring the caller's own scope root.
 */
describe('org tree: scope of every org handler', () => {
  let db: TestDatabase;
  let transport: RpcTransport;
  let app: RunningService;
  let orgs: OrgsTestClient;
  let make: OrgFactory;
  let mine: OrgDto;
  let mineChild: OrgDto;
  let mineChild2: OrgDto;
  let sibling: OrgDto;
  let siblingChild: OrgDto;

  beforeAll(async () => {
    db = await createTestDatabase('members_orgs_scope');
    transport = await createTestTransport();
    app = await createMembersApp({ databaseUrl: db.url }, testRuntime(transport));
    orgs = new OrgsTestClient(transport, systemContext);
    make = new OrgFactory(orgs);
    const root = await make.root();
    mine = await make.coSo(root, 'Đảng bộ Ban Tổ chức Trung ương');
    mineChild = await make.chiBo(mine, 'Chi bộ Vụ Tổ chức cơ sở đảng');
    mineChild2 = await make.chiBo(mine, 'Chi bộ Vụ Đảng viên');
    sibling = await make.coSo(root, 'Đảng bộ Văn phòng Trung ương Đảng');
    siblingChild = await make.chiBo(sibling, 'Chi bộ Vụ Tổng hợp');
    await orgs.openTerm({ orgId: sibling.id, number: 1, label: 'Nhiệm kỳ 2025–2030', startDate: '2025-03-01' });
  });

  afterAll(async () => {
    await app?.close();
    await transport?.close();
    await db?.drop();
  });

  it('answers 404 for every read and write of an org in the sibling subtree', async () => {
    const me = officer(mine.id);
    const siblingTerm = (await orgs.terms({ orgId: sibling.id })).items[0];
    const calls: [string, Promise<unknown>][] = [
      ['get', orgs.get({ id: sibling.id }, me)],
      ['children', orgs.children({ parentId: sibling.id }, me)],
      ['ancestors', orgs.ancestors({ id: siblingChild.id }, me)],
      ['search within', orgs.search({ q: 'chi bo', withinOrgId: sibling.id }, me)],
      ['update', orgs.update({ id: sibling.id, expectedVersion: 1, name: 'Tên mới' }, me)],
      ['move', orgs.move({ id: siblingChild.id, expectedVersion: 1, newParentId: mine.id }, me)],
      ['close', orgs.close({ id: siblingChild.id, expectedVersion: 1, validTo: '2025-12-31' }, me)],
      ['get as of', orgs.getAsOf({ id: sibling.id, asOf: '2025-06-30' }, me)],
      ['children as of', orgs.childrenAsOf({ parentId: sibling.id, asOf: '2025-06-30' }, me)],
      ['history', orgs.history({ id: sibling.id }, me)],
      ['merge source', orgs.merge({ sources: [{ id: siblingChild.id, expectedVersion: 1 }], targetId: mineChild.id, effectiveDate: '2025-07-01', decisionRef: DECISION }, me)],
      ['merge target', orgs.merge({ sources: [{ id: mineChild.id, expectedVersion: 1 }], targetId: siblingChild.id, effectiveDate: '2025-07-01', decisionRef: DECISION }, me)],
      ['split', orgs.split({ source: { id: siblingChild.id, expectedVersion: 1 }, parts: [], effectiveDate: '2025-07-01', decisionRef: DECISION }, me)],
      ['terms', orgs.terms({ orgId: sibling.id }, me)],
      ['open term', orgs.openTerm({ orgId: sibling.id, number: 2, label: 'Nhiệm kỳ 2030–2035', startDate: '2030-10-01' }, me)],
      ['term in force', orgs.termInForce({ orgId: sibling.id, date: '2026-01-01' }, me)],
    ];
    for (const [name, call] of calls) {
      const outcome = await call.catch((e: unknown) => e);
      // split with no parts is refused by validation first; the rest by scope.
      if (name === 'split') expect(outcome).toMatchObject({ code: 'COMMON.VALIDATION_FAILED' });
      else expect([name, outcome]).toEqual([name, expect.objectContaining(NOT_FOUND)]);
    }
    await expect(orgs.closeTerm({ orgId: sibling.id, termId: siblingTerm.id, expectedVersion: 1, endDate: '2030-09-30' }, me)).rejects.toMatchObject({
      code: 'MEMBERS.ORG_TERM_NOT_FOUND',
    });
    await expect(
      orgs.split(
        {
          source: { id: siblingChild.id, expectedVersion: 1 },
          parts: [
            { name: 'Phần một', shortName: 'P1', kind: 'chi-bo-truc-thuoc' },
            { name: 'Phần hai', shortName: 'P2', kind: 'chi-bo-truc-thuoc' },
          ],
          effectiveDate: '2025-07-01',
          decisionRef: DECISION,
        },
        me,
      ),
    ).rejects.toMatchObject(NOT_FOUND);
    // Nothing changed over there.
    expect(await orgs.get({ id: siblingChild.id })).toMatchObject({ status: 'active', version: 1, parentId: sibling.id });
  });

  it('answers 403 to a read-only officer for every write inside its own subtree', async () => {
    const reader = officer(mine.id, ['members:read']);
    expect(await orgs.get({ id: mineChild.id }, reader)).toMatchObject({ id: mineChild.id });
    const writes: Promise<unknown>[] = [
      make.create(mine.id, 'chi-bo-truc-thuoc', 'Chi bộ Mới', {}, reader),
      orgs.update({ id: mineChild.id, expectedVersion: 1, name: 'Tên mới' }, reader),
      orgs.move({ id: mineChild.id, expectedVersion: 1, newParentId: mine.id }, reader),
      orgs.close({ id: mineChild.id, expectedVersion: 1, validTo: '2025-12-31' }, reader),
      orgs.merge({ sources: [{ id: mineChild.id, expectedVersion: 1 }], targetId: mineChild2.id, effectiveDate: '2025-07-01', decisionRef: DECISION }, reader),
      orgs.openTerm({ orgId: mineChild.id, number: 1, label: 'Nhiệm kỳ 2025–2030', startDate: '2025-03-01' }, reader),
    ];
    for (const write of writes) await expect(write).rejects.toMatchObject(FORBIDDEN);
    expect(await orgs.get({ id: mineChild.id })).toMatchObject({ version: 1, name: 'Chi bộ Vụ Tổ chức cơ sở đảng' });
  });

  it('answers 403 to an officer without members:read for the reads', async () => {
    const nobody = officer(mine.id, ['documents:read']);
    for (const read of [orgs.get({ id: mine.id }, nobody), orgs.history({ id: mine.id }, nobody), orgs.terms({ orgId: mine.id }, nobody)]) {
      await expect(read).rejects.toMatchObject(FORBIDDEN);
    }
  });

  it('answers 403 when an officer restructures its own scope root, but lets it rename it and work below it', async () => {
    const me = officer(mine.id);
    await expect(orgs.close({ id: mine.id, expectedVersion: 1, validTo: '2025-12-31' }, me)).rejects.toMatchObject(FORBIDDEN);
    await expect(orgs.move({ id: mine.id, expectedVersion: 1, newParentId: sibling.id }, me)).rejects.toMatchObject(FORBIDDEN);
    await expect(
      orgs.merge({ sources: [{ id: mine.id, expectedVersion: 1 }], targetId: mineChild.id, effectiveDate: '2025-07-01', decisionRef: DECISION }, me),
    ).rejects.toMatchObject(FORBIDDEN);
    const renamed = await orgs.update({ id: mine.id, expectedVersion: 1, name: 'Đảng bộ Ban Tổ chức Trung ương (mới)' }, me);
    expect(renamed.version).toBe(2);
    const merged = await orgs.merge(
      { sources: [{ id: mineChild.id, expectedVersion: 1 }], targetId: mineChild2.id, effectiveDate: '2025-07-01', decisionRef: DECISION },
      me,
    );
    expect(merged.successors[0].id).toBe(mineChild2.id);
    expect((await orgs.history({ id: mineChild2.id }, me)).predecessors).toHaveLength(1);
  });
});
