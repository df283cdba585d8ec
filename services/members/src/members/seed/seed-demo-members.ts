import { EVENTS } from '@lienthong/contracts';
import { advisoryLockKey, foldVietnamese, OutboxWriter, systemClaims, uuidv7 } from '@lienthong/platform';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { OrgEntity } from '../../orgs/org.entity';
import { PartyMemberEntity } from '../entities/party-member.entity';
import { toMemberSummary } from '../member.mapper';
import { MemberRepository } from '../member.repository';
import { addMonths } from '../rules/party-dates';
import { DEMO_GIVEN, DEMO_MEMBERS_PER_CHI_BO, DEMO_MIDDLE, DEMO_SURNAMES } from './demo-members';

const SEED_LOCK = advisoryLockKey('members:demo-members-seed');
const CHI_BO_KINDS = ['chi-bo-co-so', 'chi-bo-truc-thuoc'];

/**
 * Gives every chi bộ of the demo tree a few members (official and probationary, with card numbers
 * and history numbers that obey the rules), when there are none yet, in one transaction with their
 * created events. Returns how many it created.
 */
export async function seedDemoMembers(dataSource: DataSource): Promise<number> {
  const members = new MemberRepository(dataSource);
  return dataSource.transaction(async (m) => {
    await m.query('SELECT pg_advisory_xact_lock($1::bigint)', [SEED_LOCK]);
    const [{ present }] = await m.query<{ present: boolean }[]>('SELECT EXISTS (SELECT 1 FROM party_member) AS present');
    if (present) return 0;
    const cells = await m.createQueryBuilder(OrgEntity, 'o').where('o.kind IN (:...kinds)', { kinds: CHI_BO_KINDS }).andWhere(`o.status = 'active'`).orderBy('o.seq').getMany();
    let n = 0;
    for (const cell of cells) {
      for (let i = 0; i < DEMO_MEMBERS_PER_CHI_BO; i += 1) await insertDemoMember(m, members, cell, n++);
    }
    const created = await m.find(PartyMemberEntity);
    const correlationId = randomUUID();
    await new OutboxWriter().appendAll(
      m,
      created.map((p) => {
        const member = toMemberSummary(p);
        return { type: EVENTS.members.memberCreated, aggregateId: member.id, aggregateVersion: member.version, ownerOrgId: member.orgId, payload: { member } };
      }),
      { auth: systemClaims('members'), correlationId },
    );
    return n;
  });
}

async function insertDemoMember(m: EntityManager, members: MemberRepository, cell: OrgEntity, n: number): Promise<void> {
  const sex = n % 3 === 1 ? 'female' : 'male';
  const fullName = `${DEMO_SURNAMES[n % DEMO_SURNAMES.length]} ${DEMO_MIDDLE[sex][n % 4]} ${DEMO_GIVEN[sex][(n * 7) % 12]}`;
  const probationary = n % 8 === 7;
  const birthYear = 1965 + ((n * 5) % 35);
  const dateOfBirth = `${birthYear}-${String((n % 12) + 1).padStart(2, '0')}-${String((n % 27) + 1).padStart(2, '0')}`;
  const decision = probationary ? '2025-09-02' : `${Math.min(birthYear + 25, 2020)}-05-19`;
  const ceremony = addMonths(decision, 0).replace(/-\d\d$/, '-30');
  const recognition = probationary ? null : addMonths(ceremony, 12);
  const id = uuidv7();
  const cardNumber = recognition ? String(10_000_000 + n * 7919).slice(-8) : null;
  await members.insert(m, {
    id,
    fullName,
    fullNameFolded: foldVietnamese(fullName),
    birthName: null,
    aliases: [],
    sex,
    dateOfBirth,
    placeOfBirth: null,
    homeTown: ['Hà Nội', 'Nghệ An', 'Thanh Hóa', 'Hải Dương', 'Quảng Nam'][n % 5],
    permanentResidence: null,
    temporaryResidence: null,
    citizenId: `001${String(birthYear).slice(1)}${String(n).padStart(6, '0')}`,
    occupation: 'Chuyên viên',
    education: '12/12',
    qualifications: 'Cử nhân',
    politicalTheory: probationary ? 'so-cap' : 'trung-cap',
    languages: [],
    historyNumber: `${String(100_000 + n).slice(-6)}HN`,
    status: probationary ? 'probationary' : 'official',
    statusSince: recognition ?? ceremony,
    firstAdmissionDate: decision,
    partyAgeSince: decision,
    cardNumber,
    orgId: cell.id,
    orgPath: cell.path,
  });
  await members.replacePeriods(m, id, [{ admissionDecisionDate: decision, admissionDecisionNumber: null, ceremonyDate: ceremony, recognitionDate: recognition, endedOn: null, endReason: null }]);
  if (cardNumber && recognition) await members.replaceCards(m, id, [{ cardNumber, issuedOn: addMonths(recognition, 3), replacedOn: null }]);
  await members.insertMembership(m, { id: uuidv7(), memberId: id, orgId: cell.id, kind: 'official', startedOn: decision, endedOn: null });
}
