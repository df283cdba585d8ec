import { fill } from '../../../i18n/messages';
import type { BadgeCircumstancesRule } from '../api/badge-circumstances-api';
import { useBadgeCircumstancesMessages } from '../i18n/use-badge-circumstances-messages';

/** Where the badge rule comes from: the document and its point, as the API answered them. */
export function BadgeRuleSource({ rule }: { rule: BadgeCircumstancesRule | undefined }) {
  const b = useBadgeCircumstancesMessages();
  if (!rule) return null;
  const source = `${rule.source.document}${rule.source.article ? `, ${rule.source.article}` : ''}`;
  return <p className="badge-rule-source muted">{fill(b.source, { source })}</p>;
}
