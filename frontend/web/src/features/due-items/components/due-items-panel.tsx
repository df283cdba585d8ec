import Alert from 'antd/es/alert';
import Button from 'antd/es/button';
import Card from 'antd/es/card';
import Table from 'antd/es/table';
import Tag from 'antd/es/tag';
import Tooltip from 'antd/es/tooltip';
import Typography from 'antd/es/typography';
import { Link } from 'react-router';
import { formatPartyDate } from '../../../i18n/format';
import { fill } from '../../../i18n/messages';
import type { DueItem } from '../api/due-items-api';
import type { DueItemsMessages } from '../i18n/use-due-items-messages';
import { useMyDueItems } from '../hooks/use-my-due-items';
import { useDueItemsMessages } from '../i18n/use-due-items-messages';
import { daysLeftColor, daysLeftText, dueItemWhat } from './due-item-text';
import '../due-items.css';

// Text, not the SDK's kind union: 'grading' joins it at the next regeneration of the SDK.
const KINDS: readonly (keyof DueItemsMessages['kinds'])[] = ['recognition', 'ceremony', 'transfer-confirm', 'grading', 'badge'];

/**
 * The home page's "việc cần làm": what falls due in the officer's scope, grouped by kind, earliest
 * deadline first, overdue in red, each member linked to their record. Shown to those who read members.
 */
export function DueItemsPanel(props: { permissions: readonly string[] }) {
  const { d } = useDueItemsMessages();
  const allowed = props.permissions.includes('members:read');
  const query = useMyDueItems(allowed);
  if (!allowed) return null;
  const groups = KINDS.map((kind) => ({ kind, items: query.items.filter((i) => (i.kind as string) === kind) })).filter((g) => g.items.length > 0);
  return (
    <Card
      className="due-items-panel"
      title={<Typography.Title level={2} className="due-items-title">{d.title}</Typography.Title>}
      extra={query.computedOn ? <span className="due-items-updated">{fill(d.computedOn, { date: formatPartyDate(query.computedOn) })}</span> : null}
      loading={query.isPending}
    >
      {query.isError ? <Alert type="error" showIcon message={d.loadFailed} /> : null}
      {query.isSuccess && query.computedOn === null ? <Typography.Paragraph>{d.notComputed}</Typography.Paragraph> : null}
      {query.isSuccess && query.computedOn !== null && groups.length === 0 ? <Typography.Paragraph>{d.empty}</Typography.Paragraph> : null}
      {groups.map((group) => (
        <section key={group.kind} className="due-items-group" data-kind={group.kind}>
          <Typography.Title level={3} className="due-items-group-title">
            {d.kinds[group.kind]} <Tag>{group.items.length}</Tag>
          </Typography.Title>
          <DueItemsTable items={group.items} />
          {group.kind === 'badge' ? (
            <Link to={`/dang-vien/huy-hieu?occasion=${group.items[0]?.dueOn ?? ''}`} className="due-items-badge-link">
              {d.badgeList}
            </Link>
          ) : null}
        </section>
      ))}
      {query.hasNextPage ? (
        <Button onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage}>
          {d.loadMore}
        </Button>
      ) : null}
    </Card>
  );
}

function DueItemsTable(props: { items: DueItem[] }) {
  const { d } = useDueItemsMessages();
  const c = d.columns;
  return (
    <Table<DueItem>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={props.items}
      rowClassName={(item) => (item.daysLeft < 0 ? 'due-item-overdue' : '')}
      columns={[
        {
          title: c.member,
          key: 'member',
          render: (_, item) => (item.memberId ? <Link to={`/dang-vien/${item.memberId}`}>{item.memberName}</Link> : '—'),
        },
        { title: c.org, dataIndex: 'orgName', key: 'org', responsive: ['md'] },
        { title: c.what, key: 'what', responsive: ['sm'], render: (_, item) => <Tooltip title={fill(d.rule, { rule: item.rule })}>{dueItemWhat(item, d)}</Tooltip> },
        { title: c.dueOn, dataIndex: 'dueOn', key: 'dueOn', responsive: ['sm'], render: (value: string) => formatPartyDate(value) },
        {
          title: c.daysLeft,
          key: 'daysLeft',
          render: (_, item) => <Tag color={daysLeftColor(item.daysLeft)} className="due-item-days">{daysLeftText(item.daysLeft, d)}</Tag>,
        },
      ]}
    />
  );
}
