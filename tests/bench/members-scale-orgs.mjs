// The national org tree for the members scale benchmark, generated set-based in PostgreSQL into the
// real `org` table (see `members-scale-data.mjs` for the members):
//   depth 0  Ban Chấp hành Trung ương (trung-uong)
//   depth 1  70 đảng bộ trực thuộc TW: 63 tỉnh/thành + the blocs (weighted by roll size)
//   depth 2  đảng bộ cấp trên cơ sở: ≈ 10 × BENCH_SCALE per đảng bộ (by its weight, at least 1)
//   depth 3  40–100 tổ chức cơ sở each: 40 % chi bộ cơ sở, 60 % đảng bộ cơ sở
//   depth 4  3–8 chi bộ trực thuộc per đảng bộ cơ sở; 20 % of them also have 2–3 đảng bộ bộ phận
//   depth 5  2–4 chi bộ trực thuộc per đảng bộ bộ phận
// Members sit in chi bộ only (chi-bo-co-so at depth 3, chi-bo-truc-thuoc at depth 4 and 5), the
// paths are the application's (base36 seq per segment, see services/members/src/orgs/org-path.ts).
import { BASE_UNITS, CELL_UNITS, PART_UNITS, TOP_ORGS, UPPER_UNITS } from './members-scale-names.mjs';

const VALID_FROM = '2020-10-01';

/** `fold` is the application's foldVietnamese; names are built from folded parts so both agree. */
export async function generateOrgTree(db, scale, fold) {
  const parts = (list) => [list, list.map(fold)];
  const [tops, topsFolded] = parts(TOP_ORGS.map(([name]) => name));
  const weights = TOP_ORGS.map(([, w]) => w);
  await db.query(`
    CREATE FUNCTION pg_temp.b36(n bigint) RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
    DECLARE s text := ''; BEGIN
      LOOP s := substr('0123456789abcdefghijklmnopqrstuvwxyz', (n % 36)::int + 1, 1) || s; n := n / 36; EXIT WHEN n = 0; END LOOP;
      RETURN s;
    END $$`);
  await db.query(`
    CREATE UNLOGGED TABLE bench_org_plan (
      seq bigint PRIMARY KEY, id uuid NOT NULL DEFAULT gen_random_uuid(), parent_seq bigint, depth int NOT NULL,
      kind text NOT NULL, name text NOT NULL, name_folded text NOT NULL, short_name text NOT NULL,
      weight int NOT NULL, top_name text NOT NULL, path text COLLATE "C" NOT NULL)`);
  await db.query(`
    INSERT INTO bench_org_plan (seq, parent_seq, depth, kind, name, name_folded, short_name, weight, top_name, path)
    VALUES (1, NULL, 0, 'trung-uong', 'Ban Chấp hành Trung ương Đảng', $1, 'TW', 1, 'Hà Nội', '/1/')`, [fold('Ban Chấp hành Trung ương Đảng')]);
  await db.query(`
    INSERT INTO bench_org_plan (seq, parent_seq, depth, kind, name, name_folded, short_name, weight, top_name, path)
    SELECT 1 + t.n, 1, 1, 'dang-bo-truc-thuoc-tw', t.name, t.folded, 'ĐB' || t.n, t.w,
           regexp_replace(t.name, '^Đảng bộ (tỉnh |thành phố )?', ''), '/1/' || pg_temp.b36(1 + t.n) || '/'
      FROM unnest($1::text[], $2::text[], $3::int[]) WITH ORDINALITY AS t(name, folded, w, n)`, [tops, topsFolded, weights]);
  const avgWeight = weights.reduce((a, b) => a + b, 0) / weights.length;
  // Depth 2: n per top org by weight. Every level: children of the previous level via generate_series.
  await addLevel(db, {
    depth: 2,
    parentWhere: `depth = 1`,
    count: `greatest(1, round(10 * ${Number(scale)} * p.weight / ${avgWeight}))::int`,
    kind: `'dang-bo-cap-tren-co-so'`,
    units: parts(UPPER_UNITS),
  });
  await addLevel(db, {
    depth: 3,
    parentWhere: `depth = 2`,
    count: `40 + floor(random() * 61)::int`,
    kind: `CASE WHEN random() < 0.4 THEN 'chi-bo-co-so' ELSE 'dang-bo-co-so' END`,
    units: parts(BASE_UNITS),
    cellUnits: parts(CELL_UNITS),
  });
  await addLevel(db, {
    depth: 4,
    parentWhere: `kind = 'dang-bo-co-so' AND random() < 0.2`,
    count: `2 + floor(random() * 2)::int`,
    kind: `'dang-bo-bo-phan'`,
    units: parts(PART_UNITS),
  });
  await addLevel(db, { depth: 4, parentWhere: `kind = 'dang-bo-co-so'`, count: `3 + floor(random() * 6)::int`, kind: `'chi-bo-truc-thuoc'`, units: parts(CELL_UNITS) });
  await addLevel(db, { depth: 5, parentWhere: `kind = 'dang-bo-bo-phan'`, count: `2 + floor(random() * 3)::int`, kind: `'chi-bo-truc-thuoc'`, units: parts(CELL_UNITS) });

  await db.query(`
    INSERT INTO org (id, seq, parent_id, name, name_folded, short_name, short_name_folded, kind, status, valid_from, path, depth)
    SELECT c.id, c.seq, p.id, c.name, c.name_folded, c.short_name, lower(translate(c.short_name, 'Đ', 'd')), c.kind, 'active', $1, c.path, c.depth
      FROM bench_org_plan c LEFT JOIN bench_org_plan p ON p.seq = c.parent_seq ORDER BY c.seq`, [VALID_FROM]);
  await db.query(`SELECT setval(pg_get_serial_sequence('org', 'seq'), (SELECT max(seq) FROM org))`);
  const [{ n }] = (await db.query(`SELECT count(*)::int AS n FROM org`)).rows;
  return n;
}

/**
 * Children for every parent matching `parentWhere`: `count` per parent, named "<unit> <n>" (a chi bộ
 * kind takes its name from `cellUnits` when given), short names unique among siblings, paths extended.
 */
async function addLevel(db, { depth, parentWhere, count, kind, units, cellUnits = units }) {
  const [names, folded] = units;
  const [cellNames, cellFolded] = cellUnits;
  await db.query(
    `
    INSERT INTO bench_org_plan (seq, parent_seq, depth, kind, name, name_folded, short_name, weight, top_name, path)
    SELECT s.seq, s.parent_seq, ${depth}, s.kind,
           CASE WHEN s.kind LIKE 'chi-bo%' THEN ($3::text[])[s.uc] ELSE ($1::text[])[s.u] END || ' ' || s.g,
           CASE WHEN s.kind LIKE 'chi-bo%' THEN ($4::text[])[s.uc] ELSE ($2::text[])[s.u] END || ' ' || s.g,
           CASE WHEN s.kind LIKE 'chi-bo%' THEN 'CB' ELSE 'ĐB' END || s.g || CASE WHEN s.kind = 'dang-bo-bo-phan' THEN 'BP' ELSE '' END,
           10 + floor(random() * 41)::int, s.top_name, s.parent_path || pg_temp.b36(s.seq) || '/'
      FROM (
        SELECT (SELECT max(seq) FROM bench_org_plan) + row_number() OVER (ORDER BY k.parent_seq, k.g) AS seq, k.*
          FROM (
            SELECT p.seq AS parent_seq, p.path AS parent_path, p.top_name, g,
                   ${kind} AS kind, 1 + (g % cardinality($1::text[])) AS u, 1 + (g % cardinality($3::text[])) AS uc
              FROM (SELECT * FROM bench_org_plan WHERE ${parentWhere}) p,
                   LATERAL generate_series(1, ${count} + 0 * p.seq) AS g
          ) k
      ) s`,
    [names, folded, cellNames, cellFolded],
  );
}
