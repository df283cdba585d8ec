import { ancestorPaths, childPath, isWithin, pathDepth, seqSegment, subtreeUpperBound } from './org-path';

describe('org path arithmetic', () => {
  it('writes each seq in base36 between slashes', () => {
    expect(seqSegment(1)).toBe('1');
    expect(seqSegment('35')).toBe('z');
    expect(seqSegment(36n)).toBe('10');
    expect(seqSegment('9007199254740993')).toBe('2gosa7pa2gx');
    expect(() => seqSegment(0)).toThrow(RangeError);
  });

  it('builds a child path under a parent or at the root, with its depth', () => {
    expect(childPath(null, 1)).toBe('/1/');
    expect(childPath('/1/', 363)).toBe('/1/a3/');
    expect(childPath('/1/a3/', 3044)).toBe('/1/a3/2ck/');
    expect(pathDepth('/1/')).toBe(0);
    expect(pathDepth('/1/a3/2ck/')).toBe(2);
    expect(() => pathDepth('1/a3')).toThrow(RangeError);
    expect(() => pathDepth('/1/A3/')).toThrow(RangeError);
  });

  it('lists the ancestor paths root first, without the org itself', () => {
    expect(ancestorPaths('/1/')).toEqual([]);
    expect(ancestorPaths('/1/a3/2ck/')).toEqual(['/1/', '/1/a3/']);
  });

  it('bounds a subtree so that a sibling sharing a prefix of digits stays out', () => {
    const p = '/1/';
    const inRange = (path: string) => Buffer.compare(Buffer.from(path), Buffer.from(p)) >= 0 && Buffer.compare(Buffer.from(path), Buffer.from(subtreeUpperBound(p))) < 0;
    // Byte order is what the "C" collation compares.
    expect(inRange('/1/')).toBe(true);
    expect(inRange('/1/zz/zzzz/')).toBe(true);
    expect(inRange('/10/')).toBe(false);
    expect(inRange('/0/')).toBe(false);
    expect(inRange('/2/1/')).toBe(false);
    expect(isWithin('/1/a3/', '/1/')).toBe(true);
    expect(isWithin('/10/a3/', '/1/')).toBe(false);
  });
});
