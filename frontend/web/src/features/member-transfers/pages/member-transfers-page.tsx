import SendOutlined from '@ant-design/icons/es/icons/SendOutlined';
import Alert from 'antd/es/alert';
import App from 'antd/es/app';
import Button from 'antd/es/button';
import Select from 'antd/es/select';
import Space from 'antd/es/space';
import Switch from 'antd/es/switch';
import Tabs from 'antd/es/tabs';
import Typography from 'antd/es/typography';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { isApiError } from '../../../api/api-error';
import { ButtonLink } from '../../../ui/button-link';
import { useMe } from '../../auth/hooks/use-session';
import { TRANSFER_STATES, type MemberTransfer, type TransferDecision, type TransferDirection, type TransferState } from '../api/member-transfers-api';
import { TransferDecisionDialog } from '../components/transfer-decision-dialog';
import { TransferReturnDialog } from '../components/transfer-return-dialog';
import { TransferTable } from '../components/transfer-table';
import { useMemberTransfers } from '../hooks/use-member-transfers';
import { useTransfersMessages } from '../i18n/use-transfers-messages';
import '../member-transfers.css';

/**
 * Chuyển sinh hoạt đảng (`/chuyen-sinh-hoat?huong=den|di&trang-thai=&qua-han=1`): the inbox (to my
 * subtree) and the outbox (from it), each with state and deadline, overdue rows highlighted.
 */
export default function MemberTransfersPage() {
  const m = useTransfersMessages();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const me = useMe().data;
  const canWrite = me?.permissions.includes('members:write') ?? false;
  const [params, setParams] = useSearchParams();
  const direction: TransferDirection = params.get('huong') === 'di' ? 'outgoing' : 'incoming';
  const state = (TRANSFER_STATES as readonly string[]).includes(params.get('trang-thai') ?? '') ? (params.get('trang-thai') as TransferState) : undefined;
  const overdue = params.get('qua-han') === '1';
  const list = useMemberTransfers(direction, { state, overdue });
  const [deciding, setDeciding] = useState<{ transfer: MemberTransfer; decision: TransferDecision } | undefined>();
  const done = (decision: TransferDecision, updated: MemberTransfer) => {
    setDeciding(undefined);
    void message.success(`${m.decisions[decision]}: ${updated.member.fullName} — ${m.states[updated.state]}`);
    void queryClient.invalidateQueries({ queryKey: ['member-transfers'] });
  };
  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value === undefined) next.delete(key);
    else next.set(key, value);
    setParams(next, { replace: true });
  };
  const table = (
    <>
      <Space className="transfer-filters" wrap>
        <Select
          aria-label={m.stateFilter}
          value={state ?? ''}
          style={{ minWidth: 200 }}
          options={[{ value: '', label: m.allStates }, ...TRANSFER_STATES.map((s) => ({ value: s, label: m.states[s] }))]}
          onChange={(v: string) => set('trang-thai', v === '' ? undefined : v)}
        />
        <label className="transfer-overdue-switch">
          <Switch checked={overdue} onChange={(on) => set('qua-han', on ? '1' : undefined)} aria-label={m.onlyOverdue} /> {m.onlyOverdue}
        </label>
      </Space>
      {list.isError ? <Alert type="error" showIcon message={isApiError(list.error) ? list.error.message : String(list.error)} /> : null}
      <TransferTable direction={direction} rows={list.items} loading={list.isFetching && !list.isFetchingNextPage} canWrite={canWrite} onDecide={(transfer, decision) => setDeciding({ transfer, decision })} />
      {list.hasNextPage ? (
        <Button onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
          {m.loadMore}
        </Button>
      ) : null}
    </>
  );
  return (
    <div className="page-body member-transfers-page">
      <div className="page-heading-row">
        <Typography.Title level={1} className="page-title">
          {m.title}
        </Typography.Title>
        {canWrite ? (
          <ButtonLink to="/chuyen-sinh-hoat/lap-giay" type="primary" icon={<SendOutlined />}>
            {m.issue}
          </ButtonLink>
        ) : null}
      </div>
      <Typography.Paragraph type="secondary">{m.intro}</Typography.Paragraph>
      <Tabs
        activeKey={direction}
        onChange={(key) => set('huong', key === 'outgoing' ? 'di' : undefined)}
        items={[
          { key: 'incoming', label: m.inbox, children: direction === 'incoming' ? table : null },
          { key: 'outgoing', label: m.outbox, children: direction === 'outgoing' ? table : null },
        ]}
      />
      {deciding?.decision === 'return' ? (
        <TransferReturnDialog transfer={deciding.transfer} onCancel={() => setDeciding(undefined)} onDone={(updated) => done('return', updated)} />
      ) : deciding ? (
        <TransferDecisionDialog transfer={deciding.transfer} decision={deciding.decision} onCancel={() => setDeciding(undefined)} onDone={(updated) => done(deciding.decision, updated)} />
      ) : null}
    </div>
  );
}
