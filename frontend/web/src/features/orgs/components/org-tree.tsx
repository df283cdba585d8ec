import Button from 'antd/es/button';
import Tag from 'antd/es/tag';
import Tree from 'antd/es/tree';
import type { DataNode } from 'antd/es/tree';
import { useI18n } from '../../../i18n/i18n-context';
import type { Org } from '../api/orgs-api';
import { ROOT, type Level, type useOrgTree } from '../hooks/use-org-tree';

const MORE_PREFIX = 'more:';

/**
 * The tree, keyboard-usable (antd/rc-tree: ↑/↓ move, → opens, ← closes, Enter selects), loading
 * each org's children when it is opened. A long level ends in a "show more" node.
 */
export function OrgTree({ tree, selectedId, onSelect }: { tree: ReturnType<typeof useOrgTree>; selectedId?: string; onSelect: (org: Org) => void }) {
  const { t } = useI18n();

  const nodesOf = (parentKey: string, level: Level | undefined): DataNode[] | undefined => {
    if (!level) return undefined;
    const nodes: DataNode[] = level.items.map((org) => ({
      key: org.id,
      isLeaf: org.childCount === 0 && !tree.levels[org.id]?.items.length,
      title: (
        <span className={org.status === 'closed' ? 'org-node closed' : 'org-node'}>
          <span className="org-node-name">{org.name}</span> <span className="org-node-short">{org.shortName}</span>
          {org.status === 'closed' && (
            <Tag className="org-node-tag" variant="outlined">
              {t.orgs.closedTag}
            </Tag>
          )}
        </span>
      ),
      children: nodesOf(org.id, tree.levels[org.id]),
    }));
    if (level.nextCursor) {
      nodes.push({
        key: `${MORE_PREFIX}${parentKey}`,
        isLeaf: true,
        title: (
          <Button type="link" size="small" tabIndex={-1}>
            {t.orgs.loadMore}
          </Button>
        ),
      });
    }
    return nodes;
  };

  const treeData = nodesOf(ROOT, tree.levels[ROOT]) ?? [];
  return (
    <Tree
      className="org-tree"
      aria-label={t.orgs.treeLabel}
      blockNode
      showLine
      treeData={treeData}
      expandedKeys={tree.expanded}
      selectedKeys={selectedId ? [selectedId] : []}
      loadedKeys={Object.keys(tree.levels)}
      onExpand={(keys) => tree.setExpanded(keys.map(String))}
      loadData={async (node) => {
        const key = String(node.key);
        if (!key.startsWith(MORE_PREFIX) && !tree.levels[key]) await tree.load(key);
      }}
      onSelect={(_keys, info) => {
        const key = String(info.node.key);
        if (key.startsWith(MORE_PREFIX)) {
          void tree.load(key.slice(MORE_PREFIX.length), true);
          return;
        }
        const org = tree.find(key);
        if (org) onSelect(org);
      }}
    />
  );
}
