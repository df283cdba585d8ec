import Button from 'antd/es/button';
import Segmented from 'antd/es/segmented';
import Table from 'antd/es/table';
import Typography from 'antd/es/typography';
import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useApi } from '../../../api/api-context';
import { formatInstant } from '../../../i18n/format';
import { fill } from '../../../i18n/messages';
import { useMe } from '../../auth/hooks/use-session';
import { getOrg, listOrgChildren } from '../../orgs/api/orgs-api';
import { listOrgCorrections, type CorrectionStatus } from '../api/corrections-api';
import type { CorrectionRequest } from '../api/members-api';
import { CorrectionAnswer, CorrectionItems, CorrectionStatusTag } from '../components/correction-parts';
import { OrgPicker } from '../components/org-picker';
import { ResolveCorrectionDialog } from '../components/resolve-correction-dialog';
import { useMembersMessages } from '../i18n/use-members-messages';
import '../members.css';

type Filter = CorrectionStatus | 'all';

/** `/dang-vien/de-nghi-sua-ho-so`: members' correction requests in a subtree (open ones first), each closed here after the record is edited. */
export default function CorrectionsPage() {
  const { m } = useMembersMessages();
  const c = m.corrections;
  const api = useApi();
  const me = useMe().data;
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  // No org chosen: my scope's root; with the whole system in scope, the (first) root of the tree.
  const roots = useQuery({ queryKey: ['orgs', 'roots'], queryFn: ({ signal }) => listOrgChildren(api, null, undefined, signal), enabled: me?.scopeOrgId === null });
  const orgId = params.get('to-chuc') ?? me?.scopeOrgId ?? roots.data?.items[0]?.id;
  const filter = (params.get('trang-thai') as Filter | null) ?? 'open';
  const status = filter === 'all' ? undefined : filter;
  const [closing, setClosing] = useState<{ request: CorrectionRequest; outcome: 'resolved' | 'rejected' }>();
  const canWrite = me?.permissions.includes('members:write') ?? false;
  const org = useQuery({ queryKey: ['org', orgId ?? ''], queryFn: ({ signal }) => getOrg(api, orgId as string, signal), enabled: orgId !== undefined });
  const list = useInfiniteQuery({
    queryKey: ['members', 'corrections', orgId, status],
    queryFn: ({ pageParam, signal }) => listOrgCorrections(api, orgId as string, status, pageParam, signal),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    enabled: orgId !== undefined,
  });
  const rows = list.data?.pages.flatMap((page) => page.items) ?? [];
  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value === undefined) next.delete(key);
    else next.set(key, value);
    setParams(next, { replace: true });
  };

  return (
    <div className="corrections-page">
      <Typography.Title level={1} className="page-title">
        {c.title}
      </Typography.Title>
      <p className="muted">{fill(c.intro, { org: org.data?.name ?? m.counts.scope })}</p>
      <div className="member-filters">
        <div className="member-filter member-filter-wide">
          <label className="member-filter-label" htmlFor="correction-org">
            {m.list.org}
          </label>
          <OrgPicker id="correction-org" value={orgId} onChange={(id) => set('to-chuc', id)} placeholder={m.list.orgPlaceholder} />
        </div>
        <div className="member-filter member-filter-wide" role="group" aria-label={c.statusFilter}>
          <span className="member-filter-label">{c.statusFilter}</span>
          <Segmented<Filter>
            value={filter}
            onChange={(value) => set('trang-thai', value)}
            options={[
              { value: 'open', label: c.statuses.open },
              { value: 'resolved', label: c.statuses.resolved },
              { value: 'rejected', label: c.statuses.rejected },
              { value: 'all', label: c.all },
            ]}
          />
        </div>
      </div>
      {list.isError && <p className="field-error">{list.error.message}</p>}
      <Table<CorrectionRequest>
        rowKey="id"
        size="small"
        loading={list.isPending && orgId !== undefined}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: c.empty }}
        columns={[
          { key: 'member', title: c.columns.member, render: (_, r) => <Link to={`/dang-vien/${r.memberId}`}>{r.memberName}</Link> },
          { key: 'items', title: c.columns.items, render: (_, r) => <CorrectionItems request={r} /> },
          { key: 'note', title: c.columns.note, render: (_, r) => r.note ?? '—', responsive: ['md'] },
          { key: 'createdAt', title: c.columns.createdAt, render: (_, r) => formatInstant(r.createdAt), width: 150, responsive: ['sm'] },
          {
            key: 'status',
            title: c.columns.status,
            render: (_, r) => (
              <>
                <CorrectionStatusTag status={r.status} />
                <CorrectionAnswer request={r} />
              </>
            ),
          },
          {
            key: 'actions',
            title: c.columns.actions,
            render: (_, r) =>
              canWrite && r.status === 'open' ? (
                <div className="correction-actions">
                  <Link to={`/dang-vien/${r.memberId}/sua`}>{c.editRecord}</Link>
                  <Button size="small" type="primary" onClick={() => setClosing({ request: r, outcome: 'resolved' })}>
                    {c.markResolved}
                  </Button>
                  <Button size="small" onClick={() => setClosing({ request: r, outcome: 'rejected' })}>
                    {c.reject}
                  </Button>
                </div>
              ) : null,
          },
        ]}
      />
      {list.hasNextPage && (
        <Button onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
          {c.loadMore}
        </Button>
      )}
      {closing && (
        <ResolveCorrectionDialog
          request={closing.request}
          outcome={closing.outcome}
          onClose={(closed) => {
            setClosing(undefined);
            if (closed) void queryClient.invalidateQueries({ queryKey: ['members', 'corrections'] });
          }}
        />
      )}
    </div>
  );
}
