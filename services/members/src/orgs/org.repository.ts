import type { AuthContextClaims } from '@lienthong/contracts';
import { advisoryLockKey, DATA_SOURCE, DomainError, requestContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { QueryFailedError, type DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import type { OrgKindRule } from './org-kind-rules';
import { OrgKindRuleEntity } from './org-kind-rule.entity';
import { isInScope, resolveActorScope, restrictToScope, type ActorScope } from '../scope/actor-scope';
import { subtreeUpperBound } from './org-path';
import { OrgEntity } from './org.entity';

/** What an actor may see of the tree: the members service's one scope type (see `scope/actor-scope.ts`). */
export type OrgScope = ActorScope;

/** Keyset position after the last row of a page: `(name_folded, id)`. */
export interface OrgKeyset {
  nameFolded: string;
  id: string;
}

export interface OrgPageQuery {
  includeClosed: boolean;
  after?: OrgKeyset;
  /** Rows to fetch: the caller asks for one more than the page to know whether a next page exists. */
  limit: number;
}

export type OrgLock = 'update' | 'share';

export type OrgInsert = Omit<OrgEntity, 'createdAt' | 'updatedAt' | 'version' | 'status' | 'validTo' | 'closeReason'>;
export type OrgPatch = Partial<Pick<OrgEntity, 'name' | 'nameFolded' | 'shortName' | 'shortNameFolded' | 'status' | 'validTo' | 'closeReason'>>;

/**
 * Creates and moves change the shape of the tree (paths). They serialise on one advisory
 * lock: creates share it, moves take it alone, so a create never computes its path from a
 * parent whose path a concurrent move is rewriting, and two concurrent moves cannot build a
 * cycle from each other's stale paths. Both are rare officer actions.
 */
const TREE_SHAPE_LOCK = advisoryLockKey('members:org-tree-shape');

/** The org table. Every read an actor makes goes through `visible()`: the one scope check. */
@Injectable()
export class OrgRepository {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  transaction<T>(work: (m: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  async lockTreeShape(m: EntityManager, mode: 'shared' | 'exclusive'): Promise<void> {
    const fn = mode === 'shared' ? 'pg_advisory_xact_lock_shared' : 'pg_advisory_xact_lock';
    await m.query(`SELECT ${fn}($1::bigint)`, [TREE_SHAPE_LOCK]);
  }

  /** The actor's scope (the scope helper's, see `scope/`). */
  scopeOf(auth: AuthContextClaims, m: EntityManager = this.manager): Promise<OrgScope> {
    return resolveActorScope(m, auth);
  }

  /** Restricts `alias` to the actor's subtree (the scope helper's condition on the org path). */
  visible(qb: SelectQueryBuilder<OrgEntity>, scope: OrgScope, alias = 'o'): SelectQueryBuilder<OrgEntity> {
    return restrictToScope(qb, scope, `${alias}.path`);
  }

  isVisible(org: OrgEntity, scope: OrgScope): boolean {
    return isInScope(scope, org.path);
  }

  /** The org if it exists and the actor may see it, optionally row-locked for this transaction. */
  findVisible(m: EntityManager, id: string, scope: OrgScope, lock?: OrgLock): Promise<OrgEntity | null> {
    const qb = this.visible(m.createQueryBuilder(OrgEntity, 'o').where('o.id = :id', { id }), scope);
    if (lock) qb.setLock(lock === 'update' ? 'pessimistic_write' : 'pessimistic_read');
    return qb.getOne();
  }

  /**
   * Children of `parentId`, or the tops of the actor's tree when null: the roots, or for a
   * scoped actor its scope org (its tree starts there).
   */
  listChildren(parentId: string | null, scope: OrgScope, page: OrgPageQuery): Promise<OrgEntity[]> {
    const qb = this.manager.createQueryBuilder(OrgEntity, 'o');
    if (parentId !== null) qb.where('o.parentId = :parentId', { parentId });
    else if (scope.kind === 'subtree') qb.where('o.id = :rootId', { rootId: scope.rootId });
    else qb.where('o.parentId IS NULL');
    return this.page(this.visible(qb, scope), page);
  }

  /** Orgs whose folded name or short name contains every word (trigram index), within a subtree. */
  search(words: string[], scope: OrgScope, withinPath: string | null, page: OrgPageQuery): Promise<OrgEntity[]> {
    const qb = this.visible(this.manager.createQueryBuilder(OrgEntity, 'o'), scope);
    words.forEach((word, i) => {
      qb.andWhere(`(o.nameFolded LIKE :w${i} OR o.shortNameFolded LIKE :w${i})`, { [`w${i}`]: `%${escapeLike(word)}%` });
    });
    if (withinPath !== null) withinSubtree(qb, withinPath, 'o', 'within');
    return this.page(qb, page);
  }

  /** Rows at exactly these paths (ancestors of a page), each once. */
  async findByPaths(paths: string[], m: EntityManager = this.manager): Promise<OrgEntity[]> {
    if (paths.length === 0) return [];
    return m.createQueryBuilder(OrgEntity, 'o').where('o.path IN (:...paths)', { paths }).orderBy('o.depth', 'ASC').getMany();
  }

  /** Active children per parent, for the page rows only (one grouped index scan). */
  async activeChildCounts(ids: string[], m: EntityManager = this.manager): Promise<Map<string, number>> {
    if (ids.length === 0) return new Map();
    const rows: { parent_id: string; n: string }[] = await m.query(
      `SELECT parent_id, count(*) AS n FROM org WHERE parent_id = ANY($1::uuid[]) AND status = 'active' GROUP BY parent_id`,
      [ids],
    );
    return new Map(rows.map((r) => [r.parent_id, Number(r.n)]));
  }

  async hasActiveChildren(m: EntityManager, id: string): Promise<boolean> {
    const rows: unknown[] = await m.query(`SELECT 1 FROM org WHERE parent_id = $1 AND status = 'active' LIMIT 1`, [id]);
    return rows.length > 0;
  }

  async shortNameTaken(m: EntityManager, parentId: string | null, shortName: string, exceptId?: string): Promise<boolean> {
    const rows: unknown[] = await m.query(
      `SELECT 1 FROM org
        WHERE parent_id IS NOT DISTINCT FROM $1::uuid AND lower(short_name) = lower($2) AND status = 'active'
          AND ($3::uuid IS NULL OR id <> $3::uuid)
        LIMIT 1`,
      [parentId, shortName, exceptId ?? null],
    );
    return rows.length > 0;
  }

  async kindRules(m: EntityManager = this.manager): Promise<OrgKindRule[]> {
    const rows = await m.find(OrgKindRuleEntity, { order: { id: 'ASC' } });
    return rows.map(({ parentKind, childKind, effectiveFrom, effectiveTo, source }) => ({
      parentKind,
      childKind,
      effectiveFrom,
      effectiveTo,
      source,
    }));
  }

  async nextSeq(m: EntityManager): Promise<string> {
    const [row] = await m.query<{ seq: string }[]>(`SELECT nextval(pg_get_serial_sequence('org', 'seq'))::text AS seq`);
    return row.seq;
  }

  async insert(m: EntityManager, org: OrgInsert): Promise<OrgEntity> {
    await translateUniqueViolation(m.insert(OrgEntity, org));
    return m.findOneOrFail(OrgEntity, { where: { id: org.id } });
  }

  /** Applies a change an officer made and bumps the version. */
  async update(m: EntityManager, id: string, patch: OrgPatch): Promise<OrgEntity> {
    await translateUniqueViolation(
      m
        .createQueryBuilder()
        .update(OrgEntity)
        .set({ ...patch, version: () => 'version + 1', updatedAt: () => 'now()' })
        .where('id = :id', { id })
        .execute(),
    );
    return m.findOneOrFail(OrgEntity, { where: { id } });
  }

  /**
   * Moves the subtree at `org.path` to `newPath` under `newParentId` in ONE statement:
   * every path in the range gets its prefix replaced and its depth shifted; the moved org
   * alone gets its new parent and a new version. Cost: the size of the subtree.
   */
  async moveSubtree(m: EntityManager, org: OrgEntity, newParentId: string, newPath: string, newDepth: number): Promise<OrgEntity> {
    await translateUniqueViolation(
      m.query(
        `UPDATE org SET
           path = $1::text || substr(path, $2::int + 1),
           depth = depth + $3::int,
           parent_id = CASE WHEN id = $4::uuid THEN $5::uuid ELSE parent_id END,
           version = CASE WHEN id = $4::uuid THEN version + 1 ELSE version END,
           updated_at = now()
         WHERE path >= $6::text COLLATE "C" AND path < $7::text COLLATE "C"`,
        [newPath, org.path.length, newDepth - org.depth, org.id, newParentId, org.path, subtreeUpperBound(org.path)],
      ),
    );
    return m.findOneOrFail(OrgEntity, { where: { id: org.id } });
  }

  private page(qb: SelectQueryBuilder<OrgEntity>, page: OrgPageQuery): Promise<OrgEntity[]> {
    if (!page.includeClosed) qb.andWhere(`o.status = 'active'`);
    if (page.after) {
      qb.andWhere('(o.nameFolded, o.id) > (:afterName, :afterId)', { afterName: page.after.nameFolded, afterId: page.after.id });
    }
    return qb.orderBy('o.nameFolded', 'ASC').addOrderBy('o.id', 'ASC').limit(page.limit).getMany();
  }
}

/** Range condition for "path within the subtree at `path`", btree-indexable under "C". */
function withinSubtree(qb: SelectQueryBuilder<OrgEntity>, path: string, alias: string, name: string): SelectQueryBuilder<OrgEntity> {
  return qb.andWhere(`${alias}.path >= :${name}Low COLLATE "C" AND ${alias}.path < :${name}High COLLATE "C"`, {
    [`${name}Low`]: path,
    [`${name}High`]: subtreeUpperBound(path),
  });
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** The partial unique index is the last word on short names when two officers race. */
async function translateUniqueViolation<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    const driverError = error instanceof QueryFailedError ? (error.driverError as { code?: string; constraint?: string }) : undefined;
    if (driverError?.code === '23505' && driverError.constraint === 'org_active_short_name_uq') {
      throw DomainError.localized('MEMBERS.ORG_SHORT_NAME_TAKEN', requestContext.current()?.language ?? 'en');
    }
    throw error;
  }
}
