import { isInScope, scopeSql, scopeUpperBound, type ActorScope } from './actor-scope';

describe('actor scope', () => {
  const subtree: ActorScope = { kind: 'subtree', rootId: '0193a0f2-6b1e-7c3d-9f00-1a2b3c4d5e6f', path: '/1/a3/' };

  it('sees its own org and everything below it, nothing beside or above it', () => {
    expect(isInScope(subtree, '/1/a3/')).toBe(true);
    expect(isInScope(subtree, '/1/a3/2bk/')).toBe(true);
    expect(isInScope(subtree, '/1/a30/')).toBe(false);
    expect(isInScope(subtree, '/1/')).toBe(false);
    expect(isInScope({ kind: 'all' }, '/9/')).toBe(true);
    expect(isInScope({ kind: 'subtree', rootId: subtree.rootId, path: null }, '/1/a3/')).toBe(false);
  });

  it('restricts hand-written SQL with a btree range on the path, or to nothing / everything', () => {
    expect(scopeSql(subtree, 'm.org_path', 3)).toEqual({
      sql: '(m.org_path >= $3::text COLLATE "C" AND m.org_path < $4::text COLLATE "C")',
      params: ['/1/a3/', '/1/a3/~'],
    });
    expect(scopeSql({ kind: 'all' }, 'o.path', 1)).toEqual({ sql: 'TRUE', params: [] });
    expect(scopeSql({ kind: 'subtree', rootId: subtree.rootId, path: null }, 'o.path', 1)).toEqual({ sql: 'FALSE', params: [] });
    // A sibling whose segment extends this one ("/1/a30/") falls outside the range: at the
    // differing character its '0' sorts after the root path's '/' (byte order, as COLLATE "C").
    const inRange = (path: string, root: string) => path >= root && path < scopeUpperBound(root);
    expect(inRange('/1/a30/', '/1/a3/')).toBe(false);
    expect(inRange('/1/a3/zz/', '/1/a3/')).toBe(true);
  });
});
