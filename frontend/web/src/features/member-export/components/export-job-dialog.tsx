import Alert from 'antd/es/alert';
import Button from 'antd/es/button';
import Modal from 'antd/es/modal';
import Progress from 'antd/es/progress';
import Spin from 'antd/es/spin';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/i18n-context';
import { formatNumber } from '../../../i18n/format';
import { fill } from '../../../i18n/messages';
import type { ExportJobState } from '../hooks/use-export-job';
import { useMemberExportMessages } from '../i18n/use-member-export-messages';
import { exportErrorText } from '../lib/export-error-text';
import { percentOf } from '../lib/export-progress';
import { MY_EXPORTS_PATH } from '../lib/my-exports-path';

/** What the export is doing, in words and (when the total is known) a bar: "Đang xuất danh sách… 12.345 / 100.000 dòng". */
function ExportJobStatus({ state }: { state: ExportJobState }) {
  const messages = useMemberExportMessages();
  const w = messages.job;
  const { language } = useI18n();
  const n = (value: number) => formatNumber(value, language);
  const job = state.job;
  if (state.phase === 'failed') {
    // The export succeeded but its file did not arrive: the download failed, not the export ("Tải lại tệp").
    const template = job?.status === 'succeeded' ? messages.failed : w.failed;
    return <Alert type="error" showIcon role="alert" message={fill(template, { reason: exportErrorText(state.error ?? job?.error) })} />;
  }
  if (!job || state.phase === 'creating') return <p><Spin size="small" /> {w.creating}</p>;
  const rows = n(job.rowsWritten);
  const text =
    state.phase === 'done'
      ? fill(w.done, { file: state.fileName ?? job.fileName ?? '', rows })
      : state.phase === 'downloading'
        ? fill(w.downloading, { rows })
        : job.status === 'queued'
          ? w.queued
          : job.totalEstimate
            ? fill(w.running, { done: rows, total: n(job.totalEstimate) })
            : fill(w.runningNoTotal, { done: rows });
  const percent = percentOf(job);
  return (
    <div className="export-job-status" aria-live="polite">
      {state.reconnecting && <Alert type="warning" showIcon role="status" message={w.reconnecting} />}
      {percent === undefined ? <Spin size="small" /> : <Progress percent={percent} status={state.phase === 'done' ? 'success' : 'active'} />}
      <p className="export-job-text">{text}</p>
    </div>
  );
}

/**
 * The dialog of a background export: its progress while the server writes the file, then the download
 * (and "Tải lại tệp"), or why it failed. Closing it stops watching; the server finishes the file anyway,
 * and "Xem các tệp đã xuất" leads to the page where it can be downloaded later.
 */
export function ExportJobDialog({ title, state, onClose, onDownloadAgain }: { title: string; state: ExportJobState; onClose: () => void; onDownloadAgain: () => void }) {
  const w = useMemberExportMessages().job;
  const working = state.phase === 'creating' || state.phase === 'waiting' || state.phase === 'downloading';
  const fileKept = state.job?.status === 'succeeded';
  return (
    <Modal
      title={title}
      className="export-job-dialog"
      open={state.phase !== 'idle'}
      onCancel={onClose}
      maskClosable={false}
      footer={[
        (state.phase === 'done' || (state.phase === 'failed' && fileKept)) && (
          <Button key="again" onClick={onDownloadAgain}>
            {w.downloadAgain}
          </Button>
        ),
        <Button key="close" type={working ? 'default' : 'primary'} onClick={onClose}>
          {working ? w.closeRunning : w.close}
        </Button>,
      ]}
    >
      <ExportJobStatus state={state} />
      <p className="export-job-more">
        <Link to={MY_EXPORTS_PATH} onClick={onClose}>
          {w.myExports}
        </Link>
      </p>
    </Modal>
  );
}
