import type { OrgDto } from '@lienthong/contracts';
import { type CallContext, type RpcTransport, type RunningService } from '@lienthong/platform';
import { createTestDatabase, createTestTransport, signedContext, testRuntime, type TestDatabase } from '@lienthong/testing';
import { Client } from 'pg';
import { createMembersApp } from '../app';
import { OrgFactory } from '../testing/org-factory';
import { OrgsTestClient } from '../testing/orgs-test-client';
import { officialMember } from './testing/member-fixtures';
import { MembersTestClient } from './testing/members-test-client';

const system = (): CallContext => signedContext();

/**
 * A name search bounded by a subtree filters on the org path the name keys carry (migration
 * 1796500000100): whatever moves a member — a transfer, a rename, its org moving — the keys must
 * follow, or the member would vanish from (or linger in) a bounded search.
 */
describe('name keys carry the member\'s org path: bounded search follows every move', () => {
  let db: TestDatabase;
  let transport: RpcTransport;
  let app: RunningService;
  let members: MembersTestClient;
  let orgs: OrgsTestClient;
  let pg: Client;
  let make: OrgFactory;
  let root: OrgDto;
  let coSoA: OrgDto;
  let coSoB: OrgDto;
  let cellA: OrgDto;
  let cellB: OrgDto;

  beforeAll(async () => {
    db = await createTestDatabase('members_key_path');
    transport = await createTestTransport();
    app = await createMembersApp({ databaseUrl: db.url }, testRuntime(transport));
    members = new MembersTestClient(transport, system);
    orgs = new OrgsTestClient(transport, system);
    make = new OrgFactory(orgs);
    pg = new Client({ connectionString: db.url });
    await pg.connect();
    root = await make.root();
    coSoA = await make.coSo(root, 'Đảng bộ Văn phòng Trung ương Đảng');
    coSoB = await make.coSo(root, 'Đảng bộ Ban Tổ chức Trung ương');
    cellA = await make.chiBo(coSoA, 'Chi bộ Vụ Tổng hợp');
    cellB = await make.chiBo(coSoB, 'Chi bộ Vụ Cơ sở đảng');
  });

  afterAll(async () => {
    await pg?.end();
    await app?.close();
    await transport?.close();
    await db?.drop();
  });

  const found = async (orgId: string, q: string) => (await members.all({ orgId, q })).map((m) => m.id);

  async function expectKeysOnTheMembersPaths(): Promise<void> {
    const { rows } = await pg.query(`SELECT k.member_id FROM member_name_key k JOIN party_member p ON p.id = k.member_id WHERE k.org_path <> p.org_path`);
    expect(rows).toEqual([]);
  }

  it('finds a member in its subtree only, after an official transfer and after a rename', async () => {
    const m = await members.create(officialMember(cellA.id, { fullName: 'Quách Văn Dời' }));
    expect(await found(coSoA.id, 'quach van')).toEqual([m.id]);
    expect(await found(coSoB.id, 'quach van')).toEqual([]);
    const moved = await members.transfer({ id: m.id, expectedVersion: m.version, toOrgId: cellB.id, kind: 'official', effectiveOn: '2025-10-01' });
    expect(await found(coSoA.id, 'quach van')).toEqual([]);
    expect(await found(coSoB.id, 'quach van')).toEqual([m.id]);
    await members.update({ id: m.id, expectedVersion: moved.version, fullName: 'Quách Văn Đổi' });
    expect(await found(coSoB.id, 'quach van doi')).toEqual([m.id]);
    expect(await found(coSoA.id, 'doi')).toEqual([]);
    await expectKeysOnTheMembersPaths();
  });

  it('moves the keys with the org: a bounded search finds the members of a moved subtree under its new parent', async () => {
    const otherRoot = await make.root('Đảng bộ Chính phủ');
    const moving = await make.coSo(otherRoot, 'Đảng bộ Bộ Tư pháp');
    const cell = await make.chiBo(moving, 'Chi bộ Vụ Pháp chế');
    const m = await members.create(officialMember(cell.id, { fullName: 'Kiều Văn Dọn' }));
    expect(await found(otherRoot.id, 'kieu')).toEqual([m.id]);
    expect(await found(root.id, 'kieu')).toEqual([]);
    await orgs.move({ id: moving.id, expectedVersion: 1, newParentId: root.id });
    expect(await found(otherRoot.id, 'kieu')).toEqual([]);
    expect(await found(root.id, 'kieu')).toEqual([m.id]);
    expect(await found(moving.id, 'kieu')).toEqual([m.id]);
    expect(await found(coSoA.id, 'kieu')).toEqual([]);
    await expectKeysOnTheMembersPaths();
  });
});
