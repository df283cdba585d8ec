import Button from 'antd/es/button';
import Input from 'antd/es/input';
import InputNumber from 'antd/es/input-number';
import Select from 'antd/es/select';
import { useEffect, useState } from 'react';
import { useDebouncedValue } from '../../../ui/use-debounced-value';
import { MEMBER_STATUSES } from '../api/members-api';
import { useMembersMessages } from '../i18n/use-members-messages';
import type { MemberFilters } from '../lib/member-filters';
import { OrgPicker } from './org-picker';

type RangeKey = 'ageMin' | 'ageMax' | 'partyAgeMin' | 'partyAgeMax';

/** Search words (sent 300 ms after typing stops), org subtree, statuses, age and party-age ranges. */
export function MemberFiltersBar({ filters, onChange }: { filters: MemberFilters; onChange: (filters: MemberFilters) => void }) {
  const { m } = useMembersMessages();
  const [text, setText] = useState(filters.q);
  const q = useDebouncedValue(text);
  useEffect(() => {
    if (q !== filters.q) onChange({ ...filters, q });
    // Only when the debounced words change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [q]);
  const set = (change: Partial<MemberFilters>) => onChange({ ...filters, ...change });
  const range = (key: RangeKey, label: string) => (
    <InputNumber
      aria-label={label}
      min={0}
      max={150}
      precision={0}
      value={filters[key] ?? null}
      onChange={(value) => set({ [key]: typeof value === 'number' ? value : undefined })}
      className="member-range-input"
    />
  );

  return (
    <div className="member-filters" role="search">
      <label className="member-filter member-filter-wide">
        <span className="member-filter-label">{m.list.search}</span>
        <Input.Search allowClear value={text} placeholder={m.list.searchPlaceholder} onChange={(event) => setText(event.target.value)} maxLength={100} />
      </label>
      <div className="member-filter member-filter-wide">
        <label className="member-filter-label" htmlFor="member-filter-org">
          {m.list.org}
        </label>
        <OrgPicker id="member-filter-org" value={filters.orgId} onChange={(orgId) => set({ orgId })} allowClear placeholder={m.list.orgPlaceholder} />
      </div>
      <div className="member-filter member-filter-wide">
        <label className="member-filter-label" htmlFor="member-filter-status">
          {m.list.status}
        </label>
        <Select
          id="member-filter-status"
          mode="multiple"
          allowClear
          placeholder={m.list.statusOnRoll}
          value={filters.statuses}
          onChange={(statuses) => set({ statuses })}
          options={MEMBER_STATUSES.map((status) => ({ value: status, label: m.statuses[status] ?? status }))}
          className="full-width"
        />
      </div>
      <div className="member-filters-ranges">
        <fieldset className="member-filter member-range">
          <legend className="member-filter-label">{m.list.age}</legend>
          {range('ageMin', `${m.list.age} ${m.list.from}`)} – {range('ageMax', `${m.list.age} ${m.list.to}`)}
        </fieldset>
        <fieldset className="member-filter member-range">
          <legend className="member-filter-label">{m.list.partyAge}</legend>
          {range('partyAgeMin', `${m.list.partyAge} ${m.list.from}`)} – {range('partyAgeMax', `${m.list.partyAge} ${m.list.to}`)}
        </fieldset>
        <Button
          type="link"
          onClick={() => {
            setText('');
            onChange({ q: '', statuses: [] });
          }}
        >
          {m.list.clear}
        </Button>
      </div>
    </div>
  );
}
