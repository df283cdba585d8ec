import type { BadgeCircumstancesDto, RecordDisciplineRequest, SetSeriousIllnessRequest } from '@lienthong/contracts';
import { uuidv7 } from '@lienthong/platform';
import type { EntityManager } from 'typeorm';
import { badgeCircumstancesRule, withBadgeDelay, type DisciplineRecord } from './badge-circumstances-rule';

interface DisciplineRow {
  id: string;
  member_id: string;
  form: string;
  decided_on: string;
  decision_ref: string | null;
}

const toDiscipline = (r: DisciplineRow): DisciplineRecord => ({ id: r.id, memberId: r.member_id, form: r.form, decidedOn: r.decided_on, decisionRef: r.decision_ref });

/** member_discipline and member_serious_illness: what the badge rule reads besides the record. */
export const badgeCircumstances = {
  /** A member's circumstances with what the badge rule in force makes of them (each decision's delay). */
  async of(m: EntityManager, memberId: string): Promise<BadgeCircumstancesDto> {
    const disciplines: DisciplineRow[] = await m.query(
      `SELECT id, member_id, form, decided_on::text, decision_ref FROM member_discipline WHERE member_id = $1 ORDER BY decided_on, id`,
      [memberId],
    );
    const illness: { since: string; note: string | null }[] = await m.query(`SELECT since::text, note FROM member_serious_illness WHERE member_id = $1`, [memberId]);
    const { rules, dto } = badgeCircumstancesRule();
    return { memberId, disciplines: disciplines.map((d) => withBadgeDelay(toDiscipline(d), rules)), seriousIllness: illness[0] ?? null, rule: dto };
  },

  async addDiscipline(m: EntityManager, request: RecordDisciplineRequest): Promise<DisciplineRecord> {
    const rows: DisciplineRow[] = await m.query(
      `INSERT INTO member_discipline (id, member_id, form, decided_on, decision_ref) VALUES ($1, $2, $3, $4, $5)
       RETURNING id, member_id, form, decided_on::text, decision_ref`,
      [uuidv7(), request.memberId, request.form, request.decidedOn, request.decisionRef ?? null],
    );
    return toDiscipline(rows[0]);
  },

  async setIllness(m: EntityManager, request: SetSeriousIllnessRequest): Promise<void> {
    await m.query(
      `INSERT INTO member_serious_illness (member_id, since, note) VALUES ($1, $2, $3)
       ON CONFLICT (member_id) DO UPDATE SET since = EXCLUDED.since, note = EXCLUDED.note`,
      [request.memberId, request.since, request.note ?? null],
    );
  },

  async clearIllness(m: EntityManager, memberId: string): Promise<void> {
    await m.query(`DELETE FROM member_serious_illness WHERE member_id = $1`, [memberId]);
  },
};
