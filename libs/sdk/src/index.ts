// @lienthong/sdk — the TypeScript client of the Liên Thông API, for the SPA, integrators and tests.
// Types and methods are generated from openapi/v1.json (`npm run sdk`); the runtime is hand-written.
export * from './generated/schemas';
export type * from './generated/operations';
export { OPERATIONS } from './generated/operations';
export { LienThongApiError, LienThongNetworkError, type LienThongErrorCode } from './runtime/api-error';
export type { FetchLike, LienThongClientOptions, LienThongLanguage } from './runtime/client-options';
export { createLienThongClient, type LienThongClient } from './runtime/create-client';
export { eachPage, type KeysetPage } from './runtime/each-page';
export type { OperationSpec } from './runtime/operation-spec';
export type { RequestOptions } from './runtime/request-options';
