import { useQuery } from '@tanstack/react-query';
import { useApi } from '../../../api/api-context';
import { formatInstant } from '../../../i18n/format';
import { listMyCorrections } from '../api/corrections-api';
import { useMembersMessages } from '../i18n/use-members-messages';
import { CorrectionAnswer, CorrectionItems, CorrectionStatusTag } from './correction-parts';

export const MY_CORRECTIONS_KEY = ['members', 'mine', 'corrections'] as const;

/** "Các đề nghị đã gửi": my requests, newest first, each with its state and the officers' answer. */
export function MyCorrections() {
  const { m } = useMembersMessages();
  const api = useApi();
  const requests = useQuery({ queryKey: MY_CORRECTIONS_KEY, queryFn: ({ signal }) => listMyCorrections(api, signal) });
  const items = requests.data?.items ?? [];
  return (
    <section className="my-corrections" aria-labelledby="my-corrections-title">
      <h2 id="my-corrections-title" className="member-section-title">
        {m.corrections.mineTitle}
      </h2>
      {requests.isError && <p className="field-error">{requests.error.message}</p>}
      {requests.isSuccess && items.length === 0 && <p className="muted">{m.corrections.mineEmpty}</p>}
      <ol className="my-corrections-list">
        {items.map((request) => (
          <li key={request.id} className="my-correction" data-testid="my-correction">
            <div className="my-correction-head">
              <CorrectionStatusTag status={request.status} /> <span className="muted">{formatInstant(request.createdAt)}</span>
            </div>
            <CorrectionItems request={request} />
            {request.resolution && (
              <div>
                <strong>{m.corrections.answer}:</strong>
                <CorrectionAnswer request={request} />
              </div>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
