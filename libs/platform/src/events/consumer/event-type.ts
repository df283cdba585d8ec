/** `<svc>.<entity>.<past-tense>.v<N>`, as in contracts' EVENTS. */
const EVENT_TYPE = /^([a-z][a-z0-9-]*\.[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*)\.v([1-9][0-9]*)$/;

export interface ParsedEventType {
  /** The type without its version: `members.org.moved`. */
  family: string;
  version: number;
}

export function parseEventType(type: string): ParsedEventType | undefined {
  const match = EVENT_TYPE.exec(type);
  return match ? { family: match[1], version: Number(match[2]) } : undefined;
}
