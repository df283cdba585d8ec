// The measurements of the members scale benchmark: the members service's own use cases
// (ListMembersUseCase, MemberCountsUseCase) called in-process on a TypeORM DataSource over the bench
// database — the code members.member.list / members.member.counts run behind NATS, without the
// transport. Warm cache: each case runs WARMUP times before its RUNS timed calls.

const AIMS = { search: { stat: 'p95', ms: 50 }, page: { stat: 'p99', ms: 20 }, counts: { stat: 'p50', ms: 200 }, floor: { stat: 'p99', ms: 20 } };

export function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** The places measured: the root, a large and a mid-size đảng bộ tỉnh, and one org per depth down to a chi bộ. */
export async function pickPlaces(db) {
  const one = async (sql) => (await db.query(sql))[0];
  const root = await one(`SELECT id, name, path, depth FROM org WHERE depth = 0`);
  const big = await one(`SELECT id, name, path, depth FROM org WHERE depth = 1 ORDER BY seq LIMIT 1`);
  const mid = await one(`SELECT id, name, path, depth FROM org WHERE depth = 1 AND name LIKE '%Ninh Bình' LIMIT 1`);
  const byDepth = [];
  for (let depth = 1; depth <= 5; depth++) {
    byDepth.push(await one(`SELECT id, name, path, depth FROM org WHERE depth = ${depth} AND path LIKE '${mid.path}%' ORDER BY seq LIMIT 1`));
  }
  const cell = await one(`
    SELECT o.id, o.name, o.path, o.depth FROM org o
     WHERE o.kind = 'chi-bo-truc-thuoc' AND o.depth = 5 AND o.path LIKE '${mid.path}%' ORDER BY o.seq LIMIT 1`);
  const rare = await one(`SELECT full_name_folded AS q FROM party_member WHERE full_name_folded LIKE 'khong %' ORDER BY id LIMIT 1`);
  return { root, big, mid, byDepth, cell, rareName: rare?.q ?? 'khong van khiem' };
}

/**
 * Runs one case: `call()` WARMUP + RUNS times, the SQL of the roll query captured from the last call.
 * Returns the sorted timings.
 */
async function time(call, { warmup, runs }) {
  for (let i = 0; i < warmup; i++) await call();
  const samples = [];
  const cpuBefore = process.cpuUsage();
  for (let i = 0; i < runs; i++) {
    const started = process.hrtime.bigint();
    await call();
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  const cpu = process.cpuUsage(cpuBefore);
  samples.sort((a, b) => a - b);
  /** CPU this process spent per call (TypeORM, hydration, mapping): what the load multiplies. */
  samples.cpuPerCall = (cpu.user + cpu.system) / 1000 / runs;
  return samples;
}

export async function measureAll({ list, counts, floor, ctx, places, cursorAt, capture, explain, warmup, runs, say }) {
  const results = [];
  const record = async (group, label, call, { slowPlan = true } = {}) => {
    const samples = await time(call, { warmup, runs });
    const row = {
      group,
      label,
      p50: percentile(samples, 50),
      p95: percentile(samples, 95),
      p99: percentile(samples, 99),
      max: samples[samples.length - 1],
      items: capture.lastItems,
      nodeCpu: samples.cpuPerCall,
    };
    const aim = AIMS[group];
    row.aim = `${aim.stat} ≤ ${aim.ms} ms`;
    row.met = row[aim.stat] <= aim.ms;
    // The plans of the call as the service sent it, run once more under EXPLAIN (ANALYZE, BUFFERS):
    // "sql" is PostgreSQL's own execution time (the rest is pool, TypeORM, and waiting for a core).
    await call();
    row.plan = await capture.explainLast();
    row.sql = [...row.plan.matchAll(/Execution Time: ([0-9.]+) ms/g)].reduce((sum, m) => sum + Number(m[1]), 0);
    say(`  ${group.padEnd(6)} ${label.padEnd(62)} p50 ${fmt(row.p50)}  p95 ${fmt(row.p95)}  p99 ${fmt(row.p99)}  sql ${fmt(row.sql)}  node cpu ${fmt(row.nodeCpu)}  ${row.met ? 'ok' : 'MISSED'} (${row.aim})`);
    if ((!row.met && slowPlan) || explain) say(row.plan.replace(/^/gm, '      | '));
    results.push(row);
  };
  const { root, big, mid, byDepth, cell, rareName } = places;
  // The floor on this machine right now: one `SELECT 1` through the same pool (no plan, no rows).
  await record('floor', 'SELECT 1 through the same DataSource (scheduling floor)', floor, { slowPlan: false });
  const searches = ['nguyen van an', 'tran thi', 'dang', 'khong', rareName];
  for (const q of searches) {
    await record('search', `"${q}" unbounded`, () => list({ q }, ctx));
    await record('search', `"${q}" in ${mid.name}`, () => list({ q, orgId: mid.id }, ctx));
    await record('search', `"${q}" in ${big.name}`, () => list({ q, orgId: big.id }, ctx));
  }
  for (const org of [root, ...byDepth]) {
    await record('page', `first page, depth ${org.depth}: ${org.name}`, () => list({ orgId: org.id }, ctx));
  }
  for (const [org, fraction] of [[root, 0.5], [root, 0.95], [big, 0.9], [cell, 0.5]]) {
    const cursor = await cursorAt(org, fraction);
    await record('page', `keyset page at ${Math.round(fraction * 100)} %, depth ${org.depth}: ${org.name}`, () => list({ orgId: org.id, cursor }, ctx));
  }
  for (const org of [big, mid, byDepth[1]]) {
    await record('counts', `counts of ${org.name} (depth ${org.depth}, subtree)`, () => counts({ orgId: org.id }, ctx));
  }
  await record('counts', `counts of the whole tree (${root.name})`, () => counts({ orgId: root.id }, ctx), { slowPlan: false });
  return results;
}

const fmt = (ms) => `${ms.toFixed(1).padStart(7)} ms`;
