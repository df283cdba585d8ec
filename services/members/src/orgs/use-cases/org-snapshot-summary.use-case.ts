import type { SnapshotSummary } from '@lienthong/contracts';
import type { HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { OrgEntity } from '../org.entity';
import { OrgRepository } from '../org.repository';
import { readOrgWatermark } from './org-watermark';

/**
 * Count and checksum of (id, version) over every org the caller may see: a replica compares
 * them with its own (the nightly consistency check). One index-only pass over the table.
 */
@Injectable()
export class OrgSnapshotSummaryUseCase {
  constructor(@Inject(OrgRepository) private readonly orgs: OrgRepository) {}

  async execute(_request: object, { auth }: HandlerContext): Promise<SnapshotSummary> {
    const m = this.orgs.manager;
    const watermark = await readOrgWatermark(m);
    const readAt = new Date().toISOString();
    const row = await this.orgs
      .visible(m.createQueryBuilder(OrgEntity, 'o'), await this.orgs.scopeOf(auth, m))
      .select('count(*)::int', 'count')
      .addSelect(`md5(coalesce(string_agg(o.id::text || ':' || o.version, ',' ORDER BY o.id), ''))`, 'checksum')
      .getRawOne<{ count: number; checksum: string }>();
    return { count: row?.count ?? 0, checksum: row?.checksum ?? '', readAt, watermark };
  }
}
