import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsPartyDate } from '../../common/validators';
import { memberText } from '../members/member-requests';
import type { BadgeRuleSourceDto } from './badge.dto';

/**
 * Discipline decisions that delay a badge (29-QĐ/TW point 27.3: cảnh cáo 6 months, cách chức 12). Khai
 * trừ ends membership: it is recorded as the member's expulsion (the lifecycle), not here.
 */
export const BADGE_DISCIPLINE_FORMS = ['khien-trach', 'canh-cao', 'cach-chuc'] as const;
export type BadgeDisciplineForm = (typeof BADGE_DISCIPLINE_FORMS)[number];

export class RecordDisciplineRequest {
  @IsUUID()
  memberId!: string;

  @IsIn(BADGE_DISCIPLINE_FORMS)
  form!: BadgeDisciplineForm;

  @IsPartyDate()
  decidedOn!: string;

  /** Number of the discipline decision, e.g. `15-QĐ/ĐU`. */
  @IsOptional()
  @Transform(memberText)
  @IsString()
  @MaxLength(50)
  decisionRef?: string;
}

export class MemberRefRequest {
  @IsUUID()
  memberId!: string;
}

/** A serious illness (early award up to 12 months before the milestone, 24 for 70–90 years). */
export class SetSeriousIllnessRequest {
  @IsUUID()
  memberId!: string;

  @IsPartyDate()
  since!: string;

  @IsOptional()
  @Transform(memberText)
  @IsString()
  @MaxLength(500)
  note?: string;
}

export interface MemberDisciplineDto {
  id: string;
  memberId: string;
  form: string;
  decidedOn: string;
  decisionRef: string | null;
  /** Months the badge waits after this decision by the rule in force (0: a reprimand does not delay it). */
  badgeDelayMonths: number;
  /** The badge may not be given before this day (`decidedOn` + the delay); null when nothing is delayed. */
  badgeNotBefore: string | null;
}

/** The badge rule the circumstances are read by, as a guided form shows it before anything is recorded. */
export interface BadgeCircumstancesRuleDto {
  source: BadgeRuleSourceDto;
  /** Months each discipline form holds the badge (29-QĐ/TW điểm 27.3). */
  disciplineDelays: { form: BadgeDisciplineForm; months: number }[];
  /** How early a seriously ill member may receive it, by milestone band (years, inclusive). */
  earlyForSeriousIllness: { fromYears: number; toYears: number; monthsEarly: number }[];
}

export interface BadgeCircumstancesDto {
  memberId: string;
  disciplines: MemberDisciplineDto[];
  seriousIllness: { since: string; note: string | null } | null;
  rule: BadgeCircumstancesRuleDto;
}
