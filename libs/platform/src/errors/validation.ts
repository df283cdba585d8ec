import type { ErrorDetail } from '@lienthong/contracts';
import { plainToInstance } from 'class-transformer';
import { validateSync, type ValidationError } from 'class-validator';
import { DomainError } from './domain-error';
import type { Language } from './error-messages';

type Text = string | ((limit: string) => string);

/** Vietnamese and English text for the class-validator constraints we use; a function receives the limit (10 in "no more than 10"). */
const CONSTRAINT_MESSAGES: Record<string, Record<Language, Text>> = {
  isUuid: { vi: 'phải là mã định danh UUID', en: 'must be a UUID' },
  isString: { vi: 'phải là chuỗi ký tự', en: 'must be a string' },
  isLength: { vi: 'có độ dài không hợp lệ', en: 'has an invalid length' },
  maxLength: { vi: (n) => `quá dài (tối đa ${n} ký tự)`, en: (n) => `is too long (at most ${n} characters)` },
  minLength: { vi: (n) => `quá ngắn (ít nhất ${n} ký tự)`, en: (n) => `is too short (at least ${n} characters)` },
  matches: { vi: 'không đúng định dạng', en: 'has an invalid format' },
  isIn: { vi: 'không thuộc danh sách giá trị cho phép', en: 'is not one of the allowed values' },
  isInt: { vi: 'phải là số nguyên', en: 'must be an integer' },
  min: { vi: (n) => `không được nhỏ hơn ${n}`, en: (n) => `must not be less than ${n}` },
  max: { vi: (n) => `không được lớn hơn ${n}`, en: (n) => `must not be greater than ${n}` },
  isArray: { vi: 'phải là một danh sách', en: 'must be a list' },
  arrayMinSize: { vi: (n) => `phải có ít nhất ${n} phần tử`, en: (n) => `must have at least ${n} items` },
  arrayMaxSize: { vi: (n) => `có tối đa ${n} phần tử`, en: (n) => `must have at most ${n} items` },
  arrayUnique: { vi: 'không được có phần tử trùng nhau', en: 'must not repeat an item' },
  nestedValidation: { vi: 'phải là một đối tượng JSON', en: 'must be a JSON object' },
  isObject: { vi: 'phải là một đối tượng JSON', en: 'must be a JSON object' },
  isBoolean: { vi: 'phải là true hoặc false', en: 'must be true or false' },
  isISO8601: { vi: 'phải là thời điểm ISO 8601, ví dụ 2026-07-01T08:00:00Z', en: 'must be an ISO 8601 time, e.g. 2026-07-01T08:00:00Z' },
  isPartyDate: { vi: 'phải là ngày hợp lệ dạng YYYY-MM-DD', en: 'must be a real date as YYYY-MM-DD' },
  isNotEmpty: { vi: 'không được để trống', en: 'must not be empty' },
  isDefined: { vi: 'là bắt buộc', en: 'is required' },
  whitelistValidation: { vi: 'không được phép gửi trường này', en: 'is not an accepted field' },
  invalidCursor: { vi: 'không phải con trỏ phân trang do API này cấp', en: 'is not a cursor this API issued' },
  isUrl: { vi: 'không phải địa chỉ URL hợp lệ', en: 'is not a valid URL' },
  urlNotHttps: { vi: 'phải dùng https (http chỉ tới 127.0.0.1/localhost khi được cấu hình cho phép)', en: 'must use https (http only to 127.0.0.1/localhost when configured)' },
  urlPrivateTarget: { vi: 'trỏ tới mạng nội bộ hoặc địa chỉ không được phép', en: 'points to a private network or a forbidden address' },
  urlHasCredentials: { vi: 'không được chứa tên đăng nhập hay mật khẩu', en: 'must not carry a user name or password' },
  urlHasFragment: { vi: 'không được chứa phần #fragment', en: 'must not have a #fragment' },
};

export function constraintMessage(constraint: string, lang: Language, fallback: string): string {
  const text = CONSTRAINT_MESSAGES[constraint]?.[lang];
  if (typeof text === 'string') return text;
  const limit = /-?\d+(\.\d+)?/.exec(fallback)?.[0];
  if (text && limit !== undefined) return text(limit);
  return fallback;
}

/** The constraints that have their own Vietnamese and English text (the spec checks every decorator in use has one). */
export function translatedConstraints(): string[] {
  return Object.keys(CONSTRAINT_MESSAGES);
}

/**
 * One detail per broken constraint, nested fields dotted. A DTO field that was not sent at all gets
 * one `isDefined` detail ("là bắt buộc") instead of its type's and length's complaints about a value
 * nobody sent (class-validator's own errors carry the validated `target`; hand-made ones, for a path
 * parameter or a header, do not and are rendered as they are). `extra`: a caller's own constraint texts.
 */
export function toErrorDetails(errors: ValidationError[], lang: Language, prefix = '', extra: Record<string, Record<Language, string>> = {}): ErrorDetail[] {
  return errors.flatMap((error) => {
    const field = prefix ? `${prefix}.${error.property}` : error.property;
    const codes = Object.keys(error.constraints ?? {});
    if (error.target !== undefined && error.value === undefined && codes.length > 0 && !codes.includes('whitelistValidation')) {
      return [{ field, code: 'isDefined', message: `${field}: ${constraintMessage('isDefined', lang, 'is required')}` }];
    }
    const own = Object.entries(error.constraints ?? {}).map(([code, fallback]) => ({
      field,
      code,
      message: `${field}: ${extra[code]?.[lang] ?? constraintMessage(code, lang, fallback)}`,
    }));
    return [...own, ...toErrorDetails(error.children ?? [], lang, field, extra)];
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
