import type { BlobFileDto, ExportBadgeListRequest } from '@lienthong/contracts';
import { uuidv7, type HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { BadgeSearch } from '../badges/badge-candidate-finder';
import { awardOccasionAt } from '../badges/use-cases/list-badge-candidates.use-case';
import { XLSX_CONTENT_TYPE } from '../member-import/import-template';
import { MemberImportAccess } from '../member-import/member-import-access';
import { allBadgeCandidates } from './badge-list-pages';
import { writeBlob } from './blob-output';
import { badgeListFileName } from './export-file-names';
import { assertDirectExportSize } from './export-size';
import { writeBadgeListXlsx } from './badge-list-xlsx';

/**
 * The badge register of an org's subtree at an award occasion as .xlsx: the same rows as
 * GET /orgs/{id}/badge-candidates (404 outside the scope; 400 for a day that is no occasion; 422
 * when the subtree holds more members than the gateway writes inside a request).
 */
@Injectable()
export class ExportBadgeListUseCase {
  constructor(@Inject(MemberImportAccess) private readonly access: MemberImportAccess) {}

  async execute(request: ExportBadgeListRequest, context: HandlerContext): Promise<BlobFileDto> {
    const occasion = awardOccasionAt(request.occasion, 'occasion', context.language);
    const { scoped } = this.access;
    const m = this.access.manager;
    const org = await scoped.requireVisibleOrg(m, request.orgId, await scoped.scopeOf(context, m), context);
    await assertDirectExportSize(m, org.path, request.maxMembers, context.language);
    const blobs = this.access.blobs(context.language);
    const search: BadgeSearch = { path: org.path, occasion: occasion.date, milestone: request.milestone };
    const heading = { orgName: org.name, occasion: occasion.date, occasionName: occasion.name };
    const { ref, result } = await writeBlob(blobs, `member-exports/${uuidv7()}.xlsx`, XLSX_CONTENT_TYPE, (out) =>
      writeBadgeListXlsx(heading, allBadgeCandidates(m, search, context.language), out),
    );
    return { blobKey: ref.key, fileName: badgeListFileName(occasion.date, org.name), contentType: XLSX_CONTENT_TYPE, size: ref.size, rows: result, temporary: true };
  }
}
