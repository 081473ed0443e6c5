import { describe, expect, it } from 'vitest';
import { parseNote } from '../markdown/parse';
import { LinkResolver } from '../markdown/resolve';
import { keptFrontmatter, rewriteLinks, type RewriteContext } from './link-rewrite';

/*
 * A rename re-parses every note whose links it rewrote; when the rewrite left the front matter's lines
 * alone, the front matter of the parse before is taken as it was (keptFrontmatter). The parse must be the
 * one a full parse of the new text gives, whatever the note's front matter is like.
 */

const ids = ['aws/EC2.md', 'notas/a.md', 'AMI.md'];
const moved = (id: string): string => (id === 'aws/EC2.md' ? 'nube/Elastic Compute.md' : id);
const context = (id: string): RewriteContext => ({
  before: id,
  after: id,
  resolverBefore: new LinkResolver(ids),
  resolverAfter: new LinkResolver(ids.map(moved)),
  moved,
});

const body = 'Ver [[EC2]] y [la guía](../aws/EC2.md).\n\n## Más\n\nOtra vez [[EC2#Conexión|la conexión]]. #aws\n';
const notes: Record<string, string> = {
  'no front matter': `# A\n\n${body}`,
  'YAML with a title, aliases and tags': `---\ntitle: Nota A\naliases: [Uno, Dos]\ntags: [aws/compute]\nfecha: 2024-01-02\n---\n# A\n\n${body}`,
  'a property linking elsewhere': `---\nrelated: "[[AMI]]"\n---\n${body}`,
  'a property linking to the moved note': `---\nrelated: "[[EC2]]"\n---\n${body}`,
  'bad YAML': `---\ntitle: [unclosed\n---\n${body}`,
  'never closed': `---\ntitle: x\n${body}`,
  'JavaScript front matter': `---js\nmodule.exports = {}\n---\n${body}`,
  'CRLF line ends': `---\r\ntitle: Nota A\r\n---\r\n${body.replace(/\n/g, '\r\n')}`,
  'a link on line 1': `[[EC2]] arriba\n${body}`,
  'a link on the fence line': `---[[EC2]]\ntitle: x\n---\n${body}`,
  'front matter closing on the last line': `---\ntitle: x\n---`,
};

describe('the front matter a link rewrite keeps', () => {
  for (const [name, text] of Object.entries(notes)) {
    it(`gives the parse a full parse gives: ${name}`, () => {
      const id = 'notas/a.md';
      const before = parseNote(id, text);
      const result = rewriteLinks(text, before.links, context(id));
      const kept = keptFrontmatter(before, result.text, result.firstLine);
      expect(parseNote(id, result.text, kept)).toEqual(parseNote(id, result.text));
      if (result.changed > 0 && result.firstLine < Math.max(2, before.bodyStartLine)) expect(kept).toBeUndefined();
      // An undo writes the text back as it was: its own parse's front matter.
      expect(parseNote(id, text, keptFrontmatter(before, text, Infinity))).toEqual(before);
    });
  }

  it('is taken whenever the rewrite stayed below the front matter', () => {
    const text = notes['YAML with a title, aliases and tags'] as string;
    const before = parseNote('notas/a.md', text);
    const result = rewriteLinks(text, before.links, context('notas/a.md'));
    expect(result.changed).toBe(3);
    expect(keptFrontmatter(before, result.text, result.firstLine)?.data).toBe(before.frontmatter);
  });

  it('is read again when the rewrite reached the front matter', () => {
    const text = notes['a property linking to the moved note'] as string;
    const before = parseNote('notas/a.md', text);
    const result = rewriteLinks(text, before.links, context('notas/a.md'));
    expect(result.firstLine).toBe(2);
    expect(keptFrontmatter(before, result.text, result.firstLine)).toBeUndefined();
    expect(parseNote('notas/a.md', result.text).frontmatter).toEqual({ related: '[[Elastic Compute]]' });
  });
});
