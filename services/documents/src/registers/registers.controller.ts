import { ListDocumentRegistersRequest, SUBJECTS, type DocumentRegisterDto } from '@lienthong/contracts';
import { RpcHandler, type HandlerContext } from '@lienthong/platform';
import { Controller, Inject } from '@nestjs/common';
import { ListDocumentRegistersUseCase } from './use-cases/list-document-registers.use-case';

/** Message handlers for document registers: validation and auth happen before these run. */
@Controller()
export class RegistersController {
  constructor(@Inject(ListDocumentRegistersUseCase) private readonly listRegisters: ListDocumentRegistersUseCase) {}

  @RpcHandler(SUBJECTS.documents.registerList, ListDocumentRegistersRequest, { permission: 'documents:read', scope: 'subtree' })
  list(request: ListDocumentRegistersRequest, context: HandlerContext): Promise<DocumentRegisterDto[]> {
    return this.listRegisters.execute(request, context.auth);
  }
}
