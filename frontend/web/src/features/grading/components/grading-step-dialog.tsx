import App from 'antd/es/app';
import Form from 'antd/es/form';
import Input from 'antd/es/input';
import InputNumber from 'antd/es/input-number';
import Select from 'antd/es/select';
import { useState } from 'react';
import { useApi } from '../../../api/api-context';
import { fill } from '../../../i18n/messages';
import { FormModal } from '../../../ui/form-modal';
import { useFormErrors } from '../../../ui/use-form-errors';
import { bandOf, decideMember, decideOrg, GRADING_LEVELS, proposeMember, type ExcellentCap, type GradingLevel, type GradingMark, type MemberGrading, type OrgGrading } from '../api/grading-api';
import { useRefreshGrading, useRollup } from '../hooks/use-grading';
import { useGradingMessages } from '../i18n/use-grading-messages';

interface Values {
  points: number;
  level: GradingLevel;
  comment?: string;
  decisionRef?: string;
}

const FIELDS = ['points', 'level', 'comment', 'decisionRef'];

export type GradingStepTarget =
  | { kind: 'propose' | 'decide'; grading: MemberGrading }
  | { kind: 'decide-org'; campaignId: string; grading: OrgGrading };

/** The cap as it stands in the member's org, shown above the level (the server refuses a decision past it). */
function CapNotice(props: { cap: ExcellentCap; orgName: string }) {
  const { g } = useGradingMessages();
  const { cap } = props;
  return (
    <div className="notice notice-info grading-cap" role="note" data-testid="grading-cap">
      <p className="notice-title">{fill(g.form.cap, { org: props.orgName, percent: cap.percent, excellent: cap.excellent, base: cap.base, max: cap.maxExcellent })}</p>
      <p className="notice-detail">{fill(g.form.capSource, { source: cap.source })}</p>
    </div>
  );
}

function markLine(template: string, mark: GradingMark | null | undefined, levels: Record<GradingLevel, string>) {
  return mark ? <p className="grading-prior">{fill(template, { points: mark.points, level: levels[mark.level] })}</p> : null;
}

/** Proposal (chi bộ), decision (the committee above) or an org's grading: points, level, comment; field errors from the server. */
export function GradingStepDialog(props: { target: GradingStepTarget; onClose: () => void }) {
  const { t, g } = useGradingMessages();
  const api = useApi();
  const { message } = App.useApp();
  const refresh = useRefreshGrading();
  const [form] = Form.useForm<Values>();
  const errors = useFormErrors(form, FIELDS);
  const [busy, setBusy] = useState(false);
  const points = Form.useWatch('points', form);
  const { target } = props;
  const member = target.kind === 'decide-org' ? undefined : target.grading;
  const rollup = useRollup(member?.campaignId ?? '', member?.orgId);
  const name = target.kind === 'decide-org' ? target.grading.orgName : target.grading.memberName;
  const title = fill(target.kind === 'propose' ? g.form.proposeTitle : target.kind === 'decide' ? g.form.decideTitle : g.form.decideOrgTitle, { name });
  const prior = target.kind === 'decide-org' ? target.grading.decision : (target.kind === 'decide' ? target.grading.proposal : target.grading.selfAssessment) ?? null;

  const submit = async (values: Values) => {
    setBusy(true);
    errors.clear();
    const mark = { points: values.points, level: values.level, comment: values.comment?.trim() || undefined, decisionRef: values.decisionRef?.trim() || undefined };
    try {
      if (target.kind === 'decide-org') await decideOrg(api, target.campaignId, target.grading, mark);
      else if (target.kind === 'decide') await decideMember(api, target.grading, mark);
      else await proposeMember(api, target.grading, { ...mark, decisionRef: undefined });
      void message.success(g.form.saved);
      await refresh();
      props.onClose();
    } catch (error) {
      errors.show(error);
    } finally {
      setBusy(false);
    }
  };

  const required = [{ required: true, message: t.common.required }];
  return (
    <FormModal<Values>
      title={title}
      open
      form={form}
      busy={busy}
      general={errors.general}
      okText={g.form.submit}
      initialValues={prior ? { points: prior.points, level: prior.level, comment: prior.comment ?? undefined } : undefined}
      onSubmit={(values) => void submit(values)}
      onCancel={props.onClose}
    >
      {member ? markLine(g.form.selfShown, member.selfAssessment, g.levels) : null}
      {target.kind === 'decide' ? markLine(g.form.proposalShown, target.grading.proposal, g.levels) : null}
      {target.kind === 'decide' && rollup.data ? <CapNotice cap={rollup.data.cap} orgName={target.grading.orgName} /> : null}
      <Form.Item label={g.form.points} name="points" rules={required} extra={typeof points === 'number' ? fill(g.form.band, { level: g.levels[bandOf(points)] }) : g.form.bandRule}>
        <InputNumber min={0} max={100} precision={0} autoFocus className="full-width" />
      </Form.Item>
      <Form.Item label={g.form.level} name="level" rules={required}>
        <Select options={GRADING_LEVELS.map((level) => ({ value: level, label: g.levels[level] }))} />
      </Form.Item>
      <Form.Item label={g.form.comment} name="comment">
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
      {target.kind !== 'propose' ? (
        <Form.Item label={g.form.decisionRef} name="decisionRef">
          <Input maxLength={100} />
        </Form.Item>
      ) : null}
    </FormModal>
  );
}
