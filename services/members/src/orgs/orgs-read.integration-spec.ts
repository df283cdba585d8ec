import type { OrgDto } from '@lienthong/contracts';
import type { CallContext, RpcTransport, RunningService } from '@lienthong/platform';
import { createTestDatabase, createTestTransport, signedContext, testRuntime, type TestDatabase } from '@lienthong/testing';
import { randomUUID } from 'node:crypto';
import { createMembersApp } from '../app';
import { OrgFactory } from '../testing/org-factory';
import { OrgsTestClient } from '../testing/orgs-test-client';

/** The system actor (no scope), in the given language. */
const systemContext = (language: 'vi' | 'en' = 'en'): CallContext => ({ ...signedContext(), language });

/** An officer whose scope is the subtree of `scopeOrgId`. */
const officerContext = (scopeOrgId: string, language: 'vi' | 'en' = 'en'): CallContext => ({
  ...signedContext({
    actor: { type: 'user', id: randomUUID(), name: 'Cán bộ tổ chức' },
    roles: ['org-officer'],
    permissions: ['members:read', 'members:write'],
    scopeOrgId,
  }),
  language,
});

describe('org tree: reads and scope over the transport', () => {
  let db: TestDatabase;
  let transport: RpcTransport;
  let app: RunningService;
  let orgs: OrgsTestClient;
  let make: OrgFactory;
  // One tree for the whole file: reads do not change it.
  let root: OrgDto;
  let vptw: OrgDto;
  let btctw: OrgDto;
  let chiBos: OrgDto[];
  let closedChiBo: OrgDto;

  beforeAll(async () => {
    db = await createTestDatabase('members_orgs_r');
    transport = await createTestTransport();
    app = await createMembersApp({ databaseUrl: db.url }, testRuntime(transport));
    orgs = new OrgsTestClient(transport, () => systemContext());
    make = new OrgFactory(orgs);
    root = await make.root('Đảng bộ các cơ quan Đảng Trung ương', { shortName: 'ĐU' });
    vptw = await make.coSo(root, 'Đảng bộ Văn phòng Trung ương Đảng', { shortName: 'VPTW' });
    btctw = await make.coSo(root, 'Đảng bộ Ban Tổ chức Trung ương', { shortName: 'BTCTW' });
    chiBos = [];
    for (const name of ['Chi bộ Vụ Tổng hợp', 'Chi bộ Phòng Hành chính', 'Chi bộ Ảnh tư liệu', 'Chi bộ Đối ngoại', 'Chi bộ Cục Quản trị']) {
      chiBos.push(await make.chiBo(vptw, name));
    }
    closedChiBo = await make.chiBo(vptw, 'Chi bộ Phòng Lưu trữ');
    closedChiBo = await orgs.close({ id: closedChiBo.id, expectedVersion: 1, validTo: '2025-06-30' });
    await make.chiBo(btctw, 'Chi bộ Vụ Tổ chức cơ sở đảng, đảng viên');
  });

  afterAll(async () => {
    await app?.close();
    await transport?.close();
    await db?.drop();
  });

  const allPages = async (parentId: string, limit: number, includeClosed = false): Promise<{ names: string[]; pages: number }> => {
    const names: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await orgs.children({ parentId, limit, includeClosed, ...(cursor ? { cursor } : {}) });
      pages += 1;
      names.push(...page.items.map((o) => o.name));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return { names, pages };
  };

  describe('list children', () => {
    it('pages through the children by name without diacritics, with a cursor, ending with a null cursor', async () => {
      const { names, pages } = await allPages(vptw.id, 2);
      // Ordered by the folded name: "anh", "cuc", "doi", "phong", "vu".
      expect(names).toEqual(['Chi bộ Ảnh tư liệu', 'Chi bộ Cục Quản trị', 'Chi bộ Đối ngoại', 'Chi bộ Phòng Hành chính', 'Chi bộ Vụ Tổng hợp']);
      expect(pages).toBe(3);
    });

    it('includes closed children only when asked', async () => {
      const { names } = await allPages(vptw.id, 50, true);
      expect(names).toContain('Chi bộ Phòng Lưu trữ');
      expect(names).toHaveLength(6);
      expect((await orgs.get({ id: vptw.id })).childCount).toBe(5);
    });

    it('lists the roots for parentId null, and refuses an unknown parent and a forged cursor', async () => {
      const roots = await orgs.children({ parentId: null });
      expect(roots.items.map((o) => o.id)).toEqual([root.id]);
      expect(roots.items[0].childCount).toBe(2);
      await expect(orgs.children({ parentId: '01900000-0000-7000-8000-000000000003' })).rejects.toMatchObject({ code: 'MEMBERS.ORG_NOT_FOUND' });
      const forged = Buffer.from(JSON.stringify(['x', 'not-a-uuid'])).toString('base64url');
      await expect(orgs.children({ parentId: vptw.id, cursor: forged })).rejects.toMatchObject({
        code: 'COMMON.VALIDATION_FAILED',
        details: [{ field: 'cursor' }],
      });
      await expect(orgs.children({ parentId: vptw.id, limit: 201 })).rejects.toMatchObject({ details: [{ field: 'limit', code: 'max' }] });
    });
  });

  describe('search', () => {
    const names = (page: { items: OrgDto[] }) => page.items.map((o) => o.name);

    it('finds names without diacritics: "to chuc" finds Tổ chức, "dang" finds Đảng', async () => {
      expect(names(await orgs.search({ q: 'to chuc' }))).toEqual(['Chi bộ Vụ Tổ chức cơ sở đảng, đảng viên', 'Đảng bộ Ban Tổ chức Trung ương']);
      // Every word must appear somewhere: "Chi bộ … đảng viên" has both.
      expect(names(await orgs.search({ q: 'DANG bo' }))).toEqual([
        'Chi bộ Vụ Tổ chức cơ sở đảng, đảng viên',
        'Đảng bộ Ban Tổ chức Trung ương',
        'Đảng bộ các cơ quan Đảng Trung ương',
        'Đảng bộ Văn phòng Trung ương Đảng',
      ]);
      expect(names(await orgs.search({ q: 'Tổng hợp' }))).toEqual(['Chi bộ Vụ Tổng hợp']);
    });

    it('matches short names, leaves closed orgs out unless asked, and treats % and _ as text', async () => {
      expect(names(await orgs.search({ q: 'vptw' }))).toEqual(['Đảng bộ Văn phòng Trung ương Đảng']);
      expect(names(await orgs.search({ q: 'du' }))).toContain('Đảng bộ các cơ quan Đảng Trung ương');
      expect(names(await orgs.search({ q: 'luu tru' }))).toEqual([]);
      expect(names(await orgs.search({ q: 'luu tru', includeClosed: true }))).toEqual(['Chi bộ Phòng Lưu trữ']);
      expect(names(await orgs.search({ q: '%' }))).toEqual([]);
      expect(names(await orgs.search({ q: 'chi_bo' }))).toEqual([]);
    });

    it('bounds the search to a subtree and pages it', async () => {
      const inside = await orgs.search({ q: 'chi bo', withinOrgId: vptw.id, limit: 3 });
      expect(inside.items).toHaveLength(3);
      const rest = await orgs.search({ q: 'chi bo', withinOrgId: vptw.id, limit: 3, cursor: inside.nextCursor ?? undefined });
      expect(rest.nextCursor).toBeNull();
      expect([...names(inside), ...names(rest)]).toHaveLength(5);
      expect([...inside.items, ...rest.items].every((o) => o.ancestorIds.includes(vptw.id))).toBe(true);
      await expect(orgs.search({ q: 'chi bo', withinOrgId: '01900000-0000-7000-8000-000000000004' })).rejects.toMatchObject({
        code: 'MEMBERS.ORG_NOT_FOUND',
      });
    });
  });

  describe('ancestors', () => {
    it('answers the breadcrumb root first, without the org itself', async () => {
      const crumbs = await orgs.ancestors({ id: chiBos[0].id });
      expect(crumbs.map((o) => o.id)).toEqual([root.id, vptw.id]);
      expect(crumbs[0]).toMatchObject({ name: 'Đảng bộ các cơ quan Đảng Trung ương', depth: 0 });
      expect(await orgs.ancestors({ id: root.id })).toEqual([]);
    });
  });

  describe('scope: an officer of Đảng bộ Ban Tổ chức Trung ương', () => {
    it('sees its own subtree, starting at its scope org', async () => {
      const officer = officerContext(btctw.id);
      expect(await orgs.get({ id: btctw.id }, officer)).toMatchObject({ name: 'Đảng bộ Ban Tổ chức Trung ương' });
      const tops = await orgs.children({ parentId: null }, officer);
      expect(tops.items.map((o) => o.id)).toEqual([btctw.id]);
      expect((await orgs.children({ parentId: btctw.id }, officer)).items).toHaveLength(1);
      expect((await orgs.ancestors({ id: (await orgs.children({ parentId: btctw.id }, officer)).items[0].id }, officer)).map((o) => o.id)).toEqual([
        btctw.id,
      ]);
    });

    it('answers ORG_NOT_FOUND for reads and writes in the sibling subtree, and searches only its own', async () => {
      const officer = officerContext(btctw.id, 'vi');
      const notFound = { code: 'MEMBERS.ORG_NOT_FOUND', message: 'Không tìm thấy tổ chức đảng.' };
      await expect(orgs.get({ id: vptw.id }, officer)).rejects.toMatchObject(notFound);
      await expect(orgs.get({ id: root.id }, officer)).rejects.toMatchObject(notFound);
      await expect(orgs.children({ parentId: vptw.id }, officer)).rejects.toMatchObject(notFound);
      await expect(orgs.ancestors({ id: chiBos[0].id }, officer)).rejects.toMatchObject(notFound);
      await expect(orgs.update({ id: chiBos[0].id, expectedVersion: 1, name: 'Chi bộ mới' }, officer)).rejects.toMatchObject(notFound);
      await expect(orgs.close({ id: chiBos[1].id, expectedVersion: 1, validTo: '2025-12-31' }, officer)).rejects.toMatchObject(notFound);
      await expect(orgs.move({ id: chiBos[2].id, expectedVersion: 1, newParentId: btctw.id }, officer)).rejects.toMatchObject(notFound);
      await expect(orgs.search({ q: 'chi bo', withinOrgId: vptw.id }, officer)).rejects.toMatchObject(notFound);
      expect((await orgs.search({ q: 'chi bo' }, officer)).items.map((o) => o.name)).toEqual(['Chi bộ Vụ Tổ chức cơ sở đảng, đảng viên']);
      await expect(make.create(vptw.id, 'chi-bo-truc-thuoc', 'Chi bộ Mới', {}, officer)).rejects.toMatchObject({ code: 'MEMBERS.ORG_PARENT_NOT_FOUND' });
      await expect(make.create(null, 'dang-bo-truc-thuoc-tw', 'Đảng bộ Mới', {}, officer)).rejects.toMatchObject({ code: 'COMMON.FORBIDDEN' });
      expect(await orgs.get({ id: chiBos[0].id })).toMatchObject({ name: 'Chi bộ Vụ Tổng hợp', version: 1 });
    });

    it('sees nothing when its scope org does not exist', async () => {
      const officer = officerContext('01900000-0000-7000-8000-000000000005');
      expect((await orgs.children({ parentId: null }, officer)).items).toEqual([]);
      expect((await orgs.search({ q: 'dang' }, officer)).items).toEqual([]);
    });
  });
});
