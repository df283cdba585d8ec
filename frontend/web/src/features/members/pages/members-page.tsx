import FileExcelOutlined from '@ant-design/icons/es/icons/FileExcelOutlined';
import FolderOpenOutlined from '@ant-design/icons/es/icons/FolderOpenOutlined';
import FormOutlined from '@ant-design/icons/es/icons/FormOutlined';
import PlusOutlined from '@ant-design/icons/es/icons/PlusOutlined';
import Typography from 'antd/es/typography';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useApi } from '../../../api/api-context';
import { fill } from '../../../i18n/messages';
import { useMe } from '../../auth/hooks/use-session';
import { getOrg } from '../../orgs/api/orgs-api';
import { MemberCountsBar } from '../components/member-counts-bar';
import { MemberFiltersBar } from '../components/member-filters-bar';
import { MemberTable } from '../components/member-table';
import { useMemberCounts } from '../hooks/use-member-counts';
import { useMemberList } from '../hooks/use-member-list';
import { useMembersMessages } from '../i18n/use-members-messages';
import { useMemberImportMessages } from '../../member-import/i18n/use-member-import-messages';
import { MemberListExportButton } from '../../member-import/components/member-list-export-button';
import { useMemberExportMessages } from '../../member-export/i18n/use-member-export-messages';
import { MY_EXPORTS_PATH } from '../../member-export/lib/my-exports-path';
import { ButtonLink } from '../../../ui/button-link';
import { filtersFromParams, filtersToParams, filtersToQuery, listMatchesCounts, type MemberFilters } from '../lib/member-filters';
import '../members.css';

/** `/dang-vien`: the roll of my scope or of a chosen subtree, searched and filtered, with its đảng số. */
export default function MembersPage() {
  const { m } = useMembersMessages();
  const { w } = useMemberImportMessages();
  const exports = useMemberExportMessages().mine;
  const api = useApi();
  const me = useMe().data;
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromParams(params), [params]);
  const query = useMemo(() => filtersToQuery(filters), [filters]);
  const list = useMemberList(query);
  const counts = useMemberCounts(filters.orgId, me?.scopeOrgId);
  const countedOrgId = filters.orgId ?? me?.scopeOrgId ?? undefined;
  const countedOrg = useQuery({ queryKey: ['org', countedOrgId ?? ''], queryFn: ({ signal }) => getOrg(api, countedOrgId as string, signal), enabled: countedOrgId !== undefined });
  const members = list.data?.pages.flatMap((page) => page.items) ?? [];
  const setFilters = (next: MemberFilters) => setParams(filtersToParams(next), { replace: true });
  const orgName = countedOrg.data?.name ?? m.counts.scope;

  return (
    <div className="members-page">
      <div className="page-heading">
        <Typography.Title level={1} className="page-title">
          {m.list.title}
        </Typography.Title>
        <div className="page-heading-actions">
          <ButtonLink to="/dang-vien/de-nghi-sua-ho-so" icon={<FormOutlined />}>
            {m.corrections.open}
          </ButtonLink>
          {countedOrgId && <MemberListExportButton orgId={countedOrgId} />}
          <ButtonLink to={MY_EXPORTS_PATH} icon={<FolderOpenOutlined />}>
            {exports.open}
          </ButtonLink>
          {me?.permissions.includes('members:write') && (
            <ButtonLink to="/dang-vien/nhap-excel" icon={<FileExcelOutlined />}>
              {w.open}
            </ButtonLink>
          )}
          {me?.permissions.includes('members:write') && (
            <ButtonLink to="/dang-vien/them-moi" type="primary" icon={<PlusOutlined />}>
              {m.list.create}
            </ButtonLink>
          )}
        </div>
      </div>
      <h2 className="member-counts-title">{fill(m.counts.title, { org: orgName })}</h2>
      <MemberCountsBar counts={counts.data} orgName={orgName} error={counts.error?.message} />
      <MemberFiltersBar filters={filters} onChange={setFilters} />
      {list.isError && <p className="field-error">{list.error.message}</p>}
      <MemberTable
        members={members}
        loading={list.isPending || (list.isPlaceholderData && list.isFetching)}
        hasMore={list.hasNextPage}
        loadingMore={list.isFetchingNextPage}
        onLoadMore={() => void list.fetchNextPage()}
      />
      {listMatchesCounts(filters) && <p className="muted member-list-note">{m.list.equalsCounts}</p>}
    </div>
  );
}
