import { SUBJECTS, type OrgDto } from '@lienthong/contracts';
import type { CallContext, RpcTransport, RunningService } from '@lienthong/platform';
import { createTestDatabase, createTestTransport, signedContext, testRuntime, type TestDatabase } from '@lienthong/testing';
import { Client } from 'pg';
import { createMembersApp } from '../app';
import { OrgFactory } from '../testing/org-factory';
import { OrgsTestClient } from '../testing/orgs-test-client';

/** The system actor (no scope), in the given language. */
const systemContext = (language: 'vi' | 'en' = 'en'): CallContext => ({ ...signedContext(), language });

describe('org tree: writes over the transport', () => {
  let db: TestDatabase;
  let transport: RpcTransport;
  let app: RunningService;
  let orgs: OrgsTestClient;
  let make: OrgFactory;
  let pg: Client;

  beforeAll(async () => {
    db = await createTestDatabase('members_orgs_w');
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

  const pathOf = async (id: string): Promise<string> =>
    ((await pg.query('SELECT path FROM org WHERE id = $1', [id])).rows[0] as { path: string }).path;

  describe('create and get', () => {
    it('creates a root and a child, and answers them as DTOs with ancestors, depth and child count', async () => {
      const root = await make.root('Đảng bộ các cơ quan Đảng Trung ương', { shortName: 'ĐU' });
      const child = await make.coSo(root, 'Đảng bộ Ban Tổ chức Trung ương', { shortName: 'BTCTW' });
      expect(root).toMatchObject({ parentId: null, name: 'Đảng bộ các cơ quan Đảng Trung ương', shortName: 'ĐU', kind: 'dang-bo-truc-thuoc-tw' });
      expect(root).toMatchObject({ status: 'active', validFrom: '2025-01-24', validTo: null, ancestorIds: [], depth: 0, childCount: 0, version: 1 });
      expect(child).toMatchObject({ parentId: root.id, ancestorIds: [root.id], depth: 1, validFrom: '2025-02-03' });
      expect(child.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-/);
      expect(Date.parse(child.createdAt)).not.toBeNaN();
      expect(await orgs.get({ id: root.id })).toMatchObject({ id: root.id, childCount: 1, version: 1 });
      expect(await pathOf(child.id)).toMatch(new RegExp(`^${await pathOf(root.id)}[0-9a-z]+/$`));
    });

    it('trims and normalises names, and answers ORG_NOT_FOUND for an unknown id', async () => {
      const root = await make.root('  Đảng bộ   Quốc hội  '.normalize('NFD'));
      expect(root.name).toBe('Đảng bộ   Quốc hội');
      await expect(orgs.get({ id: '01900000-0000-7000-8000-000000000000' })).rejects.toMatchObject({ code: 'MEMBERS.ORG_NOT_FOUND' });
    });

    it('refuses an unknown parent, a closed parent, and a kind the rules do not allow there', async () => {
      const root = await make.root();
      await expect(make.coSo({ ...root, id: '01900000-0000-7000-8000-000000000001' })).rejects.toMatchObject({
        code: 'MEMBERS.ORG_PARENT_NOT_FOUND',
      });
      const error = await make.create(root.id, 'chi-bo-truc-thuoc', 'Chi bộ Vụ Tổng hợp').catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'MEMBERS.ORG_KIND_NOT_ALLOWED', details: [{ field: 'kind', code: 'kindNotAllowed' }] });
      const coSo = await make.coSo(root);
      const closed = await orgs.close({ id: coSo.id, expectedVersion: 1, validTo: '2025-12-31' });
      expect(closed.status).toBe('closed');
      await expect(make.chiBo(coSo)).rejects.toMatchObject({ code: 'MEMBERS.ORG_PARENT_CLOSED' });
    });

    it('refuses a validFrom before the parent was founded, with details in Vietnamese', async () => {
      const root = await make.root();
      const error = await orgs
        .create({ parentId: root.id, kind: 'dang-bo-co-so', name: 'Đảng bộ Báo Nhân Dân', shortName: 'BND', validFrom: '2024-12-31' }, systemContext('vi'))
        .catch((e: unknown) => e);
      expect(error).toMatchObject({
        code: 'COMMON.VALIDATION_FAILED',
        message: 'Dữ liệu không hợp lệ.',
        details: [{ field: 'validFrom', code: 'beforeParentValidFrom', message: 'validFrom: không được trước ngày thành lập của tổ chức cấp trên (24/01/2025)' }],
      });
    });

    it('keeps short names unique among active siblings only, whatever their case', async () => {
      const root = await make.root();
      const a = await make.coSo(root, 'Đảng bộ Ban Nội chính Trung ương', { shortName: 'BNCTW' });
      await expect(make.coSo(root, 'Đảng bộ khác', { shortName: 'bnctw' })).rejects.toMatchObject({ code: 'MEMBERS.ORG_SHORT_NAME_TAKEN' });
      const other = await make.root();
      await expect(make.coSo(other, 'Đảng bộ Ban Nội chính Trung ương', { shortName: 'BNCTW' })).resolves.toMatchObject({ shortName: 'BNCTW' });
      await orgs.close({ id: a.id, expectedVersion: 1, validTo: '2025-06-30', reason: 'Sáp nhập' });
      await expect(make.coSo(root, 'Đảng bộ Ban Nội chính Trung ương', { shortName: 'BNCTW' })).resolves.toMatchObject({ status: 'active' });
    });
  });

  describe('validation of payloads', () => {
    const expectDetails = async (payload: object, fields: string[]) => {
      const error = (await orgs.raw(SUBJECTS.members.orgCreate, payload).catch((e: unknown) => e)) as { code: string; details: { field: string }[] };
      expect(error.code).toBe('COMMON.VALIDATION_FAILED');
      expect([...new Set(error.details.map((d) => d.field))].sort()).toEqual(fields.sort());
    };
    const good = { parentId: null, name: 'Đảng bộ Chính phủ', shortName: 'ĐBCP', kind: 'dang-bo-truc-thuoc-tw', validFrom: '2025-01-24' };

    it('names each bad field: uuid, calendar date, kind, empty name, unknown field', async () => {
      await expectDetails({ ...good, parentId: 'not-a-uuid' }, ['parentId']);
      await expectDetails({ ...good, validFrom: '2025-02-30' }, ['validFrom']);
      await expectDetails({ ...good, kind: 'to-dang' }, ['kind']);
      await expectDetails({ ...good, name: '   ' }, ['name']);
      await expectDetails({ ...good, shortName: 'Đ U' }, ['shortName']);
      await expectDetails({ ...good, ownerOrgId: 'x' }, ['ownerOrgId']);
      await expectDetails({ name: 'Đảng bộ Chính phủ' }, ['parentId', 'shortName', 'kind', 'validFrom']);
    });

    it('answers the field messages in the caller language', async () => {
      const error = await orgs.raw(SUBJECTS.members.orgGet, { id: 'x' }, systemContext('vi')).catch((e: unknown) => e);
      expect(error).toMatchObject({ details: [{ field: 'id', code: 'isUuid', message: 'id: phải là mã định danh UUID' }] });
      const en = await orgs.raw(SUBJECTS.members.orgClose, { id: 'x', expectedVersion: 0, validTo: '2025-13-01', extra: 1 }).catch((e: unknown) => e);
      expect((en as { details: { field: string }[] }).details.map((d) => d.field).sort()).toEqual(['expectedVersion', 'extra', 'id', 'validTo']);
    });
  });

  describe('update', () => {
    it('renames with the expected version, bumps it, and refuses a stale version', async () => {
      const root = await make.root();
      const org = await make.coSo(root, 'Đảng bộ Ban Tuyên giáo Trung ương', { shortName: 'BTGTW' });
      const renamed = await orgs.update({ id: org.id, expectedVersion: 1, name: 'Đảng bộ Ban Tuyên giáo và Dân vận Trung ương', shortName: 'BTGDVTW' });
      expect(renamed).toMatchObject({ name: 'Đảng bộ Ban Tuyên giáo và Dân vận Trung ương', shortName: 'BTGDVTW', version: 2 });
      expect(Date.parse(renamed.updatedAt)).toBeGreaterThanOrEqual(Date.parse(org.updatedAt));
      await expect(orgs.update({ id: org.id, expectedVersion: 1, name: 'Tên khác' })).rejects.toMatchObject({ code: 'MEMBERS.ORG_VERSION_MISMATCH' });
      expect(await orgs.update({ id: org.id, expectedVersion: 2, name: renamed.name })).toMatchObject({ version: 2 });
    });

    it('refuses a short name a sibling uses, and any change to a closed org', async () => {
      const root = await make.root();
      await make.coSo(root, 'Đảng bộ Tạp chí Cộng sản', { shortName: 'TCCS' });
      const org = await make.coSo(root);
      await expect(orgs.update({ id: org.id, expectedVersion: 1, shortName: 'TCCS' })).rejects.toMatchObject({ code: 'MEMBERS.ORG_SHORT_NAME_TAKEN' });
      const closed = await orgs.close({ id: org.id, expectedVersion: 1, validTo: '2025-03-01' });
      await expect(orgs.update({ id: org.id, expectedVersion: closed.version, name: 'Tên mới' })).rejects.toMatchObject({ code: 'MEMBERS.ORG_CLOSED' });
    });
  });

  describe('move', () => {
    let root: OrgDto;
    let from: OrgDto;
    let to: OrgDto;
    let bp: OrgDto;
    let leaf: OrgDto;

    beforeEach(async () => {
      root = await make.root();
      from = await make.coSo(root, 'Đảng bộ Văn phòng Trung ương Đảng');
      to = await make.coSo(root, 'Đảng bộ Ban Tổ chức Trung ương');
      bp = await make.create(from.id, 'dang-bo-bo-phan', 'Đảng bộ bộ phận Cục Quản trị');
      leaf = await make.chiBo(bp, 'Chi bộ Phòng Tài vụ');
    });

    it('moves a whole subtree: paths, depths and ancestors follow, only the moved org gets a new version', async () => {
      const moved = await orgs.move({ id: bp.id, expectedVersion: 1, newParentId: to.id });
      expect(moved).toMatchObject({ parentId: to.id, ancestorIds: [root.id, to.id], depth: 2, version: 2 });
      expect(await orgs.get({ id: leaf.id })).toMatchObject({ ancestorIds: [root.id, to.id, bp.id], depth: 3, version: 1 });
      const [toPath, bpPath, leafPath] = [await pathOf(to.id), await pathOf(bp.id), await pathOf(leaf.id)];
      expect(bpPath.startsWith(toPath)).toBe(true);
      expect(leafPath.startsWith(bpPath)).toBe(true);
      expect(await orgs.get({ id: from.id })).toMatchObject({ childCount: 0 });
      expect(await orgs.get({ id: to.id })).toMatchObject({ childCount: 1 });
      const stray = await pg.query(`SELECT count(*)::int AS n FROM org WHERE path LIKE $1`, [`${await pathOf(from.id)}%`]);
      expect(stray.rows[0]).toEqual({ n: 1 });
    });

    it('refuses a move under itself or its own descendant', async () => {
      await expect(orgs.move({ id: bp.id, expectedVersion: 1, newParentId: bp.id })).rejects.toMatchObject({ code: 'MEMBERS.ORG_MOVE_CYCLE' });
      await expect(orgs.move({ id: from.id, expectedVersion: 1, newParentId: leaf.id })).rejects.toMatchObject({ code: 'MEMBERS.ORG_MOVE_CYCLE' });
    });

    it('two crossing moves at once: one goes through, the other is refused as a cycle, paths stay consistent', async () => {
      // The seeded rules form a hierarchy, so no two kinds may sit under each other; a rule row
      // (data, not code) letting a đảng bộ bộ phận sit under another makes the crossing possible.
      const rule = await pg.query<{ id: number }>(
        `INSERT INTO org_kind_rule (parent_kind, child_kind, effective_from, source)
         VALUES ('dang-bo-bo-phan', 'dang-bo-bo-phan', '2011-01-19', 'test') RETURNING id`,
      );
      try {
        const other = await make.create(to.id, 'dang-bo-bo-phan', 'Đảng bộ bộ phận Vụ Tổ chức');
        const outcomes = await Promise.allSettled([
          orgs.move({ id: bp.id, expectedVersion: 1, newParentId: other.id }),
          orgs.move({ id: other.id, expectedVersion: 1, newParentId: bp.id }),
        ]);
        expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
        expect(outcomes.find((o) => o.status === 'rejected')).toMatchObject({ reason: { code: 'MEMBERS.ORG_MOVE_CYCLE' } });
        const paths = [await pathOf(bp.id), await pathOf(other.id)];
        expect(paths[0].startsWith(paths[1]) !== paths[1].startsWith(paths[0])).toBe(true);
        expect((await orgs.get({ id: leaf.id })).ancestorIds).toContain(bp.id);
      } finally {
        await pg.query('DELETE FROM org_kind_rule WHERE id = $1', [rule.rows[0].id]);
      }
    });

    it('refuses a closed target, a kind the rules forbid there, a stale version and an unknown target', async () => {
      const closedTarget = await make.coSo(root, 'Đảng bộ Báo Điện tử Đảng Cộng sản');
      await orgs.close({ id: closedTarget.id, expectedVersion: 1, validTo: '2025-05-01' });
      await expect(orgs.move({ id: bp.id, expectedVersion: 1, newParentId: closedTarget.id })).rejects.toMatchObject({ code: 'MEMBERS.ORG_PARENT_CLOSED' });
      await expect(orgs.move({ id: bp.id, expectedVersion: 1, newParentId: root.id })).rejects.toMatchObject({ code: 'MEMBERS.ORG_KIND_NOT_ALLOWED' });
      await expect(orgs.move({ id: bp.id, expectedVersion: 7, newParentId: to.id })).rejects.toMatchObject({ code: 'MEMBERS.ORG_VERSION_MISMATCH' });
      await expect(orgs.move({ id: bp.id, expectedVersion: 1, newParentId: '01900000-0000-7000-8000-000000000002' })).rejects.toMatchObject({
        code: 'MEMBERS.ORG_PARENT_NOT_FOUND',
      });
      expect(await orgs.get({ id: bp.id })).toMatchObject({ parentId: from.id, version: 1 });
    });
  });

  describe('close', () => {
    it('refuses while an active child remains, then closes and keeps the org with its validTo and reason', async () => {
      const root = await make.root();
      const coSo = await make.coSo(root);
      const chiBo = await make.chiBo(coSo);
      await expect(orgs.close({ id: coSo.id, expectedVersion: 1, validTo: '2025-09-30' })).rejects.toMatchObject({ code: 'MEMBERS.ORG_HAS_OPEN_CHILDREN' });
      await orgs.close({ id: chiBo.id, expectedVersion: 1, validTo: '2025-09-30', reason: 'Hợp nhất vào Chi bộ Phòng Hành chính' });
      const closed = await orgs.close({ id: coSo.id, expectedVersion: 1, validTo: '2025-09-30' });
      expect(closed).toMatchObject({ status: 'closed', validTo: '2025-09-30', version: 2, childCount: 0 });
      expect(await orgs.get({ id: chiBo.id })).toMatchObject({ status: 'closed', closeReason: 'Hợp nhất vào Chi bộ Phòng Hành chính' });
      await expect(orgs.close({ id: coSo.id, expectedVersion: 2, validTo: '2025-10-01' })).rejects.toMatchObject({ code: 'MEMBERS.ORG_CLOSED' });
    });

    it('refuses a validTo before the org was founded, writing the founding day as dd/mm/yyyy in either language', async () => {
      const root = await make.root();
      await expect(orgs.close({ id: root.id, expectedVersion: 1, validTo: '2025-01-23' }, systemContext('vi'))).rejects.toMatchObject({
        code: 'COMMON.VALIDATION_FAILED',
        details: [{ field: 'validTo', code: 'beforeValidFrom', message: 'validTo: không được trước ngày thành lập của tổ chức (24/01/2025)' }],
      });
      await expect(orgs.close({ id: root.id, expectedVersion: 1, validTo: '2025-01-23' }, systemContext('en'))).rejects.toMatchObject({
        details: [{ field: 'validTo', code: 'beforeValidFrom', message: "validTo: must not be before the organisation's validFrom (24/01/2025)" }],
      });
    });
  });
});
