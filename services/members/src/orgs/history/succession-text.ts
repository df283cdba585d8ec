import type { SuccessionKind } from '@lienthong/contracts';
import type { Language } from '@lienthong/platform';
import { displayDate } from '@lienthong/rules';

/** The sentence an officer reads in an org's history: "Chi bộ X được hợp nhất vào Chi bộ Y từ ngày 01/07/2025". */
export function successionText(
  lang: Language,
  link: { kind: SuccessionKind; predecessorName: string; successorName: string; effectiveDate: string; decisionRef: string },
): string {
  const day = displayDate(link.effectiveDate);
  const { predecessorName: from, successorName: to, decisionRef: ref } = link;
  if (lang === 'vi') {
    if (link.kind === 'merge') return `${from} được hợp nhất vào ${to} từ ngày ${day} (${ref})`;
    if (link.kind === 'split') return `${from} được chia tách, ${to} được thành lập từ ngày ${day} (${ref})`;
    return `${from} được đổi thành ${to} từ ngày ${day} (${ref})`;
  }
  if (link.kind === 'merge') return `${from} was merged into ${to} from ${day} (${ref})`;
  if (link.kind === 'split') return `${from} was split; ${to} was founded from ${day} (${ref})`;
  return `${from} became ${to} from ${day} (${ref})`;
}
