// Generates the national members dataset of the scale benchmark, set-based inside PostgreSQL, into
// the real schema (the members migrations): org tree (members-scale-orgs.mjs), party_member rows in
// INSERT … SELECT batches, hosts of temporary transfers (member_org_membership), and the name keys
// with the backfill statement of the latest migration that defines them (1796500000100). During the load the secondary
// indexes of party_member and member_name_key are dropped and then rebuilt from their captured
// definitions, and triggers and FK checks are off (session_replication_role = replica); the keys
// are then written once by the backfill, as the migration says bulk loads should.
// member_count (migration 1796500000000) is filled by its own backfill statement after the load.
// Not generated (not read by the measured queries): periods, cards, official memberships, sensitive data.
import { FAMILY, GIVEN_FEMALE, GIVEN_MALE, MIDDLE_FEMALE, MIDDLE_MALE, TOP_ORGS, slots } from './members-scale-names.mjs';
import { generateOrgTree } from './members-scale-orgs.mjs';

export const MEMBERS_AT_SCALE_1 = 5_500_000;
const BATCH = 500_000;
const SLOTS = 10_000;
const TABLES = ['party_member', 'member_name_key'];

export async function generateDataset(db, { scale, fold, say, nameKeyBackfill, backfills = [] }) {
  const members = Math.round(MEMBERS_AT_SCALE_1 * scale);
  const timed = async (label, work) => {
    const started = Date.now();
    const result = await work();
    say(`  ${label}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return result;
  };
  await db.query(`SET maintenance_work_mem = '1GB'`);
  await db.query(`SET work_mem = '256MB'`);
  await db.query(`SELECT setseed(0.42)`);
  const orgs = await timed('org tree', () => generateOrgTree(db, scale, fold));
  await timed('chi bộ roll sizes', () => planCells(db, members));
  const dropped = await dropSecondaryIndexes(db);
  await db.query(`SET session_replication_role = replica`);
  for (let lo = 1; lo <= members; lo += BATCH) {
    const hi = Math.min(members, lo + BATCH - 1);
    await timed(`members ${lo.toLocaleString('en')}–${hi.toLocaleString('en')}`, () => insertMembers(db, lo, hi, members, fold));
  }
  await timed('temporary-transfer hosts', () => insertTemporaryHosts(db));
  await timed('name keys (migration backfill)', () => db.query(nameKeyBackfill));
  for (const { label, sql } of backfills) await timed(label, () => db.query(sql));
  await db.query(`SET session_replication_role = DEFAULT`);
  for (const { table, name, ddl } of dropped) await timed(`rebuild ${table}.${name}`, () => db.query(ddl));
  await db.query(`DROP TABLE bench_org_plan, bench_cell`);
  await timed('vacuum analyze', () => db.query(`VACUUM (ANALYZE) org, party_member, member_name_key, member_org_membership`));
  return { members, orgs };
}

/** Each chi bộ gets a share of the members by its weight; exact integer ranges [first_i, last_i] summing to `members`. */
async function planCells(db, members) {
  await db.query(`
    CREATE UNLOGGED TABLE bench_cell AS
    SELECT row_number() OVER (ORDER BY seq) AS n, id AS org_id, path,
           floor(${members}::numeric * (cum - weight) / total)::bigint + 1 AS first_i,
           floor(${members}::numeric * cum / total)::bigint AS last_i
      FROM (SELECT seq, id, path, weight, sum(weight) OVER (ORDER BY seq) AS cum, sum(weight) OVER () AS total
              FROM bench_org_plan WHERE kind IN ('chi-bo-co-so', 'chi-bo-truc-thuoc')) w`);
  await db.query(`CREATE INDEX ON bench_cell (first_i)`);
  await db.query(`CREATE UNIQUE INDEX ON bench_cell (n)`);
}

async function dropSecondaryIndexes(db) {
  const { rows } = await db.query(
    `SELECT t.relname AS table, ic.relname AS name, pg_get_indexdef(i.indexrelid) AS indexdef, c.conname, pg_get_constraintdef(c.oid) AS condef
       FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid JOIN pg_class ic ON ic.oid = i.indexrelid
       LEFT JOIN pg_constraint c ON c.conindid = i.indexrelid AND c.conrelid = t.oid AND c.contype IN ('p', 'u')
      WHERE t.relname = ANY($1) AND ic.relname <> 'party_member_pkey'`,
    [TABLES],
  );
  const dropped = [];
  for (const r of rows) {
    if (r.conname) {
      await db.query(`ALTER TABLE ${r.table} DROP CONSTRAINT ${r.conname}`);
      dropped.push({ table: r.table, name: r.name, ddl: `ALTER TABLE ${r.table} ADD CONSTRAINT ${r.conname} ${r.condef}` });
    } else {
      await db.query(`DROP INDEX ${r.name}`);
      dropped.push({ table: r.table, name: r.name, ddl: r.indexdef });
    }
  }
  return dropped;
}

function pick(list, fold) {
  return [list.map(([n]) => n), list.map(([n]) => fold(n)), slots(list, SLOTS)];
}

/**
 * Members lo..hi: names from the weighted parts (≈ 1/3 women), ages 22–86 (probationary 19–39),
 * admitted at 18–45 and at least a year ago, or within the last year for the probationary; 95 %
 * chính thức, 4 % dự bị, the rest miễn sinh hoạt, tạm chuyển đi, từ trần, chuyển đi, xóa tên.
 * Ids are uuidv7-shaped and ascend with i (as the app's uuidv7 do in creation order).
 */
async function insertMembers(db, lo, hi, total, fold) {
  const [fam, famF, famS] = pick(FAMILY, fold);
  const [midM, midMF, midMS] = pick(MIDDLE_MALE, fold);
  const [midW, midWF, midWS] = pick(MIDDLE_FEMALE, fold);
  const [givM, givMF, givMS] = pick(GIVEN_MALE, fold);
  const [givW, givWF, givWS] = pick(GIVEN_FEMALE, fold);
  const places = TOP_ORGS.slice(0, 63).map(([n]) => n.replace(/^Đảng bộ /, ''));
  const baseMs = Date.now() - total - 1000;
  await db.query(
    `
    INSERT INTO party_member (id, full_name, full_name_folded, sex, date_of_birth, place_of_birth, home_town, permanent_residence,
                              citizen_id, education, political_theory, status, status_since, first_admission_date, party_age_since,
                              org_id, org_path, created_at, updated_at)
    SELECT (lpad(to_hex(${baseMs}::bigint + i), 12, '0') || '7' || substr(h, 1, 3) || '8' || substr(h, 4, 15))::uuid,
           f || ' ' || m || ' ' || g, ff || ' ' || mf || ' ' || gf, sex, dob, home, home,
           'Số ' || (1 + i % 120) || ', tổ ' || (1 + i % 30) || ', ' || home,
           CASE WHEN r1 < 0.92 THEN lpad(((i * 48271) % 99999999989)::text, 12, '0') END,
           (ARRAY['12/12', '12/12, Đại học', '12/12, Cao đẳng', '12/12, Thạc sĩ', '9/12'])[1 + floor(r2 * 5)::int],
           CASE WHEN r3 < 0.03 THEN 'none' WHEN r3 < 0.73 THEN 'so-cap' WHEN r3 < 0.93 THEN 'trung-cap' WHEN r3 < 0.98 THEN 'cao-cap' ELSE 'cu-nhan' END,
           status,
           CASE WHEN status = 'probationary' THEN adm WHEN status = 'official' THEN adm + 365
                ELSE adm + 365 + floor(r4 * greatest(0, current_date - adm - 365))::int END,
           adm, adm, org_id, path, now(), now()
      FROM (
        SELECT *, CASE WHEN status = 'probationary' THEN current_date - (1 + floor(ra * 360))::int
                       ELSE dob + ((18 + ra * least(27, age - 19)) * 365.25)::int END AS adm
          FROM (
            SELECT *, current_date - (age * 365.25 + floor(rb * 365))::int AS dob
              FROM (
                SELECT *, CASE WHEN status = 'probationary' THEN 19 + floor(rage * 21)::int ELSE 22 + floor(rage * 65)::int END AS age,
                       CASE WHEN sex = 'female' THEN ($7::text[])[($9::int2[])[sm]] ELSE ($4::text[])[($6::int2[])[sm]] END AS m,
                       CASE WHEN sex = 'female' THEN ($8::text[])[($9::int2[])[sm]] ELSE ($5::text[])[($6::int2[])[sm]] END AS mf,
                       CASE WHEN sex = 'female' THEN ($13::text[])[($15::int2[])[sg]] ELSE ($10::text[])[($12::int2[])[sg]] END AS g,
                       CASE WHEN sex = 'female' THEN ($14::text[])[($15::int2[])[sg]] ELSE ($11::text[])[($12::int2[])[sg]] END AS gf,
                       ($1::text[])[($3::int2[])[sf]] AS f, ($2::text[])[($3::int2[])[sf]] AS ff
                  FROM (
                    SELECT c.org_id, c.path, g.i, md5(g.i::text) AS h,
                           1 + floor(random() * ${SLOTS})::int AS sf, 1 + floor(random() * ${SLOTS})::int AS sm, 1 + floor(random() * ${SLOTS})::int AS sg,
                           CASE WHEN random() < 0.33 THEN 'female' ELSE 'male' END AS sex,
                           (SELECT CASE WHEN x < 0.95 THEN 'official' WHEN x < 0.99 THEN 'probationary' WHEN x < 0.994 THEN 'exempt'
                                        WHEN x < 0.997 THEN 'temporarily-transferred-out' WHEN x < 0.998 THEN 'deceased'
                                        WHEN x < 0.999 THEN 'transferred-out' ELSE 'removed' END FROM (SELECT random() + 0 * g.i AS x) s) AS status,
                           random() AS rage, random() AS ra, random() AS rb, random() AS r1, random() AS r2, random() AS r3, random() AS r4,
                           ($16::text[])[1 + (g.i % 63)::int] AS home
                      FROM bench_cell c, generate_series(greatest(c.first_i, $17), least(c.last_i, $18)) AS g(i)
                     WHERE c.last_i >= $17 AND c.first_i <= $18
                  ) r
              ) a
          ) b
      ) z`,
    [fam, famF, famS, midM, midMF, midMS, midW, midWF, midWS, givM, givMF, givMS, givW, givWF, givWS, places, lo, hi],
  );
}

/** Members on a temporary transfer are hosted by another chi bộ (open temporary membership). */
async function insertTemporaryHosts(db) {
  await db.query(`
    INSERT INTO member_org_membership (id, member_id, org_id, kind, started_on)
    SELECT gen_random_uuid(), m.id, c.org_id, 'temporary', m.status_since
      FROM party_member m JOIN bench_cell c ON c.n = 1 + (hashtext(m.id::text) & 2147483647) % (SELECT count(*) FROM bench_cell)
     WHERE m.status = 'temporarily-transferred-out'`);
}
