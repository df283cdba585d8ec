import Button from 'antd/es/button';
import type { MemberLifecycle } from '../api/lifecycle-api';
import { useLifecycleHistory } from '../hooks/use-lifecycle-history';
import { useLifecycleMessages } from '../i18n/use-lifecycle-messages';
import { LifecycleHistoryTable } from './lifecycle-history-table';

/** The history: the view's first page, then older pages one click at a time. */
export function LifecycleHistory({ memberId, view }: { memberId: string; view: MemberLifecycle }) {
  const l = useLifecycleMessages();
  const history = useLifecycleHistory(memberId, view);
  return (
    <>
      <LifecycleHistoryTable events={history.events} />
      {history.error && <p className="field-error">{history.error.message}</p>}
      {history.hasMore && (
        <Button className="lifecycle-history-more" onClick={history.loadMore} loading={history.loading}>
          {l.olderHistory}
        </Button>
      )}
    </>
  );
}
