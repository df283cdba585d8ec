import type { OrgDto, Page } from '@lienthong/contracts';
import type { OrgPageDto, OrgResponseDto } from './dto/org.dto';

/** Field by field, so that a field added to the message contract is not published by accident. */
export function toOrgResponse(org: OrgDto): OrgResponseDto {
  return {
    id: org.id,
    parentId: org.parentId,
    name: org.name,
    shortName: org.shortName,
    kind: org.kind,
    status: org.status,
    validFrom: org.validFrom,
    validTo: org.validTo,
    ...(org.closeReason !== undefined ? { closeReason: org.closeReason } : {}),
    ancestorIds: org.ancestorIds,
    depth: org.depth,
    childCount: org.childCount,
    version: org.version,
    createdAt: org.createdAt,
    updatedAt: org.updatedAt,
  };
}

export function toOrgPage(page: Page<OrgDto>): OrgPageDto {
  return { items: page.items.map(toOrgResponse), nextCursor: page.nextCursor };
}
