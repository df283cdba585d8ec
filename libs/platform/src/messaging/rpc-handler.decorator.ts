import type { Subject } from '@lienthong/contracts';
import { SetMetadata } from '@nestjs/common';

export const RPC_HANDLER_METADATA = 'lienthong:rpc-handler';

export interface RpcHandlerMetadata {
  subject: Subject;
  requestType: new () => object;
}

/**
 * Marks a method of a message controller as the handler of one subject. The payload is
 * validated against `requestType` before the method runs.
 */
export function RpcHandler(subject: Subject, requestType: new () => object): MethodDecorator {
  return SetMetadata<string, RpcHandlerMetadata>(RPC_HANDLER_METADATA, { subject, requestType });
}
