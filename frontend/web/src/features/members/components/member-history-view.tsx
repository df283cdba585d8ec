import Descriptions from 'antd/es/descriptions';
import Table from 'antd/es/table';
import Tag from 'antd/es/tag';
import { formatPartyDate } from '../../../i18n/format';
import type { Member } from '../api/members-api';
import { useMembersMessages } from '../i18n/use-members-messages';

type Card = Member['cards'][number];

/** The admissions (a readmitted member keeps the first: party age counts from it) and the cards held. */
export function MemberHistoryView({ member }: { member: Member }) {
  const { t, m } = useMembersMessages();
  const f = m.fields;
  const d = (value: string | null) => (value ? formatPartyDate(value) : t.common.none);
  return (
    <>
      {member.periods.map((period, i) => (
        <Descriptions
          key={period.admissionDecisionDate}
          className="member-period"
          title={member.periods.length > 1 ? `${f.admissionDecisionDate} #${i + 1}` : undefined}
          column={{ xs: 1, sm: 1, md: 2 }}
          size="small"
          bordered
          items={[
            { key: 'decision', label: f.admissionDecisionDate, children: d(period.admissionDecisionDate) },
            { key: 'number', label: f.admissionDecisionNumber, children: period.admissionDecisionNumber ?? t.common.none },
            { key: 'ceremony', label: f.ceremonyDate, children: d(period.ceremonyDate) },
            { key: 'recognition', label: f.recognitionDate, children: d(period.recognitionDate) },
            ...(period.endedOn ? [{ key: 'ended', label: f.endedOn, children: `${d(period.endedOn)}${period.endReason ? ` (${period.endReason})` : ''}` }] : []),
          ]}
        />
      ))}
      <h3 className="member-section-title">{f.cardNumber}</h3>
      {member.cards.length === 0 ? (
        <p className="muted">{m.profile.noCards}</p>
      ) : (
        <Table<Card>
          rowKey="cardNumber"
          size="small"
          pagination={false}
          dataSource={[...member.cards].reverse()}
          columns={[
            { key: 'number', title: f.cardNumber, render: (_, card) => (card.replacedOn === null ? <>{card.cardNumber} <Tag color="green">{m.profile.cardInUse}</Tag></> : card.cardNumber) },
            { key: 'issued', title: f.cardIssuedOn, render: (_, card) => formatPartyDate(card.issuedOn) },
            { key: 'replaced', title: f.endedOn, render: (_, card) => d(card.replacedOn) },
          ]}
        />
      )}
    </>
  );
}
