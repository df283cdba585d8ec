import { useCallback, useEffect, useRef, useState } from 'react';
import { useApi, type Api } from '../../../api/api-context';
import { downloadFile } from '../../../api/download-file';
import { createExport, exportFilePath, getExport, type MemberExport, type MemberExportRequest } from '../api/member-export-api';
import { isUnfinished } from '../lib/export-progress';
import { isPassingPollFailure, pollBackoffMs } from '../lib/poll-retry';

/** Where a background export stands in the browser: asked for, written by the server (polled), downloaded, or failed. */
export type ExportJobPhase = 'idle' | 'creating' | 'waiting' | 'downloading' | 'done' | 'failed';

export interface ExportJobState {
  phase: ExportJobPhase;
  job?: MemberExport;
  /** The saved file's name (done). */
  fileName?: string;
  /** An API refusal, a network failure, or the export's own failure (`job.error`). */
  error?: unknown;
  /** Waiting: the last poll got no answer (network, 5xx); polling goes on with a growing pause. */
  reconnecting?: boolean;
}

export interface ExportJobOptions {
  /** Between two polls of the export (default 1 s). */
  pollMs?: number;
  /** The longest pause between polls while the server cannot be reached (default 30 s). */
  maxBackoffMs?: number;
  /** Tests replace the browser download. */
  download?: (api: Api, path: string, fallbackName: string) => Promise<string>;
}

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
  });

/**
 * A large list exported as a server job: `start` creates the export, polls it until the server has
 * written the file (its progress in `state.job`), then downloads it. A poll without an answer (a
 * network blip, a 5xx) is not the export failing: polling goes on with backoff (`reconnecting`); only
 * the export's own failed/expired state or a refusal ends it. `reset` stops polling (the export goes
 * on on the server); `downloadAgain` fetches the kept file once more.
 */
export function useExportJob(options: ExportJobOptions = {}) {
  const api = useApi();
  const { pollMs = 1_000, maxBackoffMs = 30_000, download = downloadFile } = options;
  const [state, setState] = useState<ExportJobState>({ phase: 'idle' });
  const running = useRef<AbortController>(undefined);
  useEffect(() => () => running.current?.abort(), []);

  const fetchFile = useCallback(
    async (job: MemberExport, fallbackName: string, signal: AbortSignal) => {
      setState({ phase: 'downloading', job });
      const fileName = await download(api, exportFilePath(job.id), job.fileName ?? fallbackName);
      if (!signal.aborted) setState({ phase: 'done', job, fileName });
    },
    [api, download],
  );

  const start = useCallback(
    async (request: MemberExportRequest, fallbackName: string) => {
      running.current?.abort();
      const controller = new AbortController();
      running.current = controller;
      const { signal } = controller;
      let job: MemberExport | undefined;
      try {
        setState({ phase: 'creating' });
        job = await createExport(api, request);
        let failures = 0;
        while (!signal.aborted && isUnfinished(job)) {
          setState({ phase: 'waiting', job, reconnecting: failures > 0 });
          await sleep(failures === 0 ? pollMs : pollBackoffMs(failures, pollMs, maxBackoffMs), signal);
          if (signal.aborted) break;
          try {
            job = await getExport(api, job.id, signal);
            failures = 0;
          } catch (error) {
            if (!isPassingPollFailure(error)) throw error;
            failures++;
          }
        }
        if (signal.aborted) return;
        if (job.status !== 'succeeded') setState({ phase: 'failed', job, error: job.error });
        else await fetchFile(job, fallbackName, signal);
      } catch (error) {
        if (!signal.aborted) setState({ phase: 'failed', job, error });
      }
    },
    [api, pollMs, maxBackoffMs, fetchFile],
  );

  const downloadAgain = useCallback(async () => {
    const job = state.job;
    if (!job || job.status !== 'succeeded') return;
    const controller = new AbortController();
    running.current = controller;
    try {
      await fetchFile(job, job.fileName ?? 'xuat.xlsx', controller.signal);
    } catch (error) {
      if (!controller.signal.aborted) setState({ phase: 'failed', job, error });
    }
  }, [state.job, fetchFile]);

  const reset = useCallback(() => {
    running.current?.abort();
    setState({ phase: 'idle' });
  }, []);

  return { state, start, downloadAgain, reset };
}
