import { useCallback, useRef, useState } from 'react';
import { useApi } from '../../../api/api-context';
import { listOrgChildren, type Org } from '../api/orgs-api';

/** The key of the invisible level above the roots the caller sees. */
export const ROOT = '__root__';

export interface Level {
  items: Org[];
  nextCursor: string | null;
}

/**
 * The org tree as loaded so far: one level (a page or more of children) per expanded org, fetched
 * on expand, never the whole tree (5.5 million members, 50,000+ organisations). Levels can be
 * reloaded after a change, pages appended with "show more".
 */
export function useOrgTree() {
  const api = useApi();
  const [levels, setLevels] = useState<Record<string, Level>>({});
  const [expanded, setExpanded] = useState<string[]>([]);
  // The loaded levels as of now (the state lags one render): steps of `reveal` read what the previous step loaded.
  const levelsRef = useRef(levels);
  const commit = useCallback((next: Record<string, Level>) => {
    levelsRef.current = next;
    setLevels(next);
  }, []);

  const load = useCallback(
    async (parentKey: string, append = false): Promise<Level> => {
      const current = levelsRef.current[parentKey];
      const cursor = append ? (current?.nextCursor ?? undefined) : undefined;
      const page = await listOrgChildren(api, parentKey === ROOT ? null : parentKey, cursor);
      const level: Level = append && current ? { items: [...current.items, ...page.items], nextCursor: page.nextCursor } : page;
      commit({ ...levelsRef.current, [parentKey]: level });
      return level;
    },
    [api, commit],
  );

  /** Replaces one org where it is shown (after a rename or close). */
  const replace = useCallback(
    (org: Org) => {
      const key = org.parentId ?? ROOT;
      const level = levelsRef.current[key];
      if (level) commit({ ...levelsRef.current, [key]: { ...level, items: level.items.map((item) => (item.id === org.id ? org : item)) } });
    },
    [commit],
  );

  /** Forgets a level so that it loads again on the next expand (its org's children changed). */
  const reload = useCallback(
    async (parentKey: string) => {
      if (parentKey === ROOT || levelsRef.current[parentKey] || expanded.includes(parentKey)) await load(parentKey);
    },
    [expanded, load],
  );

  /** Finds an org already loaded anywhere in the tree. */
  const find = useCallback((id: string): Org | undefined => {
    for (const level of Object.values(levelsRef.current)) {
      const found = level.items.find((item) => item.id === id);
      if (found) return found;
    }
    return undefined;
  }, []);

  /** Opens the branches down to `org` that the caller can see (ancestors above its scope are skipped). */
  const reveal = useCallback(
    async (org: Org) => {
      if (!levelsRef.current[ROOT]) await load(ROOT);
      const opened: string[] = [];
      for (const ancestorId of org.ancestorIds) {
        if (!find(ancestorId)) continue;
        if (!levelsRef.current[ancestorId]) await load(ancestorId);
        opened.push(ancestorId);
      }
      setExpanded((keys) => [...new Set([...keys, ...opened])]);
    },
    [find, load],
  );

  return { levels, expanded, setExpanded, load, reload, replace, find, reveal };
}
