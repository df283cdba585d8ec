import type { BadgeCandidateDto } from '@lienthong/contracts';
import type { Language } from '@lienthong/platform';
import type { EntityManager } from 'typeorm';
import { findBadgeCandidates, type BadgeSearch } from '../badges/badge-candidate-finder';
import type { BadgeKeyset } from '../badges/badge-candidate.queries';

/**
 * Every candidate, page after keyset page, as the badge-candidates API would give them. `onPage`
 * hears the rows handed out so far once the consumer has taken a page (the export's progress).
 */
export async function* allBadgeCandidates(
  m: EntityManager,
  search: BadgeSearch,
  language: Language,
  onPage?: (rowsSoFar: number) => Promise<void>,
): AsyncIterable<BadgeCandidateDto[]> {
  let after: BadgeKeyset | undefined;
  let rows = 0;
  for (;;) {
    const found = await findBadgeCandidates(m, search, after, 500, language);
    yield found.items;
    rows += found.items.length;
    await onPage?.(rows);
    if (!found.next) return;
    after = found.next;
  }
}
