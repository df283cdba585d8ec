import Button from 'antd/es/button';
import Table from 'antd/es/table';
import Tag from 'antd/es/tag';
import Typography from 'antd/es/typography';
import { Link } from 'react-router';
import { formatPartyDate } from '../../../i18n/format';
import { useMe } from '../../auth/hooks/use-session';
import type { GradingCampaign } from '../api/grading-api';
import { CampaignOpenForm } from '../components/campaign-open-form';
import { useCampaigns } from '../hooks/use-grading';
import { useGradingMessages } from '../i18n/use-grading-messages';
import '../grading.css';

/** `/danh-gia-xep-loai`: the grading campaigns the caller sees (newest year first) and, for graders, opening one. */
export default function GradingCampaignsPage() {
  const { g } = useGradingMessages();
  const me = useMe().data;
  const canGrade = me?.permissions.includes('members:grade') ?? false;
  const campaigns = useCampaigns({});
  const c = g.columns;
  return (
    <div className="page-body grading-page">
      <Typography.Title level={1} className="page-title">
        {g.title}
      </Typography.Title>
      <section aria-labelledby="grading-list-title">
        <h2 id="grading-list-title" className="grading-section-title">
          {g.campaigns}
        </h2>
        {campaigns.isError ? <p className="notice notice-error" role="alert">{g.loadFailed}</p> : null}
        <Table<GradingCampaign>
          rowKey="id"
          size="small"
          pagination={false}
          loading={campaigns.isFetching && !campaigns.isFetchingNextPage}
          dataSource={campaigns.items}
          locale={{ emptyText: g.empty }}
          className="grading-campaign-table"
          columns={[
            { title: c.year, dataIndex: 'year', key: 'year', width: 80 },
            { title: c.campaign, key: 'title', render: (_, row) => <Link to={`/danh-gia-xep-loai/${row.id}`}>{row.title}</Link> },
            { title: c.org, dataIndex: 'rootOrgName', key: 'org' },
            { title: c.deadline, dataIndex: 'deadline', key: 'deadline', render: (v: string) => formatPartyDate(v) },
            { title: c.members, key: 'members', align: 'right', render: (_, row) => `${row.memberCount - row.excludedCount} / ${row.memberCount}` },
            { title: c.status, key: 'status', render: (_, row) => <Tag color={row.status === 'open' ? 'green' : 'default'}>{g.status[row.status]}</Tag> },
          ]}
        />
        {campaigns.hasNextPage ? (
          <Button onClick={() => void campaigns.fetchNextPage()} loading={campaigns.isFetchingNextPage}>
            {g.loadMore}
          </Button>
        ) : null}
      </section>
      {canGrade ? <CampaignOpenForm defaultOrgId={me?.scopeOrgId ?? me?.homeOrgId ?? undefined} /> : null}
    </div>
  );
}
