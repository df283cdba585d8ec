import { EVENTS, type LifecycleActionResultDto, type LifecycleDecisionInput, type LifecycleEventKind, type LifecycleTargetRequest, type MemberLifecycleEventV1, type MemberStatus } from '@lienthong/contracts';
import { OutboxWriter, uuidv7, type EventDraft, type HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { partyToday } from '../orgs/org-kind-rules';
import { ScopedAccess } from '../scope';
import type { MemberPeriodEntity } from '../members/entities/member-period.entity';
import type { PartyMemberEntity } from '../members/entities/party-member.entity';
import { memberStatusChanged, memberUpdated } from '../members/member-events';
import { invalidRecord, memberError } from '../members/member.exceptions';
import { toMemberDto, toMemberSummary } from '../members/member.mapper';
import { canReadSensitive } from '../members/member-record';
import { MemberRepository, type MemberPatch } from '../members/member.repository';
import { checkRecord, partyAgeSince, type PeriodToCheck } from '../members/rules/member-record-rules';
import { toLifecycleEventDto } from './lifecycle-event.mapper';
import { statusNotAllowed } from './lifecycle-checks';
import { firstHistoryPage, lifecycleView } from './lifecycle-view';
import type { MemberLifecycleEventEntity } from './member-lifecycle-event.entity';
import { MemberLifecycleRepository, type PeriodPatch } from './member-lifecycle.repository';

/** What an action sees: the locked record, its current period, its history (newest first), today. */
export interface LifecycleState {
  member: PartyMemberEntity;
  periods: MemberPeriodEntity[];
  period: MemberPeriodEntity;
  events: MemberLifecycleEventEntity[];
  today: string;
  context: HandlerContext;
}

/** What an action changes and records. */
export interface LifecyclePlan {
  kind: LifecycleEventKind;
  effectiveOn: string;
  decision?: LifecycleDecisionInput | null;
  reason?: string | null;
  details?: Record<string, unknown>;
  status?: MemberStatus;
  statusSince?: string;
  period?: PeriodPatch;
}

const EVENT_TYPE: Record<LifecycleEventKind, string> = {
  'admission-recorded': EVENTS.members.memberAdmissionRecorded,
  'ceremony-held': EVENTS.members.memberCeremonyHeld,
  recognised: EVENTS.members.memberRecognised,
  'recognition-vote-failed': EVENTS.members.memberRecognitionVoteFailed,
  'recognition-refused': EVENTS.members.memberRecognitionRefused,
  exempted: EVENTS.members.memberExempted,
  'exemption-ended': EVENTS.members.memberExemptionEnded,
  removed: EVENTS.members.memberRemoved,
  expelled: EVENTS.members.memberExpelled,
  left: EVENTS.members.memberLeft,
  died: EVENTS.members.memberDied,
};

const ENDING: readonly MemberStatus[] = ['removed', 'expelled', 'resigned', 'deceased'];

/**
 * The one path every lifecycle action takes, in one transaction: the record in scope (404), the write
 * right (403), If-Match (412), the status the action needs (422), the action's own checks (400), then
 * the period and status change, the whole record checked again, the history row, and the outbox facts —
 * `members.member.<kind>.v1` plus `status-changed`/`updated` at the same version for existing readers.
 * The đảng số follows the status through the member_count triggers.
 */
@Injectable()
export class LifecycleWriter {
  constructor(
    @Inject(MemberRepository) private readonly members: MemberRepository,
    @Inject(MemberLifecycleRepository) private readonly lifecycle: MemberLifecycleRepository,
    @Inject(ScopedAccess) private readonly access: ScopedAccess,
    @Inject(OutboxWriter) private readonly outbox: OutboxWriter,
  ) {}

  run(
    request: LifecycleTargetRequest,
    context: HandlerContext,
    allowed: readonly MemberStatus[],
    plan: (state: LifecycleState) => LifecyclePlan,
  ): Promise<LifecycleActionResultDto> {
    const { auth, language } = context;
    return this.members.transaction(async (m) => {
      const scope = await this.access.scopeOf({ auth }, m);
      const member = await this.members.findVisible(m, request.id, scope, true);
      if (!member) throw memberError('MEMBERS.MEMBER_NOT_FOUND', language);
      this.access.assertMayWrite(context, scope, { id: member.orgId });
      if (member.version !== request.expectedVersion) throw memberError('MEMBERS.MEMBER_VERSION_MISMATCH', language);
      if (!allowed.includes(member.status)) throw statusNotAllowed(language, member.status, allowed);
      const parts = await this.members.parts(m, member.id, false);
      const period = parts.periods[parts.periods.length - 1];
      const events = await this.lifecycle.events(m, member.id);
      const today = partyToday();
      const change = plan({ member, periods: parts.periods, period, events, today, context });
      const periods = parts.periods.map((p) => (p.seq === period.seq ? { ...p, ...change.period } : p));
      const patch = memberPatch(member, periods, change);
      const broken = checkRecord(
        { dateOfBirth: member.dateOfBirth, periods, cards: parts.cards, historyNumber: member.historyNumber, status: patch.status ?? member.status, statusSince: patch.statusSince ?? member.statusSince },
        await this.members.rules(m),
        today,
        language,
      );
      if (broken.length > 0) throw invalidRecord(language, broken);
      await this.lifecycle.updatePeriod(m, member.id, period.seq, change.period ?? {});
      const updated = await this.members.update(m, member.id, patch);
      if (patch.status && ENDING.includes(patch.status)) {
        await this.members.endMemberships(m, member.id, 'official', change.effectiveOn);
        await this.members.endMemberships(m, member.id, 'temporary', change.effectiveOn);
      }
      const event = await this.record(m, updated, member.status, period.seq, change, context);
      await this.tell(m, updated, member.status, event, context);
      const sensitive = canReadSensitive(auth);
      const after = await this.members.parts(m, member.id, sensitive);
      const history = [event, ...events];
      return { member: toMemberDto(updated, after, sensitive), event: toLifecycleEventDto(event), lifecycle: lifecycleView(updated, after.periods, history, firstHistoryPage(history), today) };
    });
  }

  private record(m: EntityManager, member: PartyMemberEntity, previousStatus: MemberStatus, periodSeq: number, change: LifecyclePlan, context: HandlerContext) {
    return this.lifecycle.insert(m, {
      id: uuidv7(),
      memberId: member.id,
      periodSeq,
      kind: change.kind,
      effectiveOn: change.effectiveOn,
      decisionNumber: change.decision?.number ?? null,
      decisionDate: change.decision?.date ?? null,
      decisionIssuer: change.decision?.issuer ?? null,
      reason: change.reason ?? null,
      previousStatus,
      status: member.status,
      details: change.details ?? {},
      memberVersion: member.version,
      recordedBy: context.auth.actor,
    });
  }

  private async tell(m: EntityManager, member: PartyMemberEntity, previousStatus: MemberStatus, event: MemberLifecycleEventEntity, context: HandlerContext): Promise<void> {
    const summary = toMemberSummary(member);
    const fact: EventDraft<MemberLifecycleEventV1> = {
      type: EVENT_TYPE[event.kind],
      aggregateId: member.id,
      aggregateVersion: member.version,
      ownerOrgId: member.orgId,
      payload: {
        member: summary,
        kind: event.kind,
        lifecycleEventId: event.id,
        effectiveOn: event.effectiveOn,
        decision: toLifecycleEventDto(event).decision,
        previousStatus,
        details: event.details,
      },
    };
    await this.outbox.append(m, fact, context);
    await this.outbox.append(m, member.status !== previousStatus ? memberStatusChanged(summary, previousStatus, member.statusSince) : memberUpdated(summary), context);
  }
}

/** The record's columns the change moves: status, since when, and what follows from the periods. */
function memberPatch(member: PartyMemberEntity, periods: readonly PeriodToCheck[], change: LifecyclePlan): MemberPatch {
  const patch: MemberPatch = {};
  if (change.status && change.status !== member.status) patch.status = change.status;
  if (change.statusSince && change.statusSince !== member.statusSince) patch.statusSince = change.statusSince;
  if (periods[0].admissionDecisionDate !== member.firstAdmissionDate) patch.firstAdmissionDate = periods[0].admissionDecisionDate;
  const ageSince = partyAgeSince(periods);
  if (ageSince !== member.partyAgeSince) patch.partyAgeSince = ageSince;
  return patch;
}
