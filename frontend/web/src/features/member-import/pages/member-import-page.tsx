import ArrowLeftOutlined from '@ant-design/icons/es/icons/ArrowLeftOutlined';
import DownloadOutlined from '@ant-design/icons/es/icons/DownloadOutlined';
import Button from 'antd/es/button';
import Steps from 'antd/es/steps';
import Typography from 'antd/es/typography';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useApi } from '../../../api/api-context';
import { fill } from '../../../i18n/messages';
import { useMe } from '../../auth/hooks/use-session';
import { downloadFile } from '../../../api/download-file';
import { commitImport, errorReportPath, getImport, type MemberImport } from '../api/member-import-api';
import { importErrorText } from '../components/import-error-text';
import { ImportPreview } from '../components/import-preview';
import { ImportProgress } from '../components/import-progress';
import { ImportSummary } from '../components/import-summary';
import { ImportUploadForm } from '../components/import-upload-form';
import { useMemberImportMessages } from '../i18n/use-member-import-messages';
import '../member-import.css';

const BUSY = new Set(['queued', 'parsing', 'committing']);
const STEP: Record<MemberImport['status'], number> = { queued: 0, parsing: 0, failed: 0, parsed: 1, committing: 2, committed: 3 };

/** `/dang-vien/nhap-excel`: upload → preview (errors by cell, filter) → commit with a progress bar → result. The import's id is in the URL (`?lan-nhap=`), so a reload resumes. */
export default function MemberImportPage() {
  const { w } = useMemberImportMessages();
  const api = useApi();
  const me = useMe().data;
  const client = useQueryClient();
  const [params, setParams] = useSearchParams();
  const importId = params.get('lan-nhap') ?? undefined;
  const [downloadError, setDownloadError] = useState<string>();
  const current = useQuery({
    queryKey: ['member-import', importId ?? ''],
    queryFn: ({ signal }) => getImport(api, importId as string, signal),
    enabled: importId !== undefined,
    refetchInterval: (query) => (query.state.data && BUSY.has(query.state.data.status) ? 500 : false),
  });
  const commit = useMutation({
    mutationFn: (id: string) => commitImport(api, id),
    onSuccess: (next) => client.setQueryData(['member-import', next.id], next),
  });
  const view = current.data;
  const start = (created: MemberImport) => {
    client.setQueryData(['member-import', created.id], created);
    setParams({ 'lan-nhap': created.id });
  };
  const reset = () => {
    commit.reset();
    setParams({});
  };
  const onDownloadError = (message: string) => setDownloadError(fill(w.downloadFailed, { reason: message }));

  return (
    <div className="member-import-page">
      <Link to="/dang-vien" className="back-link">
        <ArrowLeftOutlined /> {w.back}
      </Link>
      <Typography.Title level={1} className="page-title">
        {w.title}
      </Typography.Title>
      <Steps
        size="small"
        current={view ? STEP[view.status] : 0}
        status={view?.status === 'failed' ? 'error' : undefined}
        items={[{ title: w.steps.upload }, { title: w.steps.preview }, { title: w.steps.commit }, { title: w.steps.done }]}
      />
      {downloadError && (
        <div className="notice notice-error" role="alert">
          <p className="notice-title">{downloadError}</p>
        </div>
      )}
      {current.isError && <p className="field-error">{current.error.message}</p>}
      {!importId && <ImportUploadForm defaultOrgId={me?.scopeOrgId ?? undefined} onUploaded={start} onDownloadError={onDownloadError} />}
      {view && BUSY.has(view.status) && <ImportProgress current={view} />}
      {view?.status === 'failed' && (
        <div className="notice notice-error" role="alert">
          <p className="notice-title">{w.failed}</p>
          <p>{view.fileError?.message}</p>
          <Button onClick={reset}>{w.tryAgain}</Button>
        </div>
      )}
      {view?.status === 'parsed' && (
        <section className="import-review">
          <p className="import-counts">{fill(w.preview.counts, { parsed: view.rowsParsed, valid: view.rowsValid, invalid: view.rowsInvalid })}</p>
          <div className="import-actions">
            {view.rowsValid > 0 ? (
              <Button type="primary" loading={commit.isPending} onClick={() => commit.mutate(view.id)}>
                {fill(w.preview.commit, { n: view.rowsValid })}
              </Button>
            ) : (
              <p>{w.preview.nothingValid}</p>
            )}
            {view.rowsInvalid > 0 && (
              <Button icon={<DownloadOutlined />} onClick={() => void downloadFile(api, errorReportPath(view.id), 'bao-cao-loi.xlsx').catch((e: unknown) => onDownloadError(importErrorText(e)))}>
                {w.summary.errorReport}
              </Button>
            )}
            <Button onClick={reset}>{w.preview.fixAndReupload}</Button>
          </div>
          {commit.isError && (
            <div className="notice notice-error" role="alert">
              <p className="notice-title">{importErrorText(commit.error)}</p>
            </div>
          )}
          <ImportPreview importId={view.id} version={view.updatedAt} />
        </section>
      )}
      {view?.status === 'committed' && (
        <>
          <ImportProgress current={view} />
          <ImportSummary current={view} onAnother={reset} onDownloadError={onDownloadError} />
        </>
      )}
    </div>
  );
}
