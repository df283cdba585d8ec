import App from 'antd/es/app';
import Button from 'antd/es/button';
import Typography from 'antd/es/typography';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { formatPartyDate } from '../../../i18n/format';
import { fill } from '../../../i18n/messages';
import { LoadingLine } from '../../../ui/loading-line';
import { useMe } from '../../auth/hooks/use-session';
import type { Member } from '../../members/api/members-api';
import { memberKey } from '../../members/hooks/use-member';
import type { LifecycleAction, LifecycleActionResult } from '../api/lifecycle-api';
import { lifecycleKey, useMemberLifecycle } from '../hooks/use-member-lifecycle';
import { useLifecycleMessages } from '../i18n/use-lifecycle-messages';
import { availableActions } from '../lib/available-actions';
import { LifecycleActionDialog } from './lifecycle-action-dialog';
import { LifecycleDatesTable } from './lifecycle-dates-table';
import { LifecycleHistory } from './lifecycle-history';
import '../member-lifecycle.css';

/** "Mốc thời gian và thao tác": the dates the rules give this member, the actions open to them, and what was recorded. */
export function MemberLifecycleTab({ member }: { member: Member }) {
  const l = useLifecycleMessages();
  const me = useMe().data;
  const lifecycle = useMemberLifecycle(member.id);
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [action, setAction] = useState<LifecycleAction | undefined>();
  if (lifecycle.isError) return <p className="field-error">{lifecycle.error.message}</p>;
  if (!lifecycle.data) return <LoadingLine />;
  const view = lifecycle.data;
  const canWrite = me?.permissions.includes('members:write') ?? false;
  const actions = canWrite ? availableActions(view) : [];

  const done = (result: LifecycleActionResult) => {
    setAction(undefined);
    queryClient.setQueryData(memberKey(member.id), result.member);
    queryClient.setQueryData(lifecycleKey(member.id), result.lifecycle);
    const details = result.event.details;
    const deadline = (details.deadline ?? details.considerBy) as string | undefined;
    if (details.late === true || details.consideredLate === true) void message.warning(fill(l.lateFlag, { deadline: formatPartyDate(deadline) }));
    void message.success(fill(l.done, { action: l.kinds[result.event.kind] ?? result.event.kind }));
  };

  return (
    <div className="member-lifecycle">
      {view.partyAge && (
        <p>
          <strong>{l.partyAge}:</strong> {fill(l.partyAgeValue, { years: view.partyAge.years, months: view.partyAge.months, asOf: formatPartyDate(view.partyAge.asOf) })}
        </p>
      )}
      {view.status === 'probationary' && (
        <p className="lifecycle-votes-state">
          {fill(l.recognitionVotes, { failed: view.recognition.failedVotes, max: view.recognition.maxVotes })}
          {view.recognition.escalated && ` — ${l.escalated}`}
          {view.recognition.removalProposed && ` — ${l.removalProposed}`}
        </p>
      )}
      <Typography.Title level={3}>{l.datesTitle}</Typography.Title>
      <LifecycleDatesTable dates={view.dates} />
      {canWrite && (
        <>
          <Typography.Title level={3}>{l.actionsTitle}</Typography.Title>
          <div className="lifecycle-actions" role="group" aria-label={l.actionsTitle}>
            {actions.length === 0 && <span className="muted">{l.noActions}</span>}
            {actions.map((a) => (
              <Button key={a} danger={a === 'expulsion' || a === 'removal'} onClick={() => setAction(a)}>
                {l.actions[a]}
              </Button>
            ))}
          </div>
        </>
      )}
      <Typography.Title level={3}>{l.historyTitle}</Typography.Title>
      <LifecycleHistory memberId={member.id} view={view} />
      {action && <LifecycleActionDialog memberId={member.id} version={member.version} action={action} lifecycle={view} onDone={done} onCancel={() => setAction(undefined)} />}
    </div>
  );
}
