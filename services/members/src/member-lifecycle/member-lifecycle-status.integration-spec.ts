import type { CallContext } from '@lienthong/platform';
import { createTestDatabase, createTestTransport, scopedOfficer, signedContext, testRuntime } from '@lienthong/testing';
import { officialMember, probationaryMember } from '../members/testing/member-fixtures';
import { LifecycleSpecKit, decision, refusal } from './testing/lifecycle-spec-kit';

const officer = (scopeOrgId: string): CallContext => ({ ...scopedOfficer(['members:read', 'members:write'], scopeOrgId), language: 'vi' });

describe('member lifecycle: exemption, removal, expulsion, leaving, death', () => {
  const kit = new LifecycleSpecKit();
  beforeAll(() =>
    kit.start(async () => {
      const transport = await createTestTransport();
      const system = (): CallContext => ({ ...signedContext(), language: 'vi' });
      return { db: await createTestDatabase('members_life_st'), transport, runtime: testRuntime(transport), system, officer };
    }),
  );
  afterAll(() => kit.stop());

  const official = () => kit.members.create(officialMember(kit.chiBo.id));
  const onRoll = async () => (await kit.members.counts(kit.chiBo.id)).onRoll;

  it('exempts an official member (still on the roll) and brings them back, each with a history row and its event', async () => {
    const m = await official();
    const rollBefore = await onRoll();
    const exempt = await kit.lifecycle.exempt({ id: m.id, expectedVersion: 1, ground: 'tuoi-cao', decision: decision('2026-03-02', '05-NQ/CB'), effectiveOn: '2026-03-02', reason: 'Tuổi cao, sức yếu' });
    expect(exempt.member).toMatchObject({ status: 'exempt', statusSince: '2026-03-02', version: 2 });
    expect(exempt.event).toMatchObject({ kind: 'exempted', reason: 'Tuổi cao, sức yếu', details: { ground: 'tuoi-cao' }, previousStatus: 'official' });
    expect(await onRoll()).toBe(rollBefore);
    const back = await kit.lifecycle.endExemption({ id: m.id, expectedVersion: 2, decision: decision('2026-09-01', '09-NQ/CB'), effectiveOn: '2026-09-01' });
    expect(back.member).toMatchObject({ status: 'official', statusSince: '2026-09-01', version: 3 });
    expect(await kit.historyKinds(m.id)).toEqual(['exempted', 'exemption-ended']);
    expect(await kit.outboxTypes(m.id)).toEqual([
      'members.member.created.v1',
      'members.member.exempted.v1',
      'members.member.status-changed.v1',
      'members.member.exemption-ended.v1',
      'members.member.status-changed.v1',
    ]);
  });

  it.each([
    ['expel', 'expelled', 'expelled', 'Khai trừ'],
    ['leave', 'left', 'resigned', 'Xin ra khỏi Đảng'],
  ] as const)('%s: ends the period, leaves the đảng số, writes the row and members.member.%s.v1', async (action, kind, status, endReason) => {
    const m = await official();
    const rollBefore = await onRoll();
    const done = await kit.lifecycle[action]({ id: m.id, expectedVersion: 1, decision: decision('2026-10-05', '44-QĐ/UBKT'), effectiveOn: '2026-10-06', reason: 'Theo quyết định' });
    expect(done.member).toMatchObject({ status, statusSince: '2026-10-06', periods: [{ endedOn: '2026-10-06', endReason }] });
    expect(done.member.orgMemberships.every((x) => x.endedOn === '2026-10-06')).toBe(true);
    expect(done.event).toMatchObject({ kind, decision: { number: '44-QĐ/UBKT', date: '2026-10-05' } });
    expect(await onRoll()).toBe(rollBefore - 1);
    expect(await kit.outboxTypes(m.id)).toContain(`members.member.${kind}.v1`);
    // A party age stops where the period ended.
    expect(done.lifecycle.partyAge).toMatchObject({ asOf: '2026-10-06', years: 16 });
  });

  it('records a death with an optional paper dated on or after it', async () => {
    const m = await official();
    const late = await refusal(kit.lifecycle.death({ id: m.id, expectedVersion: 1, effectiveOn: '2026-08-10', decision: decision('2026-08-01', 'Giấy báo tử 15') }));
    expect(late).toMatchObject({ code: 'COMMON.VALIDATION_FAILED', fields: ['decision.date:beforeEffective'] });
    const died = await kit.lifecycle.death({ id: m.id, expectedVersion: 1, effectiveOn: '2026-08-10' });
    expect(died.member).toMatchObject({ status: 'deceased', periods: [{ endedOn: '2026-08-10', endReason: 'Từ trần' }] });
    expect(died.event.decision).toBeNull();
    expect(await refusal(kit.lifecycle.expel({ id: m.id, expectedVersion: 2, decision: decision('2026-09-01'), effectiveOn: '2026-09-01' }))).toMatchObject({
      code: 'COMMON.RULE_VIOLATION',
      fields: ['status:statusNotAllowed'],
    });
  });

  it('removes with a ground; "not qualified" only for a probationary member; the complaint deadline is kept', async () => {
    const m = await official();
    const wrong = await refusal(kit.lifecycle.remove({ id: m.id, expectedVersion: 1, ground: 'du-bi-khong-du-tu-cach', decision: decision('2026-11-03'), effectiveOn: '2026-11-03' }));
    expect(wrong).toMatchObject({ code: 'COMMON.VALIDATION_FAILED', fields: ['ground:notProbationary'] });
    const removed = await kit.lifecycle.remove({ id: m.id, expectedVersion: 1, ground: 'bo-sinh-hoat-dong-dang-phi', decision: decision('2026-11-03'), effectiveOn: '2026-11-03' });
    expect(removed.event.details).toMatchObject({ ground: 'bo-sinh-hoat-dong-dang-phi', complaintBy: '2026-12-15', rule: { table: 'removal-rules' } });
    expect(removed.member.periods[0].endReason).toMatch(/^Xóa tên: Bỏ sinh hoạt đảng/);
  });

  it('refuses impossible date orders with Vietnamese field messages, and actions the status does not allow', async () => {
    const m = await official();
    const bad = await refusal(kit.lifecycle.exempt({ id: m.id, expectedVersion: 1, ground: 'suc-khoe-yeu', decision: decision('2099-01-01'), effectiveOn: '2011-01-01' }));
    expect(bad.code).toBe('COMMON.VALIDATION_FAILED');
    expect(bad.fields).toEqual(['effectiveOn:beforeStatusSince', 'decision.date:inFuture', 'effectiveOn:beforeDecision']);
    expect(bad.messages[0]).toBe('effectiveOn: không được trước ngày bắt đầu trạng thái hiện tại (01/06/2011)');
    expect(await refusal(kit.lifecycle.endExemption({ id: m.id, expectedVersion: 1, decision: decision('2026-01-05'), effectiveOn: '2026-01-05' }))).toMatchObject({
      code: 'COMMON.RULE_VIOLATION',
      fields: ['status:statusNotAllowed'],
    });
    const probationary = await kit.members.create(probationaryMember(kit.chiBo.id));
    expect(await refusal(kit.lifecycle.exempt({ id: probationary.id, expectedVersion: 1, ground: 'tuoi-cao', decision: decision('2026-01-05'), effectiveOn: '2026-01-05' }))).toMatchObject({
      code: 'COMMON.RULE_VIOLATION',
    });
    expect(await kit.historyKinds(m.id)).toEqual([]);
  });

  it('lets one of two officers acting on the same version win; the other gets the version mismatch and writes nothing', async () => {
    const m = await official();
    const paper = decision('2026-10-05', '44-QĐ/UBKT');
    const outcomes = await Promise.allSettled([
      kit.lifecycle.expel({ id: m.id, expectedVersion: 1, decision: paper, effectiveOn: '2026-10-06' }),
      kit.lifecycle.leave({ id: m.id, expectedVersion: 1, decision: paper, effectiveOn: '2026-10-06' }),
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const lost = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
    expect(lost?.reason).toMatchObject({ code: 'MEMBERS.MEMBER_VERSION_MISMATCH' });
    expect(await kit.historyKinds(m.id)).toHaveLength(1);
    expect((await kit.members.get(m.id)).version).toBe(2);
  });

  it('refuses a malformed request at the transport with field details', async () => {
    const m = await official();
    const bad = await refusal(kit.lifecycle.remove({ id: m.id, expectedVersion: 0, ground: 'x' as never, decision: { number: '', date: '2026-02-30', issuer: 'Đảng ủy' }, effectiveOn: '2026-01-01' }));
    expect(bad.code).toBe('COMMON.VALIDATION_FAILED');
    expect(bad.fields).toEqual(expect.arrayContaining([expect.stringMatching(/^expectedVersion:/), expect.stringMatching(/^ground:/), expect.stringMatching(/^decision\.number:/), expect.stringMatching(/^decision\.date:/)]));
  });
});
