const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What is wrong with an envelope that cannot be applied at all, or undefined when it is well formed. */
export function envelopeProblem(envelope: unknown): string | undefined {
  if (envelope === null || typeof envelope !== 'object') return 'the envelope is not an object';
  const e = envelope as Record<string, unknown>;
  if (typeof e['id'] !== 'string' || !UUID.test(e['id'])) return 'id must be a UUID';
  if (typeof e['type'] !== 'string') return 'type must be a string';
  if (typeof e['aggregateId'] !== 'string' || e['aggregateId'].length === 0) return 'aggregateId must be a non-empty string';
  const version = e['aggregateVersion'];
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 0) return 'aggregateVersion must be a non-negative integer';
  if (typeof e['occurredAt'] !== 'string' || Number.isNaN(Date.parse(e['occurredAt']))) return 'occurredAt must be an ISO date-time';
  if (typeof e['correlationId'] !== 'string') return 'correlationId must be a string';
  return undefined;
}
