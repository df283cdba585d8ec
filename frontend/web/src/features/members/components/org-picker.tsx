import Select from 'antd/es/select';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../../../api/api-context';
import { getOrg, type Org } from '../../orgs/api/orgs-api';
import { useOrgSearch } from '../../orgs/hooks/use-org-search';
import { useMembersMessages } from '../i18n/use-members-messages';

/**
 * An organisation chosen by typing its name (the server folds diacritics and keeps to my scope).
 * The chosen org's name is fetched when only its id is known (a bookmarked list, an edited record).
 */
export function OrgPicker(props: { id?: string; value?: string; onChange?: (orgId: string | undefined) => void; allowClear?: boolean; placeholder?: string; activeOnly?: boolean }) {
  const { t } = useMembersMessages();
  const api = useApi();
  const [text, setText] = useState('');
  const search = useOrgSearch(text);
  const chosen = useQuery({
    queryKey: ['org', props.value ?? ''],
    queryFn: ({ signal }) => getOrg(api, props.value as string, signal),
    enabled: props.value !== undefined,
    staleTime: 60_000,
  });
  const found = (search.data?.items ?? []).filter((org) => !props.activeOnly || org.status === 'active');
  const options: Org[] = chosen.data && !found.some((org) => org.id === chosen.data.id) ? [chosen.data, ...found] : found;
  return (
    <Select
      id={props.id}
      showSearch={{ filterOption: false, onSearch: setText }}
      allowClear={props.allowClear}
      value={props.value}
      placeholder={props.placeholder}
      notFoundContent={text.trim() && !search.isFetching ? t.orgs.noResults : null}
      loading={search.isFetching}
      options={options.map((org) => ({ value: org.id, label: `${org.name} (${org.shortName})` }))}
      onChange={(orgId: string | undefined) => props.onChange?.(orgId ?? undefined)}
      className="full-width"
    />
  );
}
