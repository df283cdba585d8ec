import { formatPartyDate } from '../../../i18n/format';
import { fill } from '../../../i18n/messages';
import { detailOf, type DueItem } from '../api/due-items-api';
import type { DueItemsMessages } from '../i18n/use-due-items-messages';

/** What the item is about, in a line: the date the deadline runs from, the badge and its basis, the letter, the campaign. */
export function dueItemWhat(item: DueItem, d: DueItemsMessages): string {
  const v = detailOf(item);
  if (item.kind === 'recognition') return fill(d.recognitionWhat, { date: formatPartyDate(String(v.dueDate ?? '')) });
  if (item.kind === 'ceremony') return fill(d.ceremonyWhat, { date: formatPartyDate(String(v.decisionDate ?? '')) });
  if (item.kind === 'badge') {
    const basis = d.bases[String(v.basis) as keyof DueItemsMessages['bases']] ?? String(v.basis);
    return fill(d.badgeWhat, { milestone: String(v.milestone ?? ''), basis });
  }
  if (item.kind === 'grading') return fill(d.gradingWhat, { title: String(v.title ?? ''), n: String(v.toDecide ?? '') });
  return fill(d.transferWhat, { number: String(v.letterNumber ?? '') });
}

/** "còn 5 ngày", "hôm nay", "quá hạn 3 ngày". */
export function daysLeftText(daysLeft: number, d: DueItemsMessages): string {
  if (daysLeft === 0) return d.today;
  return daysLeft > 0 ? fill(d.daysLeft, { n: daysLeft }) : fill(d.overdue, { n: -daysLeft });
}

/** Red when overdue, orange within a week, blue otherwise. */
export function daysLeftColor(daysLeft: number): string {
  if (daysLeft < 0) return 'red';
  return daysLeft <= 7 ? 'orange' : 'blue';
}
