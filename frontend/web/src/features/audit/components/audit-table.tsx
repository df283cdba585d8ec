import Button from 'antd/es/button';
import Table from 'antd/es/table';
import Tag from 'antd/es/tag';
import { formatInstant } from '../../../i18n/format';
import { useI18n } from '../../../i18n/i18n-context';
import type { AuditEvent, AuditOutcome } from '../api/audit-api';
import { actionLabel } from '../lib/action-label';

export const OUTCOME_COLORS: Record<AuditOutcome, string> = { success: 'green', denied: 'red', failed: 'orange' };

/** Who the actor was in words: their name, or what kind of caller it was. */
export function actorText(event: AuditEvent, actorTypes: Record<string, string>): string {
  return event.actor.name ?? actorTypes[event.actor.type] ?? event.actor.type;
}

/** One row per entry, newest first; the time opens the entry's detail (a button: keyboard reachable). */
export function AuditTable(props: { events: AuditEvent[]; loading: boolean; onOpen: (event: AuditEvent) => void }) {
  const { t } = useI18n();
  const c = t.audit.columns;
  return (
    <Table<AuditEvent>
      rowKey="id"
      size="small"
      className="audit-table"
      dataSource={props.events}
      loading={props.loading}
      pagination={false}
      locale={{ emptyText: t.audit.empty }}
      onRow={(event) => ({ onClick: () => props.onOpen(event), className: 'audit-row' })}
      columns={[
        {
          key: 'time',
          title: c.time,
          width: 170,
          render: (_, event) => (
            <Button type="link" className="audit-open" aria-label={`${t.audit.open}: ${actionLabel(event.action, t)}, ${formatInstant(event.occurredAt, true)}`}>
              {formatInstant(event.occurredAt, true)}
            </Button>
          ),
        },
        { key: 'actor', title: c.actor, render: (_, event) => actorText(event, t.audit.actorTypes) },
        { key: 'action', title: c.action, render: (_, event) => actionLabel(event.action, t) },
        {
          key: 'target',
          title: c.target,
          responsive: ['lg'],
          render: (_, event) => (event.target.type ? (t.audit.targetTypes[event.target.type] ?? event.target.type) : t.common.none),
        },
        {
          key: 'outcome',
          title: c.outcome,
          responsive: ['sm'],
          render: (_, event) => <Tag color={OUTCOME_COLORS[event.outcome]}>{t.audit.outcomes[event.outcome] ?? event.outcome}</Tag>,
        },
      ]}
    />
  );
}
