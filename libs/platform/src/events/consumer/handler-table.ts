import type { EventEnvelope } from '@lienthong/contracts';
import type { EntityManager } from 'typeorm';
import { validatePayload } from '../../errors/validation';
import type { DeadLetterReason } from '../dead-letters/dead-letter-store';
import { errorText } from '../dead-letters/error-text';
import { envelopeProblem } from './envelope-problem';
import { parseEventType } from './event-type';

/**
 * Applies one event inside the transaction that also records it in the inbox. `event.payload`
 * is the validated instance of the payload class. Throw to have the event retried; use the
 * manager for every write so the effect commits or rolls back with the inbox row.
 */
export type EventHandler<T> = (event: EventEnvelope<T>, manager: EntityManager) => Promise<void>;

interface Registration {
  payloadType: new () => object;
  handler: EventHandler<object>;
}

export type Resolved =
  | { ok: true; apply: (manager: EntityManager) => Promise<void>; familyKey?: string }
  | { ok: false; reason: DeadLetterReason; error: string };

/** The handlers of one consumer group, by event type, and the check that turns a delivery into work. */
export class HandlerTable {
  private readonly byType = new Map<string, Registration>();
  private readonly versionsByFamily = new Map<string, number>();

  register<T extends object>(type: string, payloadType: new () => T, handler: EventHandler<T>): void {
    const parsed = parseEventType(type);
    if (!parsed) throw new Error(`"${type}" is not an event type (<svc>.<entity>.<past-tense>.v<N>)`);
    if (this.byType.has(type)) throw new Error(`A handler for ${type} is already registered`);
    this.byType.set(type, { payloadType, handler: handler as EventHandler<object> });
    this.versionsByFamily.set(parsed.family, (this.versionsByFamily.get(parsed.family) ?? 0) + 1);
  }

  types(): string[] {
    return [...this.byType.keys()];
  }

  resolve(envelope: EventEnvelope): Resolved {
    const problem = envelopeProblem(envelope);
    if (problem) return { ok: false, reason: 'invalid-envelope', error: `Invalid envelope: ${problem}` };
    const registration = this.byType.get(envelope.type);
    if (!registration) return { ok: false, reason: 'unknown-type', error: `No handler for ${envelope.type}` };
    let payload: object;
    try {
      payload = validatePayload(registration.payloadType, envelope.payload);
    } catch (error) {
      return { ok: false, reason: 'invalid-payload', error: errorText(error) };
    }
    const event = { ...envelope, payload };
    return { ok: true, apply: (manager) => registration.handler(event, manager), familyKey: this.familyKey(envelope) };
  }

  /**
   * Versioning rule: when this group handles several versions of one fact (`…moved.v1` and
   * `…moved.v2`), the producer publishes each version as its own event (own id) with the SAME
   * aggregateId and aggregateVersion. The inbox keeps `<family>:<aggregateId>:<aggregateVersion>`
   * unique per group, so whichever version arrives first is applied and the other is a duplicate.
   */
  private familyKey(envelope: EventEnvelope): string | undefined {
    const parsed = parseEventType(envelope.type);
    if (!parsed || (this.versionsByFamily.get(parsed.family) ?? 0) < 2) return undefined;
    return `${parsed.family}:${envelope.aggregateId}:${envelope.aggregateVersion}`;
  }
}
