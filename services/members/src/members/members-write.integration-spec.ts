import type { MemberDto, OrgDto } from '@lienthong/contracts';
import type { CallContext, RpcTransport, RunningService } from '@lienthong/platform';
import { createTestDatabase, createTestTransport, scopedOfficer, signedContext, testRuntime, type TestDatabase } from '@lienthong/testing';
import { Client } from 'pg';
import { createMembersApp } from '../app';
import { OrgFactory } from '../testing/org-factory';
import { OrgsTestClient } from '../testing/orgs-test-client';
import { officialMember, probationaryMember, uniqueNumbers } from './testing/member-fixtures';
import { MembersTestClient } from './testing/members-test-client';

const system = (language: 'vi' | 'en' = 'en'): CallContext => ({ ...signedContext(), language });
const officer = (scopeOrgId: string, permissions = ['members:read', 'members:write', 'members:read-sensitive']): CallContext => ({
  ...scopedOfficer(permissions, scopeOrgId),
  language: 'vi',
});

describe('member record: writes over the transport', () => {
  let db: TestDatabase;
  let transport: RpcTransport;
  let app: RunningService;
  let members: MembersTestClient;
  let make: OrgFactory;
  let pg: Client;
  let root: OrgDto;
  let chiBo: OrgDto;
  let otherChiBo: OrgDto;

  beforeAll(async () => {
    db = await createTestDatabase('members_rec_w');
    transport = await createTestTransport();
    app = await createMembersApp({ databaseUrl: db.url }, testRuntime(transport));
    members = new MembersTestClient(transport, () => system());
    make = new OrgFactory(new OrgsTestClient(transport, () => system()));
    pg = new Client({ connectionString: db.url });
    await pg.connect();
    root = await make.root();
    const coSo = await make.coSo(root);
    chiBo = await make.chiBo(coSo, 'Chi bộ Vụ Tổng hợp');
    otherChiBo = await make.chiBo(await make.coSo(root, 'Đảng bộ Báo Nhân Dân'), 'Chi bộ Phòng Biên tập');
  });

  afterAll(async () => {
    await pg?.end();
    await app?.close();
    await transport?.close();
    await db?.drop();
  });

  const outboxOf = async (memberId: string) =>
    (await pg.query(`SELECT type, aggregate_version, owner_org_id, envelope FROM outbox WHERE aggregate_id = $1 ORDER BY id`, [memberId])).rows as {
      type: string;
      aggregate_version: number;
      owner_org_id: string;
      envelope: { payload: Record<string, unknown> };
    }[];
  const errorOf = (work: Promise<unknown>) => work.then(() => { throw new Error('expected a refusal'); }, (e: unknown) => e);
  const fieldsOf = (error: unknown) => ((error as { details?: { field: string; code: string }[] }).details ?? []).map((d) => `${d.field}:${d.code}`);

  describe('create and get', () => {
    it('records an official member with periods, card, org membership, and writes members.member.created.v1 in the same transaction', async () => {
      const input = officialMember(chiBo.id, { sensitive: { ethnicity: 'Kinh', religion: 'Không', family: [{ relation: 'Cha', fullName: 'Nguyễn Văn Bảo', birthYear: 1955 }] } });
      const created = await members.create(input);
      expect(created).toMatchObject({
        fullName: 'Nguyễn Văn An',
        status: 'official',
        orgId: chiBo.id,
        citizenId: input.citizenId,
        cardNumber: input.cards?.[0].cardNumber,
        firstAdmissionDecisionDate: '2010-05-15',
        partyAgeSince: '2010-05-15',
        statusSince: '2011-06-01',
        version: 1,
        sensitiveWithheld: false,
        sensitive: { ethnicity: 'Kinh', religion: 'Không', family: [{ relation: 'Cha', fullName: 'Nguyễn Văn Bảo', birthYear: 1955, note: null }], health: null },
        orgMemberships: [{ orgId: chiBo.id, kind: 'official', startedOn: '2010-05-15', endedOn: null }],
        cards: [{ cardNumber: input.cards?.[0].cardNumber, issuedOn: '2012-03-03', replacedOn: null }],
      });
      expect(created.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7/);
      expect(await members.get(created.id)).toEqual(created);
      const events = await outboxOf(created.id);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ type: 'members.member.created.v1', aggregate_version: 1, owner_org_id: chiBo.id });
      expect(events[0].envelope.payload.member).toMatchObject({ id: created.id, status: 'official' });
      // Events never carry sensitive data.
      expect(JSON.stringify(events[0].envelope)).not.toContain('Kinh');
    });

    it('withholds ethnicity, religion, family and health from a caller without members:read-sensitive, and refuses them a sensitive write', async () => {
      const created = await members.create(officialMember(chiBo.id, { sensitive: { religion: 'Phật giáo', health: 'Tốt' } }));
      const plain = officer(root.id, ['members:read', 'members:write']);
      const seen = await members.get(created.id, plain);
      expect(seen).toMatchObject({ sensitive: null, sensitiveWithheld: true, fullName: 'Nguyễn Văn An' });
      expect(JSON.stringify(seen)).not.toContain('Phật giáo');
      await expect(members.create(officialMember(chiBo.id, { sensitive: { religion: 'Không' } }), plain)).rejects.toMatchObject({ code: 'COMMON.FORBIDDEN' });
      await expect(members.update({ id: created.id, expectedVersion: 1, sensitive: { health: 'Yếu' } }, plain)).rejects.toMatchObject({ code: 'COMMON.FORBIDDEN' });
      expect((await members.get(created.id)).sensitive).toMatchObject({ religion: 'Phật giáo', health: 'Tốt' });
    });

    it('answers MEMBER_NOT_FOUND outside the caller\'s subtree (404), for reads and writes alike', async () => {
      const created = await members.create(officialMember(chiBo.id));
      const sibling = officer(otherChiBo.id);
      await expect(members.get(created.id, sibling)).rejects.toMatchObject({ code: 'MEMBERS.MEMBER_NOT_FOUND' });
      await expect(members.update({ id: created.id, expectedVersion: 1, occupation: 'x' }, sibling)).rejects.toMatchObject({ code: 'MEMBERS.MEMBER_NOT_FOUND' });
      await expect(members.create(officialMember(chiBo.id), sibling)).rejects.toMatchObject({ code: 'MEMBERS.ORG_NOT_FOUND' });
      expect((await members.get(created.id, officer(chiBo.id))).id).toBe(created.id);
      await expect(members.get(created.id, officer(root.id, ['documents:read']))).rejects.toMatchObject({ code: 'COMMON.FORBIDDEN' });
    });
  });

  describe('validation, with Vietnamese details', () => {
    it('refuses an impossible date order: admission before birth, ceremony before decision, recognition before 12 months of probation', async () => {
      const error = await errorOf(
        members.create(
          officialMember(chiBo.id, {
            dateOfBirth: '1990-01-01',
            periods: [{ admissionDecisionDate: '1989-05-01', ceremonyDate: '1989-04-01', recognitionDate: '1989-12-01' }],
            cards: [],
          }),
          system('vi'),
        ),
      );
      expect(error).toMatchObject({ code: 'COMMON.VALIDATION_FAILED', message: 'Dữ liệu không hợp lệ.' });
      expect(fieldsOf(error)).toEqual(expect.arrayContaining(['periods[0].admissionDecisionDate:beforeBirth', 'periods[0].ceremonyDate:beforeDecision']));
      const short = await errorOf(
        members.create(officialMember(chiBo.id, { periods: [{ admissionDecisionDate: '2015-01-10', ceremonyDate: '2015-02-01', recognitionDate: '2016-01-15' }], cards: [] }), system('vi')),
      );
      expect((short as { details: unknown[] }).details).toEqual([
        {
          field: 'periods[0].recognitionDate',
          code: 'probationTooShort',
          message: 'periods[0].recognitionDate: chưa đủ 12 tháng dự bị kể từ lễ kết nạp; sớm nhất 01/02/2016 (Điều lệ Đảng (2011), Điều 5; 29-QĐ/TW điểm 4.2)',
        },
      ]);
      // Exactly 12 months after the ceremony is the day the member becomes official.
      await expect(
        members.create(officialMember(chiBo.id, { periods: [{ admissionDecisionDate: '2015-01-10', ceremonyDate: '2015-02-01', recognitionDate: '2016-02-01' }], cards: [] })),
      ).resolves.toMatchObject({ status: 'official' });
    });

    it('refuses an admission before 18 under the rule in force, and dates in the future', async () => {
      const young = await errorOf(
        members.create(probationaryMember(chiBo.id, { dateOfBirth: '2008-01-01', periods: [{ admissionDecisionDate: '2025-12-31' }] }), system('vi')),
      );
      expect(fieldsOf(young)).toEqual(['periods[0].admissionDecisionDate:underAge']);
      expect((young as { details: { message: string }[] }).details[0].message).toContain('phải đủ 18 tuổi');
      const future = await errorOf(members.create(probationaryMember(chiBo.id, { periods: [{ admissionDecisionDate: '2099-01-01' }] })));
      expect(fieldsOf(future)).toContain('periods[0].admissionDecisionDate:inFuture');
    });

    it('refuses a malformed card number per the rule in force on its issue date, and a card before official recognition', async () => {
      const error = await errorOf(
        members.create(officialMember(chiBo.id, { cards: [{ cardNumber: '12345', issuedOn: '2012-03-03' }, { cardNumber: '87654321', issuedOn: '2011-01-01' }] }), system('vi')),
      );
      expect(fieldsOf(error)).toEqual(['cards[0].cardNumber:cardNumberFormat', 'cards[1].issuedOn:beforeOfficial', 'cards[1].issuedOn:beforePreviousCard']);
      expect((error as { details: { message: string }[] }).details[0].message).toBe(
        'cards[0].cardNumber: không đúng định dạng số thẻ đảng viên theo quy định hiệu lực ngày 03/03/2012 (Chỉ thị 29-CT/TW (2003): thẻ 8 chữ số; Hướng dẫn khai phiếu đảng viên (BTCTW) [VERIFY ngày hiệu lực])',
      );
      // Before the first card rule (2003) the format is not checked: old records keep their numbers.
      const old = officialMember(chiBo.id, {
        dateOfBirth: '1950-01-01',
        periods: [{ admissionDecisionDate: '1975-01-01', recognitionDate: '1976-01-01' }],
        cards: [{ cardNumber: 'A-1234', issuedOn: '1980-01-01' }],
      });
      await expect(members.create(old)).resolves.toMatchObject({ cardNumber: 'A-1234' });
    });

    it('refuses a malformed citizen ID and history number, and a status that contradicts the periods', async () => {
      const malformed = await errorOf(members.create(officialMember(chiBo.id, { citizenId: '12345' })));
      expect(fieldsOf(malformed)).toEqual(['citizenId:matches']);
      const history = await errorOf(members.create(officialMember(chiBo.id, { historyNumber: '12AB' })));
      expect(fieldsOf(history)).toEqual(['historyNumber:historyNumberFormat']);
      await expect(members.create(officialMember(chiBo.id, { historyNumber: '123456HN' }))).resolves.toMatchObject({ historyNumber: '123456HN' });
      const status = await errorOf(members.create(officialMember(chiBo.id, { status: 'probationary' })));
      expect(fieldsOf(status)).toEqual(['status:alreadyRecognised']);
      const missing = await errorOf(members.create({ orgId: chiBo.id }));
      expect(fieldsOf(missing)).toEqual(['fullName:isDefined', 'sex:isDefined', 'dateOfBirth:isDefined', 'periods:isDefined', 'status:isDefined']);
    });

    it('keeps the first admission of a readmitted member and counts party age without the time outside', async () => {
      const readmitted = await members.create(
        officialMember(chiBo.id, {
          periods: [
            { admissionDecisionDate: '2005-01-10', ceremonyDate: '2005-01-20', recognitionDate: '2006-01-20', endedOn: '2010-01-10', endReason: 'Xóa tên' },
            { admissionDecisionDate: '2012-01-10', ceremonyDate: '2012-01-20', recognitionDate: '2013-01-20' },
          ],
          cards: [],
        }),
      );
      // 2010-01-10 → 2012-01-10 outside the Party: 730 days later than the first decision.
      expect(readmitted).toMatchObject({ firstAdmissionDecisionDate: '2005-01-10', partyAgeSince: '2007-01-10' });
      expect(readmitted.periods).toHaveLength(2);
      const overlap = await errorOf(
        members.create(
          officialMember(chiBo.id, {
            periods: [
              { admissionDecisionDate: '2005-01-10', recognitionDate: '2006-01-20' },
              { admissionDecisionDate: '2012-01-10', recognitionDate: '2013-01-20' },
            ],
            cards: [],
          }),
        ),
      );
      expect(fieldsOf(overlap)).toEqual(['periods[0].endedOn:required']);
    });
  });

  describe('uniqueness', () => {
    it('refuses a citizen ID already used, with a field detail (409), and accepts many records without one', async () => {
      const first = await members.create(officialMember(chiBo.id));
      const error = await errorOf(members.create(officialMember(otherChiBo.id, { citizenId: first.citizenId }), system('vi')));
      expect(error).toMatchObject({
        code: 'MEMBERS.CITIZEN_ID_TAKEN',
        details: [{ field: 'citizenId', code: 'taken', message: 'citizenId: số căn cước công dân đã được dùng cho đảng viên khác' }],
      });
      await members.create(officialMember(chiBo.id, { citizenId: null }));
      await members.create(officialMember(chiBo.id, { citizenId: null }));
      const second = await members.create(officialMember(chiBo.id));
      await expect(members.update({ id: second.id, expectedVersion: 1, citizenId: first.citizenId })).rejects.toMatchObject({ code: 'MEMBERS.CITIZEN_ID_TAKEN' });
    });

    it('refuses a card number another member holds, naming the card', async () => {
      const first = await members.create(officialMember(chiBo.id));
      const error = await errorOf(members.create(officialMember(chiBo.id, { cards: [{ cardNumber: first.cardNumber ?? '', issuedOn: '2012-03-03' }] })));
      expect(error).toMatchObject({ code: 'MEMBERS.CARD_NUMBER_TAKEN', details: [{ field: 'cards[0].cardNumber', code: 'taken' }] });
    });

    it('lets the unique index decide when two creates race on one citizen ID: one wins, one gets CITIZEN_ID_TAKEN', async () => {
      const { citizenId } = uniqueNumbers();
      const results = await Promise.allSettled([0, 1, 2].map(() => members.create(officialMember(chiBo.id, { citizenId }))));
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      for (const r of results.filter((x): x is PromiseRejectedResult => x.status === 'rejected')) expect(r.reason).toMatchObject({ code: 'MEMBERS.CITIZEN_ID_TAKEN' });
    });
  });

  describe('update with the version (If-Match)', () => {
    it('applies a change, bumps the version and writes members.member.updated.v1; a stale version gets MEMBER_VERSION_MISMATCH and changes nothing', async () => {
      const created = await members.create(officialMember(chiBo.id));
      const updated = await members.update({ id: created.id, expectedVersion: 1, fullName: 'Nguyễn Văn Ân', occupation: 'Phó Vụ trưởng' });
      expect(updated).toMatchObject({ fullName: 'Nguyễn Văn Ân', occupation: 'Phó Vụ trưởng', version: 2 });
      await expect(members.update({ id: created.id, expectedVersion: 1, occupation: 'Vụ trưởng' })).rejects.toMatchObject({ code: 'MEMBERS.MEMBER_VERSION_MISMATCH' });
      expect(await members.get(created.id)).toMatchObject({ occupation: 'Phó Vụ trưởng', version: 2 });
      expect((await outboxOf(created.id)).map((e) => [e.type, e.aggregate_version])).toEqual([
        ['members.member.created.v1', 1],
        ['members.member.updated.v1', 2],
      ]);
      // The same change again: no new version, no event.
      expect(await members.update({ id: created.id, expectedVersion: 2, occupation: 'Phó Vụ trưởng' })).toMatchObject({ version: 2 });
      expect(await outboxOf(created.id)).toHaveLength(2);
    });

    it('loses no update when two officers edit one record at once: exactly one wins per version', async () => {
      const created = await members.create(officialMember(chiBo.id));
      const results = await Promise.allSettled(
        ['Chuyên viên chính', 'Chuyên viên cao cấp', 'Vụ phó', 'Vụ trưởng'].map((occupation) => members.update({ id: created.id, expectedVersion: 1, occupation })),
      );
      const won = results.filter((r): r is PromiseFulfilledResult<MemberDto> => r.status === 'fulfilled');
      expect(won).toHaveLength(1);
      expect(results.filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => (r.reason as { code: string }).code)).toEqual(Array(3).fill('MEMBERS.MEMBER_VERSION_MISMATCH'));
      expect(await members.get(created.id)).toMatchObject({ version: 2, occupation: won[0].value.occupation });
    });

    it('changes the status (probationary → official) with one members.member.status-changed.v1, checking the record again', async () => {
      const created = await members.create(probationaryMember(chiBo.id, { periods: [{ admissionDecisionDate: '2024-03-01', ceremonyDate: '2024-03-20' }] }));
      await expect(members.update({ id: created.id, expectedVersion: 1, status: 'official' })).rejects.toMatchObject({
        code: 'COMMON.VALIDATION_FAILED',
        details: [{ field: 'status', code: 'notRecognised' }],
      });
      const official = await members.update({
        id: created.id,
        expectedVersion: 1,
        status: 'official',
        periods: [{ admissionDecisionDate: '2024-03-01', ceremonyDate: '2024-03-20', recognitionDate: '2025-03-20' }],
      });
      expect(official).toMatchObject({ status: 'official', statusSince: '2025-03-20', version: 2 });
      const events = await outboxOf(created.id);
      expect(events.map((e) => e.type)).toEqual(['members.member.created.v1', 'members.member.status-changed.v1']);
      expect(events[1].envelope.payload).toMatchObject({ previousStatus: 'probationary', statusSince: '2025-03-20', member: { status: 'official', version: 2 } });
    });

    it('writes nothing when a rule refuses the change (no half-written record, no event)', async () => {
      const created = await members.create(officialMember(chiBo.id));
      await expect(
        members.update({ id: created.id, expectedVersion: 1, fullName: 'Tên Mới', cards: [{ cardNumber: 'XX', issuedOn: '2012-03-03' }] }),
      ).rejects.toMatchObject({ code: 'COMMON.VALIDATION_FAILED' });
      expect(await members.get(created.id)).toMatchObject({ fullName: 'Nguyễn Văn An', version: 1, cards: created.cards });
      expect(await outboxOf(created.id)).toHaveLength(1);
    });
  });

  describe('transfer and self-service', () => {
    it('moves the official roll to another chi bộ: memberships over time, members.member.transferred.v1, visible to the new subtree only', async () => {
      const created = await members.create(officialMember(chiBo.id));
      const moved = await members.transfer({ id: created.id, expectedVersion: 1, toOrgId: otherChiBo.id, kind: 'official', effectiveOn: '2025-07-01' });
      expect(moved).toMatchObject({ orgId: otherChiBo.id, version: 2 });
      expect(moved.orgMemberships).toEqual([
        { orgId: chiBo.id, kind: 'official', startedOn: '2010-05-15', endedOn: '2025-07-01' },
        { orgId: otherChiBo.id, kind: 'official', startedOn: '2025-07-01', endedOn: null },
      ]);
      await expect(members.get(created.id, officer(chiBo.id))).rejects.toMatchObject({ code: 'MEMBERS.MEMBER_NOT_FOUND' });
      expect((await members.get(created.id, officer(otherChiBo.id))).orgId).toBe(otherChiBo.id);
      const [, transferred] = await outboxOf(created.id);
      expect(transferred).toMatchObject({ type: 'members.member.transferred.v1', owner_org_id: otherChiBo.id, aggregate_version: 2 });
      expect(transferred.envelope.payload).toMatchObject({ kind: 'official', fromOrgId: chiBo.id, toOrgId: otherChiBo.id, effectiveOn: '2025-07-01' });
    });

    it('shows a member their own record with sensitive fields, and keeps their correction request for the officers of their org', async () => {
      const created = await members.create(officialMember(chiBo.id, { sensitive: { ethnicity: 'Tày' } }));
      const self = { ...signedContext({ actor: { type: 'user', id: '01900000-0000-7000-8000-0000000000aa', name: 'Nguyễn Văn An' }, roles: ['member'], permissions: [], scopeOrgId: chiBo.id }), language: 'vi' as const };
      expect(await members.own(created.id, self)).toMatchObject({ id: created.id, sensitive: { ethnicity: 'Tày' } });
      await expect(members.get(created.id, self)).rejects.toMatchObject({ code: 'COMMON.FORBIDDEN' });
      const request = await members.requestCorrection({ memberId: created.id, items: [{ field: 'homeTown', proposedValue: 'Nghệ An' }], note: 'Quê quán ghi sai' }, self);
      expect(request).toMatchObject({ memberId: created.id, orgId: chiBo.id, status: 'open', items: [{ field: 'homeTown', proposedValue: 'Nghệ An' }] });
      const listed = await members.corrections({ orgId: root.id }, officer(root.id));
      expect(listed.items.map((c) => c.id)).toContain(request.id);
      await expect(members.corrections({ orgId: chiBo.id }, officer(otherChiBo.id))).rejects.toMatchObject({ code: 'MEMBERS.ORG_NOT_FOUND' });
      await expect(members.own('01900000-0000-7000-8000-0000000000ff', self)).rejects.toMatchObject({ code: 'MEMBERS.MEMBER_RECORD_NOT_LINKED' });
    });
  });
});
