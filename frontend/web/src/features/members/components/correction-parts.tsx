import Tag from 'antd/es/tag';
import { formatInstant } from '../../../i18n/format';
import { fill } from '../../../i18n/messages';
import type { CorrectionStatus } from '../api/corrections-api';
import type { CorrectionRequest } from '../api/members-api';
import { useMembersMessages, type MembersMessages } from '../i18n/use-members-messages';

const COLOR: Record<CorrectionStatus, string> = { open: 'gold', resolved: 'green', rejected: 'default' };

export function CorrectionStatusTag({ status }: { status: CorrectionStatus }) {
  const { m } = useMembersMessages();
  return <Tag color={COLOR[status]}>{m.corrections.statuses[status]}</Tag>;
}

/** "Quê quán: Nghệ An" per requested change, with the record's field names in the UI's language. */
export function CorrectionItems({ request }: { request: CorrectionRequest }) {
  const { m } = useMembersMessages();
  const label = (field: string) => m.fields[field as keyof MembersMessages['fields']] ?? field;
  return (
    <ul className="correction-items">
      {request.items.map((item) => (
        <li key={item.field}>
          <strong>{label(item.field)}:</strong> {item.proposedValue}
        </li>
      ))}
    </ul>
  );
}

/** How the request was closed: the note for the member, when and by whom. */
export function CorrectionAnswer({ request }: { request: CorrectionRequest }) {
  const { m } = useMembersMessages();
  if (!request.resolution) return null;
  const { note, resolvedAt, resolvedByName } = request.resolution;
  return (
    <div className="correction-answer">
      {note && <p>{note}</p>}
      <p className="muted">{fill(m.corrections.closedBy, { when: formatInstant(resolvedAt), who: resolvedByName ?? '—' })}</p>
    </div>
  );
}
