import type { OrgDto } from '@lienthong/contracts';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { ancestorPaths } from './org-path';
import type { OrgEntity } from './org.entity';
import { OrgRepository } from './org.repository';

/** What an `OrgDto` needs beyond its own row. */
export interface OrgFacts {
  activeChildCount: number;
  ancestorIds: string[];
}

/** Entity → contract DTO. Entities never leave the service. */
export function toOrgDto(org: OrgEntity, facts: OrgFacts): OrgDto {
  return {
    id: org.id,
    parentId: org.parentId,
    name: org.name,
    shortName: org.shortName,
    kind: org.kind,
    status: org.status,
    validFrom: org.validFrom,
    validTo: org.validTo,
    ...(org.closeReason !== null ? { closeReason: org.closeReason } : {}),
    ancestorIds: facts.ancestorIds,
    depth: org.depth,
    childCount: facts.activeChildCount,
    version: org.version,
    createdAt: org.createdAt.toISOString(),
    updatedAt: org.updatedAt.toISOString(),
  };
}

/**
 * Maps a page of orgs with two extra queries whatever the page size: active-children
 * counts for the page rows, and the ids behind every ancestor path in the page.
 */
@Injectable()
export class OrgMapper {
  constructor(@Inject(OrgRepository) private readonly orgs: OrgRepository) {}

  async toDto(org: OrgEntity, m?: EntityManager): Promise<OrgDto> {
    const [dto] = await this.toDtos([org], m);
    return dto;
  }

  async toDtos(orgs: OrgEntity[], m?: EntityManager): Promise<OrgDto[]> {
    const paths = [...new Set(orgs.flatMap((o) => ancestorPaths(o.path)))];
    const counts = await this.orgs.activeChildCounts(
      orgs.map((o) => o.id),
      m,
    );
    const ancestors = await this.orgs.findByPaths(paths, m);
    const idByPath = new Map(ancestors.map((a) => [a.path, a.id]));
    return orgs.map((org) =>
      toOrgDto(org, {
        activeChildCount: counts.get(org.id) ?? 0,
        // A move committing between the two reads can leave a path unmatched: drop it rather than invent an id.
        ancestorIds: ancestorPaths(org.path).flatMap((p) => idByPath.get(p) ?? []),
      }),
    );
  }
}
