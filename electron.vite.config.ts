import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

const here = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve(here, 'electron/main/index.ts'),
          'index-worker': resolve(here, 'electron/core/worker/worker-entry.ts'),
          // A cold build's second thread (electron/core/concepts/extract-pool.ts finds it beside the bundle).
          'extract-worker': resolve(here, 'electron/core/concepts/extract-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve(here, 'electron/preload/index.ts') },
        // A sandboxed preload cannot be an ES module.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(here, 'renderer'),
    plugins: [svelte()],
    build: {
      outDir: resolve(here, 'out/renderer'),
      // KaTeX's fonts as files, not data: URLs, which the CSP's font-src ('self') refuses.
      assetsInlineLimit: (file: string) => (/\.(woff2?|ttf)$/.test(file) ? false : undefined),
      rollupOptions: {
        input: { index: resolve(here, 'renderer/index.html') },
      },
    },
  },
});
