import type { CreateMemberExportRequest, MemberExportDto } from '@lienthong/contracts';
import { DomainError, JobRunner, uuidv7, type HandlerContext, type Language } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { awardOccasionAt } from '../../badges/use-cases/list-badge-candidates.use-case';
import { subtreeMemberCount } from '../../member-export/export-size';
import { exportToDto, MemberExportAccess } from '../member-export-access';
import { findExport, insertExport, type MemberExportParams } from '../member-export-records';
import { RUN_MEMBER_EXPORT_JOB } from '../run-member-export.job';

const ONLY_FOR_BADGE_LIST: Record<Language, string> = {
  vi: 'chỉ dùng khi xuất danh sách Huy hiệu Đảng (kind = badge-list)',
  en: 'only for the badge list (kind = badge-list)',
};

/** What the job will write: the badge list's occasion (a real award day, else 400) and milestone; nothing more for the member list. */
function paramsOf(request: CreateMemberExportRequest, language: Language): MemberExportParams {
  if (request.kind === 'badge-list') {
    const occasion = awardOccasionAt(request.occasion ?? '', 'occasion', language);
    return request.milestone === undefined ? { occasion: occasion.date } : { occasion: occasion.date, milestone: request.milestone };
  }
  const extra = (['occasion', 'milestone'] as const).filter((field) => request[field] !== undefined);
  if (extra.length === 0) return {};
  const details = extra.map((field) => ({ field, code: 'onlyForBadgeList', message: `${field}: ${ONLY_FOR_BADGE_LIST[language]}` }));
  throw DomainError.localized('COMMON.VALIDATION_FAILED', language, details);
}

/**
 * A new background export of an org's subtree: the input is checked (400), the org must be visible
 * (404) and a blob store configured (503); the export is recorded `queued` with the subtree's member
 * count as the member list's expected rows, and its job queued. Only the requester ever sees it.
 */
@Injectable()
export class CreateMemberExportUseCase {
  constructor(
    @Inject(MemberExportAccess) private readonly access: MemberExportAccess,
    @Inject(JobRunner) private readonly jobs: JobRunner,
  ) {}

  async execute(request: CreateMemberExportRequest, context: HandlerContext): Promise<MemberExportDto> {
    const params = paramsOf(request, context.language);
    const { scoped } = this.access;
    const m = this.access.manager;
    const org = await scoped.requireVisibleOrg(m, request.orgId, await scoped.scopeOf(context, m), context);
    this.access.blobs(context.language);
    const id = uuidv7();
    const totalEstimate = request.kind === 'member-list' ? await subtreeMemberCount(m, org.path) : null;
    await insertExport(m, { id, kind: request.kind, orgId: org.id, orgPath: org.path, params, totalEstimate, requestedBy: context.auth.actor, language: context.language });
    try {
      await this.jobs.enqueue(RUN_MEMBER_EXPORT_JOB, { exportId: id }, context.auth.actor, { ownerOrgId: org.id });
    } catch (error) {
      await m.query(`DELETE FROM member_export WHERE id = $1`, [id]);
      throw error;
    }
    return exportToDto((await findExport(m, id))!, context.language);
  }
}
