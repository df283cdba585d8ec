import { MAX_SNAPSHOT_PAGE, type OrgSnapshotRow, type SnapshotPage, type SnapshotPageRequest } from '@lienthong/contracts';
import type { HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { OrgEntity } from '../org.entity';
import { OrgRepository } from '../org.repository';
import { readOrgWatermark } from './org-watermark';

const DEFAULT_PAGE = 500;

/**
 * One page of every org (open and closed) the caller may see, in id order, each with its
 * version: what another service's org replica loads on its first boot or a rebuild. The owner's
 * newest outbox event is read before the rows, so the page reflects at least that event.
 */
@Injectable()
export class OrgSnapshotPageUseCase {
  constructor(@Inject(OrgRepository) private readonly orgs: OrgRepository) {}

  async execute(request: SnapshotPageRequest, { auth }: HandlerContext): Promise<SnapshotPage<OrgSnapshotRow>> {
    const limit = Math.min(request.limit ?? DEFAULT_PAGE, MAX_SNAPSHOT_PAGE);
    const m = this.orgs.manager;
    const watermark = await readOrgWatermark(m);
    const readAt = new Date().toISOString();
    const qb = this.orgs
      .visible(m.createQueryBuilder(OrgEntity, 'o'), await this.orgs.scopeOf(auth, m))
      .select(['o.id AS id', 'o.parent_id AS "parentId"', 'o.name AS name', 'o.short_name AS "shortName"', 'o.kind AS kind'])
      .addSelect(['o.status AS status', `to_char(o.valid_from, 'YYYY-MM-DD') AS "validFrom"`, `to_char(o.valid_to, 'YYYY-MM-DD') AS "validTo"`, 'o.version AS version'])
      .orderBy('o.id', 'ASC')
      .limit(limit + 1);
    if (request.after) qb.andWhere('o.id > :after', { after: request.after });
    const rows = await qb.getRawMany<OrgSnapshotRow>();
    const items = rows.slice(0, limit);
    return { items, nextAfter: rows.length > limit ? items[items.length - 1].id : null, readAt, watermark };
  }
}
