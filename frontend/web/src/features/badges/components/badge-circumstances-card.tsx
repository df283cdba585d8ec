import App from 'antd/es/app';
import Button from 'antd/es/button';
import Card from 'antd/es/card';
import Space from 'antd/es/space';
import Table from 'antd/es/table';
import Typography from 'antd/es/typography';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useApi } from '../../../api/api-context';
import { isApiError } from '../../../api/api-error';
import { formatPartyDate } from '../../../i18n/format';
import { fill } from '../../../i18n/messages';
import { LoadingLine } from '../../../ui/loading-line';
import { useMe } from '../../auth/hooks/use-session';
import { clearSeriousIllness, type BadgeCircumstances, type DisciplineForm, type MemberDiscipline } from '../api/badge-circumstances-api';
import { badgeCircumstancesKey, useBadgeCircumstances } from '../hooks/use-badge-circumstances';
import { useBadgeCircumstancesMessages } from '../i18n/use-badge-circumstances-messages';
import { BadgeRuleSource } from './badge-rule-source';
import { DisciplineDialog } from './discipline-dialog';
import { SeriousIllnessDialog } from './serious-illness-dialog';
import '../badges.css';

type Dialog = 'discipline' | 'illness';

/**
 * "Khen thưởng huy hiệu – hoàn cảnh đặc biệt": the discipline decisions with the delay each causes to
 * the badge and the serious illness, as the API computes them. members:write records them (the routes'
 * permission); a reader sees them; a caller the API refuses sees nothing.
 */
export function BadgeCircumstancesCard({ member }: { member: { id: string; fullName: string } }) {
  const b = useBadgeCircumstancesMessages();
  const api = useApi();
  const me = useMe().data;
  const queryClient = useQueryClient();
  const { message, modal } = App.useApp();
  const circumstances = useBadgeCircumstances(member.id);
  const [dialog, setDialog] = useState<Dialog | undefined>();
  if (circumstances.isError) {
    if (isApiError(circumstances.error) && circumstances.error.status === 403) return null;
    return <p className="field-error">{circumstances.error.message}</p>;
  }
  if (!circumstances.data) return <LoadingLine />;
  const view = circumstances.data;
  const canWrite = me?.permissions.includes('members:write') ?? false;

  const saved = (updated: BadgeCircumstances, done: string) => {
    setDialog(undefined);
    queryClient.setQueryData(badgeCircumstancesKey(member.id), updated);
    void message.success(done);
  };
  const confirmClear = () => {
    modal.confirm({
      title: b.actions.clearIllness,
      content: fill(b.clearConfirm, { name: member.fullName }),
      okText: b.actions.clearIllness,
      okButtonProps: { danger: true },
      onOk: async () => {
        try {
          saved(await clearSeriousIllness(api, member.id), b.done.clearIllness);
        } catch (error) {
          void message.error(isApiError(error) ? error.message : String(error));
        }
      },
    });
  };

  return (
    <Card className="badge-circumstances" title={b.title}>
      <Typography.Paragraph type="secondary">{b.intro}</Typography.Paragraph>
      <Typography.Title level={4}>{b.disciplinesTitle}</Typography.Title>
      <Table<MemberDiscipline>
        className="badge-disciplines"
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={view.disciplines}
        locale={{ emptyText: b.noDisciplines }}
        columns={[
          { title: b.columns.form, dataIndex: 'form', render: (form: string) => b.forms[form as DisciplineForm] ?? form },
          { title: b.columns.decidedOn, dataIndex: 'decidedOn', render: (d: string) => formatPartyDate(d) },
          { title: b.columns.decisionRef, dataIndex: 'decisionRef', render: (ref: string | null) => ref ?? '—' },
          {
            title: b.columns.effect,
            key: 'effect',
            render: (_, d) => (d.badgeDelayMonths && d.badgeNotBefore ? fill(b.delayed, { months: d.badgeDelayMonths, date: formatPartyDate(d.badgeNotBefore) }) : b.notDelayed),
          },
        ]}
      />
      <Typography.Title level={4}>{b.illnessTitle}</Typography.Title>
      <p className="badge-illness" data-testid="badge-illness">
        {view.seriousIllness ? `${fill(b.illnessSince, { date: formatPartyDate(view.seriousIllness.since) })}${view.seriousIllness.note ? ` — ${view.seriousIllness.note}` : ''}` : b.illnessNone}
      </p>
      <BadgeRuleSource rule={view.rule} />
      {canWrite && (
        <Space wrap className="badge-circumstances-actions">
          <Button onClick={() => setDialog('discipline')}>{b.actions.discipline}</Button>
          <Button onClick={() => setDialog('illness')}>{view.seriousIllness ? b.actions.editIllness : b.actions.setIllness}</Button>
          {view.seriousIllness && (
            <Button danger onClick={confirmClear}>
              {b.actions.clearIllness}
            </Button>
          )}
        </Space>
      )}
      {dialog === 'discipline' && <DisciplineDialog memberId={member.id} circumstances={view} onDone={(u) => saved(u, b.done.discipline)} onCancel={() => setDialog(undefined)} />}
      {dialog === 'illness' && <SeriousIllnessDialog memberId={member.id} circumstances={view} onDone={(u) => saved(u, b.done.setIllness)} onCancel={() => setDialog(undefined)} />}
    </Card>
  );
}
