import { MEMBER_REQUIRED_ON_CREATE, type CreateMemberRequest, type MemberDto } from '@lienthong/contracts';
import { foldVietnamese, OutboxWriter, uuidv7, type HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { partyToday } from '../../orgs/org-kind-rules';
import { ScopedAccess } from '../../scope';
import { memberCreated } from '../member-events';
import { memberError, missingFields } from '../member.exceptions';
import { toMemberDto, toMemberSummary } from '../member.mapper';
import { assertRecordValid, canReadSensitive, cardRows, defaultStatusSince, derivedColumns, familyOf, periodRows } from '../member-record';
import { MemberRepository } from '../member.repository';

/** Records a party member on the official roll of an org within the actor's scope. */
@Injectable()
export class CreateMemberUseCase {
  constructor(
    @Inject(MemberRepository) private readonly members: MemberRepository,
    @Inject(ScopedAccess) private readonly access: ScopedAccess,
    @Inject(OutboxWriter) private readonly outbox: OutboxWriter,
  ) {}

  execute(request: CreateMemberRequest, context: HandlerContext): Promise<MemberDto> {
    const { auth, language } = context;
    const missing = MEMBER_REQUIRED_ON_CREATE.filter((field) => request[field] === undefined);
    if (missing.length > 0) throw missingFields(language, missing);
    const { fullName, sex, dateOfBirth, status } = request as Required<CreateMemberRequest>;
    if (request.sensitive && !canReadSensitive(auth)) throw memberError('COMMON.FORBIDDEN', language);
    const today = partyToday();
    const periods = periodRows(request.periods ?? []);
    const cards = cardRows(request.cards ?? []);
    const statusSince = request.statusSince ?? defaultStatusSince(status, periods, today);
    return this.members.transaction(async (m) => {
      // FOR SHARE: a concurrent close of the org waits for us.
      const scope = await this.access.scopeOf({ auth }, m);
      const org = await this.access.requireVisibleOrg(m, request.orgId, scope, context, { lock: 'share' });
      this.access.assertMayWrite(context, scope, org);
      if (org.status === 'closed') throw memberError('MEMBERS.ORG_CLOSED', language);
      const record = { dateOfBirth, citizenId: request.citizenId ?? null, historyNumber: request.historyNumber ?? null, status, statusSince, periods, cards };
      await assertRecordValid(this.members, m, record, today, language);
      const id = uuidv7();
      await this.members.insert(m, {
        id,
        fullName,
        fullNameFolded: foldVietnamese(fullName),
        birthName: request.birthName ?? null,
        aliases: request.aliases ?? [],
        sex,
        dateOfBirth,
        placeOfBirth: request.placeOfBirth ?? null,
        homeTown: request.homeTown ?? null,
        permanentResidence: request.permanentResidence ?? null,
        temporaryResidence: request.temporaryResidence ?? null,
        citizenId: record.citizenId,
        occupation: request.occupation ?? null,
        education: request.education ?? null,
        qualifications: request.qualifications ?? null,
        politicalTheory: request.politicalTheory ?? null,
        languages: request.languages ?? [],
        historyNumber: record.historyNumber,
        status,
        statusSince,
        ...derivedColumns(periods, cards),
        orgId: org.id,
        orgPath: org.path,
      });
      await this.members.replacePeriods(m, id, periods);
      await this.members.replaceCards(m, id, cards);
      const last = periods[periods.length - 1];
      await this.members.insertMembership(m, { id: uuidv7(), memberId: id, orgId: org.id, kind: 'official', startedOn: last.admissionDecisionDate, endedOn: null });
      if (request.sensitive) {
        const s = request.sensitive;
        await this.members.saveSensitive(m, { memberId: id, ethnicity: s.ethnicity ?? null, religion: s.religion ?? null, family: familyOf(s.family), health: s.health ?? null });
      }
      const created = await this.members.getById(m, id);
      await this.outbox.append(m, memberCreated(toMemberSummary(created)), context);
      return toMemberDto(created, await this.members.parts(m, id, canReadSensitive(auth)), canReadSensitive(auth));
    });
  }
}
