import type { RestructuringDto, SplitOrgRequest } from '@lienthong/contracts';
import type { HandlerContext } from '@lienthong/platform';
import { displayDate } from '@lienthong/rules';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OrgMembersTransfer, type CurrentMembership } from '../../members/bulk-transfer/org-members-transfer';
import { ScopedAccess } from '../../scope/scoped-access';
import type { ActorScope } from '../../scope/actor-scope';
import { isWithin } from '../org-path';
import type { OrgEntity } from '../org.entity';
import { orgError } from '../org.exceptions';
import { OrgRepository } from '../org.repository';
import { assertMembersJoinedBefore, checkPredecessor, checkReceiver, placementError } from './restructuring-checks';
import { RestructuringSteps } from './restructuring-steps';

/**
 * Chia tách: closes the source from the effective date and founds each part (under the
 * source's parent unless the decision names another), linked as its successors; every open
 * child of the source goes to the part the decision names, every current member to the part named
 * for them (`memberPlacements`) or the default one (`memberPartIndex`). One transaction, as a merge.
 */
@Injectable()
export class SplitOrgUseCase {
  constructor(
    @Inject(OrgRepository) private readonly orgs: OrgRepository,
    @Inject(ScopedAccess) private readonly access: ScopedAccess,
    @Inject(RestructuringSteps) private readonly steps: RestructuringSteps,
    @Inject(OrgMembersTransfer) private readonly members: OrgMembersTransfer,
  ) {}

  execute(request: SplitOrgRequest, context: HandlerContext): Promise<RestructuringDto> {
    const { effectiveDate, decisionRef } = request;
    return this.orgs.transaction(async (m) => {
      await this.orgs.lockTreeShape(m, 'exclusive');
      const scope = await this.access.scopeOf(context, m);
      const explicitParents = request.parts.flatMap((p) => (p.parentId ? [p.parentId] : []));
      const locked = await this.steps.lockInOrder(m, [request.source.id, ...explicitParents]);
      const source = checkPredecessor(this.access, scope, context, locked.get(request.source.id), request.source.expectedVersion, effectiveDate);
      const children = await this.steps.openChildrenOf(m, [source.id]);
      const partOf = this.partIndexes(children, request, context);
      const parents = await this.partParents(m, request, source, locked, scope, context);
      await this.steps.assertAfterLatestChanges(m, [source, ...children].map((o) => o.id), effectiveDate, context);
      const currentMembers = await this.members.currentAt(m, [source.id]);
      const memberPartOf = this.memberPartIndexes(currentMembers, request, context);
      assertMembersJoinedBefore(currentMembers, effectiveDate, context.language);

      const rules = await this.steps.kindRules(m);
      const names = request.parts.map((p) => p.name).join(', ');
      await this.steps.closeAsSucceeded(m, source, effectiveDate, `Chia tách thành ${names} từ ngày ${displayDate(effectiveDate)} (${decisionRef})`, context);
      const parts: OrgEntity[] = [];
      for (const [i, spec] of request.parts.entries()) parts.push(await this.steps.found(m, spec, parents[i], effectiveDate, rules, context));
      for (const child of children) await this.steps.moveChild(m, child, parts[partOf.get(child.id)!], effectiveDate, rules, context);
      const byMember = new Map([...memberPartOf].map(([memberId, i]) => [memberId, parts[i].id]));
      await this.members.move(m, currentMembers, [{ fromOrgId: source.id, toOrgId: parts[request.memberPartIndex ?? 0].id, byMember }], effectiveDate, context);
      return this.steps.finish(
        m,
        { kind: 'split', effectiveDate, decisionRef },
        { predecessorIds: [source.id], successorIds: parts.map((p) => p.id), movedChildIds: children.map((c) => c.id) },
        context,
      );
    });
  }

  /** Every open child placed exactly once, in a part that exists. */
  private partIndexes(children: OrgEntity[], request: SplitOrgRequest, { language }: HandlerContext): Map<string, number> {
    const open = new Set(children.map((c) => c.id));
    const result = new Map<string, number>();
    (request.childPlacements ?? []).forEach((p, i) => {
      if (!open.has(p.childId) || result.has(p.childId)) {
        throw placementError(language, `childPlacements.${i}.childId`, 'notAnOpenChild', {
          vi: 'không phải tổ chức trực thuộc đang hoạt động của tổ chức bị chia tách, hoặc đã được xếp',
          en: 'is not an open child of the split organisation, or is placed twice',
        });
      }
      if (p.partIndex >= request.parts.length) {
        throw placementError(language, `childPlacements.${i}.partIndex`, 'noSuchPart', { vi: 'không có tổ chức mới ở vị trí này', en: 'no part at this index' });
      }
      result.set(p.childId, p.partIndex);
    });
    const unplaced = children.filter((c) => !result.has(c.id));
    if (unplaced.length > 0) {
      throw placementError(language, 'childPlacements', 'childrenUnplaced', {
        vi: `chưa xếp các tổ chức trực thuộc: ${unplaced.map((c) => c.name).join(', ')}`,
        en: `these open children are not placed: ${unplaced.map((c) => c.name).join(', ')}`,
      });
    }
    return result;
  }

  /** Every current member placed: by `memberPlacements`, else in `memberPartIndex`; each placement names a current member once. */
  private memberPartIndexes(current: CurrentMembership[], request: SplitOrgRequest, { language }: HandlerContext): Map<string, number> {
    const members = new Set(current.map((c) => c.memberId));
    const result = new Map<string, number>();
    if (request.memberPartIndex !== undefined && request.memberPartIndex >= request.parts.length) {
      throw placementError(language, 'memberPartIndex', 'noSuchPart', { vi: 'không có tổ chức mới ở vị trí này', en: 'no part at this index' });
    }
    (request.memberPlacements ?? []).forEach((p, i) => {
      if (!members.has(p.memberId) || result.has(p.memberId)) {
        throw placementError(language, `memberPlacements.${i}.memberId`, 'notACurrentMember', {
          vi: 'không phải đảng viên đang sinh hoạt tại tổ chức bị chia tách, hoặc đã được xếp',
          en: 'is not a current member of the split organisation, or is placed twice',
        });
      }
      if (p.partIndex >= request.parts.length) {
        throw placementError(language, `memberPlacements.${i}.partIndex`, 'noSuchPart', { vi: 'không có tổ chức mới ở vị trí này', en: 'no part at this index' });
      }
      result.set(p.memberId, p.partIndex);
    });
    const unplaced = [...members].filter((id) => !result.has(id)).length;
    if (unplaced > 0 && request.memberPartIndex === undefined) {
      throw placementError(language, 'memberPartIndex', 'membersUnplaced', {
        vi: `còn ${unplaced} đảng viên chưa được xếp vào tổ chức mới: chọn tổ chức nhận mặc định hoặc xếp từng người`,
        en: `${unplaced} members are not placed in a new organisation: give a default part or place each one`,
      });
    }
    return result;
  }

  /** The parent of each part: the one it names (open, visible, outside the source), else the source's parent. */
  private async partParents(
    m: EntityManager,
    request: SplitOrgRequest,
    source: OrgEntity,
    locked: Map<string, OrgEntity>,
    scope: ActorScope,
    { language }: HandlerContext,
  ): Promise<(OrgEntity | null)[]> {
    // The source is never the caller's scope root (checked), so its parent lies in the scope too.
    const sourceParent = source.parentId === null ? undefined : ((await this.access.findVisibleOrg(m, source.parentId, scope, 'share')) ?? undefined);
    return request.parts.map((part, i) => {
      if (part.parentId === undefined) {
        if (source.parentId !== null) return checkReceiver(this.access, scope, language, sourceParent, `parts.${i}.parentId`, request.effectiveDate);
        // A root splits into roots: only an unscoped actor founds roots.
        if (scope.kind !== 'all') throw orgError('COMMON.FORBIDDEN', language);
        return null;
      }
      const parent = checkReceiver(this.access, scope, language, locked.get(part.parentId), `parts.${i}.parentId`, request.effectiveDate);
      if (isWithin(parent.path, source.path)) throw orgError('MEMBERS.ORG_MERGE_INTO_DESCENDANT', language);
      return parent;
    });
  }
}
