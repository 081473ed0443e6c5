/**
 * The cold-build bench as the app runs it: bundled JavaScript, its helper thread's script beside it, no
 * TypeScript compiled at run time (the bench under `node --import tsx` compiles every module of both
 * threads as it loads them; electron-vite bundles the app and `extract-worker.js`).
 *
 *   node bench/index/bundle.mjs --tree DIR --out OUTDIR [--entry bench/index/index-digest.ts]
 *   node OUTDIR/worker-index.mjs --impl cairn --dir VAULT
 *
 * DIR is a checkout (this one, or another, such as a baseline); OUTDIR gets `worker-index.mjs` and, when
 * the checkout has one, `extract-worker.js`.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'esbuild';

const args = process.argv.slice(2);
const flag = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const tree = resolve(flag('--tree') ?? '.');
const out = resolve(flag('--out') ?? 'out/bench-index');
// Node built-ins stay imports; everything else is bundled, as the app's main-process bundle is.
// A `require` made at run time (the word lists are found with `require.resolve`) looks in the checkout's node_modules.
const banner = `import { createRequire as __cr } from 'node:module'; const require = __cr(${JSON.stringify(resolve(tree, 'package.json'))});`;
// Regular expressions stay literals, as in the app's bundle (electron-vite's keeps them): for `node22` esbuild
// otherwise rewrites each `/\p{L}/u` as `new RegExp("\\p{L}", "u")`, made from its source again each time
// the line runs, work the app does not do.
const regexes = { 'regexp-unicode-property-escapes': true, 'regexp-lookbehind-assertions': true, 'regexp-named-capture-groups': true, 'regexp-dot-all-flag': true, 'regexp-sticky-and-unicode-flags': true, 'regexp-match-indices': true };
const common = { bundle: true, platform: 'node', format: 'esm', target: 'node22', supported: regexes, logLevel: 'warning', banner: { js: banner } };
// Another bench script of the checkout instead of the cold-build bench (`index-digest.ts`): OUTDIR/<its name>.mjs.
const entry = flag('--entry') ?? 'bench/index/worker-index.ts';
const name = entry.split('/').pop().replace(/\.ts$/, '.mjs');
await build({ ...common, entryPoints: [resolve(tree, entry)], outfile: resolve(out, name) });
const helper = resolve(tree, 'electron/core/concepts/extract-worker.ts');
if (existsSync(helper)) await build({ ...common, entryPoints: [helper], outfile: resolve(out, 'extract-worker.js') });
// As in the app's package: `.js` files are ES modules.
mkdirSync(out, { recursive: true });
writeFileSync(resolve(out, 'package.json'), '{ "type": "module" }\n');
console.log(`bundled ${tree} into ${out}`);
