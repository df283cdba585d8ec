import type { MemberStatus } from '../../members/api/members-api';
import type { LifecycleAction, MemberLifecycle } from '../api/lifecycle-api';

const ON_ROLL: readonly MemberStatus[] = ['probationary', 'official', 'exempt', 'temporarily-transferred-out'];

/** The actions open to a member in this state (the server checks again: 422 with a code otherwise). */
export function availableActions(lifecycle: Pick<MemberLifecycle, 'status' | 'ceremonyDate'>): LifecycleAction[] {
  const { status } = lifecycle;
  const actions: LifecycleAction[] = [];
  if (status === 'probationary' && !lifecycle.ceremonyDate) actions.push('admission', 'ceremony');
  if (status === 'probationary') actions.push('recognition');
  if (status === 'official') actions.push('exemption');
  if (status === 'exempt') actions.push('exemption-end');
  if (ON_ROLL.includes(status)) actions.push('removal', 'expulsion', 'leaving', 'death');
  return actions;
}

/** The computed dates a form for this action shows, with their rules. */
export function datesFor(action: LifecycleAction): string[] {
  if (action === 'admission' || action === 'ceremony') return ['ceremony-deadline'];
  if (action === 'recognition') return ['recognition-due', 'recognition-consider-by'];
  return [];
}
