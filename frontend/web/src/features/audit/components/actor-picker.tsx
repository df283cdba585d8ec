import Select from 'antd/es/select';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../../../api/api-context';
import { useI18n } from '../../../i18n/i18n-context';
import { useDebouncedValue } from '../../../ui/use-debounced-value';
import { listUsers } from '../../users/api/users-api';

/**
 * The actor filter: an account found by name (diacritics optional) when I may list accounts
 * (admin:users); otherwise only the actor picked from an entry ("only this actor") is offered.
 */
export function ActorPicker(props: { id?: string; value?: string; onChange?: (value: string | undefined) => void; canSearch: boolean; knownNames: ReadonlyMap<string, string> }) {
  const { t } = useI18n();
  const api = useApi();
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim());
  const search = useQuery({
    queryKey: ['users', 'list', 'actor-picker', q],
    queryFn: ({ signal }) => listUsers(api, q, undefined, signal),
    enabled: props.canSearch && q.length > 0,
  });
  const options = (search.data?.items ?? []).map((user) => ({ value: user.id, label: `${user.fullName} (${user.username})` }));
  if (props.value && !options.some((option) => option.value === props.value)) {
    options.unshift({ value: props.value, label: props.knownNames.get(props.value) ?? props.value });
  }
  return (
    <Select
      id={props.id}
      allowClear
      showSearch={props.canSearch ? { filterOption: false, onSearch: setText } : false}
      value={props.value}
      onChange={(value?: string) => props.onChange?.(value)}
      placeholder={props.canSearch ? t.audit.filters.actorPlaceholder : t.audit.filters.any}
      notFoundContent={q && !search.isFetching ? t.users.empty : null}
      loading={search.isFetching}
      options={options}
    />
  );
}
