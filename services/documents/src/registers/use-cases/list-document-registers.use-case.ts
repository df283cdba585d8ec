import type { DocumentRegisterDto, ListDocumentRegistersRequest } from '@lienthong/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { toDocumentRegisterDto } from '../document-register.mapper';
import { DocumentRegisterRepository } from '../document-register.repository';

/**
 * The registers an organisation keeps (693-QĐ/VPTW, 2021). An organisation that has
 * opened none yet gets an empty list: opening a register is a later command, and the
 * documents service does not yet replicate the org tree to tell "no org" from "no book".
 */
@Injectable()
export class ListDocumentRegistersUseCase {
  constructor(@Inject(DocumentRegisterRepository) private readonly registers: DocumentRegisterRepository) {}

  async execute(request: ListDocumentRegistersRequest): Promise<DocumentRegisterDto[]> {
    const rows = await this.registers.listByOrg(request.orgId);
    return rows.map(toDocumentRegisterDto);
  }
}
