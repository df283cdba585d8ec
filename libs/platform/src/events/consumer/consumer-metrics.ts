import { Counter, Histogram, Registry, type Metric } from 'prom-client';

/** The consumer runner's metrics, registered once per registry and shared by its consumers (label `group`). */
export interface ConsumerMetrics {
  applied: Counter<'group' | 'type'>;
  duplicates: Counter<'group' | 'type'>;
  failures: Counter<'group' | 'type'>;
  deadLettered: Counter<'group' | 'type' | 'reason'>;
  replayed: Counter<'group' | 'outcome'>;
  /** now − occurredAt when an event is applied. */
  lag: Histogram<'group' | 'type'>;
}

function reuse<M extends Metric>(registry: Registry, name: string, make: () => M): M {
  return (registry.getSingleMetric(name) as M | undefined) ?? make();
}

export function consumerMetrics(registry: Registry = new Registry()): ConsumerMetrics {
  const registers = [registry];
  return {
    applied: reuse(registry, 'lienthong_events_applied_total', () => new Counter({
      name: 'lienthong_events_applied_total', help: 'Events applied by a consumer group', labelNames: ['group', 'type'], registers,
    })),
    duplicates: reuse(registry, 'lienthong_events_duplicates_total', () => new Counter({
      name: 'lienthong_events_duplicates_total', help: 'Deliveries found already applied (inbox) and skipped', labelNames: ['group', 'type'], registers,
    })),
    failures: reuse(registry, 'lienthong_events_failures_total', () => new Counter({
      name: 'lienthong_events_failures_total', help: 'Deliveries whose handler failed', labelNames: ['group', 'type'], registers,
    })),
    deadLettered: reuse(registry, 'lienthong_events_dead_lettered_total', () => new Counter({
      name: 'lienthong_events_dead_lettered_total', help: 'Events written to the dead-letter table', labelNames: ['group', 'type', 'reason'], registers,
    })),
    replayed: reuse(registry, 'lienthong_events_replayed_total', () => new Counter({
      name: 'lienthong_events_replayed_total', help: 'Dead letters replayed, by outcome', labelNames: ['group', 'outcome'], registers,
    })),
    lag: reuse(registry, 'lienthong_events_consumer_lag_seconds', () => new Histogram({
      name: 'lienthong_events_consumer_lag_seconds',
      help: 'Time from an event occurring to its being applied by a consumer group',
      labelNames: ['group', 'type'],
      buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 900, 3600],
      registers,
    })),
  };
}
