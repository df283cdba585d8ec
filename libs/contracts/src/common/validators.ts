import { registerDecorator, type ValidationOptions } from 'class-validator';

const PARTY_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A Party date: `YYYY-MM-DD`, no time zone, and a real calendar day. */
export function isPartyDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = PARTY_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

export function IsPartyDate(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isPartyDate',
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      validator: { validate: (value: unknown) => isPartyDate(value) },
    });
  };
}
