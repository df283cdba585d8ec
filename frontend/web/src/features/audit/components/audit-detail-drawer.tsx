import Button from 'antd/es/button';
import Descriptions from 'antd/es/descriptions';
import Drawer from 'antd/es/drawer';
import Flex from 'antd/es/flex';
import Grid from 'antd/es/grid';
import Tag from 'antd/es/tag';
import { formatInstant } from '../../../i18n/format';
import { useI18n } from '../../../i18n/i18n-context';
import { OrgName } from '../../users/components/org-name';
import type { AuditEvent } from '../api/audit-api';
import { actionLabel } from '../lib/action-label';
import { actorText, OUTCOME_COLORS } from './audit-table';

/**
 * Everything recorded about one entry. The gateway sanitises `details` before writing (no password,
 * token or secret is ever stored), so it is shown as recorded.
 */
export function AuditDetailDrawer(props: { event: AuditEvent | undefined; onClose: () => void; onFilterActor: (event: AuditEvent) => void; onFilterTarget: (event: AuditEvent) => void }) {
  const { t } = useI18n();
  const wide = Grid.useBreakpoint().md ?? true;
  const d = t.audit.detail;
  const event = props.event;
  const none = t.common.none;
  const hasDetails = event ? Object.keys(event.details).length > 0 : false;
  return (
    <Drawer title={d.title} open={event !== undefined} onClose={props.onClose} size={wide ? 560 : '100%'} destroyOnHidden>
      {event && (
        <>
          <Flex wrap gap="small" className="audit-detail-actions">
            {event.actor.id && <Button onClick={() => props.onFilterActor(event)}>{t.audit.filters.byActor}</Button>}
            {event.target.id && <Button onClick={() => props.onFilterTarget(event)}>{t.audit.filters.byTarget}</Button>}
          </Flex>
          <Descriptions
            column={1}
            size="small"
            bordered
            className="audit-detail"
            styles={{ label: { width: wide ? 190 : 120 } }}
            items={[
              { key: 'time', label: d.time, children: formatInstant(event.occurredAt, true) },
              { key: 'action', label: d.action, children: actionLabel(event.action, t) },
              { key: 'actionCode', label: d.actionCode, children: <code>{event.action}</code> },
              { key: 'outcome', label: d.outcome, children: <Tag color={OUTCOME_COLORS[event.outcome]}>{t.audit.outcomes[event.outcome] ?? event.outcome}</Tag> },
              { key: 'actor', label: d.actor, children: actorText(event, t.audit.actorTypes) },
              { key: 'actorType', label: d.actorType, children: t.audit.actorTypes[event.actor.type] ?? event.actor.type },
              { key: 'actorId', label: d.actorId, children: event.actor.id ? <code>{event.actor.id}</code> : none },
              { key: 'actorOrg', label: d.actorOrg, children: <OrgName id={event.actor.orgId} /> },
              { key: 'targetType', label: d.targetType, children: event.target.type ? (t.audit.targetTypes[event.target.type] ?? event.target.type) : none },
              { key: 'targetId', label: d.targetId, children: event.target.id ? <code>{event.target.id}</code> : none },
              { key: 'ownerOrg', label: d.ownerOrg, children: <OrgName id={event.target.ownerOrgId} /> },
              { key: 'request', label: d.request, children: event.httpMethod ? <code>{`${event.httpMethod} ${event.httpRoute ?? ''}`}</code> : none },
              { key: 'status', label: d.status, children: event.statusCode ?? none },
              { key: 'address', label: d.address, children: event.clientAddress ?? none },
              { key: 'userAgent', label: d.userAgent, children: event.userAgent ?? none },
              { key: 'correlationId', label: d.correlationId, children: event.correlationId ? <code>{event.correlationId}</code> : none },
            ]}
          />
          <h3 className="audit-detail-heading">{d.details}</h3>
          {hasDetails ? <pre className="audit-details-json">{JSON.stringify(event.details, null, 2)}</pre> : <p className="muted">{d.noDetails}</p>}
        </>
      )}
    </Drawer>
  );
}
