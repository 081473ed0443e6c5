import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';

/** A worker thread; a TypeScript entry (run from source, in dev and tests) is loaded through tsx inside it. */
export function spawnWorker(entry: URL | string, workerData?: unknown, resourceLimits?: ResourceLimits): Worker {
  const href = entry instanceof URL ? entry.href : pathToFileURL(entry).href;
  if (!href.endsWith('.ts')) return new Worker(entry, { workerData, resourceLimits });
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(href)}); });`;
  return new Worker(boot, { eval: true, workerData, resourceLimits });
}
