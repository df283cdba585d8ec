import Select from 'antd/es/select';
import { useState } from 'react';
import { useI18n } from '../../../i18n/i18n-context';
import { useOrgSearch } from '../../orgs/hooks/use-org-search';
import { useOrgName } from '../hooks/use-org-name';

/**
 * The account's home organisation, found by typing its name (diacritics optional). The server's org
 * search only ever answers organisations in the caller's scope, so nothing outside it can be chosen;
 * the gateway checks again on save. Without members:read the only choice is the caller's own org.
 */
export function HomeOrgPicker(props: { id?: string; value?: string | null; onChange?: (value: string) => void; canSearch: boolean; fallbackOrgId: string | null }) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const search = useOrgSearch(props.canSearch ? text : '');
  const current = props.value ?? null;
  const currentName = useOrgName(current);
  const fallbackName = useOrgName(props.fallbackOrgId);
  const found = (search.data?.items ?? []).filter((org) => org.status === 'active').map((org) => ({ value: org.id, label: `${org.name} (${org.shortName})` }));
  const options = [...found];
  if (current && !found.some((option) => option.value === current)) options.unshift({ value: current, label: currentName ?? current });
  if (!props.canSearch && props.fallbackOrgId && props.fallbackOrgId !== current) {
    options.push({ value: props.fallbackOrgId, label: fallbackName ?? props.fallbackOrgId });
  }
  return (
    <Select
      id={props.id}
      showSearch={props.canSearch ? { filterOption: false, onSearch: setText, searchValue: text } : false}
      value={current ?? undefined}
      onChange={(value: string) => {
        props.onChange?.(value);
        setText('');
      }}
      placeholder={t.orgs.form.newParentPlaceholder}
      notFoundContent={text.trim() && !search.isFetching ? t.orgs.noResults : null}
      loading={search.isFetching}
      options={options}
    />
  );
}
