import type { LoggerService } from '@nestjs/common';
import type { Logger } from '../observability/logger';

/** Routes Nest's own log lines into our JSON logger. */
export class NestLoggerAdapter implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, context?: string): void {
    this.logger.debug(String(message), context ? { context } : undefined);
  }
  error(message: unknown, trace?: string, context?: string): void {
    this.logger.error(String(message), { trace, context });
  }
  warn(message: unknown, context?: string): void {
    this.logger.warn(String(message), context ? { context } : undefined);
  }
  debug(message: unknown, context?: string): void {
    this.logger.debug(String(message), context ? { context } : undefined);
  }
  verbose(message: unknown, context?: string): void {
    this.logger.debug(String(message), context ? { context } : undefined);
  }
}
