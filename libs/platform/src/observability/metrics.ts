import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';

/** A Prometheus registry per app, so that several apps in one process never share counters. */
export interface AppMetrics {
  registry: Registry;
  rpcDuration: Histogram<'subject' | 'outcome'>;
  rpcErrors: Counter<'subject' | 'code'>;
}

export function createAppMetrics(app: string, withProcessMetrics: boolean): AppMetrics {
  const registry = new Registry();
  registry.setDefaultLabels({ app });
  if (withProcessMetrics) collectDefaultMetrics({ register: registry });
  return {
    registry,
    rpcDuration: new Histogram({
      name: 'lienthong_rpc_duration_seconds',
      help: 'Time to serve or answer an RPC message',
      labelNames: ['subject', 'outcome'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
    rpcErrors: new Counter({
      name: 'lienthong_rpc_errors_total',
      help: 'RPC messages answered with an error, by code',
      labelNames: ['subject', 'code'],
      registers: [registry],
    }),
  };
}
