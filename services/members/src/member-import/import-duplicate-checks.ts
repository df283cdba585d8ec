import type { Language } from '@lienthong/platform';
import type { EntityManager } from 'typeorm';

type Text = Record<Language, string>;

/**
 * Set-based checks over the staged rows of an import (or one chunk of it: `fromRow`..`toRow`),
 * each appending an error to the rows it finds: the org column outside the upload's subtree (or
 * closed), and duplicates — within the file (a later row repeating an earlier one) and against
 * the members already recorded — by citizen ID, card number, and name + date of birth.
 */
interface Check {
  field: string;
  code: string;
  /** SQL selecting (row_number, detail) of the rows in error; $1 import id, $2 from row, $3 to row, $4 only rows still valid. */
  sql: string;
  text: (detail: string) => Text;
}

const inRange = `r.import_id = $1 AND r.row_number BETWEEN $2 AND $3 AND ($4::boolean IS FALSE OR r.errors = '[]'::jsonb)`;

/**
 * Rows repeating an earlier row of the file on `columns`, with the first row that has those values:
 * one sort of the import's rows (a window over them), not a self-join — staged rows have no
 * statistics yet, and the planner's nested loop over the join was quadratic (20 000 rows: 100 s).
 */
function duplicateInFileSql(columns: readonly string[]): string {
  const present = columns.map((c) => `${c} IS NOT NULL`).join(' AND ');
  return `SELECT r.row_number, x.first::text AS detail
            FROM (SELECT row_number, min(row_number) OVER (PARTITION BY ${columns.join(', ')}) AS first
                    FROM member_import_row WHERE import_id = $1 AND ${present}) x
            JOIN member_import_row r ON r.import_id = $1 AND r.row_number = x.row_number
           WHERE x.row_number > x.first AND ${inRange}`;
}

const CHECKS: readonly Check[] = [
  {
    field: 'orgId',
    code: 'outsideScope',
    sql: `SELECT r.row_number, r.request->>'orgId' AS detail FROM member_import_row r JOIN member_import i ON i.id = r.import_id
          LEFT JOIN org o ON o.id::text = r.request->>'orgId'
          WHERE ${inRange} AND (o.id IS NULL OR left(o.path, char_length(i.org_path)) <> i.org_path)`,
    text: () => ({ vi: 'tổ chức đảng không thuộc phạm vi của tổ chức đã chọn khi tải lên', en: 'the organisation is not within the one chosen at upload' }),
  },
  {
    field: 'orgId',
    code: 'orgClosed',
    sql: `SELECT r.row_number, o.name AS detail FROM member_import_row r JOIN org o ON o.id::text = r.request->>'orgId'
          WHERE ${inRange} AND o.status = 'closed'`,
    text: (d) => ({ vi: `tổ chức đảng "${d}" đã giải thể/kết thúc hoạt động`, en: `the organisation "${d}" is closed` }),
  },
  ...(['citizen_id', 'card_number'] as const).map((column) => ({
    field: column === 'citizen_id' ? 'citizenId' : 'cards.0.cardNumber',
    code: 'duplicateInFile',
    sql: duplicateInFileSql([column]),
    text: (d: string) => ({ vi: `trùng với dòng ${d} của tệp`, en: `repeats row ${d} of the file` }),
  })),
  {
    field: 'fullName',
    code: 'duplicateInFile',
    sql: duplicateInFileSql(['name_key', 'date_of_birth']),
    text: (d) => ({ vi: `trùng họ tên và ngày sinh với dòng ${d} của tệp`, en: `same name and date of birth as row ${d} of the file` }),
  },
  {
    field: 'citizenId',
    code: 'citizenIdTaken',
    sql: `SELECT r.row_number, p.full_name AS detail FROM member_import_row r JOIN party_member p ON p.citizen_id = r.citizen_id
          WHERE ${inRange} AND r.member_id IS NULL`,
    text: (d) => ({ vi: `số CCCD đã có trong hồ sơ đảng viên ${d}`, en: `the citizen ID is already on the record of ${d}` }),
  },
  {
    field: 'cards.0.cardNumber',
    code: 'cardNumberTaken',
    sql: `SELECT r.row_number, p.full_name AS detail FROM member_import_row r JOIN member_card c ON c.card_number = r.card_number
          JOIN party_member p ON p.id = c.member_id WHERE ${inRange} AND r.member_id IS NULL`,
    text: (d) => ({ vi: `số thẻ đảng viên đã có trong hồ sơ đảng viên ${d}`, en: `the card number is already on the record of ${d}` }),
  },
  {
    field: 'fullName',
    code: 'duplicateMember',
    sql: `SELECT r.row_number, min(o.name) AS detail FROM member_import_row r
          JOIN party_member p ON p.full_name_folded = r.name_key AND p.date_of_birth = r.date_of_birth::date JOIN org o ON o.id = p.org_id
          WHERE ${inRange} AND r.member_id IS NULL GROUP BY r.row_number`,
    text: (d) => ({ vi: `đã có đảng viên cùng họ tên và ngày sinh (${d})`, en: `a member with the same name and date of birth exists (${d})` }),
  },
];

export interface CheckRange {
  fromRow?: number;
  toRow?: number;
  /** At commit: only rows without errors are looked at again (what changed since the preview). */
  validOnly?: boolean;
}

/** Runs every check over the rows of the range and appends the errors; answers how many rows got one. */
export async function appendSetChecks(m: EntityManager, importId: string, lang: Language, cells: ReadonlyMap<string, string>, range: CheckRange = {}): Promise<number> {
  let flagged = 0;
  // At commit the staged rows are as they were at the preview: duplicates within the file are settled.
  for (const check of CHECKS.filter((c) => !range.validOnly || c.code !== 'duplicateInFile')) {
    const hits = await m.query<{ row_number: number; detail: string }[]>(check.sql, [importId, range.fromRow ?? 2, range.toRow ?? 2_147_483_647, range.validOnly ?? false]);
    if (hits.length === 0) continue;
    const letter = cells.get(check.field) ?? '';
    const errors = hits.map((h) => {
      const cell = letter ? `${letter}${h.row_number}` : null;
      const text = check.text(h.detail)[lang];
      return { row: h.row_number, error: { cell, field: check.field, code: check.code, message: cell ? `${cell}: ${text}` : text } };
    });
    await m.query(
      `UPDATE member_import_row r SET errors = r.errors || jsonb_build_array(e.error)
         FROM jsonb_to_recordset($2::jsonb) AS e(row int, error jsonb)
        WHERE r.import_id = $1 AND r.row_number = e.row`,
      [importId, JSON.stringify(errors)],
    );
    flagged += hits.length;
  }
  return flagged;
}
