import type { OrgKind } from './org-kind';

export type OrgStatus = 'active' | 'closed';

/** An organisation as the members service answers it. */
export interface OrgDto {
  id: string;
  parentId: string | null;
  name: string;
  shortName: string;
  kind: OrgKind;
  status: OrgStatus;
  validFrom: string;
  validTo: string | null;
  /** Why it was closed, when the officer gave a reason (set by `members.org.close`). */
  closeReason?: string;
  /** Ids from the root down to the parent. */
  ancestorIds: string[];
  depth: number;
  childCount: number;
  version: number;
  createdAt: string;
  updatedAt: string;
}
