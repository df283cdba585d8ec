// The member list's filters live in the URL (a list can be bookmarked and shared) and become the
// API's query: one pure translation each way, unit-tested.
import { MEMBER_STATUSES, ON_ROLL_STATUSES, type MemberListQuery, type MemberStatus } from '../api/members-api';

export interface MemberFilters {
  q: string;
  orgId?: string;
  /** Empty: the statuses counted in đảng số, so that the list equals the counts above it. */
  statuses: MemberStatus[];
  ageMin?: number;
  ageMax?: number;
  partyAgeMin?: number;
  partyAgeMax?: number;
}

const RANGE_KEYS = ['ageMin', 'ageMax', 'partyAgeMin', 'partyAgeMax'] as const;
/** URL names (Vietnamese without diacritics, as the paths are). */
const PARAM: Record<keyof MemberFilters, string> = {
  q: 'q',
  orgId: 'to-chuc',
  statuses: 'tinh-trang',
  ageMin: 'tuoi-tu',
  ageMax: 'tuoi-den',
  partyAgeMin: 'tuoi-dang-tu',
  partyAgeMax: 'tuoi-dang-den',
};
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads the filters from a URL, ignoring whatever is malformed (a hand-edited link never breaks the page). */
export function filtersFromParams(params: URLSearchParams): MemberFilters {
  const filters: MemberFilters = { q: (params.get(PARAM.q) ?? '').slice(0, 100), statuses: [] };
  const orgId = params.get(PARAM.orgId);
  if (orgId && UUID.test(orgId)) filters.orgId = orgId.toLowerCase();
  const statuses = (params.get(PARAM.statuses) ?? '').split(',');
  filters.statuses = MEMBER_STATUSES.filter((status) => statuses.includes(status));
  for (const key of RANGE_KEYS) {
    const value = wholeYears(params.get(PARAM[key]));
    if (value !== undefined) filters[key] = value;
  }
  return filters;
}

/** The URL form of the filters: only what is set, in a stable order. */
export function filtersToParams(filters: MemberFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q.trim()) params.set(PARAM.q, filters.q.trim());
  if (filters.orgId) params.set(PARAM.orgId, filters.orgId);
  if (filters.statuses.length > 0) params.set(PARAM.statuses, filters.statuses.join(','));
  for (const key of RANGE_KEYS) {
    const value = filters[key];
    if (value !== undefined) params.set(PARAM[key], String(value));
  }
  return params;
}

/** The API's query for these filters (without cursor and limit). */
export function filtersToQuery(filters: MemberFilters): MemberListQuery {
  const query: MemberListQuery = { status: [...(filters.statuses.length > 0 ? filters.statuses : ON_ROLL_STATUSES)] };
  const q = filters.q.trim().replace(/\s+/g, ' ');
  if (q) query.q = q;
  if (filters.orgId) query.orgId = filters.orgId;
  for (const key of RANGE_KEYS) {
    if (filters[key] !== undefined) query[key] = filters[key];
  }
  // A range typed upside down (tuổi từ 60 đến 30) means the same range.
  swapIfReversed(query, 'ageMin', 'ageMax');
  swapIfReversed(query, 'partyAgeMin', 'partyAgeMax');
  return query;
}

/** Whether the list shows exactly the members the đảng số counts. */
export function listMatchesCounts(filters: MemberFilters): boolean {
  return !filters.q.trim() && filters.statuses.length === 0 && RANGE_KEYS.every((key) => filters[key] === undefined);
}

function wholeYears(raw: string | null): number | undefined {
  if (raw === null || !/^\d{1,3}$/.test(raw)) return undefined;
  const value = Number(raw);
  return value <= 150 ? value : undefined;
}

function swapIfReversed(query: MemberListQuery, min: 'ageMin' | 'partyAgeMin', max: 'ageMax' | 'partyAgeMax'): void {
  const low = query[min];
  const high = query[max];
  if (low !== undefined && high !== undefined && low > high) {
    query[min] = high;
    query[max] = low;
  }
}
