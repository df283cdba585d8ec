// The member lifecycle routes (GET /api/v1/members/{id}/lifecycle, POST …/lifecycle/{action}) through
// the generated SDK. An action sends the record's version as If-Match.
import type {
  LienThongClient,
  LifecycleActionResponseDto,
  LifecycleDateResponseDto,
  LifecycleDecisionBodyDto,
  LifecycleEventResponseDto,
  LifecycleRuleResponseDto,
  MemberLifecycleResponseDto,
} from '@lienthong/sdk';
import type { Api } from '../../../api/api-context';

export const LIFECYCLE_ACTIONS = ['admission', 'ceremony', 'recognition', 'exemption', 'exemption-end', 'removal', 'expulsion', 'leaving', 'death'] as const;
export type LifecycleAction = (typeof LIFECYCLE_ACTIONS)[number];

export const EXEMPTION_GROUNDS = ['tuoi-cao', 'suc-khoe-yeu', 'cong-tac-xa'] as const;
export const REMOVAL_GROUNDS = [
  'bo-sinh-hoat-dong-dang-phi',
  'tu-y-tra-the',
  'khong-tien-bo-sau-giao-duc',
  'vi-pham-tu-cach-2-nam',
  'khong-dat-tieu-chuan-chinh-tri',
  'du-bi-khong-du-tu-cach',
] as const;
export const RECOGNITION_OUTCOMES = ['approved', 'vote-failed', 'not-recognised'] as const;

export type LifecycleRule = LifecycleRuleResponseDto;
export type LifecycleDate = LifecycleDateResponseDto;
export type LifecycleDateKey = LifecycleDate['key'];
export type LifecycleDecision = LifecycleDecisionBodyDto;
export type LifecycleEvent = LifecycleEventResponseDto;
export type MemberLifecycle = MemberLifecycleResponseDto;
export type LifecycleActionResult = LifecycleActionResponseDto;

/**
 * The body of an action as the form builds it (lib/action-body.ts): fields left empty are left out and
 * the gateway's validation answers at the fields, so it is passed as the DTO of the action.
 */
export type LifecycleActionBody = Record<string, unknown>;

interface ActionInput {
  id: string;
  ifMatch: number;
  body: never;
}

/** The SDK operation of each action (POST /api/v1/members/{id}/lifecycle/{action}). */
const OPERATION: Record<LifecycleAction, (sdk: LienThongClient, input: ActionInput) => Promise<LifecycleActionResult>> = {
  admission: (sdk, input) => sdk.recordMemberAdmission(input),
  ceremony: (sdk, input) => sdk.recordMemberCeremony(input),
  recognition: (sdk, input) => sdk.recordMemberRecognition(input),
  exemption: (sdk, input) => sdk.exemptMember(input),
  'exemption-end': (sdk, input) => sdk.endMemberExemption(input),
  removal: (sdk, input) => sdk.removeMember(input),
  expulsion: (sdk, input) => sdk.expelMember(input),
  leaving: (sdk, input) => sdk.recordMemberLeaving(input),
  death: (sdk, input) => sdk.recordMemberDeath(input),
};

/** The lifecycle with one page of its history: the newest, or the one after `page.cursor` (a `historyNextCursor`). */
export function getMemberLifecycle(api: Api, memberId: string, page: { cursor?: string } = {}, signal?: AbortSignal): Promise<MemberLifecycle> {
  return api.call((sdk) => sdk.getMemberLifecycle({ id: memberId, cursor: page.cursor }, { signal }));
}

export function runLifecycleAction(api: Api, memberId: string, action: LifecycleAction, version: number, body: LifecycleActionBody): Promise<LifecycleActionResult> {
  return api.call((sdk) => OPERATION[action](sdk, { id: memberId, ifMatch: version, body: body as never }));
}
