import request from 'supertest';

/** Kinds that may move under which (Điều lệ Đảng; the members kind rules): enough for moves at every level. */
const PARENT_KINDS: Record<string, string[]> = {
  'dang-bo-cap-tren-co-so': ['dang-bo-truc-thuoc-tw'],
  'dang-bo-co-so': ['dang-bo-truc-thuoc-tw', 'dang-bo-cap-tren-co-so'],
  'dang-bo-bo-phan': ['dang-bo-co-so'],
  'chi-bo-truc-thuoc': ['dang-bo-co-so', 'dang-bo-bo-phan'],
};
const CHILD_KINDS = Object.keys(PARENT_KINDS);

interface Org {
  id: string;
  parentId: string | null;
  kind: string;
  version: number;
  status: string;
}

export interface BurstCounts {
  creates: number;
  renames: number;
  moves: number;
  closes: number;
  refused: number;
}

/** A small deterministic PRNG (mulberry32), so a failing burst can be replayed with its seed. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `operations` random creates, renames, moves (whole subtrees) and closes on members through
 * the gateway API, under one fresh root. Refusals the rules allow (a short name taken, a parent
 * closed meanwhile) are counted, not failed. Returns what was done.
 */
export async function orgBurst(url: string, token: string, operations: number, seed: number): Promise<BurstCounts> {
  const rnd = random(seed);
  const pick = <T>(items: T[]): T | undefined => items[Math.floor(rnd() * items.length)];
  const auth = { Authorization: `Bearer ${token}` };
  const orgs = new Map<string, Org>();
  const counts: BurstCounts = { creates: 0, renames: 0, moves: 0, closes: 0, refused: 0 };
  let n = 0;
  const remember = (res: request.Response): boolean => {
    if (res.status >= 300) {
      counts.refused += 1;
      return false;
    }
    const org = res.body as Org;
    orgs.set(org.id, { id: org.id, parentId: org.parentId, kind: org.kind, version: org.version, status: org.status });
    return true;
  };
  const create = async (parent: Org | null, kind: string) => {
    n += 1;
    const body = { parentId: parent?.id ?? null, name: `Tổ chức ${seed}-${n}`, shortName: `S${seed % 1000}x${n}`, kind, validFrom: '2020-01-01' };
    if (remember(await request(url).post('/api/v1/orgs').set(auth).send(body))) counts.creates += 1;
  };
  const active = (kinds: string[]) => [...orgs.values()].filter((o) => o.status === 'active' && kinds.includes(o.kind));
  const ifMatch = (o: Org) => ({ ...auth, 'If-Match': `"${o.version}"` });

  await create(null, 'dang-bo-truc-thuoc-tw');
  for (let i = 0; i < operations; i++) {
    const roll = rnd();
    if (roll < 0.4 || orgs.size < 8) {
      const kind = pick(CHILD_KINDS) as string;
      const parent = pick(active(PARENT_KINDS[kind]));
      if (parent) await create(parent, kind);
      continue;
    }
    const org = pick([...orgs.values()].filter((o) => o.status === 'active' && o.parentId !== null));
    if (!org) continue;
    if (roll < 0.6) {
      n += 1;
      if (remember(await request(url).patch(`/api/v1/orgs/${org.id}`).set(ifMatch(org)).send({ name: `Đổi tên ${seed}-${n}` }))) counts.renames += 1;
    } else if (roll < 0.9) {
      const parent = pick(active(PARENT_KINDS[org.kind]).filter((p) => p.id !== org.parentId && p.id !== org.id));
      if (!parent) continue;
      // A parent inside the moved subtree is refused by members (ORG_MOVE_CYCLE): counted as refused.
      if (remember(await request(url).post(`/api/v1/orgs/${org.id}/move`).set(ifMatch(org)).send({ newParentId: parent.id }))) counts.moves += 1;
    } else {
      if (remember(await request(url).post(`/api/v1/orgs/${org.id}/close`).set(ifMatch(org)).send({ validTo: '2026-06-30' }))) counts.closes += 1;
    }
  }
  return counts;
}
