import { requestContext } from '../auth-context/request-context';

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';
const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
  child(fields: Record<string, unknown>): Logger;
}

/** Keys whose values are never written to a log, whatever the caller passes. */
const SECRET_KEYS = /pass(word)?|secret|token|authorization|cookie|key$/i;

function redact(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields)) out[k] = SECRET_KEYS.test(k) ? '[redacted]' : v;
  return out;
}

/** One JSON object per line on stdout, with the correlation id of the current request. */
export class JsonLogger implements Logger {
  constructor(
    private readonly base: Record<string, unknown>,
    private readonly level: LogLevel = 'info',
    private readonly write: (line: string) => void = (line) => process.stdout.write(line + '\n'),
  ) {}

  debug(message: string, fields?: Record<string, unknown>): void {
    this.log('debug', message, fields);
  }
  info(message: string, fields?: Record<string, unknown>): void {
    this.log('info', message, fields);
  }
  warn(message: string, fields?: Record<string, unknown>): void {
    this.log('warn', message, fields);
  }
  error(message: string, fields?: Record<string, unknown>): void {
    this.log('error', message, fields);
  }
  child(fields: Record<string, unknown>): Logger {
    return new JsonLogger({ ...this.base, ...fields }, this.level, this.write);
  }

  private log(level: LogLevel, message: string, fields?: Record<string, unknown>): void {
    if (ORDER[level] < ORDER[this.level]) return;
    const correlationId = requestContext.correlationId();
    this.write(
      JSON.stringify({
        time: new Date().toISOString(),
        level,
        ...this.base,
        ...(correlationId ? { correlationId } : {}),
        msg: message,
        ...(fields ? redact(fields) : {}),
      }),
    );
  }
}
