/**
 * How the security matrix calls each operation of the OpenAPI document. Every operation needs
 * an entry here: the matrix fails naming any operation without one (a new route must say how
 * it is reached and what a caller of a sibling subtree gets).
 *
 * `call(f)` aims the operation at subtree A (real ids from the fixtures: A, its child A1, an
 * account homed in A…); the matrix sends it with bad tokens (401), as a user without the
 * permission (403), and as an officer of the sibling subtree B who holds every permission
 * (the `sibling` expectation).
 */
export interface MatrixFixtures {
  rootId: string;
  /** Subtree A: org A, its child A1, an account homed in A. */
  aId: string;
  a1Id: string;
  userInAId: string;
  /** An API client registered for A (by the system administrator). */
  apiClientInAId: string;
  /** The externalId the system administrator gave org A2 (in A) when creating it. */
  orgExternalIdInA: string;
  /** A party member on A1's roll (version 1), and an open term of A (version 1). */
  memberInAId: string;
  /** The externalId the system administrator gave that member when creating it. */
  memberExternalIdInA: string;
  termInAId: string;
  /** An open correction request about that member. */
  correctionInAId: string;
  /** A member import of A1, parsed, not committed. */
  memberImportInAId: string;
  /** A background export of A's member list, asked for by the system administrator (an export is its requester's own). */
  memberExportInAId: string;
  /** The sibling subtree the officer belongs to. */
  bId: string;
}

export interface OperationCall {
  /** Values of the `{name}` segments of the path. */
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: Record<string, unknown>;
  headers?: Record<string, string>;
}

/**
 * What the officer of B gets: `notFound` 404 (a read, or a write to something it cannot see);
 * `refused` 403 or 404 (a write naming a target in A); `hidden` 200 with none of subtree A's ids
 * in the answer (a list that simply leaves A out); `notScoped` with the reason the operation has
 * no subtree to leave (national rules, the caller itself); `sameAsMissing` the very status and
 * code it gets when A's ids are replaced by ids that exist nowhere (a write that names its
 * target in the body and answers "not found" as a domain rule, e.g. 422 for an unknown parent).
 */
export type SiblingExpectation =
  | { kind: 'notFound' }
  | { kind: 'refused' }
  | { kind: 'hidden' }
  | { kind: 'sameAsMissing' }
  | { kind: 'notScoped'; reason: string };

export interface OperationStrategy {
  call(f: MatrixFixtures): OperationCall;
  sibling: SiblingExpectation;
}

/** Operations anyone may call without a token; the matrix asserts they are public, and nothing else is. */
export const PUBLIC_OPERATIONS: readonly string[] = [
  'POST /api/v1/auth/login',
  'POST /api/v1/auth/refresh',
  'POST /api/v1/auth/logout',
  'POST /api/v1/auth/token',
  'GET /api/v1/health',
  'GET /api/v1/health/ready',
  'GET /api/v1/health/live',
];

const notFound = { kind: 'notFound' } as const;
const refused = { kind: 'refused' } as const;
const hidden = { kind: 'hidden' } as const;
const self = { kind: 'notScoped', reason: 'scope self: about the caller only' } as const;
const IF_MATCH = { 'If-Match': '"1"' };
const VALID_FROM = '2025-02-03';

export const OPERATION_STRATEGIES: Record<string, OperationStrategy> = {
  'POST /api/v1/auth/change-password': { call: () => ({ body: { currentPassword: 'x', newPassword: 'y' } }), sibling: self },
  'GET /api/v1/me': { call: () => ({}), sibling: self },

  'GET /api/v1/orgs': { call: (f) => ({ query: { parentId: f.aId } }), sibling: notFound },
  'POST /api/v1/orgs': {
    call: (f) => ({ body: { parentId: f.aId, name: 'Chi bộ Lạ', shortName: 'CBL', kind: 'chi-bo-truc-thuoc', validFrom: VALID_FROM } }),
    sibling: { kind: 'sameAsMissing' },
  },
  'GET /api/v1/orgs/search': { call: (f) => ({ query: { q: 'chi bo', withinOrgId: f.aId } }), sibling: notFound },
  'GET /api/v1/orgs/{id}': { call: (f) => ({ params: { id: f.a1Id } }), sibling: notFound },
  'PATCH /api/v1/orgs/{id}': { call: (f) => ({ params: { id: f.a1Id }, headers: IF_MATCH, body: { name: 'Đổi Tên' } }), sibling: refused },
  'GET /api/v1/orgs/{id}/children': { call: (f) => ({ params: { id: f.aId } }), sibling: notFound },
  'GET /api/v1/orgs/{id}/ancestors': { call: (f) => ({ params: { id: f.a1Id } }), sibling: notFound },
  'POST /api/v1/orgs/{id}/move': { call: (f) => ({ params: { id: f.a1Id }, headers: IF_MATCH, body: { newParentId: f.bId } }), sibling: refused },
  'POST /api/v1/orgs/{id}/close': { call: (f) => ({ params: { id: f.a1Id }, headers: IF_MATCH, body: { validTo: VALID_FROM, reason: 'Giải thể' } }), sibling: refused },

  // Restructuring and terms: writes naming A's orgs; B may see neither source nor term.
  'POST /api/v1/orgs/merges': {
    call: (f) => ({ body: { sources: [{ id: f.a1Id, version: 1 }], targetId: f.bId, effectiveDate: '2025-07-01', decisionRef: 'Quyết định số 9-QĐ/ĐU' } }),
    sibling: refused,
  },
  'POST /api/v1/orgs/{id}/split': {
    call: (f) => ({
      params: { id: f.a1Id },
      headers: IF_MATCH,
      body: {
        parts: [
          { name: 'Chi bộ Phòng A1-1', shortName: 'PA11', kind: 'chi-bo-truc-thuoc' },
          { name: 'Chi bộ Phòng A1-2', shortName: 'PA12', kind: 'chi-bo-truc-thuoc' },
        ],
        effectiveDate: '2025-09-01',
        decisionRef: 'Quyết định số 10-QĐ/ĐU',
      },
    }),
    sibling: refused,
  },
  'POST /api/v1/orgs/{id}/terms': { call: (f) => ({ params: { id: f.aId }, body: { number: 2, label: 'Nhiệm kỳ 2030–2035', startDate: '2030-10-01' } }), sibling: refused },
  'POST /api/v1/orgs/{id}/terms/{termId}/close': {
    call: (f) => ({ params: { id: f.aId, termId: f.termInAId }, headers: IF_MATCH, body: { endDate: '2030-09-30' } }),
    sibling: refused,
  },
  'GET /api/v1/orgs/{id}/history': { call: (f) => ({ params: { id: f.a1Id } }), sibling: notFound },
  'GET /api/v1/orgs/{id}/terms': { call: (f) => ({ params: { id: f.aId } }), sibling: notFound },
  'GET /api/v1/orgs/{id}/terms/in-force': { call: (f) => ({ params: { id: f.aId }, query: { date: '2025-06-01' } }), sibling: notFound },
  'GET /api/v1/orgs/{id}/member-counts': { call: (f) => ({ params: { id: f.aId } }), sibling: notFound },
  'GET /api/v1/orgs/{id}/member-corrections': { call: (f) => ({ params: { id: f.aId } }), sibling: notFound },
  'GET /api/v1/members': { call: (f) => ({ query: { orgId: f.aId } }), sibling: notFound },
  'POST /api/v1/members': {
    call: (f) => ({
      body: {
        orgId: f.a1Id,
        fullName: 'Trần Văn Lạ',
        sex: 'male',
        dateOfBirth: '1990-01-20',
        citizenId: '001090054321',
        status: 'official',
        periods: [{ admissionDecisionDate: '2015-05-15', ceremonyDate: '2015-06-01', recognitionDate: '2016-06-01' }],
      },
    }),
    sibling: refused,
  },
  // An externalId is the caller's own: B's officer looks it up among its own, never finds A's member.
  'GET /api/v1/members/by-external-id/{externalId}': { call: (f) => ({ params: { externalId: f.memberExternalIdInA } }), sibling: notFound },
  'GET /api/v1/members/{id}': { call: (f) => ({ params: { id: f.memberInAId } }), sibling: notFound },
  'PATCH /api/v1/members/{id}': { call: (f) => ({ params: { id: f.memberInAId }, headers: IF_MATCH, body: { occupation: 'Kỹ sư' } }), sibling: refused },
  // Member lifecycle: the matrix member is official in A1 (version 1); B's officer cannot see it.
  'GET /api/v1/members/{id}/lifecycle': { call: (f) => ({ params: { id: f.memberInAId } }), sibling: notFound },
  'POST /api/v1/members/{id}/lifecycle/admission': {
    call: (f) => ({ params: { id: f.memberInAId }, headers: IF_MATCH, body: { decision: { number: '12-QĐ/ĐU', date: '2025-09-01', issuer: 'Đảng ủy' } } }),
    sibling: refused,
  },
  'POST /api/v1/members/{id}/lifecycle/ceremony': { call: (f) => ({ params: { id: f.memberInAId }, headers: IF_MATCH, body: { heldOn: '2025-09-20' } }), sibling: refused },
  'POST /api/v1/members/{id}/lifecycle/recognition': {
    call: (f) => ({
      params: { id: f.memberInAId },
      headers: IF_MATCH,
      body: { outcome: 'approved', consideredOn: '2026-09-20', decision: { number: '30-QĐ/ĐU', date: '2026-09-25', issuer: 'Đảng ủy' } },
    }),
    sibling: refused,
  },
  'POST /api/v1/members/{id}/lifecycle/exemption': {
    call: (f) => ({ params: { id: f.memberInAId }, headers: IF_MATCH, body: { ground: 'tuoi-cao', decision: { number: '05-NQ/CB', date: '2026-03-02', issuer: 'Chi bộ' }, effectiveOn: '2026-03-02' } }),
    sibling: refused,
  },
  'POST /api/v1/members/{id}/lifecycle/exemption-end': {
    call: (f) => ({ params: { id: f.memberInAId }, headers: IF_MATCH, body: { decision: { number: '06-NQ/CB', date: '2026-04-02', issuer: 'Chi bộ' }, effectiveOn: '2026-04-02' } }),
    sibling: refused,
  },
  'POST /api/v1/members/{id}/lifecycle/removal': {
    call: (f) => ({
      params: { id: f.memberInAId },
      headers: IF_MATCH,
      body: { ground: 'tu-y-tra-the', decision: { number: '07-QĐ/ĐU', date: '2026-05-04', issuer: 'Đảng ủy' }, effectiveOn: '2026-05-04' },
    }),
    sibling: refused,
  },
  'POST /api/v1/members/{id}/lifecycle/expulsion': {
    call: (f) => ({ params: { id: f.memberInAId }, headers: IF_MATCH, body: { decision: { number: '08-QĐ/UBKT', date: '2026-05-04', issuer: 'Ủy ban Kiểm tra' }, effectiveOn: '2026-05-04' } }),
    sibling: refused,
  },
  'POST /api/v1/members/{id}/lifecycle/leaving': {
    call: (f) => ({ params: { id: f.memberInAId }, headers: IF_MATCH, body: { decision: { number: '09-QĐ/ĐU', date: '2026-05-04', issuer: 'Đảng ủy' }, effectiveOn: '2026-05-04' } }),
    sibling: refused,
  },
  'POST /api/v1/members/{id}/lifecycle/death': { call: (f) => ({ params: { id: f.memberInAId }, headers: IF_MATCH, body: { effectiveOn: '2026-05-04' } }), sibling: refused },
  'POST /api/v1/members/{id}/transfers': {
    call: (f) => ({ params: { id: f.memberInAId }, headers: IF_MATCH, body: { toOrgId: f.bId, kind: 'official', effectiveOn: '2026-11-01' } }),
    sibling: refused,
  },
  'GET /api/v1/me/member-record': { call: () => ({}), sibling: self },
  // Badge register and "việc cần làm" (issue 9 §5, §7): B sees neither A's candidates nor its members' badges.
  'GET /api/v1/orgs/{id}/badge-candidates': { call: (f) => ({ params: { id: f.aId }, query: { occasion: '2026-09-02' } }), sibling: notFound },
  'POST /api/v1/members/{id}/badges': {
    call: (f) => ({
      params: { id: f.memberInAId },
      body: { milestone: 30, occasionDate: '2026-09-02', basis: 'regular', decisionNumber: '1250-QĐ/TU', decisionDate: '2026-08-20' },
    }),
    sibling: refused,
  },
  'GET /api/v1/members/{id}/badges': { call: (f) => ({ params: { id: f.memberInAId } }), sibling: notFound },
  'GET /api/v1/members/{id}/badge-circumstances': { call: (f) => ({ params: { id: f.memberInAId } }), sibling: notFound },
  'POST /api/v1/members/{id}/disciplines': { call: (f) => ({ params: { id: f.memberInAId }, body: { form: 'canh-cao', decidedOn: '2026-05-01' } }), sibling: refused },
  'PUT /api/v1/members/{id}/serious-illness': { call: (f) => ({ params: { id: f.memberInAId }, body: { since: '2026-06-01' } }), sibling: refused },
  'DELETE /api/v1/members/{id}/serious-illness': { call: (f) => ({ params: { id: f.memberInAId } }), sibling: refused },
  'GET /api/v1/orgs/{id}/due-items': { call: (f) => ({ params: { id: f.aId } }), sibling: notFound },
  // The caller's own scope: A's items never show to B.
  'GET /api/v1/me/due-items': { call: () => ({}), sibling: hidden },
  'POST /api/v1/me/member-record/corrections': { call: () => ({ body: {} }), sibling: self },
  'GET /api/v1/me/member-record/corrections': { call: () => ({}), sibling: self },
  'POST /api/v1/member-corrections/{id}/resolution': { call: (f) => ({ params: { id: f.correctionInAId }, body: { outcome: 'resolved' } }), sibling: notFound },
  'GET /api/v1/orgs/by-external-id/{externalId}': { call: (f) => ({ params: { externalId: f.orgExternalIdInA } }), sibling: notFound },
  // Member import: the upload checks the org (404 outside the scope) before it reads the file.
  'GET /api/v1/member-imports/template': { call: () => ({}), sibling: { kind: 'notScoped', reason: 'scope none: the import template' } },
  'POST /api/v1/orgs/{id}/member-imports': { call: (f) => ({ params: { id: f.a1Id }, body: {} }), sibling: refused },
  'GET /api/v1/orgs/{id}/member-list.xlsx': { call: (f) => ({ params: { id: f.aId } }), sibling: notFound },
  // Printed forms and lists (issue 10 §2): B cannot print A's member's record sheet nor A's badge list.
  'GET /api/v1/members/{id}/record-sheet.xlsx': { call: (f) => ({ params: { id: f.memberInAId } }), sibling: notFound },
  'GET /api/v1/members/{id}/record-sheet.pdf': { call: (f) => ({ params: { id: f.memberInAId } }), sibling: notFound },
  'GET /api/v1/orgs/{id}/badge-list.xlsx': { call: (f) => ({ params: { id: f.aId }, query: { occasion: '2026-09-02' } }), sibling: notFound },
  'GET /api/v1/member-imports/{id}': { call: (f) => ({ params: { id: f.memberImportInAId } }), sibling: notFound },
  'GET /api/v1/member-imports/{id}/rows': { call: (f) => ({ params: { id: f.memberImportInAId } }), sibling: notFound },
  'POST /api/v1/member-imports/{id}/commit': { call: (f) => ({ params: { id: f.memberImportInAId }, body: {} }), sibling: refused },
  'GET /api/v1/member-imports/{id}/error-report': { call: (f) => ({ params: { id: f.memberImportInAId } }), sibling: notFound },
  // Background exports (issue 10 §2): B cannot export A's subtree, and an export is only ever its requester's.
  'POST /api/v1/member-exports': { call: (f) => ({ body: { kind: 'member-list', orgId: f.aId } }), sibling: refused },
  'GET /api/v1/member-exports': { call: () => ({}), sibling: hidden },
  'GET /api/v1/member-exports/{id}': { call: (f) => ({ params: { id: f.memberExportInAId } }), sibling: notFound },
  'GET /api/v1/member-exports/{id}/file': { call: (f) => ({ params: { id: f.memberExportInAId } }), sibling: notFound },

  // Answers an empty page (not 404) for an org outside the caller's scope: nothing leaks, but unlike the other lists.
  'GET /api/v1/api-clients': { call: (f) => ({ query: { orgId: f.aId } }), sibling: hidden },
  'POST /api/v1/api-clients': { call: (f) => ({ body: { name: 'Phần mềm lạ', orgId: f.aId, permissions: ['members:read'] } }), sibling: refused },
  'GET /api/v1/api-clients/{id}': { call: (f) => ({ params: { id: f.apiClientInAId } }), sibling: notFound },
  'POST /api/v1/api-clients/{id}/rotate-secret': { call: (f) => ({ params: { id: f.apiClientInAId }, body: {} }), sibling: notFound },
  'POST /api/v1/api-clients/{id}/revoke': { call: (f) => ({ params: { id: f.apiClientInAId }, body: {} }), sibling: notFound },

  // The feed leaves out what is not in the caller's subtree (A's creations never show to B).
  'GET /api/v1/changes': { call: () => ({ query: { limit: '200' } }), sibling: hidden },
  // A webhook is its owner's own (any other caller gets 404): no subtree to leave.
  'GET /api/v1/webhooks': { call: () => ({}), sibling: self },
  'POST /api/v1/webhooks': { call: () => ({ body: { url: 'https://dangvien.example.vn/hook', eventTypes: ['org.*'] } }), sibling: self },
  'GET /api/v1/webhooks/{id}': { call: (f) => ({ params: { id: f.aId } }), sibling: self },
  'PATCH /api/v1/webhooks/{id}': { call: (f) => ({ params: { id: f.aId }, body: { status: 'disabled' } }), sibling: self },
  'DELETE /api/v1/webhooks/{id}': { call: (f) => ({ params: { id: f.aId } }), sibling: self },
  'GET /api/v1/webhooks/{id}/deliveries': { call: (f) => ({ params: { id: f.aId } }), sibling: self },
  'POST /api/v1/webhooks/{id}/deliveries/{deliveryId}/replay': { call: (f) => ({ params: { id: f.aId, deliveryId: f.a1Id } }), sibling: self },

  // Annual grading. The matrix has no campaign in A yet: routes keyed by a campaign id aim at an id that is no campaign
  // (A's own id), so B's 404 cannot tell scope from absence there; the grading integration and e2e specs cover that
  // (another subtree → 404 on a real campaign). Opening one on A is a write naming A: B's officer cannot see A → 404.
  'POST /api/v1/orgs/{id}/grading-campaigns': { call: (f) => ({ params: { id: f.aId }, body: { year: 2025, title: 'Đánh giá năm 2025', deadline: '2099-01-15' } }), sibling: refused },
  'GET /api/v1/grading-campaigns': { call: (f) => ({ query: { orgId: f.aId } }), sibling: notFound },
  'GET /api/v1/grading-campaigns/{id}': { call: (f) => ({ params: { id: f.aId } }), sibling: notFound },
  'POST /api/v1/grading-campaigns/{id}/close': { call: (f) => ({ params: { id: f.aId }, headers: IF_MATCH }), sibling: refused },
  'POST /api/v1/grading-campaigns/{id}/refresh': { call: (f) => ({ params: { id: f.aId }, headers: IF_MATCH }), sibling: refused },
  'GET /api/v1/grading-campaigns/{id}/rollup': { call: (f) => ({ params: { id: f.aId }, query: { orgId: f.a1Id } }), sibling: notFound },
  'GET /api/v1/grading-campaigns/{id}/member-gradings': { call: (f) => ({ params: { id: f.aId }, query: { orgId: f.a1Id } }), sibling: notFound },
  'POST /api/v1/grading-campaigns/{id}/member-gradings/{memberId}/proposal': {
    call: (f) => ({ params: { id: f.aId, memberId: f.memberInAId }, headers: IF_MATCH, body: { points: 80, level: 'hoan-thanh-tot' } }),
    sibling: refused,
  },
  'POST /api/v1/grading-campaigns/{id}/member-gradings/{memberId}/decision': {
    call: (f) => ({ params: { id: f.aId, memberId: f.memberInAId }, headers: IF_MATCH, body: { points: 80, level: 'hoan-thanh-tot' } }),
    sibling: refused,
  },
  'POST /api/v1/grading-campaigns/{id}/org-gradings/{orgId}/decision': {
    call: (f) => ({ params: { id: f.aId, orgId: f.a1Id }, headers: IF_MATCH, body: { points: 80, level: 'hoan-thanh-tot' } }),
    sibling: refused,
  },
  'GET /api/v1/me/gradings': { call: () => ({}), sibling: self },
  'GET /api/v1/me/grading-campaigns/{id}/grading': { call: (f) => ({ params: { id: f.aId } }), sibling: self },
  'PUT /api/v1/me/grading-campaigns/{id}/self-assessment': { call: (f) => ({ params: { id: f.aId }, headers: IF_MATCH, body: { points: 80, level: 'hoan-thanh-tot' } }), sibling: self },

  // Transfers of party activity (issue 9 §3). Issuing names A's member: B's officer cannot see it → 404. The matrix has no
  // transfer in A yet: routes keyed by a transfer id aim at an id that is no transfer (A's member id), so B's 404 cannot
  // tell scope from absence there; tests/e2e/member-transfers.e2e-spec.ts covers a real transfer seen from a third subtree.
  'POST /api/v1/member-transfers': {
    call: (f) => ({
      body: { memberId: f.memberInAId, kind: 'official', toOrgId: f.bId, letterNumber: '15-GGT/ĐU', letterDate: '2026-11-20', letterIssuer: 'Ban Thường vụ Đảng ủy', movedOn: '2026-11-17' },
    }),
    sibling: refused,
  },
  'GET /api/v1/member-transfers/deadlines': {
    call: () => ({ query: { movedOn: '2026-01-20', letterDate: '2026-02-02' } }),
    sibling: { kind: 'notScoped', reason: 'scope none: working-day arithmetic on the national calendar' },
  },
  'GET /api/v1/member-transfers/destinations': {
    call: () => ({ query: { q: 'chi bo' } }),
    sibling: { kind: 'notScoped', reason: 'scope none: names of receiving organisations across the tree (a letter leaves the subtree); no members' },
  },
  'GET /api/v1/member-transfers/outgoing': { call: () => ({}), sibling: hidden },
  'GET /api/v1/member-transfers/incoming': { call: () => ({}), sibling: hidden },
  'GET /api/v1/member-transfers/{id}': { call: (f) => ({ params: { id: f.memberInAId } }), sibling: notFound },
  'POST /api/v1/member-transfers/{id}/confirm': { call: (f) => ({ params: { id: f.memberInAId }, headers: IF_MATCH, body: {} }), sibling: refused },
  'POST /api/v1/member-transfers/{id}/refuse': { call: (f) => ({ params: { id: f.memberInAId }, headers: IF_MATCH, body: { note: 'Sai nơi đến' } }), sibling: refused },
  'POST /api/v1/member-transfers/{id}/cancel': { call: (f) => ({ params: { id: f.memberInAId }, headers: IF_MATCH, body: {} }), sibling: refused },
  'POST /api/v1/member-transfers/{id}/return': { call: (f) => ({ params: { id: f.memberInAId }, headers: IF_MATCH, body: { returnedOn: '2026-05-04' } }), sibling: refused },

  'GET /api/v1/documents/registers': { call: (f) => ({ query: { orgId: f.aId } }), sibling: notFound },
  'GET /api/v1/finance/dues-rules': { call: () => ({}), sibling: { kind: 'notScoped', reason: 'scope none: the national dues rules' } },
  'GET /api/v1/resolutions': { call: (f) => ({ query: { orgId: f.aId } }), sibling: notFound },
  'GET /api/v1/audit-events': { call: (f) => ({ query: { orgId: f.aId } }), sibling: notFound },

  'GET /api/v1/calendar/days': {
    call: () => ({ query: { from: '2026-01-01', to: '2026-02-28' } }),
    sibling: { kind: 'notScoped', reason: 'scope none: the national working-day calendar (reference data)' },
  },
  'GET /api/v1/calendar/overrides': { call: () => ({}), sibling: { kind: 'notScoped', reason: 'scope none: the national working-day calendar (reference data)' } },
  'PUT /api/v1/calendar/overrides/{date}': {
    call: () => ({ params: { date: '2026-12-21' }, body: { kind: 'day-off', nameVi: 'Nghỉ thử', source: 'Thông báo thử' } }),
    sibling: { kind: 'notScoped', reason: 'scope none: the national working-day calendar (reference data)' },
  },
  'DELETE /api/v1/calendar/overrides/{date}': {
    call: () => ({ params: { date: '2026-12-21' }, headers: IF_MATCH }),
    sibling: { kind: 'notScoped', reason: 'scope none: the national working-day calendar (reference data)' },
  },
  'GET /api/v1/roles': { call: () => ({}), sibling: { kind: 'notScoped', reason: 'scope none: the role catalogue' } },
  'GET /api/v1/org-kind-rules': { call: () => ({}), sibling: { kind: 'notScoped', reason: 'scope none: the org kind rules (reference data)' } },
  'GET /api/v1/users': { call: () => ({}), sibling: hidden },
  'POST /api/v1/users': {
    call: (f) => ({ body: { username: 'matran.la', fullName: 'Người Lạ', homeOrgId: f.a1Id, roles: ['member'], password: 'Cán-bộ-Thử-2026!' } }),
    sibling: refused,
  },
  'GET /api/v1/users/{id}': { call: (f) => ({ params: { id: f.userInAId } }), sibling: notFound },
  'PATCH /api/v1/users/{id}': { call: (f) => ({ params: { id: f.userInAId }, headers: IF_MATCH, body: { fullName: 'Đổi Tên' } }), sibling: notFound },
  'POST /api/v1/users/{id}/deactivate': { call: (f) => ({ params: { id: f.userInAId } }), sibling: notFound },
  'POST /api/v1/users/{id}/reset-password': { call: (f) => ({ params: { id: f.userInAId }, body: {} }), sibling: notFound },
};

export const HOW_TO_ADD_A_STRATEGY =
  'Add an entry for it to OPERATION_STRATEGIES in tests/security/support/operation-strategies.ts: `call` aims it at subtree A ' +
  '(fixture ids), `sibling` says what an officer of subtree B gets (notFound | refused | hidden | notScoped with a reason). ' +
  'A route meant to be public goes into PUBLIC_OPERATIONS instead.';
