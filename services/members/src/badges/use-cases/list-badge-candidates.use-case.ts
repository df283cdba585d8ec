import { DEFAULT_PAGE_LIMIT, type BadgeCandidatePageDto, type ListBadgeCandidatesRequest } from '@lienthong/contracts';
import { decodeCursor, encodeCursor, isKey, type HandlerContext, type Language } from '@lienthong/platform';
import { awardOccasionsOf, type AwardOccasion } from '@lienthong/rules';
import { Inject, Injectable } from '@nestjs/common';
import { ScopedAccess } from '../../scope';
import { findBadgeCandidates } from '../badge-candidate-finder';
import { notAnOccasion } from '../badge.exceptions';

/** The badge register of an org's subtree at an award occasion: who is proposed, and why (keyset-paged). */
@Injectable()
export class ListBadgeCandidatesUseCase {
  constructor(@Inject(ScopedAccess) private readonly access: ScopedAccess) {}

  async execute(request: ListBadgeCandidatesRequest, { auth, language }: HandlerContext): Promise<BadgeCandidatePageDto> {
    const occasion = awardOccasionAt(request.occasion, 'occasion', language);
    const after = decodeCursor(request.cursor, 3, language, isKey('text', 'text', 'id'));
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
