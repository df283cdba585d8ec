import type { MemberStatus } from '@lienthong/contracts';
import { uuidv7, type EventDraft } from '@lienthong/platform';
import { maxDate, minDate } from '@lienthong/rules';
import type { EntityManager } from 'typeorm';
import { PartyMemberEntity } from '../members/entities/party-member.entity';
import { memberStatusChanged, memberTransferred } from '../members/member-events';
import { toMemberSummary } from '../members/member.mapper';
import type { MemberRepository } from '../members/member.repository';
import type { OrgEntity } from '../orgs/org.entity';
import type { MemberTransferEntity } from './member-transfer.entity';
import { returningRows } from './sql-rows';

// What each step of the handshake does to the member's record (the roll, đảng số):
// - issue: official → `transferred-out` (off the sending roll) and its official membership ends on the
//   letter date (the gap until the receiving side confirms is a transfer gap, members.md §4.2);
//   temporary → `temporarily-transferred-out` (still on the home roll, 29-QĐ/TW);
// - confirm: official → the record moves to the receiving org with a new official membership and its
//   status before the transfer; temporary → a temporary membership at the host (not in its đảng số);
//   to an organisation outside the system nothing moves: the record stays, transferred out;
// - refuse, cancel, expire: the record is as it was before the issue (membership reopened, status back);
// - return (a confirmed temporary transfer whose period ran out, or ended early): the hosted membership
//   ends on the day the member came back and the status is back as before the issue.

export const ON_ROLL_FOR_TRANSFER: readonly MemberStatus[] = ['probationary', 'official', 'exempt'];

export async function applyIssue(
  m: EntityManager,
  members: MemberRepository,
  member: PartyMemberEntity,
  transfer: { kind: 'official' | 'temporary'; letterDate: string },
  today: string,
): Promise<{ reopenMembershipId: string | null; event: EventDraft<unknown> }> {
  let reopenMembershipId: string | null = null;
  if (transfer.kind === 'official') {
    const rows = await returningRows<{ id: string }>(
      m,
      `UPDATE member_org_membership SET ended_on = GREATEST($2::date, started_on)
        WHERE member_id = $1 AND kind = 'official' AND ended_on IS NULL RETURNING id`,
      [member.id, transfer.letterDate],
    );
    reopenMembershipId = rows[0]?.id ?? null;
  }
  const status: MemberStatus = transfer.kind === 'official' ? 'transferred-out' : 'temporarily-transferred-out';
  const statusSince = maxDate(minDate(transfer.letterDate, today), member.statusSince);
  const updated = await members.update(m, member.id, { status, statusSince });
  return { reopenMembershipId, event: memberStatusChanged(toMemberSummary(updated), member.status, statusSince) };
}

/** Confirmed by the receiving side in the system on `decidedOn`. */
export async function applyConfirm(
  m: EntityManager,
  members: MemberRepository,
  transfer: MemberTransferEntity,
  target: OrgEntity,
  decidedOn: string,
): Promise<EventDraft<unknown>[]> {
  const member = await members.getById(m, transfer.memberId);
  await members.insertMembership(m, { id: uuidv7(), memberId: member.id, orgId: target.id, kind: transfer.kind, startedOn: decidedOn, endedOn: null });
  const move = { kind: transfer.kind, fromOrgId: transfer.fromOrgId, toOrgId: target.id, effectiveOn: decidedOn };
  if (transfer.kind === 'temporary') {
    const updated = await members.update(m, member.id, {});
    return [memberTransferred(toMemberSummary(updated), move)];
  }
  const updated = await members.update(m, member.id, { orgId: target.id, orgPath: target.path, status: transfer.statusBefore, statusSince: transfer.statusSinceBefore });
  const summary = toMemberSummary(updated);
  return [memberTransferred(summary, move), memberStatusChanged(summary, member.status, updated.statusSince)];
}

/**
 * Undoes the issue for the transfers given (refused, cancelled or expired), set-based: memberships
 * reopened, status and its date back. Only records still in the transfer's status are touched.
 * Answers the status-changed facts.
 */
export async function restoreRecords(m: EntityManager, transferIds: string[]): Promise<EventDraft<unknown>[]> {
  if (transferIds.length === 0) return [];
  await m.query(
    `UPDATE member_org_membership mm SET ended_on = NULL FROM member_transfer t
      WHERE t.id = ANY($1::uuid[]) AND mm.id = t.reopen_membership_id`,
    [transferIds],
  );
  const rows = await returningRows<{ id: string; previous: MemberStatus }>(
    m,
    `UPDATE party_member p SET status = t.status_before, status_since = t.status_since_before, version = p.version + 1, updated_at = now()
       FROM member_transfer t
      WHERE t.id = ANY($1::uuid[]) AND p.id = t.member_id
        AND p.status = CASE t.kind WHEN 'official' THEN 'transferred-out' ELSE 'temporarily-transferred-out' END
      RETURNING p.id, CASE t.kind WHEN 'official' THEN 'transferred-out' ELSE 'temporarily-transferred-out' END AS previous`,
    [transferIds],
  );
  if (rows.length === 0) return [];
  const updated = await m.find(PartyMemberEntity, { where: rows.map((r) => ({ id: r.id })) });
  const previous = new Map(rows.map((r) => [r.id, r.previous]));
  return updated.map((p) => memberStatusChanged(toMemberSummary(p), previous.get(p.id) ?? 'transferred-out', p.statusSince));
}

/**
 * Ends the confirmed temporary transfers given, set-based, once their `returned_on` is set (the
 * period's last day from the daily job, or the day the member came back early): the host's temporary
 * membership ends that day and the record's status is back as before the issue. Answers the
 * status-changed facts.
 */
export async function applyReturn(m: EntityManager, transferIds: string[]): Promise<EventDraft<unknown>[]> {
  if (transferIds.length === 0) return [];
  await m.query(
    `UPDATE member_org_membership mm SET ended_on = GREATEST(t.returned_on, mm.started_on)
       FROM member_transfer t
      WHERE t.id = ANY($1::uuid[]) AND mm.member_id = t.member_id AND mm.org_id = t.to_org_id AND mm.kind = 'temporary' AND mm.ended_on IS NULL`,
    [transferIds],
  );
  return restoreRecords(m, transferIds);
}
