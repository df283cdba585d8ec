// The member record endpoints (/api/v1/members…, /orgs/{id}/member-counts, /me/member-record)
// through the generated SDK. A change sends the version read as If-Match: no lost update.
import type {
  CorrectionItemBodyDto,
  CorrectionRequestResponseDto,
  CreateMemberDto,
  ListMembersInput,
  MemberCountsResponseDto,
  MemberPageDto,
  MemberResponseDto,
  MemberRowResponseDto,
  MyMemberRecordResponseDto,
  UpdateMemberDto,
} from '@lienthong/sdk';
import type { Api } from '../../../api/api-context';

export type Member = MemberResponseDto;
/** One's own record, with the name of the org holding it (a member may not read orgs). */
export type MyMemberRecord = MyMemberRecordResponseDto;
/** A list row: the summary and the name of the org holding the record. */
export type MemberSummary = MemberRowResponseDto;
export type MemberPage = MemberPageDto;
export type MemberStatus = Member['status'];
export type MemberCounts = MemberCountsResponseDto;
export type MemberListQuery = Omit<ListMembersInput, 'cursor' | 'limit'>;
export type CreateMemberInput = CreateMemberDto;
export type UpdateMemberInput = UpdateMemberDto;
export type CorrectionItem = CorrectionItemBodyDto;
export type CorrectionRequest = CorrectionRequestResponseDto;

/** Every status the API knows, in the order of the Party's forms. */
export const MEMBER_STATUSES: readonly MemberStatus[] = [
  'probationary',
  'official',
  'exempt',
  'temporarily-transferred-out',
  'transferred-out',
  'deceased',
  'removed',
  'expelled',
  'resigned',
];

/** The statuses counted in đảng số (the API's onRoll): the list shown under the counts by default. */
export const ON_ROLL_STATUSES: readonly MemberStatus[] = ['probationary', 'official', 'exempt', 'temporarily-transferred-out'];

export const MEMBER_PAGE_SIZE = 50;

export function listMembers(api: Api, query: MemberListQuery, cursor: string | undefined, signal?: AbortSignal): Promise<MemberPage> {
  return api.call((sdk) => sdk.listMembers({ ...query, cursor, limit: MEMBER_PAGE_SIZE }, { signal }));
}

export function getMember(api: Api, id: string, signal?: AbortSignal): Promise<Member> {
  return api.call((sdk) => sdk.getMember({ id }, { signal }));
}

export function createMember(api: Api, body: CreateMemberInput): Promise<Member> {
  return api.call((sdk) => sdk.createMember({ body }));
}

export function updateMember(api: Api, member: Pick<Member, 'id' | 'version'>, body: UpdateMemberInput): Promise<Member> {
  return api.call((sdk) => sdk.updateMember({ id: member.id, ifMatch: member.version, body }));
}

export function getMemberCounts(api: Api, orgId: string, signal?: AbortSignal): Promise<MemberCounts> {
  return api.call((sdk) => sdk.getOrgMemberCounts({ id: orgId, includeSubtree: true }, { signal }));
}

export function getMyMemberRecord(api: Api, signal?: AbortSignal): Promise<MyMemberRecord> {
  return api.call((sdk) => sdk.getMyMemberRecord({}, { signal }));
}

export function requestMyCorrection(api: Api, items: CorrectionItem[], note?: string): Promise<CorrectionRequest> {
  return api.call((sdk) => sdk.requestMyMemberRecordCorrection({ body: { items, note } }));
}
