import { DEFAULT_PAGE_LIMIT, type AuthContextClaims, type ListResolutionsRequest, type Page, type ResolutionDto } from '@lienthong/contracts';
import { keysetPage } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { OrgScope } from '../org-scope';
import { decodeResolutionCursor } from '../resolution-cursor';
import { toResolutionDto } from '../resolution.mapper';
import { ResolutionRepository } from '../resolution.repository';

/**
 * One page of the resolutions an organisation tracks, newest first. An organisation outside
 * a scoped actor's subtree answers COMMON.NOT_FOUND: existence is not leaked.
 */
@Injectable()
export class ListResolutionsUseCase {
  constructor(
    @Inject(ResolutionRepository) private readonly resolutions: ResolutionRepository,
    @Inject(OrgScope) private readonly scope: OrgScope,
  ) {}

  async execute(request: ListResolutionsRequest, auth: AuthContextClaims): Promise<Page<ResolutionDto>> {
    const limit = request.limit ?? DEFAULT_PAGE_LIMIT;
    const after = decodeResolutionCursor(request.cursor);
    await this.scope.assertVisible(auth, request.orgId);
    // One row more than the page tells whether another page follows, without a COUNT.
    const rows = await this.resolutions.listByOrg(request.orgId, limit + 1, after);
    return keysetPage(rows, limit, toResolutionDto, (r) => [r.issuedOn, r.id]);
  }
}
