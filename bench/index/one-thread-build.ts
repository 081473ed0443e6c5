import type { ParsedNote } from '../../electron/core/markdown/types';
import { ConceptMatcher } from '../../electron/core/concepts/match';
import { extractCandidates } from '../../electron/core/concepts/extract';
import type { ConceptDictionary } from '../../electron/core/concepts/dictionary';
import { VaultIndex } from '../../electron/core/pipeline/vault-index';
import { NodeVaultFs } from '../../electron/core/vault/node-vault-fs';

/**
 * A vault's index built on this one thread, with what the concept stages take as input: every parsed note,
 * the dictionary the build made, and each note's candidates. The stage benches time those stages alone.
 */
export async function oneThreadBuild(dir: string) {
  // One thread, so every note is read here and the stages find the dictionary the build made.
  process.env.CAIRN_BUILD_THREADS = '1';
  const index = new VaultIndex(await NodeVaultFs.open(dir));
  await index.build();
  const engine = index.concepts;
  const notes: ParsedNote[] = [];
  for (const id of index.records.keys()) {
    const note = engine.parsedNote(id);
    if (note) notes.push(note);
  }
  const dictionary = (engine as unknown as { dictionary: ConceptDictionary }).dictionary;
  const candidates = notes.map((n) => extractCandidates(n));
  return { index, engine, notes, dictionary, relationNames: engine.relationDictionary, candidates, matcher: new ConceptMatcher(dictionary) };
}
