import type { AuthContextClaims, DocumentRegisterDto, ListDocumentRegistersRequest } from '@lienthong/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { toDocumentRegisterDto } from '../document-register.mapper';
import { DocumentRegisterRepository } from '../document-register.repository';
import { isOrgInScope } from '../org-scope';

/**
 * The registers an organisation keeps (693-QĐ/VPTW, 2021). An organisation that has
 * opened none yet gets an empty list: opening a register is a later command, and the
 * documents service does not yet replicate the org tree to tell "no org" from "no book".
 * An organisation outside the actor's scope answers the same empty list: existence is not leaked.
 */
@Injectable()
export class ListDocumentRegistersUseCase {
  constructor(@Inject(DocumentRegisterRepository) private readonly registers: DocumentRegisterRepository) {}

  async execute(request: ListDocumentRegistersRequest, auth: AuthContextClaims): Promise<DocumentRegisterDto[]> {
    if (!isOrgInScope(auth, request.orgId)) return [];
    const rows = await this.registers.listByOrg(request.orgId);
    return rows.map(toDocumentRegisterDto);
  }
}
