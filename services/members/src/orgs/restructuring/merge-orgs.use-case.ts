import type { MergeOrgsRequest, RestructuringDto } from '@lienthong/contracts';
import type { HandlerContext } from '@lienthong/platform';
import { displayDate } from '@lienthong/rules';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OrgMembersTransfer } from '../../members/bulk-transfer/org-members-transfer';
import { ScopedAccess } from '../../scope/scoped-access';
import type { ActorScope } from '../../scope/actor-scope';
import { isWithin } from '../org-path';
import type { OrgEntity } from '../org.entity';
import { orgError } from '../org.exceptions';
import { OrgRepository } from '../org.repository';
import { assertMembersJoinedBefore, assertNotNested, checkPredecessor, checkReceiver, placementError } from './restructuring-checks';
import { RestructuringSteps } from './restructuring-steps';

/**
 * Hợp nhất: closes every source from the effective date (its last day is the eve) and links it
 * to the target, an open org or one this decision founds; the sources' open children move to
 * the target or where the decision places them, their current members (official and temporary) to
 * the target. One transaction, under the tree-shape lock and
 * row locks in id order; every change leaves its history row and its usual fact.
 */
@Injectable()
export class MergeOrgsUseCase {
  constructor(
    @Inject(OrgRepository) private readonly orgs: OrgRepository,
    @Inject(ScopedAccess) private readonly access: ScopedAccess,
    @Inject(RestructuringSteps) private readonly steps: RestructuringSteps,
    @Inject(OrgMembersTransfer) private readonly members: OrgMembersTransfer,
  ) {}

  execute(request: MergeOrgsRequest, context: HandlerContext): Promise<RestructuringDto> {
    const { language } = context;
    const { effectiveDate, decisionRef } = request;
    if (request.targetId !== undefined && request.newTarget !== undefined) {
      return Promise.reject(
        placementError(language, 'newTarget', 'exactlyOneTarget', { vi: 'chỉ được chọn một trong targetId và newTarget', en: 'give either targetId or newTarget, not both' }),
      );
    }
    return this.orgs.transaction(async (m) => {
      await this.orgs.lockTreeShape(m, 'exclusive');
      const plan = await this.plan(m, request, context);
      const currentMembers = await this.members.currentAt(m, plan.sources.map((s) => s.id));
      assertMembersJoinedBefore(currentMembers, effectiveDate, context.language);
      const rules = await this.steps.kindRules(m);
      const targetName = plan.target?.name ?? request.newTarget!.name;
      for (const source of plan.sources) {
        // The record is kept in Vietnamese, whatever the officer's UI language.
        const reason = `Hợp nhất vào ${targetName} từ ngày ${displayDate(effectiveDate)} (${decisionRef})`;
        await this.steps.closeAsSucceeded(m, source, effectiveDate, reason, context);
      }
      const target = plan.target ?? (await this.foundTarget(m, request, plan.sources[0], plan.locked, plan.scope, rules, context));
      for (const child of plan.children) await this.steps.moveChild(m, child, plan.newParents.get(child.id) ?? target, effectiveDate, rules, context);
      await this.members.move(m, currentMembers, plan.sources.map((s) => ({ fromOrgId: s.id, toOrgId: target.id })), effectiveDate, context);
      return this.steps.finish(
        m,
        { kind: 'merge', effectiveDate, decisionRef },
        { predecessorIds: plan.sources.map((s) => s.id), successorIds: [target.id], movedChildIds: plan.children.map((c) => c.id) },
        context,
      );
    });
  }

  /** Locks every org the decision names (id order) and checks it, before anything changes. */
  private async plan(m: EntityManager, request: MergeOrgsRequest, context: HandlerContext) {
    const { language } = context;
    const { effectiveDate } = request;
    const scope = await this.access.scopeOf(context, m);
    const placements = request.childPlacements ?? [];
    const newTargetParentId = request.newTarget?.parentId;
    const locked = await this.steps.lockInOrder(m, [
      ...request.sources.map((s) => s.id),
      ...(request.targetId ? [request.targetId] : []),
      ...(newTargetParentId ? [newTargetParentId] : []),
      ...placements.map((p) => p.newParentId),
    ]);
    const sources = request.sources.map((s) => checkPredecessor(this.access, scope, context, locked.get(s.id), s.expectedVersion, effectiveDate));
    assertNotNested(sources, language);
    let target: OrgEntity | undefined;
    if (request.targetId !== undefined) {
      const checked = checkReceiver(this.access, scope, language, locked.get(request.targetId), 'targetId', effectiveDate);
      if (sources.some((s) => isWithin(checked.path, s.path))) throw orgError('MEMBERS.ORG_MERGE_INTO_DESCENDANT', language);
      target = checked;
    }
    const children = await this.steps.openChildrenOf(
      m,
      sources.map((s) => s.id),
    );
    const newParents = this.placementsFor(children, placements, locked, sources, scope, context, effectiveDate);
    await this.steps.assertAfterLatestChanges(m, [...sources, ...children].map((o) => o.id), effectiveDate, context);
    return { scope, locked, sources, target, children, newParents };
  }

  private async foundTarget(
    m: EntityManager,
    request: MergeOrgsRequest,
    firstSource: OrgEntity,
    locked: Map<string, OrgEntity>,
    scope: ActorScope,
    rules: Awaited<ReturnType<RestructuringSteps['kindRules']>>,
    context: HandlerContext,
  ): Promise<OrgEntity> {
    const spec = request.newTarget!;
    const parentId = spec.parentId ?? firstSource.parentId;
    let parent: OrgEntity | null = null;
    if (parentId !== null) {
      parent = checkReceiver(this.access, scope, context.language, locked.get(parentId) ?? (await this.access.findVisibleOrg(m, parentId, scope, 'share')) ?? undefined, 'newTarget.parentId', request.effectiveDate);
      if (request.sources.some((s) => isWithin(parent!.path, locked.get(s.id)!.path))) throw orgError('MEMBERS.ORG_MERGE_INTO_DESCENDANT', context.language);
    } else if (scope.kind !== 'all') {
      throw orgError('COMMON.FORBIDDEN', context.language);
    }
    return this.steps.found(m, spec, parent, request.effectiveDate, rules, context);
  }

  /** Where each placed child goes: a direct open child of a source, under an open org outside every source. */
  private placementsFor(
    children: OrgEntity[],
    placements: NonNullable<MergeOrgsRequest['childPlacements']>,
    locked: Map<string, OrgEntity>,
    sources: OrgEntity[],
    scope: ActorScope,
    context: HandlerContext,
    effectiveDate: string,
  ): Map<string, OrgEntity> {
    const { language } = context;
    const byId = new Map(children.map((c) => [c.id, c]));
    const result = new Map<string, OrgEntity>();
    placements.forEach((p, i) => {
      if (!byId.has(p.childId) || result.has(p.childId)) {
        throw placementError(language, `childPlacements.${i}.childId`, 'notAnOpenChild', {
          vi: 'không phải tổ chức trực thuộc đang hoạt động của tổ chức được hợp nhất, hoặc đã được xếp',
          en: 'is not an open child of a merged organisation, or is placed twice',
        });
      }
      const parent = checkReceiver(this.access, scope, language, locked.get(p.newParentId), 'newParentId', effectiveDate);
      if (sources.some((s) => isWithin(parent.path, s.path))) {
        throw placementError(language, `childPlacements.${i}.newParentId`, 'insideMergedOrg', {
          vi: 'không được là tổ chức được hợp nhất hoặc trực thuộc nó',
          en: 'must not be a merged organisation or lie under one',
        });
      }
      result.set(p.childId, parent);
    });
    return result;
  }
}
