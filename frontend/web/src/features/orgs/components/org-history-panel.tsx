import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../../api/api-context';
import { formatPartyDate } from '../../../i18n/format';
import { useI18n } from '../../../i18n/i18n-context';
import { LoadingLine } from '../../../ui/loading-line';
import { getOrgHistory } from '../api/org-history-api';
import { useOrgHistoryMessages } from '../i18n/org-history-messages';

/** Merges and splits as the API words them ("… được hợp nhất vào … từ ngày 01/07/2025"), and the org's names over time. */
export function OrgHistoryPanel({ orgId }: { orgId: string }) {
  const { t } = useI18n();
  const h = useOrgHistoryMessages().history;
  const api = useApi();
  const history = useQuery({ queryKey: ['org', orgId, 'history'], queryFn: ({ signal }) => getOrgHistory(api, orgId, signal) });
  if (history.isError) return <p className="field-error">{history.error.message}</p>;
  if (!history.data) return <LoadingLine />;
  const { predecessors, successors, versions } = history.data;

  return (
    <div className="org-history">
      {predecessors.length === 0 && successors.length === 0 && <p className="muted">{h.empty}</p>}
      {predecessors.length > 0 && (
        <>
          <h3 className="org-history-heading">{h.predecessors}</h3>
          <ul className="org-history-list">
            {predecessors.map((link) => (
              <li key={`${link.restructuringId}:${link.predecessorId}`}>{link.text}</li>
            ))}
          </ul>
        </>
      )}
      {successors.length > 0 && (
        <>
          <h3 className="org-history-heading">{h.successors}</h3>
          <ul className="org-history-list">
            {successors.map((link) => (
              <li key={`${link.restructuringId}:${link.successorId}`}>{link.text}</li>
            ))}
          </ul>
        </>
      )}
      <h3 className="org-history-heading">{h.versions}</h3>
      <ul className="org-history-list">
        {[...versions].reverse().map((version) => (
          <li key={version.validFrom}>
            {formatPartyDate(version.validFrom)} – {version.validTo ? formatPartyDate(version.validTo) : h.until}: {version.name} ({version.shortName}, {t.orgKinds[version.kind] ?? version.kind})
          </li>
        ))}
      </ul>
    </div>
  );
}
