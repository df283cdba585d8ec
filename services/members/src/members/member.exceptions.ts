import type { ErrorCode, ErrorDetail } from '@lienthong/contracts';
import { DomainError, requestContext, type Language } from '@lienthong/platform';
import { QueryFailedError } from 'typeorm';

export function memberError(code: ErrorCode, lang: Language, details?: ErrorDetail[]): DomainError {
  return DomainError.localized(code, lang, details);
}

/** Broken rules of the record: one validation error carrying every detail. */
export function invalidRecord(lang: Language, details: ErrorDetail[]): DomainError {
  return DomainError.localized('COMMON.VALIDATION_FAILED', lang, details);
}

export function citizenIdTaken(lang: Language): DomainError {
  return memberError('MEMBERS.CITIZEN_ID_TAKEN', lang, [
    {
      field: 'citizenId',
      code: 'taken',
      message: lang === 'vi' ? 'citizenId: số căn cước công dân đã được dùng cho đảng viên khác' : 'citizenId: already used by another member',
    },
  ]);
}

export function cardNumbersTaken(lang: Language, fields: string[]): DomainError {
  return memberError(
    'MEMBERS.CARD_NUMBER_TAKEN',
    lang,
    fields.map((field) => ({
      field,
      code: 'taken',
      message: lang === 'vi' ? `${field}: số thẻ đã được cấp cho đảng viên khác` : `${field}: already issued to another member`,
    })),
  );
}

/** Missing fields of a create, answered like the transport's own validation. */
export function missingFields(lang: Language, fields: string[]): DomainError {
  return invalidRecord(
    lang,
    fields.map((field) => ({ field, code: 'isDefined', message: `${field}: ${lang === 'vi' ? 'là bắt buộc' : 'is required'}` })),
  );
}

/** The unique indexes are the last word when two officers race on the same number. */
export async function translateMemberUniqueViolation<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    const driverError = error instanceof QueryFailedError ? (error.driverError as { code?: string; constraint?: string }) : undefined;
    const lang = requestContext.current()?.language ?? 'en';
    if (driverError?.code === '23505') {
      if (driverError.constraint === 'party_member_citizen_id_uq') throw citizenIdTaken(lang);
      if (driverError.constraint === 'member_card_number_uq') throw cardNumbersTaken(lang, ['cards']);
      if (driverError.constraint === 'party_member_history_number_uq') {
        throw memberError('COMMON.CONFLICT', lang, [
          { field: 'historyNumber', code: 'taken', message: lang === 'vi' ? 'historyNumber: số lý lịch đã được dùng' : 'historyNumber: already used' },
        ]);
      }
    }
    throw error;
  }
}
