import Input from 'antd/es/input';
import { useId, useState } from 'react';
import { useI18n } from '../../../i18n/i18n-context';
import type { Org } from '../api/orgs-api';
import { useOrgSearch } from '../hooks/use-org-search';
import { HighlightedText } from './highlighted-text';

/** Find an org by name or short name, diacritics optional; choosing a result opens it. */
export function OrgSearch({ onSelect }: { onSelect: (org: Org) => void }) {
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState('');
  const search = useOrgSearch(text);
  const items = search.data?.items ?? [];
  const active = text.trim().length > 0;

  return (
    <div className="org-search">
      <label htmlFor={id} className="field-label">
        {t.orgs.searchLabel}
      </label>
      <Input.Search id={id} allowClear placeholder={t.orgs.searchPlaceholder} value={text} onChange={(e) => setText(e.target.value)} loading={search.isFetching} />
      {active && search.q && (
        <section aria-label={t.orgs.searchResults} aria-live="polite" className="org-search-results">
          {search.isError && <p className="field-error">{search.error.message}</p>}
          {!search.isFetching && !search.isError && items.length === 0 && <p className="muted">{t.orgs.noResults}</p>}
          <ul>
            {items.map((org) => (
              <li key={org.id}>
                <button type="button" className="result-button" onClick={() => onSelect(org)}>
                  <span className="result-name">
                    <HighlightedText text={org.name} query={search.q} />
                  </span>
                  <span className="result-meta">
                    {org.shortName} · {t.orgKinds[org.kind] ?? org.kind}
                    {org.status === 'closed' ? ` · ${t.orgs.closedTag}` : ''}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
