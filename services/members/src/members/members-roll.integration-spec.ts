import type { MemberStatus, MemberSummaryDto, OrgDto } from '@lienthong/contracts';
import { encodeCursor, type CallContext, type RpcTransport, type RunningService } from '@lienthong/platform';
import { createTestDatabase, createTestTransport, scopedOfficer, signedContext, testRuntime, type TestDatabase } from '@lienthong/testing';
import { Client } from 'pg';
import { createMembersApp } from '../app';
import { OrgFactory } from '../testing/org-factory';
import { OrgsTestClient } from '../testing/orgs-test-client';
import { officialMember, probationaryMember } from './testing/member-fixtures';
import { MembersTestClient } from './testing/members-test-client';

const system = (): CallContext => signedContext();
const officer = (scopeOrgId: string): CallContext => scopedOfficer(['members:read', 'members:write'], scopeOrgId);

const NAMES = ['Nguyễn Văn An', 'Nguyễn Văn Anh', 'Đặng Thị Hoa', 'Trần Đăng Khoa', 'Lê Thị Đào', 'Phạm Minh Đức', 'Hoàng Văn Dũng', 'Vũ Thị Lan'];

describe('member roll: lists, search and counts over the transport', () => {
  let db: TestDatabase;
  let transport: RpcTransport;
  let app: RunningService;
  let members: MembersTestClient;
  let orgs: OrgsTestClient;
  let pg: Client;
  let root: OrgDto;
  let coSoA: OrgDto;
  let coSoB: OrgDto;
  let chiBoA1: OrgDto;
  let chiBoA2: OrgDto;
  let chiBoB1: OrgDto;

  beforeAll(async () => {
    db = await createTestDatabase('members_rec_r');
    transport = await createTestTransport();
    app = await createMembersApp({ databaseUrl: db.url }, testRuntime(transport));
    members = new MembersTestClient(transport, system);
    orgs = new OrgsTestClient(transport, system);
    const make = new OrgFactory(orgs);
    pg = new Client({ connectionString: db.url });
    await pg.connect();
    root = await make.root();
    coSoA = await make.coSo(root, 'Đảng bộ Văn phòng Trung ương Đảng');
    coSoB = await make.coSo(root, 'Đảng bộ Ban Tổ chức Trung ương');
    chiBoA1 = await make.chiBo(coSoA, 'Chi bộ Vụ Tổng hợp');
    chiBoA2 = await make.chiBo(coSoA, 'Chi bộ Vụ Hành chính');
    chiBoB1 = await make.chiBo(coSoB, 'Chi bộ Vụ Cơ sở đảng');
    // 3 chi bộ × 8 names × (official, probationary) = 48 members, plus edge cases below.
    for (const org of [chiBoA1, chiBoA2, chiBoB1]) {
      for (const fullName of NAMES) {
        await members.create(officialMember(org.id, { fullName }));
        await members.create(probationaryMember(org.id, { fullName }));
      }
    }
  });

  afterAll(async () => {
    await pg?.end();
    await app?.close();
    await transport?.close();
    await db?.drop();
  });

  const ids = (items: MemberSummaryDto[]) => items.map((m) => m.id);

  describe('keyset pages', () => {
    it('walks a subtree in pages of 7 without gaps or duplicates, ordered by org then name, equal to one big page', async () => {
      const paged = await members.all({ orgId: root.id, limit: 7 });
      const whole = await members.list({ orgId: root.id, limit: 200 });
      expect(paged).toHaveLength(48);
      expect(new Set(ids(paged)).size).toBe(48);
      expect(ids(paged)).toEqual(ids(whole.items));
      expect(whole.nextCursor).toBeNull();
      // Grouped by chi bộ (sổ danh sách), by folded name within one.
      const firstOrg = paged.slice(0, 16);
      expect(new Set(firstOrg.map((m) => m.orgId)).size).toBe(1);
    });

    it('walks a name search in pages without gaps or duplicates, and keeps a page stable when a row is added behind the cursor', async () => {
      const firstPage = await members.list({ orgId: root.id, q: 'nguyen', limit: 5 });
      // "nguyen anh" sorts before the cursor: the next pages neither repeat nor skip anything.
      await members.create(officialMember(chiBoA1.id, { fullName: 'Nguyễn Ánh' }));
      const rest = await members.all({ orgId: root.id, q: 'nguyen', limit: 5, cursor: firstPage.nextCursor ?? undefined });
      const all = [...firstPage.items, ...rest];
      expect(all).toHaveLength(12);
      expect(new Set(ids(all)).size).toBe(12);
      await pg.query(`DELETE FROM party_member WHERE full_name = 'Nguyễn Ánh'`);
    });

    it('refuses a cursor it did not issue, or one issued for the other order', async () => {
      await expect(members.list({ cursor: 'bm90LWEtY3Vyc29y' })).rejects.toMatchObject({ code: 'COMMON.VALIDATION_FAILED', details: [{ field: 'cursor' }] });
      const byName = encodeCursor(['name', '', 'nguyen van an', '01900000-0000-7000-8000-000000000000']);
      await expect(members.list({ orgId: root.id, cursor: byName })).rejects.toMatchObject({ details: [{ field: 'cursor', code: 'invalidCursor' }] });
      await expect(members.list({ orgId: root.id, limit: 500 })).rejects.toMatchObject({ details: [{ field: 'limit', code: 'max' }] });
    });
  });

  describe('search', () => {
    it('finds names with or without diacritics: "nguyen van an" finds Nguyễn Văn An and Anh, "dang" finds Đặng and Đăng', async () => {
      const plain = await members.all({ orgId: chiBoA1.id, q: 'nguyen van an' });
      expect(new Set(plain.map((m) => m.fullName))).toEqual(new Set(['Nguyễn Văn An', 'Nguyễn Văn Anh']));
      expect(ids(await members.all({ orgId: chiBoA1.id, q: 'Nguyễn Văn An' }))).toEqual(ids(plain));
      const dang = await members.all({ orgId: chiBoA1.id, q: 'dang' });
      expect(new Set(dang.map((m) => m.fullName))).toEqual(new Set(['Đặng Thị Hoa', 'Trần Đăng Khoa']));
      const dao = await members.all({ orgId: chiBoA1.id, q: 'ĐÀO' });
      expect(new Set(dao.map((m) => m.fullName))).toEqual(new Set(['Lê Thị Đào']));
      expect(await members.all({ orgId: chiBoA1.id, q: '100%_' })).toEqual([]);
      // From the start of any word, in order: the given name alone, or the last words.
      expect(new Set((await members.all({ orgId: chiBoA1.id, q: 'khoa' })).map((m) => m.fullName))).toEqual(new Set(['Trần Đăng Khoa']));
      expect(new Set((await members.all({ orgId: chiBoA1.id, q: 'van an' })).map((m) => m.fullName))).toEqual(new Set(['Nguyễn Văn An', 'Nguyễn Văn Anh']));
      expect(await members.all({ orgId: chiBoA1.id, q: 'guyen' })).toEqual([]);
    });

    it('lists a member whose name repeats the searched word once, and pages a search in key order without duplicates', async () => {
      const twice = await members.create(officialMember(chiBoA2.id, { fullName: 'Lê Văn Vân' }));
      const found = await members.all({ orgId: chiBoA2.id, q: 'van', limit: 1 });
      expect(found.filter((m) => m.id === twice.id)).toHaveLength(1);
      expect(new Set(found.map((m) => m.id)).size).toBe(found.length);
      // Nguyễn Văn An ×2, Nguyễn Văn Anh ×2, Hoàng Văn Dũng ×2, Lê Văn Vân.
      expect(found).toHaveLength(7);
      await pg.query(`DELETE FROM party_member WHERE id = $1`, [twice.id]);
    });

    it('bounds a search by a subtree, and answers the whole scope without one', async () => {
      expect(await members.all({ orgId: coSoB.id, q: 'duc' })).toHaveLength(2);
      expect(await members.all({ q: 'duc' })).toHaveLength(6);
      expect(await members.all({ q: 'duc' }, officer(coSoA.id))).toHaveLength(4);
    });

    it('finds by citizen ID, by any card the member ever held, by status, and by age and party-age ranges', async () => {
      const m = await members.create(
        officialMember(chiBoB1.id, {
          fullName: 'Bùi Thị Thu',
          dateOfBirth: '1960-02-01',
          periods: [{ admissionDecisionDate: '1985-02-01', recognitionDate: '1986-02-01' }],
          cards: [
            { cardNumber: '11223344', issuedOn: '2004-01-01' },
            { cardNumber: '55667788', issuedOn: '2025-08-20' },
          ],
        }),
      );
      expect(ids(await members.all({ citizenId: m.citizenId ?? '' }))).toEqual([m.id]);
      expect(ids(await members.all({ cardNumber: '11223344' }))).toEqual([m.id]);
      expect((await members.all({ cardNumber: '55667788' }))[0]).toMatchObject({ id: m.id, cardNumber: '55667788' });
      expect(ids(await members.all({ orgId: chiBoB1.id, ageMin: 60 }))).toEqual([m.id]);
      expect(ids(await members.all({ orgId: chiBoB1.id, partyAgeMin: 40, partyAgeMax: 41 }))).toEqual([m.id]);
      expect(await members.all({ orgId: chiBoB1.id, partyAgeMin: 42 })).toEqual([]);
      const probationary = await members.all({ orgId: chiBoB1.id, statuses: ['probationary'] });
      expect(probationary).toHaveLength(8);
      expect(probationary.every((x) => x.status === 'probationary')).toBe(true);
      // Born 1998 (probationary fixture): 27 or 28 this year; born 1985: 40 or 41.
      expect((await members.all({ orgId: chiBoB1.id, ageMax: 30 })).every((x) => x.dateOfBirth === '1998-07-20')).toBe(true);
      await pg.query(`DELETE FROM party_member WHERE id = $1`, [m.id]);
    });

    it('hides what lies outside the caller\'s subtree: another subtree\'s org is MEMBERS.ORG_NOT_FOUND', async () => {
      await expect(members.list({ orgId: chiBoB1.id }, officer(coSoA.id))).rejects.toMatchObject({ code: 'MEMBERS.ORG_NOT_FOUND' });
      await expect(members.counts(chiBoB1.id, true, officer(coSoA.id))).rejects.toMatchObject({ code: 'MEMBERS.ORG_NOT_FOUND' });
      const mine = await members.all({}, officer(coSoA.id));
      expect(mine).toHaveLength(32);
      expect(mine.every((x) => x.orgId === chiBoA1.id || x.orgId === chiBoA2.id)).toBe(true);
    });
  });

  describe('counts (đảng số)', () => {
    const listTotal = async (orgId: string, includeSubtree: boolean, statuses?: MemberStatus[], attachment?: 'temporary') =>
      (await members.all({ orgId, includeSubtree, statuses, attachment, limit: 200 })).length;

    it('equals the list totals for an org alone and with its subtree, per status, on the roll and temporary-in', async () => {
      const guest = await members.create(officialMember(chiBoB1.id, { fullName: 'Đỗ Văn Khách' }));
      await members.transfer({ id: guest.id, expectedVersion: 1, toOrgId: chiBoA1.id, kind: 'temporary', effectiveOn: '2025-10-01' });
      const gone = await members.create(officialMember(chiBoA2.id, { fullName: 'Mai Văn Mất' }));
      await members.update({
        id: gone.id,
        expectedVersion: 1,
        status: 'deceased',
        statusSince: '2025-11-01',
        periods: [{ admissionDecisionDate: '2010-05-15', ceremonyDate: '2010-06-01', recognitionDate: '2011-06-01', endedOn: '2025-11-01' }],
      });
      for (const [org, sub] of [[root, true], [coSoA, true], [chiBoA1, false], [chiBoA2, false], [coSoA, false]] as const) {
        const counts = await members.counts(org.id, sub);
        expect(counts.official).toBe(await listTotal(org.id, sub, ['official']));
        expect(counts.probationary).toBe(await listTotal(org.id, sub, ['probationary']));
        expect(counts.byStatus.deceased).toBe(await listTotal(org.id, sub, ['deceased']));
        expect(counts.onRoll).toBe(await listTotal(org.id, sub, ['probationary', 'official', 'exempt', 'temporarily-transferred-out']));
        expect(counts.temporaryIn).toBe(await listTotal(org.id, sub, undefined, 'temporary'));
      }
      expect(await members.counts(chiBoA1.id, false)).toMatchObject({ official: 8, probationary: 8, onRoll: 16, temporaryIn: 1 });
      expect(await members.counts(coSoA.id)).toMatchObject({ official: 16, probationary: 16, onRoll: 32, temporaryIn: 1, byStatus: { deceased: 1 } });
      expect(await members.counts(coSoA.id, false)).toMatchObject({ onRoll: 0, temporaryIn: 0 });
      expect(await members.counts(root.id)).toMatchObject({ official: 25, onRoll: 49, temporaryIn: 1 });
      await pg.query(`DELETE FROM party_member WHERE id = ANY($1::uuid[])`, [[guest.id, gone.id]]);
    });
  });

  describe('org moves', () => {
    it('carries the members of a moved subtree: their copied org path follows in the same transaction', async () => {
      const make = new OrgFactory(orgs);
      const otherRoot = await make.root('Đảng bộ Chính phủ');
      const moving = await make.coSo(otherRoot, 'Đảng bộ Bộ Tư pháp');
      const cell = await make.chiBo(moving, 'Chi bộ Vụ Pháp chế');
      const m = await members.create(officialMember(cell.id, { fullName: 'Lý Văn Chuyển' }));
      expect(ids(await members.all({ orgId: root.id, q: 'chuyen' }))).toEqual([]);
      await orgs.move({ id: moving.id, expectedVersion: 1, newParentId: root.id });
      expect(ids(await members.all({ orgId: root.id, q: 'chuyen' }))).toEqual([m.id]);
      expect(ids(await members.all({ orgId: otherRoot.id }))).toEqual([]);
      const { rows } = await pg.query(`SELECT p.org_path = o.path AS same FROM party_member p JOIN org o ON o.id = p.org_id`);
      expect(rows.every((r: { same: boolean }) => r.same)).toBe(true);
      await pg.query(`DELETE FROM party_member WHERE id = $1`, [m.id]);
    });
  });
});
