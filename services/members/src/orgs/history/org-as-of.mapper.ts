import type { OrgDto } from '@lienthong/contracts';
import type { OrgEntity } from '../org.entity';
import type { OrgHistoryRow } from './org-history.repository';

/**
 * An org as it stood on a day, in the usual `OrgDto` shape: place, names and status of that
 * day's version, ancestry and open-children count of that day; its lifetime (validFrom/validTo),
 * version and timestamps are the org's own (the version is not an ETag for writes here).
 */
export function toOrgDtoAsOf(org: OrgEntity, version: OrgHistoryRow, ancestorIds: string[], childCount: number): OrgDto {
  return {
    id: org.id,
    parentId: version.parentId,
    name: version.name,
    shortName: version.shortName,
    kind: version.kind,
    status: version.status,
    validFrom: org.validFrom,
    validTo: org.validTo,
    ...(org.closeReason !== null && version.status === 'closed' ? { closeReason: org.closeReason } : {}),
    ancestorIds,
    depth: ancestorIds.length,
    childCount,
    version: org.version,
    createdAt: org.createdAt.toISOString(),
    updatedAt: org.updatedAt.toISOString(),
  };
}
