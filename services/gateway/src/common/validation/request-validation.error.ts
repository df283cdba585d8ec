import { ValidationError } from 'class-validator';

/**
 * Invalid HTTP input, carried in class-validator's own shape until the exception filter
 * knows the caller's language and renders `details`.
 */
export class RequestValidationError extends Error {
  constructor(readonly errors: ValidationError[]) {
    super('Request validation failed');
    this.name = 'RequestValidationError';
  }

  /** One invalid field outside a DTO (a path parameter, a header). */
  static field(field: string, constraint: string, value?: unknown): RequestValidationError {
    const error = new ValidationError();
    error.property = field;
    error.value = value;
    error.constraints = { [constraint]: `${field} is invalid` };
    error.children = [];
    return new RequestValidationError([error]);
  }
}
