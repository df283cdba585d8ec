import type { DocumentRegisterDto } from '@lienthong/contracts';
import type { DocumentRegisterEntity } from './document-register.entity';

export function toDocumentRegisterDto(row: DocumentRegisterEntity): DocumentRegisterDto {
  return {
    id: row.id,
    orgId: row.orgId,
    direction: row.direction,
    name: row.name,
    year: row.year,
    nextNumber: row.nextNumber,
  };
}
