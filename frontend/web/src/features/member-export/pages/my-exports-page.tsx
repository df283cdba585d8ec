import ArrowLeftOutlined from '@ant-design/icons/es/icons/ArrowLeftOutlined';
import Alert from 'antd/es/alert';
import Button from 'antd/es/button';
import Empty from 'antd/es/empty';
import Typography from 'antd/es/typography';
import { Link } from 'react-router';
import { LoadingLine } from '../../../ui/loading-line';
import { MyExportItem } from '../components/my-export-item';
import { useMyExports } from '../hooks/use-my-exports';
import { useMemberExportMessages } from '../i18n/use-member-export-messages';
import '../member-export.css';

/**
 * `/dang-vien/tep-da-xuat` ("Tệp đã xuất"): the lists the officer exported as server jobs, newest first,
 * each downloadable while the server keeps it; refreshed every 2 s while one is still being written,
 * so an export whose dialog was closed can be followed and fetched here.
 */
export default function MyExportsPage() {
  const w = useMemberExportMessages().mine;
  const list = useMyExports();
  const refreshFailing = list.isRefetchError && list.items.length > 0;
  return (
    <div className="page-body my-exports-page">
      <Link to="/dang-vien" className="my-exports-back">
        <ArrowLeftOutlined /> {w.back}
      </Link>
      <Typography.Title level={1} className="page-title">
        {w.title}
      </Typography.Title>
      <p className="muted">{w.intro}</p>
      {refreshFailing && <Alert type="warning" showIcon role="status" message={w.refreshFailed} className="my-exports-alert" />}
      {list.isError && !refreshFailing && <Alert type="error" showIcon role="alert" message={list.error.message} className="my-exports-alert" />}
      {list.isPending ? (
        <LoadingLine />
      ) : list.items.length === 0 ? (
        !list.isError && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={w.empty} />
      ) : (
        <ul className="my-exports">
          {list.items.map((job) => (
            <MyExportItem key={job.id} job={job} />
          ))}
        </ul>
      )}
      {list.hasNextPage && (
        <Button onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage} className="my-exports-more">
          {w.loadMore}
        </Button>
      )}
    </div>
  );
}
