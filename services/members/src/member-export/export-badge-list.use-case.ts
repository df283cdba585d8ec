import type { BadgeCandidateDto, BlobFileDto, ExportBadgeListRequest } from '@lienthong/contracts';
import { uuidv7, type HandlerContext, type Language } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { findBadgeCandidates, type BadgeSearch } from '../badges/badge-candidate-finder';
import type { BadgeKeyset } from '../badges/badge-candidate.queries';
import { awardOccasionAt } from '../badges/use-cases/list-badge-candidates.use-case';
import { XLSX_CONTENT_TYPE } from '../member-import/import-template';
import { MemberImportAccess } from '../member-import/member-import-access';
import { fileSlug, writeBlob } from './blob-output';
import { writeBadgeListXlsx } from './badge-list-xlsx';

/** Every candidate, page after keyset page, as the badge-candidates API would give them. */
async function* allCandidates(m: EntityManager, search: BadgeSearch, language: Language): AsyncIterable<BadgeCandidateDto[]> {
  let after: BadgeKeyset | undefined;
  for (;;) {
    const found = await findBadgeCandidates(m, search, after, 500, language);
    yield found.items;
    if (!found.next) return;
    after = found.next;
  }
}

/**
 * The badge register of an org's subtree at an award occasion as .xlsx: the same rows as
 * GET /orgs/{id}/badge-candidates (404 outside the scope; 400 for a day that is no occasion).
 */
@Injectable()
export class ExportBadgeListUseCase {
  constructor(@Inject(MemberImportAccess) private readonly access: MemberImportAccess) {}

  async execute(request: ExportBadgeListRequest, context: HandlerContext): Promise<BlobFileDto> {
    const occasion = awardOccasionAt(request.occasion, 'occasion', context.language);
    const { scoped } = this.access;
    const m = this.access.manager;
    const org = await scoped.requireVisibleOrg(m, request.orgId, await scoped.scopeOf(context, m), context);
    const blobs = this.access.blobs(context.language);
    const search: BadgeSearch = { path: org.path, occasion: occasion.date, milestone: request.milestone };
    const heading = { orgName: org.name, occasion: occasion.date, occasionName: occasion.name };
    const { ref, result } = await writeBlob(blobs, `member-exports/${uuidv7()}.xlsx`, XLSX_CONTENT_TYPE, (out) =>
      writeBadgeListXlsx(heading, allCandidates(m, search, context.language), out),
    );
    const fileName = `huy-hieu-dang-${occasion.date}-${fileSlug(org.name, 'to-chuc')}.xlsx`;
    return { blobKey: ref.key, fileName, contentType: XLSX_CONTENT_TYPE, size: ref.size, rows: result, temporary: true };
  }
}
