import { DEFAULT_PAGE_LIMIT, type ListResolutionsRequest, type Page, type ResolutionDto } from '@lienthong/contracts';
import { Inject, Injectable } from '@nestjs/common';
import { decodeResolutionCursor, encodeResolutionCursor } from '../resolution-cursor';
import { toResolutionDto } from '../resolution.mapper';
import { ResolutionRepository } from '../resolution.repository';

/** One page of the resolutions an organisation tracks, newest first. */
@Injectable()
export class ListResolutionsUseCase {
  constructor(@Inject(ResolutionRepository) private readonly resolutions: ResolutionRepository) {}

  async execute(request: ListResolutionsRequest): Promise<Page<ResolutionDto>> {
    const limit = request.limit ?? DEFAULT_PAGE_LIMIT;
    const after = decodeResolutionCursor(request.cursor);
    // One row more than the page tells whether another page follows, without a COUNT.
    const rows = await this.resolutions.listByOrg(request.orgId, limit + 1, after);
    const items = rows.slice(0, limit);
    const last = items.at(-1);
    return {
      items: items.map(toResolutionDto),
      nextCursor: rows.length > limit && last ? encodeResolutionCursor(last) : null,
    };
  }
}
