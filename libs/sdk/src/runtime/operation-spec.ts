import type { RequestOptions } from './request-options';

/** How one operation goes over the wire (generated from the OpenAPI document). */
export interface OperationSpec {
  readonly operationId: string;
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD' | 'OPTIONS';
  readonly path: string;
  /** Needs `Authorization: Bearer …`. */
  readonly secured: boolean;
  /** Sends one `Idempotency-Key` per call, the same on every retry. */
  readonly idempotencyKey: boolean;
  readonly pathParams: readonly string[];
  readonly queryParams: readonly string[];
  /** Input field → HTTP header name. */
  readonly headerParams: Readonly<Record<string, string>>;
  readonly hasBody: boolean;
}

/** What the generated methods call: the runtime's request loop. */
export type OperationCaller = <T>(spec: OperationSpec, input: object | undefined, options: RequestOptions | undefined) => Promise<T>;
