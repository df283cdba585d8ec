import App from 'antd/es/app';
import Button from 'antd/es/button';
import Flex from 'antd/es/flex';
import Table from 'antd/es/table';
import Tag from 'antd/es/tag';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../../../api/api-context';
import { formatPartyDate } from '../../../i18n/format';
import { fill } from '../../../i18n/messages';
import { LoadingLine } from '../../../ui/loading-line';
import { listOrgTerms, type OrgTerm } from '../api/org-history-api';
import type { Org } from '../api/orgs-api';
import { useOrgHistoryMessages } from '../i18n/org-history-messages';
import { CloseTermDialog } from './close-term-dialog';
import { OpenTermDialog } from './open-term-dialog';

/** The org's terms, newest first; open a new one, close the one in progress. */
export function OrgTermsPanel({ org, canWrite }: { org: Org; canWrite: boolean }) {
  const h = useOrgHistoryMessages();
  const api = useApi();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const key = ['org', org.id, 'terms'];
  const terms = useQuery({ queryKey: key, queryFn: ({ signal }) => listOrgTerms(api, org.id, signal) });
  const [dialog, setDialog] = useState<{ kind: 'open' } | { kind: 'close'; term: OrgTerm } | undefined>();
  if (terms.isError) return <p className="field-error">{terms.error.message}</p>;
  if (!terms.data) return <LoadingLine />;
  const items = terms.data;
  const openTerm = items.find((term) => term.endDate === null);
  const done = (text: string, term: OrgTerm) => {
    setDialog(undefined);
    void queryClient.invalidateQueries({ queryKey: key });
    void message.success(fill(text, { label: term.label }));
  };

  return (
    <div className="org-terms">
      {canWrite && org.status === 'active' && (
        <Flex wrap gap="small" className="org-actions">
          <Button onClick={() => setDialog({ kind: 'open' })} disabled={openTerm !== undefined}>
            {h.terms.open}
          </Button>
          {openTerm && (
            <Button onClick={() => setDialog({ kind: 'close', term: openTerm })}>
              {h.terms.close}
            </Button>
          )}
        </Flex>
      )}
      <Table<OrgTerm>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={items}
        locale={{ emptyText: h.terms.empty }}
        columns={[
          { key: 'number', title: h.terms.number, dataIndex: 'number', width: 90 },
          { key: 'label', title: h.terms.label, render: (_, term) => <>{term.label} {term.endDate === null && <Tag color="green">{h.terms.current}</Tag>}</> },
          { key: 'period', title: h.terms.period, render: (_, term) => `${formatPartyDate(term.startDate)} – ${term.endDate ? formatPartyDate(term.endDate) : h.history.until}` },
        ]}
      />
      {dialog?.kind === 'open' && (
        <OpenTermDialog org={org} nextNumber={(items[0]?.number ?? 0) + 1} onCancel={() => setDialog(undefined)} onDone={(term) => done(h.terms.opened, term)} />
      )}
      {dialog?.kind === 'close' && <CloseTermDialog term={dialog.term} onCancel={() => setDialog(undefined)} onDone={(term) => done(h.terms.closed, term)} />}
    </div>
  );
}
