import Button from 'antd/es/button';
import type { ReactNode } from 'react';
import type { MemberExportRequest } from '../api/member-export-api';
import { useExportJob } from '../hooks/use-export-job';
import { useMemberExportMessages } from '../i18n/use-member-export-messages';
import { ExportJobDialog } from './export-job-dialog';
import '../member-export.css';

/**
 * A button that exports a large list as a server job (the member list, the badge list): a dialog shows
 * the rows written, then the file is downloaded (the download is audited on the server).
 */
export function ExportJobButton({ request, fallbackName, icon, title, children }: { request: MemberExportRequest; fallbackName: string; icon: ReactNode; title?: string; children: ReactNode }) {
  const w = useMemberExportMessages().job;
  const { state, start, downloadAgain, reset } = useExportJob();
  const busy = state.phase === 'creating' || state.phase === 'waiting' || state.phase === 'downloading';
  return (
    <>
      <Button icon={icon} loading={busy} title={title} onClick={() => void start(request, fallbackName)}>
        {children}
      </Button>
      <ExportJobDialog title={w.title[request.kind]} state={state} onClose={reset} onDownloadAgain={() => void downloadAgain()} />
    </>
  );
}
