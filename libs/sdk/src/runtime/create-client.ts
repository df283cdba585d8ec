import { bindOperations, type LienThongOperations } from '../generated/operations';
import { createOperationCaller } from './call-operation';
import type { LienThongClientOptions } from './client-options';

export type LienThongClient = LienThongOperations;

/**
 * A client of the Liên Thông API: one typed method per operation (named by its operationId), e.g.
 * `client.listOrgs({ parentId, limit: 50 })`, `client.updateOrg({ id, ifMatch: org.version, body: { name } })`.
 * Methods resolve with the answer's body and reject with `LienThongApiError` or `LienThongNetworkError`.
 */
export function createLienThongClient(options: LienThongClientOptions): LienThongClient {
  return bindOperations(createOperationCaller(options));
}
