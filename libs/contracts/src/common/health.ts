export type HealthStatus = 'up' | 'down';

export interface HealthCheckResult {
  name: string;
  status: HealthStatus;
  detail?: string;
}

export interface HealthReport {
  service: string;
  status: HealthStatus;
  checks: HealthCheckResult[];
}

/** `<svc>.health.check` takes no fields. */
export class HealthCheckRequest {}
