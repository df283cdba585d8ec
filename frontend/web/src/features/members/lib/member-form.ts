// The guided member form's values ↔ the API's record, and the API's field paths (`periods[0].ceremonyDate`,
// `cards[0].cardNumber`) ↔ the form's flat fields, so that every refusal shows next to its field.
import type { Dayjs } from 'dayjs';
import { ApiError, isApiError } from '../../../api/api-error';
import { fromPartyDate, toPartyDate } from '../../orgs/lib/party-date';
import type { CreateMemberInput, Member, MemberStatus, UpdateMemberInput } from '../api/members-api';

type Theory = NonNullable<Member['politicalTheory']>;

export interface MemberFormValues {
  fullName: string;
  birthName?: string;
  sex: 'male' | 'female';
  dateOfBirth?: Dayjs;
  placeOfBirth?: string;
  homeTown?: string;
  permanentResidence?: string;
  temporaryResidence?: string;
  citizenId?: string;
  occupation?: string;
  education?: string;
  qualifications?: string;
  politicalTheory?: Theory;
  languages?: string;
  historyNumber?: string;
  admissionDecisionDate?: Dayjs;
  admissionDecisionNumber?: string;
  ceremonyDate?: Dayjs;
  recognitionDate?: Dayjs;
  orgId?: string;
  status: MemberStatus;
  cardNumber?: string;
  cardIssuedOn?: Dayjs;
}

/** The form's fields, in the order the steps show them (also where API details may land). */
export const MEMBER_FORM_FIELDS = [
  'fullName',
  'birthName',
  'sex',
  'dateOfBirth',
  'placeOfBirth',
  'homeTown',
  'permanentResidence',
  'temporaryResidence',
  'citizenId',
  'occupation',
  'education',
  'qualifications',
  'politicalTheory',
  'languages',
  'historyNumber',
  'admissionDecisionDate',
  'admissionDecisionNumber',
  'ceremonyDate',
  'recognitionDate',
  'orgId',
  'status',
  'statusSince',
  'cardNumber',
  'cardIssuedOn',
] as const;

/** Domain refusals without details that belong to one field. */
export const MEMBER_CODE_FIELDS: Record<string, string> = {
  'MEMBERS.CITIZEN_ID_TAKEN': 'citizenId',
  'MEMBERS.CARD_NUMBER_TAKEN': 'cardNumber',
  'MEMBERS.ORG_NOT_FOUND': 'orgId',
  'MEMBERS.ORG_CLOSED': 'orgId',
};

const text = (value: string | undefined): string | null => (value?.trim() ? value.trim() : null);
const date = (value: Dayjs | undefined | null): string | null => (value ? toPartyDate(value) : null);
const day = (value: string | null): Dayjs | undefined => (value ? fromPartyDate(value) : undefined);

function personOf(values: MemberFormValues) {
  return {
    fullName: values.fullName.trim(),
    birthName: text(values.birthName),
    sex: values.sex,
    dateOfBirth: date(values.dateOfBirth) ?? '',
    placeOfBirth: text(values.placeOfBirth),
    homeTown: text(values.homeTown),
    permanentResidence: text(values.permanentResidence),
    temporaryResidence: text(values.temporaryResidence),
    citizenId: text(values.citizenId),
    occupation: text(values.occupation),
    education: text(values.education),
    qualifications: text(values.qualifications),
    politicalTheory: values.politicalTheory ?? null,
    languages: (values.languages ?? '')
      .split(',')
      .map((language) => language.trim())
      .filter(Boolean),
    historyNumber: text(values.historyNumber),
  };
}

function periodOf(values: MemberFormValues) {
  return {
    admissionDecisionDate: date(values.admissionDecisionDate) ?? '',
    admissionDecisionNumber: text(values.admissionDecisionNumber),
    ceremonyDate: date(values.ceremonyDate),
    recognitionDate: date(values.recognitionDate),
  };
}

/** A new record: the person, one admission, the org, and the card when one was issued. */
export function toCreateInput(values: MemberFormValues): CreateMemberInput {
  const cardNumber = text(values.cardNumber);
  return {
    ...personOf(values),
    periods: [periodOf(values)],
    orgId: values.orgId ?? '',
    status: values.status,
    ...(cardNumber ? { cards: [{ cardNumber, issuedOn: date(values.cardIssuedOn) ?? '' }] } : {}),
  };
}

/** A change: the person, the status and the latest admission (earlier periods and the cards kept as they are). */
export function toUpdateInput(values: MemberFormValues, member: Member): UpdateMemberInput {
  const earlier = member.periods.slice(0, -1).map(({ admissionDecisionDate, admissionDecisionNumber, ceremonyDate, recognitionDate, endedOn, endReason }) => ({
    admissionDecisionDate,
    admissionDecisionNumber,
    ceremonyDate,
    recognitionDate,
    endedOn,
    endReason,
  }));
  const last = member.periods[member.periods.length - 1];
  return {
    ...personOf(values),
    status: values.status,
    periods: [...earlier, { ...periodOf(values), endedOn: last?.endedOn ?? null, endReason: last?.endReason ?? null }],
  };
}

/** The form's values for a record being edited. */
export function formValuesOf(member: Member): MemberFormValues {
  const last = member.periods[member.periods.length - 1];
  return {
    fullName: member.fullName,
    birthName: member.birthName ?? undefined,
    sex: member.sex,
    dateOfBirth: day(member.dateOfBirth),
    placeOfBirth: member.placeOfBirth ?? undefined,
    homeTown: member.homeTown ?? undefined,
    permanentResidence: member.permanentResidence ?? undefined,
    temporaryResidence: member.temporaryResidence ?? undefined,
    citizenId: member.citizenId ?? undefined,
    occupation: member.occupation ?? undefined,
    education: member.education ?? undefined,
    qualifications: member.qualifications ?? undefined,
    politicalTheory: member.politicalTheory ?? undefined,
    languages: member.languages.join(', '),
    historyNumber: member.historyNumber ?? undefined,
    admissionDecisionDate: day(last?.admissionDecisionDate ?? null),
    admissionDecisionNumber: last?.admissionDecisionNumber ?? undefined,
    ceremonyDate: day(last?.ceremonyDate ?? null),
    recognitionDate: day(last?.recognitionDate ?? null),
    orgId: member.orgId,
    status: member.status,
  };
}

/**
 * The form field an API path belongs to: `periods[k].x` of the period the form edits → `x`,
 * `cards[k].issuedOn` → `cardIssuedOn`, `cards[k].cardNumber` → `cardNumber`; others unchanged.
 */
export function formFieldOf(apiPath: string, editedPeriod: number): string {
  const path = apiPath.replace(/\[(\d+)\]/g, '.$1');
  const period = /^periods\.(\d+)\.(\w+)/.exec(path);
  if (period) return Number(period[1]) === editedPeriod ? (period[2] as string) : path;
  const card = /^cards\.\d+\.(\w+)/.exec(path);
  if (card) return card[1] === 'issuedOn' ? 'cardIssuedOn' : 'cardNumber';
  if (path === 'cards') return 'cardNumber';
  if (path === 'periods') return 'admissionDecisionDate';
  return path;
}

/** The same error with the details the form shows re-addressed to its fields (their path prefix dropped); others as they came. */
export function toFormError(error: unknown, editedPeriod: number): unknown {
  if (!isApiError(error)) return error;
  const details = error.details.map((detail) => {
    const field = formFieldOf(detail.field, editedPeriod);
    if (!(MEMBER_FORM_FIELDS as readonly string[]).includes(field)) return detail;
    const prefix = `${detail.field}: `;
    return { ...detail, field, message: detail.message.startsWith(prefix) ? detail.message.slice(prefix.length) : detail.message };
  });
  return new ApiError(error.status, { code: error.code, message: error.message, details, correlationId: error.correlationId }, error.retryAfterSeconds);
}

/** The first field of the form (in its order) that shows an error, to bring into view after the API refused. */
export function firstFieldWithError(fieldErrors: readonly { name: (string | number)[]; errors: string[] }[]): string | undefined {
  const failing = new Set(fieldErrors.filter((field) => field.errors.length > 0).map((field) => field.name.join('.')));
  return MEMBER_FORM_FIELDS.find((field) => failing.has(field));
}
