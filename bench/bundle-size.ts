// The content script's size as shipped: .output/chrome-mv3/content-scripts/content.js, gzipped.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(import.meta.dirname, '..');
const CONTENT_SCRIPT = join(ROOT, '.output/chrome-mv3/content-scripts/content.js');
const SOURCES = ['lib', 'entrypoints', 'components'];

function newestSource(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((newest, item) => {
    const path = join(dir, item.name);
    return Math.max(newest, item.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }, 0);
}

export interface BundleSize {
  file: string;
  bytes: number;
  /** gzip at its default level, as a server would send it. */
  gzipBytes: number;
  /** Whether the bench had to build the extension first (none, or older than the sources). */
  built: boolean;
}

/** Measures the content script, building the extension first when the build is missing or stale. */
export function contentScriptSize(): BundleSize {
  const newest = Math.max(...SOURCES.map((dir) => newestSource(join(ROOT, dir))));
  const built = !existsSync(CONTENT_SCRIPT) || statSync(CONTENT_SCRIPT).mtimeMs < newest;
  if (built) execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'ignore' });
  const bytes = readFileSync(CONTENT_SCRIPT);
  return { file: CONTENT_SCRIPT.slice(ROOT.length + 1), bytes: bytes.length, gzipBytes: gzipSync(bytes).length, built };
}
