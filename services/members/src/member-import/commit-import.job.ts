import type { CreateMemberRequest, MemberSummaryDto } from '@lienthong/contracts';
import { foldVietnamese, uuidv7, type JobContext, type JobDefinition, type Language, type OutboxWriter } from '@lienthong/platform';
import type { DataSource, EntityManager } from 'typeorm';
import { partyToday } from '../orgs/org-kind-rules';
import { memberCreated } from '../members/member-events';
import { cardRows, defaultStatusSince, derivedColumns, periodRows } from '../members/member-record';
import { appendSetChecks } from './import-duplicate-checks';
import { IMPORT_CHUNK_ROWS, type ImportJobParams } from './parse-import.job';

export const COMMIT_IMPORT_JOB = 'members.import-commit';

/** Where a commit stands: every row up to `lastRow` is done (created or skipped). */
export interface CommitCheckpoint {
  lastRow: number;
}

interface ChunkRow {
  row_number: number;
  request: CreateMemberRequest;
}

/** The members of one chunk, written set-based: record, periods, cards, official membership, row → member mapping. */
async function createMembers(m: EntityManager, importId: string, rows: ChunkRow[], today: string): Promise<MemberSummaryDto[]> {
  const members = rows.map(({ row_number, request: r }) => {
    const periods = periodRows(r.periods ?? []);
    const cards = cardRows(r.cards ?? []);
    const derived = derivedColumns(periods, cards);
    return {
      row_number,
      id: uuidv7(),
      full_name: r.fullName,
      full_name_folded: foldVietnamese(r.fullName!),
      sex: r.sex,
      date_of_birth: r.dateOfBirth,
      place_of_birth: r.placeOfBirth ?? null,
      home_town: r.homeTown ?? null,
      permanent_residence: r.permanentResidence ?? null,
      citizen_id: r.citizenId ?? null,
      occupation: r.occupation ?? null,
      education: r.education ?? null,
      political_theory: r.politicalTheory ?? null,
      history_number: r.historyNumber ?? null,
      status: r.status,
      status_since: r.statusSince ?? defaultStatusSince(r.status!, periods, today),
      first_admission_date: derived.firstAdmissionDate,
      party_age_since: derived.partyAgeSince,
      card_number: derived.cardNumber,
      org_id: r.orgId,
      periods,
      cards,
    };
  });
  const json = JSON.stringify(members);
  const inserted = await m.query<MemberSummaryDto[]>(
    `INSERT INTO party_member (id, full_name, full_name_folded, sex, date_of_birth, place_of_birth, home_town, permanent_residence, citizen_id,
                               occupation, education, political_theory, history_number, status, status_since, first_admission_date,
                               party_age_since, card_number, org_id, org_path)
     SELECT s.id, s.full_name, s.full_name_folded, s.sex, s.date_of_birth, s.place_of_birth, s.home_town, s.permanent_residence, s.citizen_id,
            s.occupation, s.education, s.political_theory, s.history_number, s.status, s.status_since, s.first_admission_date,
            s.party_age_since, s.card_number, o.id, o.path
       FROM jsonb_to_recordset($1::jsonb) AS s(id uuid, full_name text, full_name_folded text, sex text, date_of_birth date, place_of_birth text,
            home_town text, permanent_residence text, citizen_id text, occupation text, education text, political_theory text, history_number text,
            status text, status_since date, first_admission_date date, party_age_since date, card_number text, org_id uuid)
       JOIN org o ON o.id = s.org_id
     RETURNING id, full_name AS "fullName", sex, to_char(date_of_birth, 'YYYY-MM-DD') AS "dateOfBirth", status, org_id AS "orgId",
               citizen_id AS "citizenId", card_number AS "cardNumber", to_char(first_admission_date, 'YYYY-MM-DD') AS "firstAdmissionDecisionDate",
               to_char(party_age_since, 'YYYY-MM-DD') AS "partyAgeSince", version`,
    [json],
  );
  await m.query(
    `INSERT INTO member_period (member_id, seq, admission_decision_date, admission_decision_number, ceremony_date, recognition_date, ended_on, end_reason)
     SELECT s.id, p.ord, (p.v->>'admissionDecisionDate')::date, p.v->>'admissionDecisionNumber', (p.v->>'ceremonyDate')::date, (p.v->>'recognitionDate')::date,
            (p.v->>'endedOn')::date, p.v->>'endReason'
       FROM jsonb_to_recordset($1::jsonb) AS s(id uuid, periods jsonb), jsonb_array_elements(s.periods) WITH ORDINALITY AS p(v, ord)`,
    [json],
  );
  await m.query(
    `INSERT INTO member_card (member_id, seq, card_number, issued_on, replaced_on)
     SELECT s.id, c.ord, c.v->>'cardNumber', (c.v->>'issuedOn')::date, (c.v->>'replacedOn')::date
       FROM jsonb_to_recordset($1::jsonb) AS s(id uuid, cards jsonb), jsonb_array_elements(s.cards) WITH ORDINALITY AS c(v, ord)`,
    [json],
  );
  const memberships = members.map((mb) => ({ id: uuidv7(), member_id: mb.id, org_id: mb.org_id, started_on: mb.periods[mb.periods.length - 1].admissionDecisionDate }));
  await m.query(
    `INSERT INTO member_org_membership (id, member_id, org_id, kind, started_on)
     SELECT s.id, s.member_id, s.org_id, 'official', s.started_on FROM jsonb_to_recordset($1::jsonb) AS s(id uuid, member_id uuid, org_id uuid, started_on date)`,
    [JSON.stringify(memberships)],
  );
  await m.query(
    `UPDATE member_import_row r SET member_id = s.id FROM jsonb_to_recordset($2::jsonb) AS s(row_number int, id uuid)
      WHERE r.import_id = $1 AND r.row_number = s.row_number`,
    [importId, JSON.stringify(members.map((mb) => ({ row_number: mb.row_number, id: mb.id })))],
  );
  return inserted;
}

/**
 * Commits the valid rows of a parsed import in chunks of IMPORT_CHUNK_ROWS, one transaction per
 * chunk with its checkpoint (a crash resumes after the last committed chunk). Each chunk's rows
 * are locked, checked again against the database (a CCCD or card recorded since the preview
 * makes that row an error, never a failed chunk), then created set-based with one
 * `members.member.created.v1` fact each in the outbox. Rows already mapped to a member are never
 * created again: committing twice creates nobody twice.
 */
export async function commitImport(
  dataSource: DataSource,
  outbox: OutboxWriter,
  ctx: Pick<JobContext<ImportJobParams, CommitCheckpoint>, 'params' | 'checkpoint' | 'transaction' | 'reportProgress' | 'throwIfCancelled' | 'actor' | 'runId'>,
): Promise<void> {
  const { importId } = ctx.params;
  const [head] = await dataSource.query<{
    status: string;
    language: Language;
    column_letters: Record<string, string>;
  }[]>(`SELECT status, language, column_letters FROM member_import WHERE id = $1`, [importId]);
  if (!head || head.status !== 'committing') return;
  const letters = new Map(Object.entries(head.column_letters));
  const today = partyToday();
  let lastRow = ctx.checkpoint?.lastRow ?? 1;
  for (;;) {
    ctx.throwIfCancelled();
    const done = await ctx.transaction(async (tx) => {
      const m = tx.manager;
      const chunk = await m.query<{ row_number: number }[]>(
        `SELECT row_number FROM member_import_row WHERE import_id = $1 AND row_number > $2 AND errors = '[]'::jsonb AND member_id IS NULL
          ORDER BY row_number LIMIT $3 FOR UPDATE`,
        [importId, lastRow, IMPORT_CHUNK_ROWS],
      );
      if (chunk.length === 0) return true;
      const [from, to] = [chunk[0].row_number, chunk[chunk.length - 1].row_number];
      await appendSetChecks(m, importId, head.language, letters, { fromRow: from, toRow: to, validOnly: true });
      const rows = await m.query<ChunkRow[]>(
        `SELECT row_number, request FROM member_import_row WHERE import_id = $1 AND row_number BETWEEN $2 AND $3 AND errors = '[]'::jsonb AND member_id IS NULL ORDER BY row_number`,
        [importId, from, to],
      );
      const created = rows.length > 0 ? await createMembers(m, importId, rows, today) : [];
      if (created.length > 0) await outbox.appendAll(m, created.map(memberCreated), { auth: { actor: ctx.actor }, correlationId: ctx.runId });
      await m.query(
        `UPDATE member_import i SET rows_committed = rows_committed + $2, updated_at = now(),
                rows_valid = (SELECT count(*) FROM member_import_row r WHERE r.import_id = i.id AND r.errors = '[]'::jsonb),
                rows_invalid = (SELECT count(*) FROM member_import_row r WHERE r.import_id = i.id AND r.errors <> '[]'::jsonb)
          WHERE id = $1`,
        [importId, created.length],
      );
      await tx.saveCheckpoint({ lastRow: to });
      lastRow = to;
      return false;
    });
    if (done) break;
    const [{ rows_committed }] = await dataSource.query<{ rows_committed: number }[]>(`SELECT rows_committed FROM member_import WHERE id = $1`, [importId]);
    ctx.reportProgress({ phase: 'committing', done: rows_committed });
  }
  await dataSource.query(`UPDATE member_import SET status = 'committed', updated_at = now() WHERE id = $1 AND status = 'committing'`, [importId]);
  ctx.reportProgress({ phase: 'committed' });
}

export function commitImportJob(dataSource: DataSource, outbox: OutboxWriter): JobDefinition<ImportJobParams, CommitCheckpoint> {
  return {
    name: COMMIT_IMPORT_JOB,
    exclusive: false,
    retry: { maxAttempts: 5 },
    parseParams: (raw) => ({ importId: String((raw as ImportJobParams).importId) }),
    run: (ctx) => commitImport(dataSource, outbox, ctx),
  };
}
