import type { ErrorCode, ErrorDetail, ErrorEnvelope } from '@lienthong/contracts';
import { errorMessage, type Language } from './error-messages';

/**
 * The one exception type use cases throw. It carries a code (data), never an HTTP status:
 * the gateway decides the status from the code.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly details?: ErrorDetail[],
  ) {
    super(message ?? errorMessage(code, 'en'));
    this.name = 'DomainError';
  }

  toEnvelope(correlationId?: string): ErrorEnvelope {
    return {
      code: this.code,
      message: this.message,
      ...(this.details?.length ? { details: this.details } : {}),
      ...(correlationId ? { correlationId } : {}),
    };
  }

  static fromEnvelope(envelope: ErrorEnvelope): DomainError {
    return new DomainError(envelope.code, envelope.message, envelope.details);
  }

  static localized(code: ErrorCode, lang: Language, details?: ErrorDetail[]): DomainError {
    return new DomainError(code, errorMessage(code, lang), details);
  }
}
