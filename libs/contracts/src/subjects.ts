/**
 * Every NATS subject, named `<svc>.<entity>.<action>`; events are past tense with a
 * version (`members.org.moved.v1`). Decorators and clients take these constants,
 * never string literals. A test run prefixes them in the transport, not here.
 */
export const SUBJECTS = {
  members: {
    health: 'members.health.check',
    orgCreate: 'members.org.create',
    orgGet: 'members.org.get',
    orgUpdate: 'members.org.update',
    orgMove: 'members.org.move',
    orgClose: 'members.org.close',
    orgListChildren: 'members.org.list-children',
    orgSearch: 'members.org.search',
    orgAncestors: 'members.org.ancestors',
    /** Replicas: one keyset page of every org with its version (`SnapshotPageRequest` → `SnapshotPage<OrgSnapshotRow>`). */
    orgSnapshot: 'members.org.snapshot',
    /** Replicas' consistency check: count and checksum of (id, version) (`SnapshotSummaryRequest` → `SnapshotSummary`). */
    orgSnapshotSummary: 'members.org.snapshot-summary',
    /** The org or its children as they stood on a date (`asOf`), from the org history. */
    orgGetAsOf: 'members.org.get-as-of',
    orgListChildrenAsOf: 'members.org.list-children-as-of',
    /** Versions of an org and its restructuring links (predecessors, successors). */
    orgHistory: 'members.org.history',
    orgMerge: 'members.org.merge',
    orgSplit: 'members.org.split',
    orgTermList: 'members.org-term.list',
    orgTermOpen: 'members.org-term.open',
    orgTermClose: 'members.org-term.close',
    /** The term (nhiệm kỳ) of an org in force on a date: documents restart their numbering per term. */
    orgTermInForce: 'members.org-term.in-force',
    /** Which org kinds may sit under which on a date (reference data, `ListOrgKindRulesRequest` → `OrgKindRulesDto`). */
    orgKindRules: 'members.org-kind-rule.list',
    memberCreate: 'members.member.create',
    memberGet: 'members.member.get',
    memberUpdate: 'members.member.update',
    memberTransfer: 'members.member.transfer',
    memberList: 'members.member.list',
    memberCounts: 'members.member.counts',
    /** A member's own record (scope self): the gateway resolves the member id from the account link. */
    memberGetOwn: 'members.member.get-own',
    memberCorrectionCreate: 'members.member-correction.create',
    memberCorrectionList: 'members.member-correction.list',
  },
  documents: {
    health: 'documents.health.check',
    registerList: 'documents.register.list',
  },
  finance: {
    health: 'finance.health.check',
    duesRuleList: 'finance.dues-rule.list',
  },
  resolutions: {
    health: 'resolutions.health.check',
    resolutionList: 'resolutions.resolution.list',
  },
} as const;

export const EVENTS = {
  members: {
    orgCreated: 'members.org.created.v1',
    orgUpdated: 'members.org.updated.v1',
    orgMoved: 'members.org.moved.v1',
    orgClosed: 'members.org.closed.v1',
    orgMerged: 'members.org.merged.v1',
    orgSplit: 'members.org.split.v1',
    orgTermOpened: 'members.org.term-opened.v1',
    orgTermClosed: 'members.org.term-closed.v1',
    memberCreated: 'members.member.created.v1',
    memberUpdated: 'members.member.updated.v1',
    memberStatusChanged: 'members.member.status-changed.v1',
    memberTransferred: 'members.member.transferred.v1',
  },
} as const;

type Leaves<T> = T extends string ? T : { [K in keyof T]: Leaves<T[K]> }[keyof T];
export type Subject = Leaves<typeof SUBJECTS>;
export type EventType = Leaves<typeof EVENTS>;

/** Queue group per service, so that replicas share the load. */
export const QUEUE_GROUPS = {
  members: 'members',
  documents: 'documents',
  finance: 'finance',
  resolutions: 'resolutions',
} as const;
export type ServiceName = keyof typeof QUEUE_GROUPS;
