// Bundles the bench's page code (bench/in-page) with the lib code it runs, for page.addScriptTag.
import { build } from 'esbuild';
import { resolve } from 'node:path';

/** The IIFE that sets `window.backstoryBench`, as one script. */
export async function bundleInPage(): Promise<string> {
  const result = await build({
    entryPoints: [resolve(import.meta.dirname, 'in-page/entry.ts')],
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    minify: false,
    write: false,
    logLevel: 'warning',
  });
  return result.outputFiles[0]!.text;
}
