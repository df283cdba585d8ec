import { DEFAULT_PAGE_LIMIT, type ListMembersRequest, type MemberSummaryDto, type Page } from '@lienthong/contracts';
import { foldVietnamese, type HandlerContext } from '@lienthong/platform';
import { Inject, Injectable } from '@nestjs/common';
import { partyToday } from '../../orgs/org-kind-rules';
import { ScopedAccess } from '../../scope';
import { memberError } from '../member.exceptions';
import { toMemberSummary } from '../member.mapper';
import { decodeRollCursor, toRollPage } from '../member-page';
import { MemberRollQueries, type RollFilters, type RollPlace } from '../member-roll.queries';
import { addYears } from '../rules/party-dates';

/**
 * The member roll of a subtree (or one org), keyset-paged: by name with or without diacritics
 * from the start of any word ("nguyen van an" finds "Nguyễn Văn An", "dang" finds "Đặng Thị Hoa"
 * and "Trần Đăng Khoa", "khoa" finds him too), citizen ID, card number (any card the member ever
 * held), statuses, age and party-age ranges.
 */
@Injectable()
export class ListMembersUseCase {
  constructor(
    @Inject(MemberRollQueries) private readonly roll: MemberRollQueries,
    @Inject(ScopedAccess) private readonly access: ScopedAccess,
  ) {}

  async execute(request: ListMembersRequest, { auth, language }: HandlerContext): Promise<Page<MemberSummaryDto>> {
    const phrase = request.q === undefined ? undefined : foldVietnamese(request.q) || undefined;
    const by = phrase === undefined ? 'org' : 'name';
    const after = decodeRollCursor(request.cursor, by, language);
    const limit = request.limit ?? DEFAULT_PAGE_LIMIT;
    const place = await this.placeOf(request, auth, language);
    if (place === null) return { items: [], nextCursor: null };
    const rows = await this.roll.page(place, filtersOf(request, phrase, partyToday()), after, limit + 1);
    return toRollPage(rows, limit, phrase, toMemberSummary);
  }

  /** The org asked for (within scope, else 404), or the actor's whole scope; null: nothing visible. */
  private async placeOf(request: ListMembersRequest, auth: HandlerContext['auth'], language: HandlerContext['language']): Promise<RollPlace | null> {
    const scope = await this.access.scopeOf({ auth });
    const attachment = request.attachment ?? 'official';
    if (request.orgId !== undefined) {
      const org = await this.access.findVisibleOrg(this.access.manager, request.orgId, scope);
      if (!org) throw memberError('MEMBERS.ORG_NOT_FOUND', language);
      return request.includeSubtree === false ? { path: null, orgId: org.id, attachment } : { path: org.path, orgId: null, attachment };
    }
    if (scope.kind === 'all') return { path: null, orgId: null, attachment };
    return scope.path === null ? null : { path: scope.path, orgId: null, attachment };
  }
}

/** Age ranges become date-of-birth ranges (indexable, no per-row arithmetic). */
export function filtersOf(request: ListMembersRequest, phrase: string | undefined, today: string): RollFilters {
  const filters: RollFilters = { phrase, citizenId: request.citizenId, cardNumber: request.cardNumber, statuses: request.statuses };
  if (request.ageMin !== undefined) filters.bornOnOrBefore = addYears(today, -request.ageMin);
  if (request.ageMax !== undefined) filters.bornAfter = addYears(today, -(request.ageMax + 1));
  if (request.partyAgeMin !== undefined) filters.partyAgeSinceOnOrBefore = addYears(today, -request.partyAgeMin);
  if (request.partyAgeMax !== undefined) filters.partyAgeSinceAfter = addYears(today, -(request.partyAgeMax + 1));
  return filters;
}
