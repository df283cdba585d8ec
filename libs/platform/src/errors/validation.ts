import type { ErrorDetail } from '@lienthong/contracts';
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { DomainError } from './domain-error';
import type { Language } from './error-messages';

/** Vietnamese and English text for the class-validator constraints we use. */
const CONSTRAINT_MESSAGES: Record<string, Record<Language, string>> = {
  isUuid: { vi: 'phải là mã định danh UUID', en: 'must be a UUID' },
  isString: { vi: 'phải là chuỗi ký tự', en: 'must be a string' },
  isLength: { vi: 'có độ dài không hợp lệ', en: 'has an invalid length' },
  maxLength: { vi: 'quá dài', en: 'is too long' },
  minLength: { vi: 'quá ngắn', en: 'is too short' },
  matches: { vi: 'không đúng định dạng', en: 'has an invalid format' },
  isIn: { vi: 'không thuộc danh sách giá trị cho phép', en: 'is not one of the allowed values' },
  isInt: { vi: 'phải là số nguyên', en: 'must be an integer' },
  min: { vi: 'nhỏ hơn giá trị cho phép', en: 'is below the minimum' },
  max: { vi: 'lớn hơn giá trị cho phép', en: 'is above the maximum' },
  isBoolean: { vi: 'phải là true hoặc false', en: 'must be true or false' },
  isPartyDate: { vi: 'phải là ngày hợp lệ dạng YYYY-MM-DD', en: 'must be a real date as YYYY-MM-DD' },
  isNotEmpty: { vi: 'không được để trống', en: 'must not be empty' },
  isDefined: { vi: 'là bắt buộc', en: 'is required' },
  whitelistValidation: { vi: 'không được phép gửi trường này', en: 'is not an accepted field' },
  invalidCursor: { vi: 'không phải con trỏ do API này cấp', en: 'is not a cursor this API issued' },
  isUrl: { vi: 'không phải địa chỉ URL hợp lệ', en: 'is not a valid URL' },
  urlNotHttps: { vi: 'phải dùng https (http chỉ tới 127.0.0.1/localhost khi được cấu hình cho phép)', en: 'must use https (http only to 127.0.0.1/localhost when configured)' },
  urlPrivateTarget: { vi: 'trỏ tới mạng nội bộ hoặc địa chỉ không được phép', en: 'points to a private network or a forbidden address' },
  urlHasCredentials: { vi: 'không được chứa tên đăng nhập hay mật khẩu', en: 'must not carry a user name or password' },
  urlHasFragment: { vi: 'không được chứa phần #fragment', en: 'must not have a #fragment' },
};

export function constraintMessage(constraint: string, lang: Language, fallback: string): string {
  return CONSTRAINT_MESSAGES[constraint]?.[lang] ?? fallback;
}

export function toErrorDetails(errors: ValidationError[], lang: Language, prefix = ''): ErrorDetail[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([code, fallback]) => ({
      field,
      code,
      message: `${field}: ${constraintMessage(code, lang, fallback)}`,
    }));
    return [...own, ...toErrorDetails(error.children ?? [], lang, field)];
  });
}

/**
 * Turns a plain payload into a validated instance of `type`, refusing unknown fields.
 * Throws `COMMON.VALIDATION_FAILED` with field details.
 */
export function validatePayload<T extends object>(type: new () => T, payload: unknown, lang: Language = 'en'): T {
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
    throw DomainError.localized('COMMON.VALIDATION_FAILED', lang, [
      { field: '', code: 'isObject', message: lang === 'vi' ? 'Dữ liệu phải là một đối tượng JSON.' : 'The body must be a JSON object.' },
    ]);
  }
  const instance = plainToInstance(type, payload);
  const errors = validateSync(instance, { whitelist: true, forbidNonWhitelisted: true, forbidUnknownValues: false });
  if (errors.length > 0) {
    throw DomainError.localized('COMMON.VALIDATION_FAILED', lang, toErrorDetails(errors, lang));
  }
  return instance;
}
