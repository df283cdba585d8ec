import type { MembershipPeriodInput } from '@lienthong/contracts';
import type { CallContext } from '@lienthong/platform';
import { createTestDatabase, createTestTransport, scopedOfficer, signedContext, testRuntime } from '@lienthong/testing';
import { officialMember, probationaryMember } from '../members/testing/member-fixtures';
import { LifecycleSpecKit, decision, refusal } from './testing/lifecycle-spec-kit';

const officer = (scopeOrgId: string, permissions = ['members:read', 'members:write']): CallContext => ({ ...scopedOfficer(permissions, scopeOrgId), language: 'vi' });

// Today is the real date (partyToday); the dates below are all in the past from 2026-11-26 on.
describe('member lifecycle: admission, ceremony, recognition', () => {
  const kit = new LifecycleSpecKit();
  beforeAll(() =>
    kit.start(async () => {
      const transport = await createTestTransport();
      const system = (): CallContext => ({ ...signedContext(), language: 'vi' });
      return { db: await createTestDatabase('members_life_adm'), transport, runtime: testRuntime(transport), system, officer: (id) => officer(id) };
    }),
  );
  afterAll(() => kit.stop());

  const newProbationary = (periods: MembershipPeriodInput[] = [{ admissionDecisionDate: '2025-09-01', ceremonyDate: '2025-09-15' }]) =>
    kit.members.create(probationaryMember(kit.chiBo.id, { periods }));

  it('records the decision, then a late ceremony: accepted, flagged with its rule, and the recognition dates follow the ceremony', async () => {
    const m = await newProbationary([{ admissionDecisionDate: '2025-09-01' }]);
    const admitted = await kit.lifecycle.admission({ id: m.id, expectedVersion: 1, decision: decision('2025-09-01', '125-QĐ/ĐU'), receivedOn: '2025-09-05' });
    expect(admitted.member).toMatchObject({ version: 2, status: 'probationary', periods: [{ admissionDecisionNumber: '125-QĐ/ĐU', ceremonyDate: null }] });
    expect(admitted.event).toMatchObject({ kind: 'admission-recorded', decision: { number: '125-QĐ/ĐU', date: '2025-09-01', issuer: 'Đảng ủy Bộ Tư pháp' }, memberVersion: 2 });
    // 30 working days after Friday 05/09/2025 (the day of receipt not counted).
    expect(admitted.lifecycle.dates.find((d) => d.key === 'ceremony-deadline')).toMatchObject({ date: '2025-10-17', state: 'overdue' });

    const held = await kit.lifecycle.ceremony({ id: m.id, expectedVersion: 2, heldOn: '2025-11-20' });
    expect(held.event.details).toMatchObject({ receivedOn: '2025-09-05', deadline: '2025-10-17', late: true, rule: { table: 'admission-ceremony-deadline' } });
    expect((held.event.details.rule as { document: string }).document).toMatch(/QĐ\/TW/);
    expect(held.member).toMatchObject({ status: 'probationary', statusSince: '2025-11-20', periods: [{ ceremonyDate: '2025-11-20' }] });
    const dates = Object.fromEntries(held.lifecycle.dates.map((d) => [d.key, d]));
    expect(dates['ceremony-deadline']).toMatchObject({ date: '2025-10-17', state: 'late' });
    expect(dates['recognition-due']).toMatchObject({ date: '2026-11-20', basis: { kind: 'ceremony', date: '2025-11-20' }, rule: { article: 'Điều 5 khoản 1' } });
    expect(dates['recognition-consider-by'].rule.table).toBe('recognition-consideration-deadline');
    expect(await kit.historyKinds(m.id)).toEqual(['admission-recorded', 'ceremony-held']);
    expect(await kit.outboxTypes(m.id)).toEqual([
      'members.member.created.v1',
      'members.member.admission-recorded.v1',
      'members.member.updated.v1',
      'members.member.ceremony-held.v1',
      'members.member.updated.v1',
    ]);
  });

  it('counts the ceremony deadline across Tết: 30 working days from 26/01/2026 end on 16/03/2026, not 09/03', async () => {
    const inTime = await newProbationary([{ admissionDecisionDate: '2026-01-26' }]);
    const onTime = await kit.lifecycle.ceremony({ id: inTime.id, expectedVersion: 1, heldOn: '2026-03-13' });
    expect(onTime.event.details).toMatchObject({ deadline: '2026-03-16', late: false });
    const late = await newProbationary([{ admissionDecisionDate: '2026-01-26' }]);
    expect((await kit.lifecycle.ceremony({ id: late.id, expectedVersion: 1, heldOn: '2026-03-17' })).event.details).toMatchObject({ late: true });
  });

  it('gives the recognition deadline across Tết: due 05/02/2026, considered by 26/03/2026', async () => {
    const m = await newProbationary([{ admissionDecisionDate: '2025-01-20', ceremonyDate: '2025-02-05' }]);
    const view = await kit.lifecycle.get(m.id);
    const dates = Object.fromEntries(view.dates.map((d) => [d.key, d]));
    expect(dates['recognition-due']).toMatchObject({ date: '2026-02-05', state: 'due' });
    expect(dates['recognition-consider-by']).toMatchObject({ date: '2026-03-26', state: 'overdue' });
  });

  it('recognises late approval as official FROM THE DUE DATE, moves the member in the counts, and says it was considered late', async () => {
    const m = await newProbationary();
    const before = await kit.members.counts(kit.chiBo.id);
    const done = await kit.lifecycle.recognition({
      id: m.id,
      expectedVersion: 1,
      outcome: 'approved',
      consideredOn: '2026-11-10',
      votes: { inFavour: 6, eligible: 9 },
      decision: decision('2026-11-20', '301-QĐ/ĐU'),
    });
    expect(done.member).toMatchObject({ status: 'official', statusSince: '2026-09-15', version: 2, periods: [{ recognitionDate: '2026-09-15' }] });
    expect(done.event).toMatchObject({ kind: 'recognised', effectiveOn: '2026-09-15', previousStatus: 'probationary', status: 'official' });
    expect(done.event.details).toMatchObject({ dueDate: '2026-09-15', considerBy: '2026-10-27', consideredLate: true });
    const after = await kit.members.counts(kit.chiBo.id);
    expect(after.byStatus.official - before.byStatus.official).toBe(1);
    expect(after.byStatus.probationary - before.byStatus.probationary).toBe(-1);
    expect(await kit.outboxTypes(m.id)).toEqual(['members.member.created.v1', 'members.member.recognised.v1', 'members.member.status-changed.v1']);
    expect(done.lifecycle.partyAge).toMatchObject({ since: '2025-09-01', rule: { article: 'Điều 5 khoản 4' } });
  });

  it('escalates after three failed votes, refuses a fourth, then records non-recognition and the removal it proposes', async () => {
    const m = await newProbationary();
    let version = 1;
    for (const attempt of [1, 2, 3]) {
      const r = await kit.lifecycle.recognition({ id: m.id, expectedVersion: version, outcome: 'vote-failed', consideredOn: `2026-10-0${attempt + 1}`, votes: { inFavour: 5, eligible: 9 } });
      version = r.member.version;
      expect(r.event.details).toMatchObject({ attempt, maxVotes: 3, escalated: attempt === 3 });
      expect(r.lifecycle.recognition).toMatchObject({ failedVotes: attempt, escalated: attempt === 3 });
    }
    const fourth = await refusal(kit.lifecycle.recognition({ id: m.id, expectedVersion: version, outcome: 'vote-failed', consideredOn: '2026-10-20', votes: { inFavour: 4, eligible: 9 } }));
    expect(fourth).toMatchObject({ code: 'COMMON.RULE_VIOLATION', fields: ['outcome:escalated'] });
    const refused = await kit.lifecycle.recognition({ id: m.id, expectedVersion: version, outcome: 'not-recognised', consideredOn: '2026-10-25', decision: decision('2026-11-02', '77-QĐ/ĐU') });
    expect(refused.member.status).toBe('probationary');
    expect(refused.lifecycle.recognition).toMatchObject({ removalProposed: true, escalated: true });
    const removed = await kit.lifecycle.remove({
      id: m.id,
      expectedVersion: refused.member.version,
      ground: 'du-bi-khong-du-tu-cach',
      decision: decision('2026-11-10', '80-QĐ/ĐU'),
      effectiveOn: '2026-11-10',
    });
    expect(removed.member).toMatchObject({ status: 'removed', statusSince: '2026-11-10', periods: [{ endedOn: '2026-11-10' }] });
    expect(removed.lifecycle.dates.find((d) => d.key === 'removal-complaint-by')).toMatchObject({ date: '2026-12-22', rule: { table: 'removal-rules' } });
  });

  it('refuses a vote that reaches two thirds as "failed", a consideration before probation ends, and a decision before the meeting', async () => {
    const m = await newProbationary();
    expect(await refusal(kit.lifecycle.recognition({ id: m.id, expectedVersion: 1, outcome: 'vote-failed', consideredOn: '2026-10-01', votes: { inFavour: 6, eligible: 9 } }))).toMatchObject({
      code: 'COMMON.VALIDATION_FAILED',
      fields: ['votes.inFavour:reachesTwoThirds'],
    });
    const early = await refusal(kit.lifecycle.recognition({ id: m.id, expectedVersion: 1, outcome: 'approved', consideredOn: '2026-09-01', decision: decision('2026-08-30') }));
    expect(early.code).toBe('COMMON.VALIDATION_FAILED');
    expect(early.fields).toEqual(['consideredOn:beforeDue', 'decision.date:beforeConsidered']);
    expect(early.messages[0]).toBe('consideredOn: chỉ xét công nhận chính thức khi hết 12 tháng dự bị (15/09/2026)');
  });

  it('answers 412-style version mismatch, 422 for an official member, 404 outside the scope and 403 without members:write', async () => {
    const m = await newProbationary();
    const ceremony = { id: m.id, expectedVersion: 1, heldOn: '2025-09-20' };
    expect(await refusal(kit.lifecycle.ceremony({ ...ceremony, expectedVersion: 7 }))).toMatchObject({ code: 'MEMBERS.MEMBER_VERSION_MISMATCH' });
    expect(await refusal(kit.lifecycle.ceremony(ceremony))).toMatchObject({ code: 'COMMON.RULE_VIOLATION', fields: ['heldOn:ceremonyAlreadyHeld'] });
    expect(await refusal(kit.lifecycle.ceremony(ceremony, officer(kit.otherChiBo.id)))).toMatchObject({ code: 'MEMBERS.MEMBER_NOT_FOUND' });
    expect(await refusal(kit.lifecycle.get(m.id, officer(kit.otherChiBo.id)))).toMatchObject({ code: 'MEMBERS.MEMBER_NOT_FOUND' });
    expect(await refusal(kit.lifecycle.ceremony(ceremony, officer(kit.chiBo.id, ['members:read'])))).toMatchObject({ code: 'COMMON.FORBIDDEN' });
    const official = await kit.members.create(officialMember(kit.chiBo.id));
    const notOpen = await refusal(kit.lifecycle.recognition({ id: official.id, expectedVersion: 1, outcome: 'approved', consideredOn: '2026-01-01', decision: decision('2026-01-02') }));
    expect(notOpen).toMatchObject({ code: 'COMMON.RULE_VIOLATION', fields: ['status:statusNotAllowed'] });
    expect(notOpen.messages[0]).toContain('Đảng viên chính thức');
    expect(await kit.historyKinds(m.id)).toEqual([]);
  });
});
