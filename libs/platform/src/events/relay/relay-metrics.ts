import { Counter, Gauge, Histogram, type Registry } from 'prom-client';

/** The relay's metrics, in the service's own registry (one relay per service and registry). */
export interface RelayMetrics {
  lag: Histogram;
  unsent: Gauge;
  published: Counter;
  publishFailures: Counter;
  leader: Gauge;
  purged: Counter;
}

export function relayMetrics(registry: Registry): RelayMetrics {
  const reuse = <T>(name: string, make: () => T): T => (registry.getSingleMetric(name) as T | undefined) ?? make();
  const registers = [registry];
  return {
    lag: reuse(
      'lienthong_outbox_relay_lag_seconds',
      () =>
        new Histogram({
          name: 'lienthong_outbox_relay_lag_seconds',
          help: 'Time from an event being written to the outbox to its publish being acknowledged (sent_at - occurred_at)',
          buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300],
          registers,
        }),
    ),
    unsent: reuse('lienthong_outbox_unsent_rows', () => new Gauge({ name: 'lienthong_outbox_unsent_rows', help: 'Outbox rows not yet published', registers })),
    published: reuse(
      'lienthong_outbox_published_total',
      () => new Counter({ name: 'lienthong_outbox_published_total', help: 'Events published and marked sent by the relay', registers }),
    ),
    publishFailures: reuse(
      'lienthong_outbox_publish_failures_total',
      () => new Counter({ name: 'lienthong_outbox_publish_failures_total', help: 'Relay batches whose publish failed (retried with backoff)', registers }),
    ),
    leader: reuse(
      'lienthong_outbox_relay_leader',
      () => new Gauge({ name: 'lienthong_outbox_relay_leader', help: '1 while this replica holds the relay lock', registers }),
    ),
    purged: reuse(
      'lienthong_outbox_purged_total',
      () => new Counter({ name: 'lienthong_outbox_purged_total', help: 'Sent outbox rows deleted after the retention period', registers }),
    ),
  };
}
