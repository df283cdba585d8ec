import { createAppMetrics, type AppMetrics } from '@lienthong/platform';
import { Histogram } from 'prom-client';

export interface GatewayMetrics extends AppMetrics {
  httpDuration: Histogram<'method' | 'route' | 'status'>;
}

/** The gateway's own registry (one per app, so that the launcher's apps never share counters). */
export function createGatewayMetrics(withProcessMetrics: boolean): GatewayMetrics {
  const base = createAppMetrics('gateway', withProcessMetrics);
  return {
    ...base,
    httpDuration: new Histogram({
      name: 'lienthong_http_request_duration_seconds',
      help: 'Time to answer an HTTP request, by route pattern',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [base.registry],
    }),
  };
}
