import { fill } from '../../../i18n/messages';
import type { TransferRule } from '../api/member-transfers-api';
import { useTransfersMessages } from '../i18n/use-transfers-messages';

/** Where a computed date comes from: the regulation, its point and, when given, the working days counted. */
export function TransferRulesNote({ rules }: { rules: readonly TransferRule[] }) {
  const m = useTransfersMessages();
  return (
    <ul className="transfer-rules">
      {rules.map((r) => (
        <li key={r.rule}>
          {r.workingDays ? `${fill(m.form.workingDays, { n: r.workingDays })} — ` : ''}
          {r.document}
          {r.article ? `, ${r.article}` : ''}
          {r.verify ? ` [${m.form.verify}]` : ''}
        </li>
      ))}
    </ul>
  );
}
