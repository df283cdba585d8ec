import type { Page, ResolutionDto } from '@lienthong/contracts';
import type { ResolutionPageDto, ResolutionResponseDto } from './dto/resolution.dto';

/** Field by field, so that a field added to the message contract is not published by accident. */
export function toResolutionResponse(resolution: ResolutionDto): ResolutionResponseDto {
  return {
    id: resolution.id,
    orgId: resolution.orgId,
    symbol: resolution.symbol,
    title: resolution.title,
    issuedOn: resolution.issuedOn,
  };
}

export function toResolutionPage(page: Page<ResolutionDto>): ResolutionPageDto {
  return { items: page.items.map(toResolutionResponse), nextCursor: page.nextCursor };
}
