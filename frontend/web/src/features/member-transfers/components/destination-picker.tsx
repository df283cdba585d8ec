import Select from 'antd/es/select';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../../../api/api-context';
import { useDebouncedValue } from '../../../ui/use-debounced-value';
import { searchTransferDestinations } from '../api/member-transfers-api';

/** The receiving organisation, found by name anywhere in the tree (its parent named beside it). */
export function DestinationPicker(props: { id?: string; value?: string; onChange?: (orgId: string | undefined) => void; placeholder?: string }) {
  const api = useApi();
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim(), 250);
  const search = useQuery({
    queryKey: ['transfer-destinations', q],
    queryFn: ({ signal }) => searchTransferDestinations(api, q, signal),
    enabled: q.length > 0,
    retry: false,
  });
  const [chosenLabel, setChosenLabel] = useState<{ value: string; label: string } | undefined>();
  const found = (search.data ?? []).map((o) => ({ value: o.id, label: o.parentName ? `${o.name} — ${o.parentName}` : o.name }));
  const options = chosenLabel && !found.some((o) => o.value === chosenLabel.value) ? [chosenLabel, ...found] : found;
  return (
    <Select
      id={props.id}
      showSearch={{ filterOption: false, onSearch: setText }}
      value={props.value}
      placeholder={props.placeholder}
      loading={search.isFetching}
      options={options}
      onChange={(id: string | undefined) => {
        setChosenLabel(options.find((o) => o.value === id));
        props.onChange?.(id ?? undefined);
      }}
      className="full-width"
    />
  );
}
