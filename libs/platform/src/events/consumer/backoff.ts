export interface ConsumerBackoffOptions {
  /** Wait after the first failure (default 200 ms). */
  initialMs?: number;
  /** Longest wait (default 10 s): with JetStream it must stay well under the consumer's ack wait (30 s). */
  maxMs?: number;
  /** ± share of random spread, so replicas that failed together do not retry together (default 0.2). */
  jitter?: number;
}

/** Exponential backoff: the wait before the stream may redeliver after failed attempt `attempt` (1-based). */
export function consumerBackoffDelay(attempt: number, options: ConsumerBackoffOptions = {}, random: () => number = Math.random): number {
  const initial = options.initialMs ?? 200;
  const max = options.maxMs ?? 10_000;
  const jitter = options.jitter ?? 0.2;
  const base = Math.min(max, initial * 2 ** Math.max(0, attempt - 1));
  return Math.max(0, Math.round(base * (1 + jitter * (2 * random() - 1))));
}
