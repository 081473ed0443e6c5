import { describe, expect, it } from 'vitest';
import { findUnlinkedMentions, namesPattern } from './unlinked-mentions';

describe('unlinked mentions', () => {
  const pattern = namesPattern(['EC2', 'Elastic Compute Cloud', 'x'])!;

  it('finds the title and aliases as whole words, any case, with line and column', () => {
    const spots = findUnlinkedMentions('Launch an ec2 instance.\nThe Elastic Compute Cloud (EC2) runs it.\nEC2s and XEC2 are not it.', 5, pattern);
    expect(spots.map((s) => [s.line, s.col, s.match])).toEqual([
      [5, 10, 'ec2'],
      [6, 4, 'Elastic Compute Cloud'],
      [6, 27, 'EC2'],
    ]);
  });

  it('skips what is already a link, an embed, code, a URL, a tag or a fenced block', () => {
    const body = ['[[EC2]] and [[EC2|the EC2 service]] and ![[EC2]]', '[EC2](EC2.md) and `EC2` and https://example.org/EC2 and #EC2', '```', 'EC2 in code', '```', 'but EC2 here'].join('\n');
    const spots = findUnlinkedMentions(body, 1, pattern);
    expect(spots.map((s) => [s.line, s.match])).toEqual([[6, 'EC2']]);
  });

  it('ignores names too short to mean anything', () => {
    expect(namesPattern(['x', 'ab'])).toBeNull();
  });
});

describe('the prose of a note', () => {
  it('starts after the front matter, on the right file line, without reading the YAML', async () => {
    const { proseOf } = await import('./mentions-of');
    const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
    expect(proseOf(bytes('---\na: &x [1]\nb: *x\n---\n# T\nbody'))).toEqual({ body: '# T\nbody', firstLine: 5 });
    expect(proseOf(bytes('# T\nno front matter'))).toEqual({ body: '# T\nno front matter', firstLine: 1 });
    expect(proseOf(bytes('---\nunclosed: true\n# T'))).toEqual({ body: '---\nunclosed: true\n# T', firstLine: 1 });
  });
});
