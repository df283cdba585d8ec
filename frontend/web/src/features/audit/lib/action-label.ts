import type { Messages } from '../../../i18n/messages';

/**
 * An audit action in words: its own label when the dictionary has one, else the area's name and
 * the rest of the code (`Webhook: ping`), so that an action added later is still readable.
 */
export function actionLabel(action: string, t: Pick<Messages, 'auditActions' | 'auditAreas'>): string {
  const known = t.auditActions[action];
  if (known) return known;
  const dot = action.indexOf('.');
  if (dot < 0) return action;
  const area = t.auditAreas[action.slice(0, dot)];
  return area ? `${area}: ${action.slice(dot + 1)}` : action;
}

/** The action filter's choices: "every action of an area" (a prefix ending in a dot) then each known action. */
export function actionFilterOptions(t: Pick<Messages, 'auditActions' | 'auditAreas'>, anyOfArea: (area: string) => string) {
  const areas = Object.entries(t.auditAreas).map(([code, name]) => ({ value: `${code}.`, label: anyOfArea(name) }));
  const actions = Object.entries(t.auditActions).map(([code, label]) => ({ value: code, label }));
  return [...areas, ...actions];
}
