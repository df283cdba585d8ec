// A member's badge circumstances (GET/POST/PUT/DELETE /api/v1/members/{id}/badge-circumstances,
// …/disciplines, …/serious-illness) through the generated SDK.
import type { BadgeCircumstancesResponseDto, BadgeCircumstancesRuleResponseDto, MemberDisciplineResponseDto, RecordDisciplineDto, SetSeriousIllnessDto } from '@lienthong/sdk';
import type { Api } from '../../../api/api-context';

export type BadgeCircumstances = BadgeCircumstancesResponseDto;
export type BadgeCircumstancesRule = BadgeCircumstancesRuleResponseDto;
export type MemberDiscipline = MemberDisciplineResponseDto;
export type DisciplineForm = RecordDisciplineDto['form'];
export type RecordDisciplineBody = RecordDisciplineDto;
export type SeriousIllnessBody = SetSeriousIllnessDto;

/** The forms that may be recorded here (khai trừ is the member's expulsion, a lifecycle action). */
export const DISCIPLINE_FORMS = ['khien-trach', 'canh-cao', 'cach-chuc'] as const satisfies readonly DisciplineForm[];

export function getBadgeCircumstances(api: Api, memberId: string, signal?: AbortSignal): Promise<BadgeCircumstances> {
  return api.call((sdk) => sdk.getBadgeCircumstances({ id: memberId }, { signal }));
}

export function recordDiscipline(api: Api, memberId: string, body: RecordDisciplineBody): Promise<BadgeCircumstances> {
  return api.call((sdk) => sdk.recordMemberDiscipline({ id: memberId, body }));
}

export function setSeriousIllness(api: Api, memberId: string, body: SeriousIllnessBody): Promise<BadgeCircumstances> {
  return api.call((sdk) => sdk.setMemberSeriousIllness({ id: memberId, body }));
}

export function clearSeriousIllness(api: Api, memberId: string): Promise<BadgeCircumstances> {
  return api.call((sdk) => sdk.clearMemberSeriousIllness({ id: memberId }));
}
