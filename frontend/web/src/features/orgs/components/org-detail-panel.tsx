import Button from 'antd/es/button';
import Descriptions from 'antd/es/descriptions';
import Flex from 'antd/es/flex';
import Tabs from 'antd/es/tabs';
import Tag from 'antd/es/tag';
import { formatInstant, formatNumber, formatPartyDate } from '../../../i18n/format';
import { useI18n } from '../../../i18n/i18n-context';
import { LoadingLine } from '../../../ui/loading-line';
import type { Org } from '../api/orgs-api';
import { useOrgDetail } from '../hooks/use-org-detail';
import { useOrgHistoryMessages } from '../i18n/org-history-messages';
import { OrgHistoryPanel } from './org-history-panel';
import { OrgTermsPanel } from './org-terms-panel';

export type OrgAction = 'create' | 'rename' | 'move' | 'close';

/** Everything about the chosen org (details, terms, restructuring history), and what the officer may do with it. */
export function OrgDetailPanel({ orgId, canWrite, onAction }: { orgId?: string; canWrite: boolean; onAction: (action: OrgAction, org: Org) => void }) {
  const { t, language } = useI18n();
  const { org, ancestors } = useOrgDetail(orgId);
  const h = useOrgHistoryMessages();
  if (!orgId) return <p className="muted detail-hint">{t.orgs.selectHint}</p>;
  if (org.isError) return <p className="field-error">{org.error.message}</p>;
  if (!org.data) return <LoadingLine />;
  const o = org.data;
  const d = t.orgs.detail;
  const open = o.status === 'active';
  const path = ancestors.data?.map((a) => a.name).join(' › ');

  return (
    <section className="org-detail" aria-labelledby="org-detail-title">
      <h2 id="org-detail-title" className="org-detail-title">
        {o.name} {!open && <Tag variant="outlined">{t.orgs.closedTag}</Tag>}
      </h2>
      {canWrite && open && (
        <Flex wrap gap="small" className="org-actions">
          <Button type="primary" onClick={() => onAction('create', o)}>
            {t.orgs.actions.create}
          </Button>
          <Button onClick={() => onAction('rename', o)}>{t.orgs.actions.rename}</Button>
          <Button onClick={() => onAction('move', o)} disabled={o.parentId === null}>
            {t.orgs.actions.move}
          </Button>
          <Button danger onClick={() => onAction('close', o)}>
            {t.orgs.actions.close}
          </Button>
        </Flex>
      )}
      <Tabs
        className="org-detail-tabs"
        items={[
          {
            key: 'detail',
            label: h.tabs.detail,
            children: (
              <Descriptions
                column={1}
                size="small"
                bordered
                items={[
                  { key: 'shortName', label: d.shortName, children: o.shortName },
                  { key: 'kind', label: d.kind, children: t.orgKinds[o.kind] ?? o.kind },
                  { key: 'status', label: d.status, children: open ? d.active : d.closed },
                  { key: 'path', label: d.path, children: o.parentId === null ? t.common.none : (path ?? t.common.loading) },
                  { key: 'validFrom', label: d.validFrom, children: formatPartyDate(o.validFrom) },
                  ...(o.validTo ? [{ key: 'validTo', label: d.validTo, children: formatPartyDate(o.validTo) }] : []),
                  ...(o.closeReason ? [{ key: 'closeReason', label: d.closeReason, children: o.closeReason }] : []),
                  { key: 'childCount', label: d.childCount, children: formatNumber(o.childCount, language) },
                  { key: 'updatedAt', label: d.updatedAt, children: formatInstant(o.updatedAt) },
                ]}
              />
            ),
          },
          { key: 'terms', label: h.tabs.terms, children: <OrgTermsPanel org={o} canWrite={canWrite} /> },
          { key: 'history', label: h.tabs.history, children: <OrgHistoryPanel orgId={o.id} /> },
        ]}
      />
    </section>
  );
}
