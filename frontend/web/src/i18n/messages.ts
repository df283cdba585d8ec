import type { messagesVi } from './messages-vi';

export type Language = 'vi' | 'en';

/** The dictionary's shape with every literal widened to `string`, so that English can differ. */
type Widen<T> = T extends string ? string : { [K in keyof T]: Widen<T[K]> };

export type Messages = Widen<typeof messagesVi>;

/** Fills `{name}` placeholders; an unknown placeholder is left as written, so a mistake is visible. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
