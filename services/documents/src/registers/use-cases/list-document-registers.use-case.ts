import type { AuthContextClaims, DocumentRegisterDto, ListDocumentRegistersRequest } from '@lienthong/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { toDocumentRegisterDto } from '../document-register.mapper';
import { DocumentRegisterRepository } from '../document-register.repository';
import { OrgScope } from '../org-scope';

/**
 * The registers an organisation keeps (693-QĐ/VPTW, 2021). An organisation that has
 * opened none yet gets an empty list: opening a register is a later command, and the
 * documents service does not tell "no org" from "no book" to an unscoped actor.
 * An organisation outside a scoped actor's subtree answers COMMON.NOT_FOUND: existence is not leaked.
 */
@Injectable()
export class ListDocumentRegistersUseCase {
  constructor(
    @Inject(DocumentRegisterRepository) private readonly registers: DocumentRegisterRepository,
    @Inject(OrgScope) private readonly scope: OrgScope,
  ) {}

  async execute(request: ListDocumentRegistersRequest, auth: AuthContextClaims): Promise<DocumentRegisterDto[]> {
    await this.scope.assertVisible(auth, request.orgId);
    const rows = await this.registers.listByOrg(request.orgId);
    return rows.map(toDocumentRegisterDto);
  }
}
