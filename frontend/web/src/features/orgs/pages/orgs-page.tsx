import App from 'antd/es/app';
import Typography from 'antd/es/typography';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useMe } from '../../auth/hooks/use-session';
import { useI18n } from '../../../i18n/i18n-context';
import { fill } from '../../../i18n/messages';
import { LoadingLine } from '../../../ui/loading-line';
import type { Org } from '../api/orgs-api';
import { CloseOrgDialog } from '../components/close-org-dialog';
import { CreateOrgDialog } from '../components/create-org-dialog';
import { MoveOrgDialog } from '../components/move-org-dialog';
import { OrgDetailPanel, type OrgAction } from '../components/org-detail-panel';
import { OrgSearch } from '../components/org-search';
import { OrgTree } from '../components/org-tree';
import { RenameOrgDialog } from '../components/rename-org-dialog';
import { orgKey } from '../hooks/use-org-detail';
import { ROOT, useOrgTree } from '../hooks/use-org-tree';

/** `/to-chuc`: browse the tree lazily, search, and create, rename, move or close an org. */
export default function OrgsPage() {
  const { t } = useI18n();
  const { message } = App.useApp();
  const me = useMe().data;
  const queryClient = useQueryClient();
  const tree = useOrgTree();
  const [selected, setSelected] = useState<string | undefined>();
  const [dialog, setDialog] = useState<{ action: OrgAction; org: Org } | undefined>();
  const [rootError, setRootError] = useState<string | undefined>();
  const detailRef = useRef<HTMLDivElement>(null);
  const canWrite = me?.permissions.includes('members:write') ?? false;

  useEffect(() => {
    tree.load(ROOT).catch((error: unknown) => setRootError(error instanceof Error ? error.message : String(error)));
    // Once, on opening the page.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const select = (org: Org, reveal = false) => {
    setSelected(org.id);
    if (reveal) void tree.reveal(org);
    // On a phone the detail is below the tree: bring it into view.
    if (window.matchMedia('(max-width: 991px)').matches) detailRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  };

  const changed = async (org: Org, reloadParents: (string | null)[], text: string) => {
    setDialog(undefined);
    queryClient.setQueryData(orgKey(org.id), org);
    await queryClient.invalidateQueries({ queryKey: ['org'] });
    void queryClient.invalidateQueries({ queryKey: ['orgs', 'search'] });
    tree.replace(org);
    for (const parent of reloadParents) await tree.reload(parent ?? ROOT);
    void message.success(fill(text, { name: org.name }));
  };

  const roots = tree.levels[ROOT];
  return (
    <div className="orgs-page">
      <Typography.Title level={1} className="page-title">
        {t.orgs.title}
      </Typography.Title>
      <div className="orgs-columns">
        <div className="orgs-browse">
          <OrgSearch onSelect={(org) => select(org, true)} />
          {rootError && <p className="field-error">{rootError}</p>}
          {!roots && !rootError && <LoadingLine />}
          {roots && roots.items.length === 0 && <p className="muted">{t.orgs.empty}</p>}
          {roots && roots.items.length > 0 && <OrgTree tree={tree} selectedId={selected} onSelect={(org) => select(org)} />}
        </div>
        <div className="orgs-detail" ref={detailRef}>
          <OrgDetailPanel orgId={selected} canWrite={canWrite} onAction={(action, org) => setDialog({ action, org })} />
        </div>
      </div>
      {dialog?.action === 'create' && (
        <CreateOrgDialog
          parent={dialog.org}
          onCancel={() => setDialog(undefined)}
          onDone={(org) => {
            tree.setExpanded((keys) => [...new Set([...keys, dialog.org.id])]);
            void changed(org, [dialog.org.id, dialog.org.parentId], t.orgs.created).then(() => setSelected(org.id));
          }}
        />
      )}
      {dialog?.action === 'rename' && <RenameOrgDialog org={dialog.org} onCancel={() => setDialog(undefined)} onDone={(org) => void changed(org, [], t.orgs.renamed)} />}
      {dialog?.action === 'move' && (
        <MoveOrgDialog
          org={dialog.org}
          onCancel={() => setDialog(undefined)}
          onDone={(org, previousParentId) => {
            void changed(org, [previousParentId, org.parentId], t.orgs.moved).then(() => tree.reveal(org));
          }}
        />
      )}
      {dialog?.action === 'close' && <CloseOrgDialog org={dialog.org} onCancel={() => setDialog(undefined)} onDone={(org) => void changed(org, [], t.orgs.closed)} />}
    </div>
  );
}
