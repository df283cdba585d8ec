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
    /** A member's lifecycle (issue 9 §2, §4): computed dates and the actions, each If-Match. */
    memberLifecycleGet: 'members.member-lifecycle.get',
    memberLifecycleAdmission: 'members.member-lifecycle.record-admission',
    memberLifecycleCeremony: 'members.member-lifecycle.record-ceremony',
    memberLifecycleRecognition: 'members.member-lifecycle.record-recognition',
    memberLifecycleExemption: 'members.member-lifecycle.exempt',
    memberLifecycleExemptionEnd: 'members.member-lifecycle.end-exemption',
    memberLifecycleRemoval: 'members.member-lifecycle.remove',
    memberLifecycleExpulsion: 'members.member-lifecycle.expel',
    memberLifecycleLeaving: 'members.member-lifecycle.leave',
    memberLifecycleDeath: 'members.member-lifecycle.record-death',
    /** Transfers of party activity (chuyển sinh hoạt đảng) as a two-sided handshake. */
    memberTransferIssue: 'members.member-transfer.issue',
    memberTransferDeadlines: 'members.member-transfer.deadlines',
    memberTransferDestinations: 'members.member-transfer.destinations',
    memberTransferListOutgoing: 'members.member-transfer.list-outgoing',
    memberTransferListIncoming: 'members.member-transfer.list-incoming',
    memberTransferGet: 'members.member-transfer.get',
    memberTransferConfirm: 'members.member-transfer.confirm',
    memberTransferRefuse: 'members.member-transfer.refuse',
    memberTransferCancel: 'members.member-transfer.cancel',
    /** A confirmed temporary transfer ended early by either side. */
    memberTransferReturn: 'members.member-transfer.return',
    /** A member's own record (scope self): the gateway resolves the member id from the account link. */
    memberGetOwn: 'members.member.get-own',
    memberCorrectionCreate: 'members.member-correction.create',
    memberCorrectionList: 'members.member-correction.list',
    /** An officer closes an open correction request (`ResolveCorrectionRequest` → `CorrectionRequestDto`). */
    memberCorrectionResolve: 'members.member-correction.resolve',
    /** The signed-in member's own correction requests (scope self). */
    memberCorrectionListOwn: 'members.member-correction.list-own',
    gradingCampaignOpen: 'members.grading-campaign.open',
    gradingCampaignList: 'members.grading-campaign.list',
    gradingCampaignGet: 'members.grading-campaign.get',
    gradingCampaignClose: 'members.grading-campaign.close',
    gradingCampaignRefresh: 'members.grading-campaign.refresh',
    gradingRollup: 'members.grading-campaign.rollup',
    memberGradingList: 'members.member-grading.list',
    /** Scope self: the gateway resolves the member id from the account link. */
    memberGradingGetOwn: 'members.member-grading.get-own',
    memberGradingListOwn: 'members.member-grading.list-own',
    memberGradingSelfAssess: 'members.member-grading.self-assess',
    memberGradingPropose: 'members.member-grading.propose',
    memberGradingDecide: 'members.member-grading.decide',
    orgGradingDecide: 'members.org-grading.decide',
    /** Badge register (Huy hiệu Đảng): candidates at an award occasion, badges given. */
    badgeCandidates: 'members.badge.candidates',
    badgeRecord: 'members.badge.record',
    badgeList: 'members.badge.list',
    /** What the badge rule needs beyond the record: discipline decisions that delay it, a serious illness. */
    badgeCircumstancesGet: 'members.badge-circumstances.get',
    memberDisciplineRecord: 'members.member-discipline.record',
    seriousIllnessSet: 'members.member-serious-illness.set',
    seriousIllnessClear: 'members.member-serious-illness.clear',
    /** The daily "việc cần làm" list of a subtree (or the caller's scope). */
    dueItemList: 'members.due-item.list',
    /** The member import (issue 10): files travel as blob keys, never over the bus. */
    memberImportTemplate: 'members.member-import.template',
    memberImportCreate: 'members.member-import.create',
    memberImportGet: 'members.member-import.get',
    memberImportRows: 'members.member-import.rows',
    memberImportCommit: 'members.member-import.commit',
    memberImportErrorReport: 'members.member-import.error-report',
    /** The 7-HSĐV list of a subtree as .xlsx, written to the blob store. */
    memberListExport: 'members.member-list.export',
    /** A member's record sheet (phiếu đảng viên) as .xlsx or PDF, written to the blob store. */
    memberRecordSheetExport: 'members.member-record-sheet.export',
    /** The badge register at an occasion as .xlsx, written to the blob store. */
    badgeListExport: 'members.badge-list.export',
    /** Exports as background jobs (member list, badge list): create, progress, the caller's own list, the finished file. */
    memberExportCreate: 'members.member-export.create',
    memberExportGet: 'members.member-export.get',
    memberExportList: 'members.member-export.list',
    memberExportFile: 'members.member-export.file',
    /** The working-day calendar (issue 9 §1): each day of a span, and the per-date overrides kept as data. */
    calendarDays: 'members.calendar.days',
    calendarOverrideList: 'members.calendar-override.list',
    calendarOverridePut: 'members.calendar-override.put',
    calendarOverrideDelete: 'members.calendar-override.delete',
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
    /** A badge given (sổ tặng Huy hiệu Đảng): aggregate = the badge row, owner = the member's org. */
    memberBadgeAwarded: 'members.member-badge.awarded.v1',
    gradingCampaignOpened: 'members.grading-campaign.opened.v1',
    gradingCampaignClosed: 'members.grading-campaign.closed.v1',
    gradingCampaignRefreshed: 'members.grading-campaign.refreshed.v1',
    memberGradingSelfAssessed: 'members.member-grading.self-assessed.v1',
    memberGradingProposed: 'members.member-grading.proposed.v1',
    memberGradingDecided: 'members.member-grading.decided.v1',
    orgGradingDecided: 'members.org-grading.decided.v1',
    memberAdmissionRecorded: 'members.member.admission-recorded.v1',
    memberCeremonyHeld: 'members.member.ceremony-held.v1',
    memberRecognised: 'members.member.recognised.v1',
    memberRecognitionVoteFailed: 'members.member.recognition-vote-failed.v1',
    memberRecognitionRefused: 'members.member.recognition-refused.v1',
    memberExempted: 'members.member.exempted.v1',
    memberExemptionEnded: 'members.member.exemption-ended.v1',
    memberRemoved: 'members.member.removed.v1',
    memberExpelled: 'members.member.expelled.v1',
    memberLeft: 'members.member.left.v1',
    memberDied: 'members.member.died.v1',
    memberTransferIssued: 'members.member-transfer.issued.v1',
    memberTransferInTransit: 'members.member-transfer.in-transit.v1',
    memberTransferConfirmed: 'members.member-transfer.confirmed.v1',
    memberTransferRefused: 'members.member-transfer.refused.v1',
    memberTransferCancelled: 'members.member-transfer.cancelled.v1',
    memberTransferExpired: 'members.member-transfer.expired.v1',
    memberTransferReturned: 'members.member-transfer.returned.v1',
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
