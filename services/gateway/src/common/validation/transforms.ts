/** Text the way we store it: trimmed, in NFC (Vietnamese diacritics have two encodings). */
export function trimText({ value }: { value: unknown }): unknown {
  return typeof value === 'string' ? value.trim().normalize('NFC') : value;
}

/** Query strings carry "true"/"false"; anything else is left for @IsBoolean to refuse. */
export function queryBoolean({ value }: { value: unknown }): unknown {
  if (value === 'true') return true;
  if (value === 'false') return false;
  return value;
}
