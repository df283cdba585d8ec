import type { ResolutionDto } from '@lienthong/contracts';
import type { ResolutionEntity } from './resolution.entity';

export function toResolutionDto(row: ResolutionEntity): ResolutionDto {
  return { id: row.id, orgId: row.orgId, symbol: row.symbol, title: row.title, issuedOn: row.issuedOn };
}
