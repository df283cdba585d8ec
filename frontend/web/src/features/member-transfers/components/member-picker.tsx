import Select from 'antd/es/select';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../../../api/api-context';
import { useDebouncedValue } from '../../../ui/use-debounced-value';
import { getMember, listMembers } from '../../members/api/members-api';

/** A member of my scope on an official roll, chosen by typing the name (diacritics optional). */
export function MemberPicker(props: { id?: string; value?: string; onChange?: (memberId: string | undefined) => void; placeholder?: string }) {
  const api = useApi();
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim(), 250);
  const search = useQuery({
    queryKey: ['transfer-member-search', q],
    queryFn: ({ signal }) => listMembers(api, { q, status: ['probationary', 'official', 'exempt'] }, undefined, signal),
    enabled: q.length > 0,
    retry: false,
  });
  const chosen = useQuery({ queryKey: ['member', props.value ?? ''], queryFn: ({ signal }) => getMember(api, props.value as string, signal), enabled: props.value !== undefined, retry: false });
  const found = search.data?.items ?? [];
  const options = chosen.data && !found.some((x) => x.id === chosen.data.id) ? [chosen.data, ...found] : found;
  return (
    <Select
      id={props.id}
      showSearch={{ filterOption: false, onSearch: setText }}
      value={props.value}
      placeholder={props.placeholder}
      loading={search.isFetching}
      options={options.map((x) => ({ value: x.id, label: `${x.fullName} (${x.dateOfBirth.split('-').reverse().join('/')})` }))}
      onChange={(id: string | undefined) => props.onChange?.(id ?? undefined)}
      className="full-width"
    />
  );
}
