import { parentPort } from 'node:worker_threads';
import type { ParsedNote } from '../markdown/types';
import { extractCandidates } from './extract';

/** A second core's share of a cold build's concept reading (see extract-pool.ts): notes in, candidates out. */
parentPort?.on('message', (notes: ParsedNote[]) => {
  parentPort?.postMessage(notes.map((note) => extractCandidates(note)));
});
