import { DEFAULT_PAGE_LIMIT, type BadgeCandidatePageDto, type ListBadgeCandidatesRequest } from '@lienthong/contracts';
import { decodeCursor, encodeCursor, type HandlerContext, type Language } from '@lienthong/platform';
import { awardOccasionsOf, type AwardOccasion } from '@lienthong/rules';
import { Inject, Injectable } from '@nestjs/common';
import { ScopedAccess } from '../../scope';
import type { BadgeKeyset } from '../badge-candidate.queries';
import { findBadgeCandidates } from '../badge-candidate-finder';
import { invalidCursor, notAnOccasion } from '../badge.exceptions';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The badge register of an org's subtree at an award occasion: who is proposed, and why (keyset-paged). */
@Injectable()
export class ListBadgeCandidatesUseCase {
  constructor(@Inject(ScopedAccess) private readonly access: ScopedAccess) {}

  async execute(request: ListBadgeCandidatesRequest, { auth, language }: HandlerContext): Promise<BadgeCandidatePageDto> {
    const occasion = awardOccasionAt(request.occasion, 'occasion', language);
    const after = decodeBadgeCursor(request.cursor, language);
    const scope = await this.access.scopeOf({ auth });
    const org = await this.access.requireVisibleOrg(this.access.manager, request.orgId, scope, { language });
    const found = await findBadgeCandidates(
      this.access.manager,
      { path: org.path, occasion: occasion.date, milestone: request.milestone },
      after,
      request.limit ?? DEFAULT_PAGE_LIMIT,
      language,
    );
    return { occasion: occasion.date, occasionName: occasion.name, items: found.items, nextCursor: found.next ? encodeCursor(found.next) : null };
  }
}

/** The award occasion on `date`, or a field error naming that year's occasions. */
export function awardOccasionAt(date: string, field: string, lang: Language): AwardOccasion {
  const occasions = awardOccasionsOf(Number(date.slice(0, 4)));
  const found = occasions.find((o) => o.date === date);
  if (!found) throw notAnOccasion(lang, field, occasions.map((o) => o.date));
  return found;
}

function decodeBadgeCursor(cursor: string | undefined, lang: Language): BadgeKeyset | undefined {
  const key = decodeCursor(cursor, 3);
  if (!key) return undefined;
  const [path, name, id] = key;
  if (typeof path === 'string' && typeof name === 'string' && typeof id === 'string' && UUID.test(id)) return [path, name, id];
  throw invalidCursor(lang);
}
