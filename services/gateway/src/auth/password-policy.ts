import type { ErrorDetail } from '@lienthong/contracts';
import { DomainError, type Language } from '@lienthong/platform';
import { foldText } from './fold-text';

export const MIN_PASSWORD_LENGTH = 12;
/** From this length a passphrase needs no mix of character classes. */
export const PASSPHRASE_LENGTH = 20;
const MAX_PASSWORD_LENGTH = 1000;

/** The most common passwords (and local favourites), compared folded. */
const COMMON_PASSWORDS = new Set([
  '123456789012', '1234567890123', 'qwertyuiop12', 'qwertyuiopas', 'password1234', 'password123!', 'passw0rd1234',
  'matkhau12345', 'matkhau123456', 'matkhau@123456', 'admin1234567', 'administrator', 'abc123456789', 'abcd12345678',
  '111111111111', '000000000000', 'iloveyou1234', 'welcome12345', 'letmein12345', 'vietnam12345', 'vietnam@1234',
  'hanoi1234567', 'dangcongsan1', 'dangcongsan@123', 'changeme1234', 'p@ssw0rd1234', 'p@ssword1234', 'Aa@123456789',
  'aa@123456789', 'Abc@12345678', 'abc@12345678', 'qwerty123456', '1q2w3e4r5t6y', '1qaz2wsx3edc',
]);

type Rule = 'minLength' | 'maxLength' | 'notUsername' | 'notCommon' | 'characterClasses';

const MESSAGES: Record<Rule, Record<Language, string>> = {
  minLength: { vi: `phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự`, en: `must be at least ${MIN_PASSWORD_LENGTH} characters long` },
  maxLength: { vi: `không được dài quá ${MAX_PASSWORD_LENGTH} ký tự`, en: `must be at most ${MAX_PASSWORD_LENGTH} characters long` },
  notUsername: { vi: 'không được trùng hoặc chứa tên đăng nhập', en: 'must not be or contain the username' },
  notCommon: { vi: 'quá phổ biến, dễ bị đoán', en: 'is too common and easily guessed' },
  characterClasses: {
    vi: `phải có ít nhất 3 trong 4 loại ký tự (chữ thường, chữ hoa, chữ số, ký hiệu), hoặc là cụm từ dài từ ${PASSPHRASE_LENGTH} ký tự`,
    en: `must mix at least 3 of lower case, upper case, digits and symbols, or be a passphrase of ${PASSPHRASE_LENGTH}+ characters`,
  },
};

/** The rules a password breaks (empty = acceptable). */
export function passwordViolations(password: string, username: string): Rule[] {
  const broken: Rule[] = [];
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) broken.push('minLength');
  if (length > MAX_PASSWORD_LENGTH) broken.push('maxLength');
  const folded = foldText(password);
  const user = foldText(username);
  if (user.length > 0 && (folded === user || (user.length >= 4 && folded.includes(user)))) broken.push('notUsername');
  if (COMMON_PASSWORDS.has(password) || COMMON_PASSWORDS.has(folded)) broken.push('notCommon');
  if (length < PASSPHRASE_LENGTH && characterClasses(password) < 3) broken.push('characterClasses');
  return broken;
}

function characterClasses(password: string): number {
  return [/\p{Ll}/u, /\p{Lu}/u, /\p{Nd}/u, /[^\p{L}\p{Nd}]/u].filter((re) => re.test(password)).length;
}

/** Throws AUTH.PASSWORD_TOO_WEAK with one detail per broken rule, in the caller's language. */
export function assertPasswordPolicy(password: string, username: string, lang: Language, field = 'password'): void {
  const broken = passwordViolations(password, username);
  if (broken.length === 0) return;
  const details: ErrorDetail[] = broken.map((rule) => ({ field, code: rule, message: `${field}: ${MESSAGES[rule][lang]}` }));
  throw DomainError.localized('AUTH.PASSWORD_TOO_WEAK', lang, details);
}
