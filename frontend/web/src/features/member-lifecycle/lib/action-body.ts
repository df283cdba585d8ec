import type { Dayjs } from 'dayjs';
import type { LifecycleAction, LifecycleActionBody } from '../api/lifecycle-api';

/** What the action form holds; dates as DatePicker values. */
export interface LifecycleFormValues {
  decision?: { number?: string; date?: Dayjs; issuer?: string };
  receivedOn?: Dayjs;
  ceremonyDate?: Dayjs;
  heldOn?: Dayjs;
  outcome?: string;
  consideredOn?: Dayjs;
  votes?: { inFavour?: number; eligible?: number };
  effectiveOn?: Dayjs;
  ground?: string;
  reason?: string;
}

/** Every field a form may show, as the API names it (field errors land on these). */
export const LIFECYCLE_FORM_FIELDS = [
  'decision.number',
  'decision.date',
  'decision.issuer',
  'receivedOn',
  'ceremonyDate',
  'heldOn',
  'outcome',
  'consideredOn',
  'votes.inFavour',
  'votes.eligible',
  'effectiveOn',
  'ground',
  'reason',
];

const day = (value: Dayjs | undefined) => value?.format('YYYY-MM-DD');

/** The request body: empty optional fields left out; a paper only when its number was given. */
export function actionBody(action: LifecycleAction, v: LifecycleFormValues): LifecycleActionBody {
  const decision = v.decision?.number?.trim() ? { number: v.decision.number.trim(), date: day(v.decision.date), issuer: v.decision.issuer?.trim() ?? '' } : undefined;
  const votes = v.votes?.inFavour !== undefined && v.votes.inFavour !== null ? { inFavour: v.votes.inFavour, eligible: v.votes.eligible } : undefined;
  const body: Record<string, unknown> = {
    decision,
    receivedOn: day(v.receivedOn),
    reason: v.reason?.trim() || undefined,
  };
  if (action === 'admission') body.ceremonyDate = day(v.ceremonyDate);
  if (action === 'ceremony') body.heldOn = day(v.heldOn);
  if (action === 'recognition') Object.assign(body, { outcome: v.outcome, consideredOn: day(v.consideredOn), votes });
  if (!['admission', 'ceremony', 'recognition'].includes(action)) body.effectiveOn = day(v.effectiveOn);
  if (action === 'exemption' || action === 'removal') body.ground = v.ground;
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined));
}
