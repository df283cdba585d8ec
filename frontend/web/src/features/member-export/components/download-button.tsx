import Button from 'antd/es/button';
import { useState, type ReactNode } from 'react';
import { useApi } from '../../../api/api-context';
import { fill } from '../../../i18n/messages';
import { downloadFile } from '../../../api/download-file';
import { useMemberExportMessages } from '../i18n/use-member-export-messages';
import { exportErrorText } from '../lib/export-error-text';

interface DownloadButtonProps {
  path: string;
  fallbackName: string;
  icon: ReactNode;
  title?: string;
  /** The button's accessible name when its text alone is ambiguous (several "Tải về" on one page). */
  ariaLabel?: string;
  children: ReactNode;
}

/** A button that downloads one file from the API; the refusal is shown beside it, in words. */
export function DownloadButton({ path, fallbackName, icon, title, ariaLabel, children }: DownloadButtonProps) {
  const w = useMemberExportMessages();
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const run = async () => {
    setBusy(true);
    setError(undefined);
    try {
      await downloadFile(api, path, fallbackName);
    } catch (e) {
      setError(fill(w.failed, { reason: exportErrorText(e) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button icon={icon} loading={busy} title={title} aria-label={ariaLabel} onClick={() => void run()}>
        {children}
      </Button>
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </>
  );
}
