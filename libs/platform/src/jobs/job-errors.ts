import { DomainError } from '../errors/domain-error';

/** The error text a run keeps: short, one line, with credentials and tokens masked. */
export function describeJobError(error: unknown): string {
  const raw =
    error instanceof DomainError
      ? `${error.code}: ${error.message}`
      : error instanceof Error
        ? `${error.name}: ${error.message}`
        : String(error);
  return redactSecrets(raw).replace(/\s+/g, ' ').trim().slice(0, 1000);
}

export function redactSecrets(text: string): string {
  return (
    text
      // scheme://user:password@host → scheme://user:***@host
      .replace(/([a-z][a-z0-9+.-]*:\/\/[^\s:/@]*):[^\s@/]*@/gi, '$1:***@')
      // password=…, secret: …, token=…, api_key=…
      .replace(/\b([\w-]*(?:password|passwd|pwd|secret|token|api[_-]?key)[\w-]*)(\s*[=:]\s*)("[^"]*"|'[^']*'|\S+)/gi, '$1$2***')
      .replace(/\bBearer\s+[\w.~+/-]+=*/gi, 'Bearer ***')
  );
}

/** The runner no longer owns the run (another runner claimed it): the work must not commit. */
export class JobLeaseLostError extends Error {
  constructor(runId: string) {
    super(`Job run ${runId} is no longer owned by this runner`);
    this.name = 'JobLeaseLostError';
  }
}

/** Why a run's signal was aborted. */
export type JobStopReason = 'cancelled' | 'shutdown' | 'lease-lost';

export class JobStoppedError extends Error {
  constructor(readonly reason: JobStopReason) {
    super(`Job stopped: ${reason}`);
    this.name = 'JobStoppedError';
  }
}

/** Exponential backoff before the next start: initial × 2^(attempt − 1), capped. */
export function retryDelayMs(attempt: number, initialDelayMs: number, maxDelayMs: number): number {
  return Math.min(maxDelayMs, initialDelayMs * 2 ** Math.max(0, attempt - 1));
}
