import type { DocumentRegisterDto } from '@lienthong/contracts';
import type { DocumentRegisterResponseDto } from './dto/document-register.dto';

/** Field by field, so that a field added to the message contract is not published by accident. */
export function toDocumentRegisterResponse(register: DocumentRegisterDto): DocumentRegisterResponseDto {
  return {
    id: register.id,
    orgId: register.orgId,
    direction: register.direction,
    name: register.name,
    year: register.year,
    nextNumber: register.nextNumber,
  };
}
