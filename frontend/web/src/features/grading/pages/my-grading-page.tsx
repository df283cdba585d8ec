import Tag from 'antd/es/tag';
import Typography from 'antd/es/typography';
import { isApiError } from '../../../api/api-error';
import { formatPartyDate, partyToday } from '../../../i18n/format';
import { fill } from '../../../i18n/messages';
import type { GradingMark, OwnGrading } from '../api/grading-api';
import { SelfAssessmentForm } from '../components/self-assessment-form';
import { useMyGradings } from '../hooks/use-grading';
import { useGradingMessages, type GradingMessages } from '../i18n/use-grading-messages';
import '../grading.css';

function MarkLine(props: { label: string; mark?: GradingMark | null; g: GradingMessages }) {
  if (!props.mark) return null;
  return (
    <p className="grading-prior">
      {props.label}: {props.mark.points} — {props.g.levels[props.mark.level]}
      {props.mark.comment ? ` (${props.mark.comment})` : ''}
    </p>
  );
}

function OwnGradingCard(props: { grading: OwnGrading }) {
  const { g } = useGradingMessages();
  const { grading } = props;
  const canAssess =
    grading.exclusionReason === null &&
    grading.campaign.status === 'open' &&
    (grading.step === 'pending' || grading.step === 'self-assessed') &&
    partyToday() <= grading.campaign.deadline;
  const titleId = `grading-${grading.campaignId}`;
  return (
    <section className="grading-mine" aria-labelledby={titleId}>
      <h2 id={titleId} className="grading-section-title">
        {fill(g.mine.campaign, { title: grading.campaign.title, org: grading.campaign.rootOrgName })}{' '}
        <Tag color={grading.campaign.status === 'open' ? 'green' : 'default'}>{g.status[grading.campaign.status]}</Tag>
      </h2>
      <p className="grading-summary">
        {fill(g.mine.deadline, { date: formatPartyDate(grading.campaign.deadline) })} ·{' '}
        {grading.exclusionReason ? g.exclusion[grading.exclusionReason] : g.steps[grading.step]}
      </p>
      <MarkLine label={g.columns.self} mark={grading.selfAssessment} g={g} />
      <MarkLine label={g.columns.proposal} mark={grading.proposal} g={g} />
      <MarkLine label={g.columns.decision} mark={grading.decision} g={g} />
      {canAssess ? <SelfAssessmentForm grading={grading} /> : grading.exclusionReason === null && grading.step !== 'decided' ? <p className="grading-hint">{g.mine.locked}</p> : null}
    </section>
  );
}

/** `/tu-danh-gia`: the signed-in member's gradings, newest year first, and their self-assessment while it is open. */
export default function MyGradingPage() {
  const { g } = useGradingMessages();
  const mine = useMyGradings();
  const notLinked = isApiError(mine.error) && mine.error.code === 'MEMBERS.MEMBER_RECORD_NOT_LINKED';
  return (
    <div className="page-body grading-page">
      <Typography.Title level={1} className="page-title">
        {g.mine.title}
      </Typography.Title>
      {notLinked ? <p className="notice notice-info">{g.mine.notLinked}</p> : mine.isError ? <p className="notice notice-error" role="alert">{g.loadFailed}</p> : null}
      {mine.data?.length === 0 ? <p>{g.mine.empty}</p> : null}
      {mine.data?.map((grading) => <OwnGradingCard key={grading.campaignId} grading={grading} />)}
    </div>
  );
}
