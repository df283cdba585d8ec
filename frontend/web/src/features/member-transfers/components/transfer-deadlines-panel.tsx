import Alert from 'antd/es/alert';
import { isApiError } from '../../../api/api-error';
import { formatPartyDate } from '../../../i18n/format';
import { useTransferDeadlines } from '../hooks/use-member-transfers';
import { useTransfersMessages } from '../i18n/use-transfers-messages';
import { TransferRulesNote } from './transfer-rules-note';

/** The dates the transfer will get, computed by the server's working-day calendar, with the rules they come from. */
export function TransferDeadlinesPanel({ movedOn, letterDate }: { movedOn?: string; letterDate?: string }) {
  const m = useTransfersMessages();
  const deadlines = useTransferDeadlines(movedOn, letterDate);
  if (!movedOn || !letterDate) return null;
  if (deadlines.isError) {
    const error = deadlines.error;
    const text = isApiError(error) ? [error.message, ...error.details.map((d) => d.message)].join(' ') : String(error);
    return <Alert className="transfer-computed" type="warning" showIcon message={text} />;
  }
  const d = deadlines.data;
  if (!d) return null;
  return (
    <Alert
      className="transfer-computed"
      type={d.startLate ? 'warning' : 'info'}
      showIcon
      data-testid="transfer-computed"
      message={m.form.computed}
      description={
        <>
          <div>
            <strong>{m.form.startDeadline}:</strong> <span data-testid="start-deadline">{formatPartyDate(d.startDeadline)}</span>
          </div>
          <div>
            <strong>{m.form.confirmDeadline}:</strong> <span data-testid="confirm-deadline">{formatPartyDate(d.confirmDeadline)}</span>
          </div>
          {d.startLate ? <div>{m.form.startLate}</div> : null}
          <TransferRulesNote rules={d.rules} />
        </>
      }
    />
  );
}
