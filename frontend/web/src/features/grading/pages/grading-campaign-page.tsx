import App from 'antd/es/app';
import Button from 'antd/es/button';
import Select from 'antd/es/select';
import Space from 'antd/es/space';
import Tag from 'antd/es/tag';
import Typography from 'antd/es/typography';
import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useApi } from '../../../api/api-context';
import { isApiError } from '../../../api/api-error';
import { formatPartyDate } from '../../../i18n/format';
import { fill } from '../../../i18n/messages';
import { useMe } from '../../auth/hooks/use-session';
import { closeCampaign, refreshCampaign, type GradingStep } from '../api/grading-api';
import { GradingStepDialog, type GradingStepTarget } from '../components/grading-step-dialog';
import { MemberGradingTable } from '../components/member-grading-table';
import { RollupTable } from '../components/rollup-table';
import { useCampaign, useMemberGradings, useRefreshGrading, useRollup } from '../hooks/use-grading';
import { useGradingMessages } from '../i18n/use-grading-messages';
import '../grading.css';

const STEPS: GradingStep[] = ['pending', 'self-assessed', 'proposed', 'decided'];

/**
 * `/danh-gia-xep-loai/:campaignId?org=`: one campaign — the roll-up of an org and its children (a
 * child's name drills down), the members of that org's subtree with their step, and the forms for
 * the chi bộ's proposal, the committee's decision (showing the cap) and an org's own grading.
 */
export default function GradingCampaignPage() {
  const { g } = useGradingMessages();
  const { campaignId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const api = useApi();
  const { message, modal } = App.useApp();
  const refresh = useRefreshGrading();
  const me = useMe().data;
  const canGrade = me?.permissions.includes('members:grade') ?? false;
  const orgParam = params.get('org') ?? undefined;
  const [step, setStep] = useState<GradingStep | undefined>();
  const [target, setTarget] = useState<GradingStepTarget | undefined>();
  const campaign = useCampaign(campaignId);
  const rollup = useRollup(campaignId, orgParam);
  const orgId = orgParam ?? rollup.data?.rows[0]?.orgId;
  const members = useMemberGradings(campaignId, { orgId, step });

  if (campaign.isError) {
    return (
      <div className="page-body">
        <p className="notice notice-error" role="alert">
          {isApiError(campaign.error) ? campaign.error.message : g.loadFailed}
        </p>
        <Link to="/danh-gia-xep-loai">{g.campaigns}</Link>
      </div>
    );
  }
  const c = campaign.data;
  const open = c?.status === 'open';
  const head = rollup.data?.rows[0];
  const goTo = (id: string | undefined) => {
    const next = new URLSearchParams(params);
    if (id) next.set('org', id);
    else next.delete('org');
    setParams(next);
  };
  const close = () => {
    if (!c) return;
    modal.confirm({
      title: g.campaign.closeConfirm,
      okText: g.campaign.close,
      onOk: async () => {
        try {
          await closeCampaign(api, c);
          void message.success(g.campaign.closed);
        } catch (error) {
          void message.error(isApiError(error) ? error.message : g.loadFailed);
        }
        await refresh();
      },
    });
  };

  const relist = async () => {
    if (!c) return;
    try {
      await refreshCampaign(api, c);
      void message.success(g.campaign.refreshed);
    } catch (error) {
      void message.error(isApiError(error) ? error.message : g.loadFailed);
    }
    await refresh();
  };

  return (
    <div className="page-body grading-page">
      <Link to="/danh-gia-xep-loai">← {g.campaigns}</Link>
      <Typography.Title level={1} className="page-title">
        {c?.title ?? g.title} {c ? <Tag color={open ? 'green' : 'default'}>{g.status[c.status]}</Tag> : null}
      </Typography.Title>
      {c ? (
        <p className="grading-summary">
          {fill(g.campaign.summary, { org: c.rootOrgName, year: c.year, deadline: formatPartyDate(c.deadline), members: c.memberCount, excluded: c.excludedCount })}
        </p>
      ) : null}
      {c && open && canGrade ? (
        <Space>
          <Button onClick={() => void relist()}>{g.campaign.refresh}</Button>
          <Button onClick={close}>{g.campaign.close}</Button>
        </Space>
      ) : null}

      <section aria-labelledby="grading-rollup-title">
        <h2 id="grading-rollup-title" className="grading-section-title">
          {head ? fill(g.campaign.rollupOf, { org: head.orgName }) : g.campaign.rollup}
        </h2>
        {head && orgParam && head.orgId !== c?.rootOrgId ? (
          <Button type="link" onClick={() => goTo(head.parentId ?? undefined)}>
            {g.campaign.back}
          </Button>
        ) : null}
        <RollupTable
          rows={rollup.data?.rows ?? []}
          loading={rollup.isFetching}
          canGradeOrgs={open && canGrade}
          onOpen={(id) => goTo(id)}
          onGradeOrg={(row) => row.orgGrading && setTarget({ kind: 'decide-org', campaignId, grading: row.orgGrading })}
        />
      </section>

      <section aria-labelledby="grading-members-title">
        <h2 id="grading-members-title" className="grading-section-title">
          {fill(g.campaign.members, { org: head?.orgName ?? '' })}
        </h2>
        <Space className="grading-filters">
          <label htmlFor="grading-step">{g.campaign.stepFilter}</label>
          <Select<string>
            id="grading-step"
            value={step ?? ''}
            style={{ minWidth: 180 }}
            options={[{ value: '', label: g.campaign.allSteps }, ...STEPS.map((s) => ({ value: s, label: g.steps[s] }))]}
            onChange={(v) => setStep(v === '' ? undefined : (v as GradingStep))}
          />
        </Space>
        <MemberGradingTable rows={members.items} loading={members.isFetching && !members.isFetchingNextPage} open={open} canGrade={canGrade} onStep={(kind, grading) => setTarget({ kind, grading })} />
        {members.hasNextPage ? (
          <Button onClick={() => void members.fetchNextPage()} loading={members.isFetchingNextPage}>
            {g.loadMore}
          </Button>
        ) : null}
      </section>
      {target ? <GradingStepDialog target={target} onClose={() => setTarget(undefined)} /> : null}
    </div>
  );
}
