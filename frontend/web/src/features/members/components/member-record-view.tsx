import Descriptions from 'antd/es/descriptions';
import { formatPartyDate } from '../../../i18n/format';
import type { Member } from '../api/members-api';
import { useMembersMessages } from '../i18n/use-members-messages';
import { MemberStatusTag } from './member-status-tag';

/**
 * The lý lịch as the API returned it. Sensitive fields (religion, ethnicity, family, health) only when
 * the API sent them; withheld, they say so instead of looking empty.
 */
export function MemberRecordView({ member, orgName }: { member: Member; orgName: string }) {
  const { t, m } = useMembersMessages();
  const f = m.fields;
  const none = t.common.none;
  const v = (value: string | null | undefined) => (value ? value : none);
  const sensitive = member.sensitive;
  const withheld = <span className="member-withheld">{m.profile.withheld}</span>;
  const family = sensitive?.family.length ? sensitive.family.map((r) => [`${r.relation}: ${r.fullName}`, r.birthYear, r.note].filter(Boolean).join(', ')).join('; ') : none;

  return (
    <>
      <Descriptions
        column={{ xs: 1, sm: 1, md: 2 }}
        size="small"
        bordered
        items={[
          { key: 'fullName', label: f.fullName, children: member.fullName },
          { key: 'birthName', label: f.birthName, children: v(member.birthName) },
          { key: 'aliases', label: f.aliases, children: member.aliases.length ? member.aliases.join(', ') : none },
          { key: 'sex', label: f.sex, children: m.sex[member.sex] },
          { key: 'dateOfBirth', label: f.dateOfBirth, children: formatPartyDate(member.dateOfBirth) },
          { key: 'placeOfBirth', label: f.placeOfBirth, children: v(member.placeOfBirth) },
          { key: 'homeTown', label: f.homeTown, children: v(member.homeTown) },
          { key: 'permanentResidence', label: f.permanentResidence, children: v(member.permanentResidence) },
          { key: 'temporaryResidence', label: f.temporaryResidence, children: v(member.temporaryResidence) },
          { key: 'citizenId', label: f.citizenId, children: v(member.citizenId) },
          { key: 'occupation', label: f.occupation, children: v(member.occupation) },
          { key: 'education', label: f.education, children: v(member.education) },
          { key: 'qualifications', label: f.qualifications, children: v(member.qualifications) },
          { key: 'politicalTheory', label: f.politicalTheory, children: member.politicalTheory ? (m.theory[member.politicalTheory] ?? member.politicalTheory) : none },
          { key: 'languages', label: f.languages, children: member.languages.length ? member.languages.join(', ') : none },
          { key: 'historyNumber', label: f.historyNumber, children: v(member.historyNumber) },
          { key: 'org', label: f.org, children: orgName },
          { key: 'status', label: f.status, children: <MemberStatusTag status={member.status} /> },
          { key: 'statusSince', label: f.statusSince, children: formatPartyDate(member.statusSince) },
          { key: 'partyAgeSince', label: f.partyAgeSince, children: formatPartyDate(member.partyAgeSince) },
          { key: 'cardNumber', label: f.cardNumber, children: v(member.cardNumber) },
        ]}
      />
      <h3 className="member-section-title">{m.profile.sensitiveHeading}</h3>
      <Descriptions
        column={{ xs: 1, sm: 1, md: 2 }}
        size="small"
        bordered
        items={[
          { key: 'ethnicity', label: f.ethnicity, children: sensitive ? v(sensitive.ethnicity) : withheld },
          { key: 'religion', label: f.religion, children: sensitive ? v(sensitive.religion) : withheld },
          { key: 'health', label: f.health, children: sensitive ? v(sensitive.health) : withheld },
          { key: 'family', label: f.family, children: sensitive ? family : withheld },
        ]}
      />
    </>
  );
}
