import { LienThongApiError, LienThongNetworkError } from '@lienthong/sdk';
import { ApiError } from './api-error';

/**
 * Runs an SDK call and turns its errors into the app's ApiError (one shape for forms and pages):
 * the gateway's envelope with status and Retry-After, or a network failure in the UI's language.
 */
export async function sdkCall<T>(run: () => Promise<T>, networkMessage: () => string): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof LienThongApiError) {
      const envelope = { code: error.code, message: error.message, details: [...error.details], correlationId: error.correlationId };
      throw new ApiError(error.status, envelope, error.retryAfterSeconds);
    }
    if (error instanceof LienThongNetworkError) throw ApiError.network(networkMessage());
    throw error;
  }
}
