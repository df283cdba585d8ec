// Printed forms and lists (issue 10 §2): their paths, downloaded with downloadFile (the SDK reads every
// answer as JSON and cannot hand over a file).

export type RecordSheetFormat = 'pdf' | 'xlsx';

export const recordSheetPath = (memberId: string, format: RecordSheetFormat) => `/api/v1/members/${encodeURIComponent(memberId)}/record-sheet.${format}`;

export function badgeListPath(orgId: string, occasion: string, milestone?: number): string {
  const query = new URLSearchParams({ occasion });
  if (milestone !== undefined) query.set('milestone', String(milestone));
  return `/api/v1/orgs/${encodeURIComponent(orgId)}/badge-list.xlsx?${query.toString()}`;
}

