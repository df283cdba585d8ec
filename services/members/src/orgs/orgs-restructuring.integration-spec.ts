import type { OrgDto } from '@lienthong/contracts';
import type { CallContext, RpcTransport, RunningService } from '@lienthong/platform';
import { createTestDatabase, createTestTransport, signedContext, testRuntime, type TestDatabase } from '@lienthong/testing';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { createMembersApp } from '../app';
import { OrgFactory } from '../testing/org-factory';
import { OrgsTestClient } from '../testing/orgs-test-client';

const systemContext = (language: 'vi' | 'en' = 'en'): CallContext => ({ ...signedContext(), language });
const DECISION = 'Quyết định số 125-QĐ/ĐU';

describe('org tree: merge and split over the transport', () => {
  let db: TestDatabase;
  let transport: RpcTransport;
  let app: RunningService;
  let orgs: OrgsTestClient;
  let make: OrgFactory;
  let pg: Client;

  beforeAll(async () => {
    db = await createTestDatabase('members_orgs_rs');
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

  const pathOf = async (id: string): Promise<string> => ((await pg.query('SELECT path FROM org WHERE id = $1', [id])).rows[0] as { path: string }).path;
  const outboxTypes = async (ids: string[]): Promise<string[]> =>
    (await pg.query<{ type: string }>(`SELECT type FROM outbox WHERE aggregate_id = ANY($1::text[]) ORDER BY position`, [ids])).rows.map((r) => r.type);

  /** A đảng bộ cơ sở with two đảng bộ bộ phận, each with a chi bộ. */
  async function tree(): Promise<{ root: OrgDto; coSo: OrgDto; a: OrgDto; b: OrgDto; chiBoA: OrgDto; chiBoB: OrgDto }> {
    const root = await make.root();
    const coSo = await make.coSo(root);
    const a = await make.create(coSo.id, 'dang-bo-bo-phan', 'Đảng bộ bộ phận Vụ Tổng hợp');
    const b = await make.create(coSo.id, 'dang-bo-bo-phan', 'Đảng bộ bộ phận Vụ Hành chính');
    const chiBoA = await make.chiBo(a, 'Chi bộ Phòng Tổng hợp 1');
    const chiBoB = await make.chiBo(b, 'Chi bộ Phòng Văn thư');
    return { root, coSo, a, b, chiBoA, chiBoB };
  }

  describe('merge', () => {
    it('merges into an existing org: sources closed with successor links, children moved under it, facts emitted', async () => {
      const { coSo, a, b, chiBoA } = await tree();
      const leaf = await make.chiBo(a, 'Chi bộ Phòng Tổng hợp 2');
      const result = await orgs.merge({ sources: [{ id: a.id, expectedVersion: 1 }], targetId: b.id, effectiveDate: '2025-07-01', decisionRef: DECISION });
      expect(result).toMatchObject({ kind: 'merge', effectiveDate: '2025-07-01', decisionRef: DECISION });
      expect(result.predecessors).toEqual([expect.objectContaining({ id: a.id, status: 'closed', validTo: '2025-06-30', version: 2 })]);
      expect(result.predecessors[0].closeReason).toBe(`Hợp nhất vào Đảng bộ bộ phận Vụ Hành chính từ ngày 01/07/2025 (${DECISION})`);
      expect(result.successors).toEqual([expect.objectContaining({ id: b.id, status: 'active', childCount: 3 })]);
      expect(result.movedChildren.map((c) => c.id).sort()).toEqual([chiBoA.id, leaf.id].sort());
      expect(result.movedChildren.every((c) => c.parentId === b.id && c.ancestorIds.includes(coSo.id))).toBe(true);
      expect((await pathOf(chiBoA.id)).startsWith(await pathOf(b.id))).toBe(true);
      // Closed, never deleted; its history says where it went.
      expect(await orgs.get({ id: a.id })).toMatchObject({ status: 'closed', childCount: 0 });
      const history = await orgs.history({ id: a.id }, systemContext('vi'));
      expect(history.successors).toEqual([
        expect.objectContaining({
          kind: 'merge',
          successorId: b.id,
          text: `Đảng bộ bộ phận Vụ Tổng hợp được hợp nhất vào Đảng bộ bộ phận Vụ Hành chính từ ngày 01/07/2025 (${DECISION})`,
        }),
      ]);
      expect((await orgs.history({ id: b.id })).predecessors).toEqual([expect.objectContaining({ predecessorId: a.id, effectiveDate: '2025-07-01' })]);
      expect(await outboxTypes([a.id])).toEqual(['members.org.created.v1', 'members.org.closed.v1']);
      expect(await outboxTypes([chiBoA.id])).toEqual(['members.org.created.v1', 'members.org.moved.v1']);
      expect(await outboxTypes([result.id])).toEqual(['members.org.merged.v1']);
    });

    it('merges several orgs into a new one founded by the decision, placing a child where the decision says', async () => {
      const { coSo, a, b, chiBoA, chiBoB } = await tree();
      const other = await make.create(coSo.id, 'dang-bo-bo-phan', 'Đảng bộ bộ phận Cục Quản trị');
      const result = await orgs.merge({
        sources: [
          { id: a.id, expectedVersion: 1 },
          { id: b.id, expectedVersion: 1 },
        ],
        newTarget: { name: 'Đảng bộ bộ phận Vụ Tổng hợp - Hành chính', shortName: `TH${Date.now() % 100000}`, kind: 'dang-bo-bo-phan' },
        effectiveDate: '2025-08-01',
        decisionRef: DECISION,
        childPlacements: [{ childId: chiBoB.id, newParentId: other.id }],
      });
      const [target] = result.successors;
      expect(target).toMatchObject({ parentId: coSo.id, validFrom: '2025-08-01', name: 'Đảng bộ bộ phận Vụ Tổng hợp - Hành chính', childCount: 1 });
      expect(result.predecessors.map((p) => p.status)).toEqual(['closed', 'closed']);
      expect(await orgs.get({ id: chiBoA.id })).toMatchObject({ parentId: target.id });
      expect(await orgs.get({ id: chiBoB.id })).toMatchObject({ parentId: other.id });
      const links = await pg.query(`SELECT predecessor_id, kind FROM org_succession WHERE successor_id = $1 ORDER BY predecessor_id`, [target.id]);
      expect(links.rows).toEqual([a.id, b.id].sort().map((id) => ({ predecessor_id: id, kind: 'merge' })));
      expect(await outboxTypes([target.id])).toEqual(['members.org.created.v1']);
    });

    it('refuses bad merges with clear 4xx codes and changes nothing', async () => {
      const { coSo, a, b, chiBoA } = await tree();
      const before = await pg.query(`SELECT id, version, path, status FROM org ORDER BY id`);
      const merge = (over: object, context?: CallContext) =>
        orgs.merge({ sources: [{ id: a.id, expectedVersion: 1 }], targetId: b.id, effectiveDate: '2025-07-01', decisionRef: DECISION, ...over }, context).catch((e: unknown) => e);
      // Into its own descendant, or into itself.
      expect(await merge({ targetId: chiBoA.id })).toMatchObject({ code: 'MEMBERS.ORG_MERGE_INTO_DESCENDANT' });
      expect(await merge({ sources: [{ id: coSo.id, expectedVersion: 1 }], targetId: a.id })).toMatchObject({ code: 'MEMBERS.ORG_MERGE_INTO_DESCENDANT' });
      // Effective date on or before the source existed (founded 2025-02-03).
      expect(await merge({ effectiveDate: '2025-02-03' }, systemContext('vi'))).toMatchObject({
        code: 'COMMON.VALIDATION_FAILED',
        details: [{ field: 'effectiveDate', code: 'beforeOrgExisted', message: expect.stringContaining('Đảng bộ bộ phận Vụ Tổng hợp (03/02/2025)') }],
      });
      // Stale version, unknown target, nested sources, a child placed that is not a child.
      expect(await merge({ sources: [{ id: a.id, expectedVersion: 9 }] })).toMatchObject({ code: 'MEMBERS.ORG_VERSION_MISMATCH' });
      expect(await merge({ targetId: randomUUID() })).toMatchObject({ code: 'MEMBERS.ORG_NOT_FOUND' });
      expect(await merge({ sources: [{ id: a.id, expectedVersion: 1 }, { id: chiBoA.id, expectedVersion: 1 }] })).toMatchObject({
        details: [{ field: 'sources', code: 'nestedSources' }],
      });
      expect(await merge({ childPlacements: [{ childId: b.id, newParentId: coSo.id }] })).toMatchObject({
        details: [{ field: 'childPlacements.0.childId', code: 'notAnOpenChild' }],
      });
      // Payload shape: both or neither target, duplicate sources, unknown fields.
      expect(await merge({ newTarget: { name: 'Đảng bộ mới', shortName: 'ĐBM', kind: 'dang-bo-bo-phan' } })).toMatchObject({ code: 'COMMON.VALIDATION_FAILED' });
      expect(await merge({ targetId: undefined })).toMatchObject({ code: 'COMMON.VALIDATION_FAILED' });
      expect(await merge({ sources: [{ id: a.id, expectedVersion: 1 }, { id: a.id, expectedVersion: 1 }] })).toMatchObject({ code: 'COMMON.VALIDATION_FAILED' });
      expect(await merge({ ownerOrgId: coSo.id })).toMatchObject({ code: 'COMMON.VALIDATION_FAILED', details: [{ field: 'ownerOrgId' }] });
      expect(await pg.query(`SELECT id, version, path, status FROM org ORDER BY id`)).toMatchObject({ rows: before.rows });
      // A closed source.
      await orgs.merge({ sources: [{ id: a.id, expectedVersion: 1 }], targetId: b.id, effectiveDate: '2025-07-01', decisionRef: DECISION });
      expect(await merge({ sources: [{ id: a.id, expectedVersion: 2 }] })).toMatchObject({ code: 'MEMBERS.ORG_CLOSED' });
      expect(await merge({ sources: [{ id: b.id, expectedVersion: 1 }], targetId: a.id })).toMatchObject({ code: 'MEMBERS.ORG_CLOSED' });
    });

    it('refuses an effective date before a change already recorded (history is not rewritten)', async () => {
      const { a, b, chiBoA } = await tree();
      // A rename takes effect today: a child cannot then be moved by a decision dated earlier.
      await orgs.update({ id: chiBoA.id, expectedVersion: 1, name: 'Chi bộ Phòng Tổng hợp (mới)' });
      const error = await orgs.merge({ sources: [{ id: a.id, expectedVersion: 1 }], targetId: b.id, effectiveDate: '2025-05-01', decisionRef: DECISION }).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'COMMON.VALIDATION_FAILED', details: [{ field: 'effectiveDate', code: 'beforeLatestChange' }] });
    });

    it('a merge and a move of the same org at once: one wins, the tree stays consistent', async () => {
      for (let round = 0; round < 3; round++) {
        const { coSo, a, b, chiBoA } = await tree();
        const c = await make.create(coSo.id, 'dang-bo-bo-phan', 'Đảng bộ bộ phận Vụ Tổ chức');
        const outcomes = await Promise.allSettled([
          orgs.merge({ sources: [{ id: a.id, expectedVersion: 1 }], targetId: b.id, effectiveDate: '2025-07-01', decisionRef: DECISION }),
          orgs.move({ id: chiBoA.id, expectedVersion: 1, newParentId: c.id }),
          orgs.move({ id: a.id, expectedVersion: 1, newParentId: coSo.id }),
        ]);
        expect(outcomes[0].status === 'fulfilled' || outcomes[1].status === 'fulfilled').toBe(true);
        const leaf = await orgs.get({ id: chiBoA.id });
        expect([b.id, c.id]).toContain(leaf.parentId);
        expect((await pathOf(chiBoA.id)).startsWith(await pathOf(leaf.parentId!))).toBe(true);
        const strays = await pg.query(`SELECT count(*)::int AS n FROM org c JOIN org p ON p.id = c.parent_id WHERE c.path NOT LIKE p.path || '%'`);
        expect(strays.rows[0]).toEqual({ n: 0 });
        const overlapping = await pg.query(`SELECT count(*)::int AS n FROM org_history WHERE valid_until IS NULL GROUP BY org_id HAVING count(*) > 1`);
        expect(overlapping.rows).toEqual([]);
      }
    });
  });

  describe('split', () => {
    it('splits one org into new ones, every open child placed, successor links both ways', async () => {
      const { coSo, a, chiBoA } = await tree();
      const second = await make.chiBo(a, 'Chi bộ Phòng Tổng hợp 2');
      const stamp = Date.now() % 100000;
      const result = await orgs.split({
        source: { id: a.id, expectedVersion: 1 },
        parts: [
          { name: 'Đảng bộ bộ phận Vụ Tổng hợp 1', shortName: `S1${stamp}`, kind: 'dang-bo-bo-phan' },
          { name: 'Đảng bộ bộ phận Vụ Tổng hợp 2', shortName: `S2${stamp}`, kind: 'dang-bo-bo-phan' },
        ],
        childPlacements: [
          { childId: chiBoA.id, partIndex: 0 },
          { childId: second.id, partIndex: 1 },
        ],
        effectiveDate: '2025-10-01',
        decisionRef: DECISION,
      });
      expect(result.predecessors).toEqual([expect.objectContaining({ id: a.id, status: 'closed', validTo: '2025-09-30' })]);
      expect(result.successors.map((s) => [s.parentId, s.validFrom, s.childCount])).toEqual([
        [coSo.id, '2025-10-01', 1],
        [coSo.id, '2025-10-01', 1],
      ]);
      expect(await orgs.get({ id: second.id })).toMatchObject({ parentId: result.successors[1].id });
      const history = await orgs.history({ id: a.id }, systemContext('vi'));
      expect(history.successors.map((s) => s.successorId).sort()).toEqual(result.successors.map((s) => s.id).sort());
      expect(history.successors[0].text).toContain('được chia tách');
      expect(await outboxTypes([result.id])).toEqual(['members.org.split.v1']);
    });

    it('refuses a split that leaves a child unplaced, or places it in a part that does not exist', async () => {
      const { a, chiBoA } = await tree();
      const parts = [
        { name: 'Phần một', shortName: 'P1', kind: 'dang-bo-bo-phan' as const },
        { name: 'Phần hai', shortName: 'P2', kind: 'dang-bo-bo-phan' as const },
      ];
      const base = { source: { id: a.id, expectedVersion: 1 }, parts, effectiveDate: '2025-10-01', decisionRef: DECISION };
      await expect(orgs.split(base)).rejects.toMatchObject({ details: [{ field: 'childPlacements', code: 'childrenUnplaced' }] });
      await expect(orgs.split({ ...base, childPlacements: [{ childId: chiBoA.id, partIndex: 2 }] })).rejects.toMatchObject({
        details: [{ field: 'childPlacements.0.partIndex', code: 'noSuchPart' }],
      });
      await expect(orgs.split({ ...base, parts: [parts[0]] })).rejects.toMatchObject({ code: 'COMMON.VALIDATION_FAILED' });
      expect(await orgs.get({ id: a.id })).toMatchObject({ status: 'active', version: 1 });
    });
  });
});
