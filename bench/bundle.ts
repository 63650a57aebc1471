// Bundles the bench's page code (bench/in-page) with the lib code it runs, for page.addScriptTag.
import { build, type Plugin } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

/** Vite's `?inline` CSS imports (the hover card's style sheet), as the text of the file. */
const inlineCss: Plugin = {
  name: 'inline-css',
  setup(build) {
    build.onResolve({ filter: /\?inline$/ }, (args) => ({
      path: resolve(dirname(args.importer), args.path.replace(/\?inline$/, '')),
      namespace: 'inline-css',
    }));
    build.onLoad({ filter: /.*/, namespace: 'inline-css' }, async (args) => ({
      contents: await readFile(args.path, 'utf8'),
      loader: 'text',
    }));
  },
};

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
    jsx: 'automatic',
    jsxImportSource: 'preact',
    plugins: [inlineCss],
  });
  return result.outputFiles[0]!.text;
}
