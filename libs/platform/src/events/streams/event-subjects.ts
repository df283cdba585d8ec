/**
 * Names on the wire for facts. An event type is `<svc>.<entity>.<past-tense>.v<N>`; its subject
 * is the type behind an optional prefix (test runs, benchmarks), and each producing service
 * has one stream capturing `[<prefix>.]<svc>.*.*.*`, named `[<PREFIX>_]<SVC>_EVENTS` as the
 * Kubernetes manifests expect.
 */
export function sourceOf(eventType: string): string {
  const source = eventType.split('.')[0];
  if (!source || eventType.split('.').length !== 4) throw new Error(`Not an event type: "${eventType}"`);
  return source;
}

export function eventSubject(eventType: string, prefix?: string): string {
  return prefix ? `${prefix}.${eventType}` : eventType;
}

export function sourceSubjects(source: string, prefix?: string): string {
  return eventSubject(`${source}.*.*.*`, prefix);
}

export function eventsStreamName(source: string, prefix?: string): string {
  const name = `${prefix ? `${prefix}_` : ''}${source}_EVENTS`.toUpperCase();
  return name.replace(/[^A-Z0-9_-]/g, '_');
}

/** A durable consumer name for a group (`finance.members-replica` → `finance_members-replica`). */
export function durableName(group: string): string {
  return group.replace(/[^A-Za-z0-9_-]/g, '_');
}

/** The event type carried by a subject, without the prefix. */
export function typeOfSubject(subject: string, prefix?: string): string {
  return prefix && subject.startsWith(`${prefix}.`) ? subject.slice(prefix.length + 1) : subject;
}
