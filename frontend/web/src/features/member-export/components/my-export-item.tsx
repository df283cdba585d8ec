import DownloadOutlined from '@ant-design/icons/es/icons/DownloadOutlined';
import Progress from 'antd/es/progress';
import { formatInstant, formatNumber, formatPartyDate } from '../../../i18n/format';
import { useI18n } from '../../../i18n/i18n-context';
import { fill } from '../../../i18n/messages';
import { exportFilePath, type MemberExport } from '../api/member-export-api';
import { useMemberExportMessages } from '../i18n/use-member-export-messages';
import { isUnfinished, percentOf } from '../lib/export-progress';
import { DownloadButton } from './download-button';
import { ExportStatusTag } from './export-status-tag';

/** What was exported: the badge list's occasion and milestone ("Dịp trao 03/02/2027 · mốc 30 năm tuổi Đảng"). */
function ExportParams({ job }: { job: MemberExport }) {
  const w = useMemberExportMessages().mine;
  if (job.kind !== 'badge-list') return null;
  const milestone = job.milestone === null ? w.allMilestones : fill(w.milestone, { years: job.milestone });
  return <p className="my-export-params">{[job.occasion && fill(w.occasion, { date: formatPartyDate(job.occasion) }), milestone].filter(Boolean).join(' · ')}</p>;
}

/** Where the export stands: the tag, then "12.345 / 100.000 dòng" with a bar while written, the rows once done, or why it failed. */
function ExportState({ job }: { job: MemberExport }) {
  const w = useMemberExportMessages().mine;
  const { language } = useI18n();
  const n = (value: number) => formatNumber(value, language);
  const percent = percentOf(job);
  return (
    <div className="my-export-state">
      <ExportStatusTag status={job.status} />
      {isUnfinished(job) && (
        <>
          {percent !== undefined && <Progress percent={percent} size="small" showInfo={false} aria-label={fill(w.progressLabel, { kind: w.kind[job.kind] })} />}
          <span className="my-export-rows">{job.totalEstimate ? fill(w.progress, { done: n(job.rowsWritten), total: n(job.totalEstimate) }) : fill(w.progressNoTotal, { done: n(job.rowsWritten) })}</span>
        </>
      )}
      {job.status === 'succeeded' && <span className="my-export-rows">{fill(w.rows, { rows: n(job.rowsWritten) })}</span>}
      {job.status === 'failed' && job.error && <p className="field-error">{job.error.message}</p>}
      {job.status === 'expired' && <p className="muted my-export-note">{w.expiredNote}</p>}
    </div>
  );
}

/** One export on "Tệp đã xuất": what, from which org, its state, when it was asked for and until when it is kept, "Tải về". */
export function MyExportItem({ job }: { job: MemberExport }) {
  const w = useMemberExportMessages().mine;
  const headingId = `export-${job.id}`;
  const expires = job.expiresAt ? formatInstant(job.expiresAt) : isUnfinished(job) ? w.expiresAfterDone : undefined;
  return (
    <li className="my-export" aria-labelledby={headingId}>
      <div className="my-export-what">
        <h2 id={headingId} className="my-export-kind">
          {w.kind[job.kind]}
        </h2>
        <p className="my-export-org">{job.orgName}</p>
        <ExportParams job={job} />
      </div>
      <ExportState job={job} />
      <dl className="my-export-times">
        <dt>{w.createdAt}</dt>
        <dd>{formatInstant(job.createdAt)}</dd>
        {expires && (
          <>
            <dt>{w.expiresAt}</dt>
            <dd>{expires}</dd>
          </>
        )}
      </dl>
      <div className="my-export-actions">
        {job.status === 'succeeded' && (
          <DownloadButton path={exportFilePath(job.id)} fallbackName={job.fileName ?? 'xuat.xlsx'} icon={<DownloadOutlined />} ariaLabel={fill(w.downloadLabel, { file: job.fileName ?? w.kind[job.kind] })}>
            {w.download}
          </DownloadButton>
        )}
      </div>
    </li>
  );
}
