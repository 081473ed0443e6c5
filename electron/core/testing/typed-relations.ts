import { ConceptEngine } from '../concepts/engine';
import { typedRelations, type TypedRelation } from '../concepts/relations';
import { parseNote } from '../markdown/parse';

/** The typed relations a study note states, in a vault that also holds one concept note per name given (`Storage class|clases de almacenamiento` adds an alias). */
function stated(concepts: readonly string[], study: string): { relations: TypedRelation[]; label: (key: string) => string } {
  const notes = concepts.map((c) => {
    const [title, ...aliases] = c.split('|') as [string, ...string[]];
    const front = aliases.length ? `---\naliases: [${aliases.join(', ')}]\n---\n` : '';
    return parseNote(`${title}.md`, `${front}# ${title}\nA concept of the course.\n`);
  });
  const note = parseNote('study.md', study);
  const engine = new ConceptEngine();
  engine.update([...notes, note], []);
  return { relations: typedRelations(note, engine.hitsFor('study.md'), engine.relationDictionary), label: (key) => engine.conceptInfo(key)?.label ?? key };
}

/** `[from label, relation, to label]` of each typed relation the study note states. */
export function relationsIn(concepts: readonly string[], study: string): string[][] {
  const { relations, label } = stated(concepts, study);
  return relations.map((r) => [label(r.from), r.name, label(r.to)]);
}

/** The evidence sentence of the relation from `from` to `to`. */
export function evidenceOf(concepts: readonly string[], study: string, from: string, to: string): string | undefined {
  const { relations, label } = stated(concepts, study);
  return relations.find((r) => label(r.from) === from && label(r.to) === to)?.evidence.sentence;
}
