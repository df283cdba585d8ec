import Progress from 'antd/es/progress';
import Spin from 'antd/es/spin';
import { fill } from '../../../i18n/messages';
import type { MemberImport } from '../api/member-import-api';
import { useMemberImportMessages } from '../i18n/use-member-import-messages';

/** While the file is read: the rows so far (no total is known yet); while committing: a bar of members created of the valid rows. */
export function ImportProgress({ current }: { current: MemberImport }) {
  const { w } = useMemberImportMessages();
  if (current.status === 'committing' || current.status === 'committed') {
    const total = Math.max(current.rowsValid, 1);
    const percent = current.status === 'committed' ? 100 : Math.min(99, Math.floor((current.rowsCommitted / total) * 100));
    return (
      <div className="import-progress" aria-live="polite">
        <Progress percent={percent} status={current.status === 'committed' ? 'success' : 'active'} />
        <p>{fill(current.status === 'committed' ? w.progress.committed : w.progress.committing, { done: current.rowsCommitted, total: current.rowsValid })}</p>
      </div>
    );
  }
  return (
    <div className="import-progress" aria-live="polite">
      <Spin size="small" />{' '}
      <p className="import-progress-text">{current.status === 'queued' ? w.progress.queued : fill(w.progress.reading, { n: current.rowsParsed })}</p>
    </div>
  );
}
