import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The workspace root (the package.json named `lienthong`), from sources or from dist/out alike. */
export function findRepoRoot(start: string): string {
  let dir = start;
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'lienthong') return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No lienthong package.json above ${start}`);
    dir = parent;
  }
}
