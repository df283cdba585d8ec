import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../../api/api-context';
import { getBadgeCircumstances } from '../api/badge-circumstances-api';

export const badgeCircumstancesKey = (memberId: string) => ['members', 'badge-circumstances', memberId] as const;

/** A member's discipline decisions and serious illness, with the badge rule that reads them. */
export function useBadgeCircumstances(memberId: string) {
  const api = useApi();
  return useQuery({ queryKey: badgeCircumstancesKey(memberId), queryFn: ({ signal }) => getBadgeCircumstances(api, memberId, signal), retry: false });
}
