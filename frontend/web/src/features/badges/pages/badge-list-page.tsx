import PrinterOutlined from '@ant-design/icons/es/icons/PrinterOutlined';
import Alert from 'antd/es/alert';
import Button from 'antd/es/button';
import Form from 'antd/es/form';
import Select from 'antd/es/select';
import Typography from 'antd/es/typography';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { isApiError } from '../../../api/api-error';
import { formatPartyDate, partyToday } from '../../../i18n/format';
import { useMe } from '../../auth/hooks/use-session';
import { BadgeListExportButton } from '../../member-export/components/badge-list-export-button';
import { useDueItemsMessages } from '../../due-items/i18n/use-due-items-messages';
import { OrgPicker } from '../../members/components/org-picker';
import { BADGE_MILESTONES, upcomingOccasions, type BadgeCandidate } from '../api/badges-api';
import { BadgeListTable } from '../components/badge-list-table';
import { RecordBadgeDialog } from '../components/record-badge-dialog';
import { useBadgeCandidates } from '../hooks/use-badge-candidates';
import '../badges.css';

/**
 * The badge list for an award occasion (`/dang-vien/huy-hieu?org=&occasion=&milestone=`): who in the
 * organisation's subtree is proposed, with why; printable on A4.
 */
export default function BadgeListPage() {
  const { d } = useDueItemsMessages();
  const b = d.badges;
  const me = useMe();
  const [params, setParams] = useSearchParams();
  const occasions = upcomingOccasions(partyToday(), 6);
  const orgId = params.get('org') ?? me.data?.scopeOrgId ?? me.data?.homeOrgId ?? undefined;
  const occasion = params.get('occasion') ?? occasions[0] ?? partyToday();
  const milestone = params.get('milestone') ? Number(params.get('milestone')) : undefined;
  const query = useBadgeCandidates(orgId ? { orgId, occasion, milestone } : undefined);
  const [recording, setRecording] = useState<BadgeCandidate | undefined>();
  const permissions = me.data?.permissions ?? [];
  const mayWrite = permissions.includes('members:write');
  const set = (key: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value === undefined) next.delete(key);
    else next.set(key, value);
    setParams(next, { replace: true });
  };
  const occasionOptions = [...new Set([occasion, ...occasions])].sort().map((o) => ({ value: o, label: formatPartyDate(o) }));
  return (
    <div className="page-body badge-list-page">
      <Typography.Title level={1} className="page-title">
        {b.title}
        {query.occasionName ? <span className="badge-occasion-name"> — {query.occasionName}, {formatPartyDate(occasion)}</span> : null}
      </Typography.Title>
      <Form layout="inline" className="badge-filters no-print">
        <Form.Item label={b.org} htmlFor="badge-org">
          <OrgPicker id="badge-org" value={orgId} onChange={(id) => set('org', id)} />
        </Form.Item>
        <Form.Item label={b.occasion} htmlFor="badge-occasion">
          <Select id="badge-occasion" value={occasion} options={occasionOptions} onChange={(v: string) => set('occasion', v)} style={{ minWidth: 140 }} />
        </Form.Item>
        <Form.Item label={b.milestone} htmlFor="badge-milestone">
          <Select
            id="badge-milestone"
            value={milestone ?? 0}
            style={{ minWidth: 140 }}
            options={[{ value: 0, label: b.allMilestones }, ...BADGE_MILESTONES.map((m) => ({ value: m, label: `${m}` }))]}
            onChange={(v: number) => set('milestone', v === 0 ? undefined : String(v))}
          />
        </Form.Item>
        <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
          {b.print}
        </Button>
        <BadgeListExportButton orgId={orgId} occasion={occasion} milestone={milestone} />
      </Form>
      {query.isError ? <Alert className="no-print badge-error" type="error" showIcon message={errorText(query.error)} /> : null}
      {orgId ? <BadgeListTable rows={query.items} loading={query.isFetching && !query.isFetchingNextPage} onRecord={mayWrite ? setRecording : undefined} /> : <Typography.Paragraph>{b.chooseOrg}</Typography.Paragraph>}
      {recording ? (
        <RecordBadgeDialog
          row={recording}
          occasion={occasion}
          onClose={(saved) => {
            setRecording(undefined);
            if (saved) void query.refetch();
          }}
        />
      ) : null}
      {query.hasNextPage ? (
        <Button className="no-print" onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage}>
          {b.loadMore}
        </Button>
      ) : null}
    </div>
  );
}

/** The answer's message and its field details ("occasion: không phải ngày trao Huy hiệu Đảng …"). */
function errorText(error: unknown): string {
  if (!isApiError(error)) return String(error);
  const details = error.details.map((d) => d.message);
  return [error.message, ...details].join(' ');
}
