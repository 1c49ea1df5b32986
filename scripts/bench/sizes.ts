import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from '../../test/e2e/harness';

export interface SizeRow {
  file: string;
  bytes: number;
  gzip: number;
}

/** Every JavaScript file of a build, with its minified and gzipped size. */
export function bundleSizes(build = 'chrome-mv3'): SizeRow[] {
  const dir = join(ROOT, '.output', build);
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((f) => f.isFile() && f.name.endsWith('.js'))
    .map((f) => {
      const path = join(f.parentPath, f.name);
      return {
        file: path.slice(dir.length + 1),
        bytes: statSync(path).size,
        gzip: gzipSync(readFileSync(path)).length,
      };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
}
