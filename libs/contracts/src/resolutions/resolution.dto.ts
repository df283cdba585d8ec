import { IsUUID } from 'class-validator';
import { PageRequest } from '../common/page';

/** A resolution (nghị quyết) an organisation tracks. */
export interface ResolutionDto {
  id: string;
  orgId: string;
  symbol: string;
  title: string;
  issuedOn: string;
}

export class ListResolutionsRequest extends PageRequest {
  @IsUUID()
  orgId: string;
}
