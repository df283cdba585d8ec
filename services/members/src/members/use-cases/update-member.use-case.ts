import type { MemberDto, MemberSensitiveInput, UpdateMemberRequest } from '@lienthong/contracts';
import { foldVietnamese, OutboxWriter, type HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { partyToday } from '../../orgs/org-kind-rules';
import { ScopedAccess } from '../../scope';
import type { PartyMemberEntity } from '../entities/party-member.entity';
import { memberStatusChanged, memberUpdated } from '../member-events';
import { memberError } from '../member.exceptions';
import { toMemberDto, toMemberSummary } from '../member.mapper';
import { assertRecordValid, canReadSensitive, cardRows, defaultStatusSince, derivedColumns, familyOf, periodRows } from '../member-record';
import { MemberRepository, type MemberPatch } from '../member.repository';

/** Plain fields an update may set as they come. */
const PLAIN_FIELDS = [
  'birthName',
  'aliases',
  'sex',
  'dateOfBirth',
  'placeOfBirth',
  'homeTown',
  'permanentResidence',
  'temporaryResidence',
  'citizenId',
  'occupation',
  'education',
  'qualifications',
  'politicalTheory',
  'languages',
  'historyNumber',
  'status',
  'statusSince',
] as const;

/**
 * Changes a record if nobody changed it since `expectedVersion` (no lost update). The whole
 * record is checked again after the change; periods and cards, when sent, replace the lists.
 * One event per change: `status-changed` when the status changed, `updated` otherwise.
 */
@Injectable()
export class UpdateMemberUseCase {
  constructor(
    @Inject(MemberRepository) private readonly members: MemberRepository,
    @Inject(ScopedAccess) private readonly access: ScopedAccess,
    @Inject(OutboxWriter) private readonly outbox: OutboxWriter,
  ) {}

  execute(request: UpdateMemberRequest, context: HandlerContext): Promise<MemberDto> {
    const { auth, language } = context;
    const sensitiveAllowed = canReadSensitive(auth);
    return this.members.transaction(async (m) => {
      const scope = await this.access.scopeOf({ auth }, m);
      const member = await this.members.findVisible(m, request.id, scope, true);
      if (!member) throw memberError('MEMBERS.MEMBER_NOT_FOUND', language);
      this.access.assertMayWrite(context, scope, { id: member.orgId });
      if (member.version !== request.expectedVersion) throw memberError('MEMBERS.MEMBER_VERSION_MISMATCH', language);
      // A field the caller may not read is not theirs to overwrite either.
      if (request.sensitive && !sensitiveAllowed) throw memberError('COMMON.FORBIDDEN', language);
      const parts = await this.members.parts(m, member.id, false);
      const today = partyToday();
      const patch = plainPatch(request, member);
      const status = patch.status ?? member.status;
      const periods = request.periods ? periodRows(request.periods) : parts.periods.map(({ memberId: _m, seq: _s, ...p }) => p);
      const cards = request.cards ? cardRows(request.cards) : parts.cards.map(({ memberId: _m, seq: _s, ...c }) => c);
      if (patch.status !== undefined && request.statusSince === undefined) patch.statusSince = defaultStatusSince(status, periods, today);
      await assertRecordValid(
        this.members,
        m,
        {
          memberId: member.id,
          dateOfBirth: patch.dateOfBirth ?? member.dateOfBirth,
          citizenId: patch.citizenId === undefined ? member.citizenId : patch.citizenId,
          historyNumber: patch.historyNumber === undefined ? member.historyNumber : patch.historyNumber,
          status,
          statusSince: patch.statusSince ?? member.statusSince,
          periods,
          cards,
        },
        today,
        language,
      );
      if (request.fullName !== undefined && request.fullName !== member.fullName) {
        patch.fullName = request.fullName;
        patch.fullNameFolded = foldVietnamese(request.fullName);
      }
      Object.assign(patch, derivedChanges(member, derivedColumns(periods, cards)));
      const listsChanged = request.periods !== undefined || request.cards !== undefined;
      const sensitiveChanged = request.sensitive !== undefined && (await this.saveSensitive(m, member.id, request.sensitive));
      // Nothing changes: no new version and no event, so that a repeated request is harmless.
      if (Object.keys(patch).length === 0 && !listsChanged && !sensitiveChanged) {
        return toMemberDto(member, await this.members.parts(m, member.id, sensitiveAllowed), sensitiveAllowed);
      }
      if (request.periods) await this.members.replacePeriods(m, member.id, periods);
      if (request.cards) await this.members.replaceCards(m, member.id, cards);
      const updated = await this.members.update(m, member.id, patch);
      const summary = toMemberSummary(updated);
      const event = updated.status !== member.status ? memberStatusChanged(summary, member.status, updated.statusSince) : memberUpdated(summary);
      await this.outbox.append(m, event, context);
      return toMemberDto(updated, await this.members.parts(m, member.id, sensitiveAllowed), sensitiveAllowed);
    });
  }

  /** Merges the sent sensitive fields into the stored ones; answers whether anything was sent. */
  private async saveSensitive(m: EntityManager, memberId: string, input: MemberSensitiveInput): Promise<boolean> {
    const current = (await this.members.parts(m, memberId, true)).sensitive;
    await this.members.saveSensitive(m, {
      memberId,
      ethnicity: input.ethnicity === undefined ? (current?.ethnicity ?? null) : input.ethnicity,
      religion: input.religion === undefined ? (current?.religion ?? null) : input.religion,
      family: input.family === undefined ? (current?.family ?? []) : familyOf(input.family),
      health: input.health === undefined ? (current?.health ?? null) : input.health,
    });
    return true;
  }
}

/** The plain fields the request sets to something new. */
function plainPatch(request: UpdateMemberRequest, member: PartyMemberEntity): MemberPatch {
  const patch: Record<string, unknown> = {};
  for (const field of PLAIN_FIELDS) {
    const value = request[field];
    if (value === undefined) continue;
    const current = member[field];
    const same = Array.isArray(value) && Array.isArray(current) ? value.join('\u0000') === current.join('\u0000') : value === current;
    if (!same) patch[field] = value;
  }
  return patch;
}

function derivedChanges(member: PartyMemberEntity, derived: ReturnType<typeof derivedColumns>): MemberPatch {
  const patch: MemberPatch = {};
  if (derived.firstAdmissionDate !== member.firstAdmissionDate) patch.firstAdmissionDate = derived.firstAdmissionDate;
  if (derived.partyAgeSince !== member.partyAgeSince) patch.partyAgeSince = derived.partyAgeSince;
  if (derived.cardNumber !== member.cardNumber) patch.cardNumber = derived.cardNumber;
  return patch;
}
