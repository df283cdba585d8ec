import type { OrgDto } from '@lienthong/contracts';
import type { CallContext, RpcTransport, RunningService } from '@lienthong/platform';
import { createTestDatabase, createTestTransport, signedContext, testRuntime, type TestDatabase } from '@lienthong/testing';
import { createMembersApp } from '../app';
import { OrgFactory } from '../testing/org-factory';
import { OrgsTestClient } from '../testing/orgs-test-client';
import { officialMember } from './testing/member-fixtures';
import { MembersTestClient } from './testing/members-test-client';

const system = (): CallContext => signedContext();
const officer = (scopeOrgId: string, permissions = ['members:read', 'members:write']): CallContext => ({
  ...signedContext({ actor: { type: 'user', id: '01900000-0000-7000-8000-0000000000b1', name: 'Trần Thị Mai' }, roles: ['office'], permissions, scopeOrgId }),
  language: 'vi',
});
const selfOf = (scopeOrgId: string): CallContext => ({
  ...signedContext({ actor: { type: 'user', id: '01900000-0000-7000-8000-0000000000aa', name: 'Nguyễn Văn An' }, roles: ['member'], permissions: [], scopeOrgId }),
  language: 'vi',
});

/** Issue 8 §3: a member asks for a correction; the officers of the org holding the record close it; the member sees how. */
describe('member correction requests over the transport', () => {
  let db: TestDatabase;
  let transport: RpcTransport;
  let app: RunningService;
  let members: MembersTestClient;
  let root: OrgDto;
  let chiBo: OrgDto;
  let otherChiBo: OrgDto;

  beforeAll(async () => {
    db = await createTestDatabase('members_corr');
    transport = await createTestTransport();
    app = await createMembersApp({ databaseUrl: db.url }, testRuntime(transport));
    members = new MembersTestClient(transport, system);
    const make = new OrgFactory(new OrgsTestClient(transport, system));
    root = await make.root();
    chiBo = await make.chiBo(await make.coSo(root), 'Chi bộ Vụ Tổng hợp');
    otherChiBo = await make.chiBo(await make.coSo(root, 'Đảng bộ Báo Nhân Dân'), 'Chi bộ Phòng Biên tập');
  });

  afterAll(async () => {
    await app?.close();
    await transport?.close();
    await db?.drop();
  });

  async function requestAbout(orgId: string, fullName = 'Nguyễn Văn An') {
    const member = await members.create(officialMember(orgId, { fullName }));
    const request = await members.requestCorrection({ memberId: member.id, items: [{ field: 'homeTown', proposedValue: 'Nghệ An' }], note: 'Quê quán ghi sai' }, selfOf(orgId));
    return { member, request };
  }

  it('lists open requests with the member’s name for the officers of the subtree, and closes one as resolved', async () => {
    const { member, request } = await requestAbout(chiBo.id, 'Đặng Thị Hồng');
    expect(request).toMatchObject({ memberName: 'Đặng Thị Hồng', status: 'open', resolution: null });
    const open = await members.corrections({ orgId: root.id, status: 'open' }, officer(root.id));
    expect(open.items.find((c) => c.id === request.id)).toMatchObject({ memberId: member.id, memberName: 'Đặng Thị Hồng' });

    const closed = await members.resolveCorrection({ id: request.id, outcome: 'resolved', note: 'Đã sửa theo giấy khai sinh' }, officer(chiBo.id));
    expect(closed).toMatchObject({ status: 'resolved', resolution: { note: 'Đã sửa theo giấy khai sinh', resolvedByName: 'Trần Thị Mai' } });
    expect(Date.parse(closed.resolution?.resolvedAt ?? '')).toBeGreaterThan(Date.now() - 60_000);
    expect((await members.corrections({ orgId: root.id, status: 'open' }, officer(root.id))).items.map((c) => c.id)).not.toContain(request.id);
    expect((await members.corrections({ orgId: root.id, status: 'resolved' }, officer(root.id))).items.map((c) => c.id)).toContain(request.id);
    // The member sees the outcome on their own list.
    const own = await members.ownCorrections({ memberId: member.id }, selfOf(chiBo.id));
    expect(own.items).toEqual([expect.objectContaining({ id: request.id, status: 'resolved', resolution: expect.objectContaining({ note: 'Đã sửa theo giấy khai sinh' }) })]);
  });

  it('refuses a rejection without a reason (in Vietnamese, on the note field), and a second close', async () => {
    const { request } = await requestAbout(chiBo.id);
    await expect(members.resolveCorrection({ id: request.id, outcome: 'rejected' }, officer(chiBo.id))).rejects.toMatchObject({
      code: 'COMMON.VALIDATION_FAILED',
      details: [expect.objectContaining({ field: 'note', message: expect.stringContaining('lý do') })],
    });
    await expect(members.resolveCorrection({ id: request.id, outcome: 'rejected', note: '   ' }, officer(chiBo.id))).rejects.toMatchObject({ code: 'COMMON.VALIDATION_FAILED' });
    await expect(members.resolveCorrection({ id: request.id, outcome: 'approved' as 'resolved' }, officer(chiBo.id))).rejects.toMatchObject({ code: 'COMMON.VALIDATION_FAILED' });
    const rejected = await members.resolveCorrection({ id: request.id, outcome: 'rejected', note: 'Giấy khai sinh ghi Hà Tĩnh' }, officer(chiBo.id));
    expect(rejected).toMatchObject({ status: 'rejected', resolution: { note: 'Giấy khai sinh ghi Hà Tĩnh' } });
    await expect(members.resolveCorrection({ id: request.id, outcome: 'resolved' }, officer(chiBo.id))).rejects.toMatchObject({ code: 'MEMBERS.CORRECTION_CLOSED' });
  });

  it('lets one of two officers closing at once win; the other gets a conflict', async () => {
    const { request } = await requestAbout(chiBo.id);
    const results = await Promise.allSettled([
      members.resolveCorrection({ id: request.id, outcome: 'resolved' }, officer(chiBo.id)),
      members.resolveCorrection({ id: request.id, outcome: 'rejected', note: 'Không đủ căn cứ' }, officer(root.id)),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: { code: 'MEMBERS.CORRECTION_CLOSED' } });
  });

  it('hides a request about a member outside the officer’s subtree (404), and refuses an officer without members:write (403)', async () => {
    const { member, request } = await requestAbout(chiBo.id);
    await expect(members.resolveCorrection({ id: request.id, outcome: 'resolved' }, officer(otherChiBo.id))).rejects.toMatchObject({ code: 'MEMBERS.CORRECTION_NOT_FOUND' });
    await expect(members.resolveCorrection({ id: request.id, outcome: 'resolved' }, officer(chiBo.id, ['members:read']))).rejects.toMatchObject({ code: 'COMMON.FORBIDDEN' });
    await expect(members.resolveCorrection({ id: member.id, outcome: 'resolved' }, officer(root.id))).rejects.toMatchObject({ code: 'MEMBERS.CORRECTION_NOT_FOUND' });
    // After the member moves to another subtree, its officers handle the request; the old ones no longer see it.
    await members.transfer({ id: member.id, expectedVersion: 1, toOrgId: otherChiBo.id, kind: 'official', effectiveOn: '2025-07-01' });
    await expect(members.resolveCorrection({ id: request.id, outcome: 'resolved' }, officer(chiBo.id))).rejects.toMatchObject({ code: 'MEMBERS.CORRECTION_NOT_FOUND' });
    expect(await members.resolveCorrection({ id: request.id, outcome: 'resolved' }, officer(otherChiBo.id))).toMatchObject({ status: 'resolved' });
  });

  it('pages a member’s own requests newest first and refuses a cursor it did not issue', async () => {
    const { member, request: first } = await requestAbout(chiBo.id);
    const second = await members.requestCorrection({ memberId: member.id, items: [{ field: 'occupation', proposedValue: 'Kỹ sư' }] }, selfOf(chiBo.id));
    const page = await members.ownCorrections({ memberId: member.id, limit: 1 }, selfOf(chiBo.id));
    expect(page.items.map((c) => c.id)).toEqual([second.id]);
    const next = await members.ownCorrections({ memberId: member.id, limit: 1, cursor: page.nextCursor ?? undefined }, selfOf(chiBo.id));
    expect(next).toMatchObject({ items: [expect.objectContaining({ id: first.id })], nextCursor: null });
    await expect(members.ownCorrections({ memberId: member.id, cursor: 'abc' }, selfOf(chiBo.id))).rejects.toMatchObject({ code: 'COMMON.VALIDATION_FAILED' });
  });
});
