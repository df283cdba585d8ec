/**
 * Arithmetic of the materialized path (see `OrgEntity` for why we use one).
 *
 * Every org has a compact bigint `seq`; its path is the base36 seq of each ancestor and of
 * itself, between slashes: `/1/a3/2bk/`. With the "C" collation, '/' sorts below every
 * digit and letter and '~' above them, so the subtree of `p` is exactly the btree range
 * `[p, p + '~')`.
 */
export const PATH_SEPARATOR = '/';
const SUBTREE_END = '~';
const SEGMENT = /^[0-9a-z]+$/;

export function seqSegment(seq: bigint | number | string): string {
  const value = BigInt(seq);
  if (value < 1n) throw new RangeError(`An org seq must be positive, got ${value}`);
  return value.toString(36);
}

/** The path of a new org: the parent's path (or the root) plus its own segment. */
export function childPath(parentPath: string | null, seq: bigint | number | string): string {
  return `${parentPath ?? PATH_SEPARATOR}${seqSegment(seq)}${PATH_SEPARATOR}`;
}

/** Number of segments above the org: 0 for a root. */
export function pathDepth(path: string): number {
  return segments(path).length - 1;
}

/** Exclusive upper bound of the subtree range of `path`. */
export function subtreeUpperBound(path: string): string {
  return `${path}${SUBTREE_END}`;
}

/** True when `path` is `ancestorPath` itself or lies below it. */
export function isWithin(path: string, ancestorPath: string): boolean {
  return path.startsWith(ancestorPath);
}

/** The paths of every ancestor, root first, without the org itself. */
export function ancestorPaths(path: string): string[] {
  const parts = segments(path);
  return parts.slice(0, -1).map((_, i) => `${PATH_SEPARATOR}${parts.slice(0, i + 1).join(PATH_SEPARATOR)}${PATH_SEPARATOR}`);
}

function segments(path: string): string[] {
  if (!path.startsWith(PATH_SEPARATOR) || !path.endsWith(PATH_SEPARATOR) || path.length < 3) {
    throw new RangeError(`Not an org path: "${path}"`);
  }
  const parts = path.slice(1, -1).split(PATH_SEPARATOR);
  if (!parts.every((p) => SEGMENT.test(p))) throw new RangeError(`Not an org path: "${path}"`);
  return parts;
}
