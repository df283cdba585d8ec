import { EVENTS, type NewOrgSpec, type OrgDto, type RestructuringDto } from '@lienthong/contracts';
import { foldVietnamese, OutboxWriter, uuidv7, type HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OrgHistoryRepository } from '../history/org-history.repository';
import { addDays } from '../history/party-dates';
import { orgChanged } from '../org-events';
import { isKindAllowed, type OrgKindRule } from '../org-kind-rules';
import { childPath, pathDepth } from '../org-path';
import { OrgEntity } from '../org.entity';
import { dateBeforeLatestChange, kindNotAllowed, orgError } from '../org.exceptions';
import { OrgMapper } from '../org.mapper';
import { OrgRepository } from '../org.repository';
import { endOpenTerm } from '../terms/end-open-term';
import { OrgTermRepository } from '../terms/org-term.repository';
import { OrgSuccessionRepository } from './org-succession.repository';
import { restructured } from './restructuring-events';

/**
 * The tree changes a merge or a split is made of, each with its history row and its usual
 * fact (`created`, `closed`, `moved`), so that org replicas follow with no new code. All run in
 * the caller's transaction, after `lockInOrder`.
 */
@Injectable()
export class RestructuringSteps {
  constructor(
    @Inject(OrgRepository) private readonly orgs: OrgRepository,
    @Inject(OrgMapper) private readonly mapper: OrgMapper,
    @Inject(OutboxWriter) private readonly outbox: OutboxWriter,
    @Inject(OrgHistoryRepository) private readonly history: OrgHistoryRepository,
    @Inject(OrgTermRepository) private readonly terms: OrgTermRepository,
    @Inject(OrgSuccessionRepository) private readonly successions: OrgSuccessionRepository,
  ) {}

  /**
   * Row locks on every org the decision touches, in id order: two restructurings (or one and a
   * rename/close, which lock one row) never wait on each other in a cycle. The tree-shape lock
   * the caller took first already serialises them with moves and creates.
   */
  async lockInOrder(m: EntityManager, ids: string[]): Promise<Map<string, OrgEntity>> {
    const unique = [...new Set(ids)].sort();
    if (unique.length === 0) return new Map();
    const rows = await m
      .createQueryBuilder(OrgEntity, 'o')
      .where('o.id IN (:...ids)', { ids: unique })
      .orderBy('o.id', 'ASC')
      .setLock('pessimistic_write')
      .getMany();
    return new Map(rows.map((o) => [o.id, o]));
  }

  /** The open children of the given orgs, row-locked in id order. */
  openChildrenOf(m: EntityManager, parentIds: string[]): Promise<OrgEntity[]> {
    return m
      .createQueryBuilder(OrgEntity, 'o')
      .where('o.parentId IN (:...ids)', { ids: parentIds })
      .andWhere(`o.status = 'active'`)
      .orderBy('o.id', 'ASC')
      .setLock('pessimistic_write')
      .getMany();
  }

  /** History is never rewritten: the decision cannot take effect before an org's latest recorded change. */
  async assertAfterLatestChanges(m: EntityManager, orgIds: string[], effectiveDate: string, context: HandlerContext): Promise<void> {
    const starts = await this.history.latestStarts(m, orgIds);
    const latest = [...starts.values()].sort().pop();
    if (latest !== undefined && effectiveDate < latest) throw dateBeforeLatestChange(context.language, 'effectiveDate', latest);
  }

  kindRules(m: EntityManager): Promise<OrgKindRule[]> {
    return this.orgs.kindRules(m);
  }

  /** Closes a predecessor: its last day is the eve of the effective date; its open term ends then too. */
  async closeAsSucceeded(m: EntityManager, org: OrgEntity, effectiveDate: string, reason: string, context: HandlerContext): Promise<OrgDto> {
    const lastDay = addDays(effectiveDate, -1);
    await endOpenTerm({ terms: this.terms, outbox: this.outbox }, m, org.id, lastDay, context, 'effectiveDate');
    const closed = await this.orgs.update(m, org.id, { status: 'closed', validTo: lastDay, closeReason: reason.slice(0, 1000) });
    await this.history.record(m, [org.id], effectiveDate);
    const dto = await this.mapper.toDto(closed, m);
    await this.outbox.append(m, orgChanged(EVENTS.members.orgClosed, dto), context);
    return dto;
  }

  /** Founds a successor from the effective date, under the rules in force that day. */
  async found(m: EntityManager, spec: NewOrgSpec, parent: OrgEntity | null, effectiveDate: string, rules: OrgKindRule[], context: HandlerContext): Promise<OrgEntity> {
    const { language } = context;
    if (!isKindAllowed(rules, parent?.kind ?? null, spec.kind, effectiveDate)) throw kindNotAllowed(language, parent?.kind ?? null, spec.kind, effectiveDate);
    if (await this.orgs.shortNameTaken(m, parent?.id ?? null, spec.shortName)) throw orgError('MEMBERS.ORG_SHORT_NAME_TAKEN', language);
    const seq = await this.orgs.nextSeq(m);
    const path = childPath(parent?.path ?? null, seq);
    const org = await this.orgs.insert(m, {
      id: uuidv7(),
      seq,
      parentId: parent?.id ?? null,
      name: spec.name,
      nameFolded: foldVietnamese(spec.name),
      shortName: spec.shortName,
      shortNameFolded: foldVietnamese(spec.shortName),
      kind: spec.kind,
      validFrom: effectiveDate,
      path,
      depth: pathDepth(path),
    });
    await this.history.record(m, [org.id], effectiveDate);
    await this.outbox.append(m, orgChanged(EVENTS.members.orgCreated, await this.mapper.toDto(org, m)), context);
    return org;
  }

  /** Moves a child of a predecessor (with its subtree, one statement) under its new parent from the effective date. */
  async moveChild(m: EntityManager, child: OrgEntity, parent: OrgEntity, effectiveDate: string, rules: OrgKindRule[], context: HandlerContext): Promise<OrgDto> {
    const { language } = context;
    if (!isKindAllowed(rules, parent.kind, child.kind, effectiveDate)) throw kindNotAllowed(language, parent.kind, child.kind, effectiveDate);
    if (await this.orgs.shortNameTaken(m, parent.id, child.shortName, child.id)) throw orgError('MEMBERS.ORG_SHORT_NAME_TAKEN', language);
    const newPath = childPath(parent.path, child.seq);
    const moved = await this.orgs.moveSubtree(m, child, parent.id, newPath, pathDepth(newPath));
    await this.history.record(m, [child.id], effectiveDate);
    const dto = await this.mapper.toDto(moved, m);
    await this.outbox.append(m, orgChanged(EVENTS.members.orgMoved, dto), context);
    return dto;
  }

  /**
   * Ends a merge or split: the succession links (every predecessor to every successor), the
   * coarse fact of the decision, and the outcome as the orgs now stand.
   */
  async finish(
    m: EntityManager,
    decision: { kind: 'merge' | 'split'; effectiveDate: string; decisionRef: string },
    orgs: { predecessorIds: string[]; successorIds: string[]; movedChildIds: string[] },
    context: HandlerContext,
  ): Promise<RestructuringDto> {
    const id = uuidv7();
    const { kind, effectiveDate, decisionRef } = decision;
    await this.successions.insert(
      m,
      orgs.predecessorIds.flatMap((predecessorId) => orgs.successorIds.map((successorId) => ({ restructuringId: id, kind, predecessorId, successorId, effectiveDate, decisionRef }))),
    );
    const type = kind === 'merge' ? EVENTS.members.orgMerged : EVENTS.members.orgSplit;
    await this.outbox.append(m, restructured(type, { id, ...decision, ...orgs }, orgs.successorIds[0]), context);
    return {
      id,
      ...decision,
      predecessors: await this.dtos(m, orgs.predecessorIds),
      successors: await this.dtos(m, orgs.successorIds),
      movedChildren: await this.dtos(m, orgs.movedChildIds),
    };
  }

  /** Re-reads orgs (after the steps) as DTOs, in the given order. */
  async dtos(m: EntityManager, ids: string[]): Promise<OrgDto[]> {
    if (ids.length === 0) return [];
    const rows = await m.createQueryBuilder(OrgEntity, 'o').where('o.id IN (:...ids)', { ids }).getMany();
    const byId = new Map(rows.map((o) => [o.id, o]));
    return this.mapper.toDtos(
      ids.map((id) => byId.get(id)!),
      m,
    );
  }
}
