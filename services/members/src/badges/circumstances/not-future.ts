import type { Language } from '@lienthong/platform';
import { partyToday } from '../../orgs/org-kind-rules';
import { badgeFieldError } from '../badge.exceptions';

/** A decision or a diagnosis is recorded once it happened: a future date is a field error. */
export function assertNotFuture(field: string, date: string, lang: Language): void {
  if (date > partyToday()) {
    throw badgeFieldError('COMMON.VALIDATION_FAILED', lang, field, 'inFuture', 'không được sau ngày hôm nay', 'must not be after today');
  }
}
