import Button from 'antd/es/button';
import Form from 'antd/es/form';
import Grid from 'antd/es/grid';
import Typography from 'antd/es/typography';
import { useEffect, useMemo, useState } from 'react';
import { useI18n } from '../../../i18n/i18n-context';
import { fill } from '../../../i18n/messages';
import { useFormErrors } from '../../../ui/use-form-errors';
import { useMe } from '../../auth/hooks/use-session';
import type { AuditEvent } from '../api/audit-api';
import { AuditDetailDrawer } from '../components/audit-detail-drawer';
import { AuditFilters, FILTER_FIELDS, filterValuesOf, formValuesOf, type FilterFormValues } from '../components/audit-filters';
import { AuditTable } from '../components/audit-table';
import { useAuditEvents } from '../hooks/use-audit-events';
import { auditQueryOf, type AuditFilterValues } from '../lib/audit-query';
import '../audit.css';

/** `/nhat-ky`: the audit log in my scope: filters, keyset "show more", one entry's detail in a drawer. */
export default function AuditPage() {
  const { t } = useI18n();
  const me = useMe().data;
  const [form] = Form.useForm<FilterFormValues>();
  const errors = useFormErrors(form, FILTER_FIELDS);
  const [filters, setFilters] = useState<AuditFilterValues>({});
  const [open, setOpen] = useState<AuditEvent | undefined>();
  const query = useMemo(() => auditQueryOf(filters), [filters]);
  const list = useAuditEvents(query);
  const { show, clear } = errors;
  // On a phone the filters would fill the first screen: there they open on demand.
  const wide = Grid.useBreakpoint().md ?? true;
  const [filtersOpen, setFiltersOpen] = useState(false);

  // A refused filter (400 with field details) is shown next to its field, like any form's error.
  useEffect(() => {
    if (list.error) show(list.error);
    else clear();
  }, [list.error, show, clear]);

  // Names of the actors seen, for the actor filter when it was set from an entry.
  const actorNames = useMemo(() => {
    const names = new Map<string, string>();
    for (const event of list.events) if (event.actor.id && event.actor.name) names.set(event.actor.id, event.actor.name);
    return names;
  }, [list.events]);

  const apply = (values: AuditFilterValues) => {
    setFilters(values);
    form.setFieldsValue(formValuesOf(values));
  };
  const narrow = (change: Partial<AuditFilterValues>) => {
    setOpen(undefined);
    apply({ ...filterValuesOf(form.getFieldsValue()), ...change });
  };

  return (
    <div className="audit-page">
      <Typography.Title level={1} className="page-title">
        {t.audit.title}
      </Typography.Title>
      <p className="muted">{t.audit.intro}</p>
      {!wide && (
        <Button className="audit-filters-toggle" aria-expanded={filtersOpen} aria-controls="audit-filters" onClick={() => setFiltersOpen((open) => !open)}>
          {filtersOpen ? t.audit.filters.hide : t.audit.filters.show}
        </Button>
      )}
      <AuditFilters
        hidden={!wide && !filtersOpen && !list.isError}
        form={form}
        general={errors.general}
        canSearchActors={me?.permissions.includes('admin:users') ?? false}
        actorNames={actorNames}
        onApply={(values) => apply(filterValuesOf(values))}
        onReset={() => {
          form.resetFields();
          apply({});
        }}
      />
      <AuditTable events={list.isError ? [] : list.events} loading={list.isPending || (list.isFetching && !list.isFetchingNextPage)} onOpen={setOpen} />
      <div className="list-footer" aria-live="polite">
        <span className="muted">{fill(t.audit.shown, { count: list.isError ? 0 : list.events.length })}</span>
        {list.hasNextPage && !list.isError && (
          <Button onClick={() => void list.fetchNextPage()} loading={list.isFetchingNextPage}>
            {t.audit.loadMore}
          </Button>
        )}
      </div>
      <AuditDetailDrawer
        event={open}
        onClose={() => setOpen(undefined)}
        onFilterActor={(event) => narrow({ actorId: event.actor.id ?? undefined })}
        onFilterTarget={(event) => narrow({ targetType: event.target.type ?? undefined, targetId: event.target.id ?? undefined })}
      />
    </div>
  );
}
