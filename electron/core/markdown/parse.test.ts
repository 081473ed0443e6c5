import { describe, expect, it } from 'vitest';
import { parseNote } from './parse';
import type { ParsedNote, RawLink } from './types';

type LinkRow = Pick<RawLink, 'target' | 'subpath' | 'display' | 'embed' | 'kind'>;

const wiki = (target: string, extra: Partial<LinkRow> = {}): LinkRow => ({ target, subpath: null, display: null, embed: false, kind: 'wiki', ...extra });
const md = (target: string, extra: Partial<LinkRow> = {}): LinkRow => ({ target, subpath: null, display: null, embed: false, kind: 'markdown', ...extra });
const linksOf = (note: ParsedNote): LinkRow[] => note.links.map(({ target, subpath, display, embed, kind }) => ({ target, subpath, display, embed, kind }));
const parse = (body: string, id = 'note.md'): ParsedNote => parseNote(id, body);

describe('parseNote: links', () => {
  const rows: { name: string; body: string; links: LinkRow[] }[] = [
    { name: '[[a]]', body: 'see [[a]] now', links: [wiki('a')] },
    { name: '[[a|alias]]', body: 'see [[a|the alias]]', links: [wiki('a', { display: 'the alias' })] },
    { name: '[[a#heading]]', body: '[[a#Some heading]]', links: [wiki('a', { subpath: 'Some heading' })] },
    { name: '[[a#h1#h2]]', body: '[[a#h1#h2]]', links: [wiki('a', { subpath: 'h1#h2' })] },
    { name: '[[a#^block]]', body: '[[a#^b1x]]', links: [wiki('a', { subpath: '^b1x' })] },
    { name: '[[a#heading|alias]]', body: '[[a#h|shown]]', links: [wiki('a', { subpath: 'h', display: 'shown' })] },
    { name: '[[#heading]] (same note)', body: '[[#Heading]]', links: [wiki('', { subpath: 'Heading' })] },
    { name: '[[folder/a]]', body: '[[aws/EC2]]', links: [wiki('aws/EC2')] },
    { name: '[[a.md]]', body: '[[a.md]]', links: [wiki('a.md')] },
    { name: 'embed ![[a]]', body: '![[a]]', links: [wiki('a', { embed: true })] },
    { name: 'embed ![[img.png]]', body: '![[diagram.png|300]]', links: [wiki('diagram.png', { embed: true, display: '300' })] },
    { name: 'names with accents, spaces, emoji', body: '[[Café ☕ notas]] [[Rol de IAM]] [[🚀 Launch]]', links: [wiki('Café ☕ notas'), wiki('Rol de IAM'), wiki('🚀 Launch')] },
    { name: 'escaped pipe inside a table', body: '| a | [[EC2\\|Amazon EC2]] |', links: [wiki('EC2', { display: 'Amazon EC2' })] },
    { name: '[[]] and [[|x]] are not links', body: '[[]] [[|x]] [[ ]]', links: [] },
    { name: 'unclosed [[ is not a link', body: '[[a and [[b]]', links: [wiki('b')] },
    { name: 'Markdown link', body: '[x](a.md)', links: [md('a.md', { display: 'x' })] },
    { name: 'Markdown link, URL-encoded with heading', body: '[x](Some%20Note.md#The%20Heading)', links: [md('Some Note.md', { subpath: 'The Heading', display: 'x' })] },
    { name: 'Markdown link in angle brackets', body: '[x](<a b.md>)', links: [md('a b.md', { display: 'x' })] },
    { name: 'Markdown link, relative path', body: '[up](../x.md) [down](sub/y.md)', links: [md('../x.md', { display: 'up' }), md('sub/y.md', { display: 'down' })] },
    { name: 'Markdown link with a title', body: '[x](a.md "Title here")', links: [md('a.md', { display: 'x' })] },
    { name: 'Markdown link with parentheses in it', body: '[x](a_(b).md)', links: [md('a_(b).md', { display: 'x' })] },
    { name: 'Markdown link to a heading of this note', body: '[top](#use-an-ami)', links: [md('', { subpath: 'use-an-ami', display: 'top' })] },
    { name: 'Markdown link without .md', body: '[x](Other)', links: [md('Other', { display: 'x' })] },
    { name: 'Markdown link text with escapes', body: '[Amazon \\(AMI\\)](AMIs.md)', links: [md('AMIs.md', { display: 'Amazon (AMI)' })] },
    {
      name: 'external URLs are not links',
      body: '[a](https://aws.amazon.com) [b](http://x.y/z.md) [c](mailto:a@b.c) [d](ftp://h/f) [e](//cdn/x.md) <https://x.y> ![i](https://x/i.png)',
      links: [],
    },
    { name: 'image is an embed', body: '![](img.png) ![alt text](pics/a%20b.jpg)', links: [md('img.png', { embed: true }), md('pics/a b.jpg', { embed: true, display: 'alt text' })] },
    { name: 'image inside a link', body: '[![logo](logo.png)](home.md)', links: [md('logo.png', { embed: true, display: 'logo' }), md('home.md', { display: 'logo' })] },
    { name: 'empty destination', body: '[x]()', links: [] },
    { name: 'reference-style brackets are not links', body: '[x] and [y][z] and [a] (b.md)', links: [] },
    { name: 'escaped brackets', body: '\\[\\[a\\]\\] and \\[x\\](y.md) and [ok](z.md)', links: [md('z.md', { display: 'ok' })] },
    { name: 'wiki and Markdown links on one line', body: 'a [[one]] b [two](two.md) c ![[three]]', links: [wiki('one'), md('two.md', { display: 'two' }), wiki('three', { embed: true })] },
    { name: 'links in headings, lists, quotes and tables', body: '# H [[h]]\n- [[l]]\n1. [[n]]\n> [[q]]\n| [[t]] |', links: [wiki('h'), wiki('l'), wiki('n'), wiki('q'), wiki('t')] },
    { name: 'inline code', body: 'a `[[no]]` b ``x ` [[no]]`` c [[yes]]', links: [wiki('yes')] },
    { name: 'unmatched backtick does not hide links', body: 'a ` b [[yes]]', links: [wiki('yes')] },
    { name: 'fenced code ```', body: '```\n[[no]]\n```\n[[yes]]', links: [wiki('yes')] },
    { name: 'fenced code ~~~ with info string', body: '~~~js\n[[no]]\n~~~\n[[yes]]', links: [wiki('yes')] },
    { name: 'longer fence holds a shorter one', body: '````md\n```\n[[no]]\n```\n[[still no]]\n````\n[[yes]]', links: [wiki('yes')] },
    { name: '~~~ does not close ```', body: '```\n~~~\n[[no]]\n```\n[[yes]]', links: [wiki('yes')] },
    { name: 'unclosed fence runs to the end', body: '[[yes]]\n```\n[[no]]', links: [wiki('yes')] },
    { name: 'fence indented in a list', body: '1. step\n\n   ```\n   [[no]]\n   ```\n\n   [[yes]]', links: [wiki('yes')] },
    { name: 'fence in a quote', body: '> ```\n> [[no]]\n> ```\n> [[yes]]', links: [wiki('yes')] },
    { name: 'indented code block', body: 'para\n\n    [[no]]\n    [[no2]]\n\n[[yes]]', links: [wiki('yes')] },
    { name: 'indented line continuing a paragraph is prose', body: 'para\n    [[yes]]', links: [wiki('yes')] },
    { name: 'indented line continuing a list item is prose', body: '- item\n\n    [[yes]]', links: [wiki('yes')] },
    { name: 'HTML comment on one line', body: 'a <!-- [[no]] --> [[yes]]', links: [wiki('yes')] },
    { name: 'HTML comment over lines', body: 'a <!-- start\n[[no]]\n# not a heading\nend --> [[yes]]\n[[yes2]]', links: [wiki('yes'), wiki('yes2')] },
    { name: 'Obsidian %% comment', body: 'a %%[[no]]%% b\n%%\n[[no]]\n%%\n[[yes]]', links: [wiki('yes')] },
  ];
  it.each(rows)('$name', ({ body, links }) => {
    expect(linksOf(parse(body))).toEqual(links);
  });

  it('counts wiki links in property values, not YAML flow lists', () => {
    const note = parse('---\nrelated: "[[EC2]]"\nsee:\n  - "[[AMI|imagen]]"\nnested: [[a, b]]\n---\n[[body]]');
    expect(note.links.map((l) => [l.target, l.display, l.line, l.col])).toEqual([
      ['EC2', null, 2, 10],
      ['AMI', 'imagen', 4, 5],
      ['body', null, 7, 0],
    ]);
    expect(parse('---js\nx: "[[EC2]]"\n---\n').links).toEqual([]);
  });

  it('gives each link its file line and column', () => {
    const note = parse('---\ntitle: T\n---\nintro\n\nx [[a]] and ![b](b.png)\n');
    expect(note.links.map((l) => [l.target, l.line, l.col])).toEqual([
      ['a', 6, 2],
      ['b.png', 6, 12],
    ]);
  });
});

describe('parseNote: tags', () => {
  const rows: { name: string; body: string; tags: string[] }[] = [
    { name: '#tag', body: 'a #tag b', tags: ['tag'] },
    { name: 'nested #a/b', body: '#aws/ec2 first', tags: ['aws/ec2'] },
    { name: 'accents, dashes, underscores, emoji', body: '#cómputo #multi-word #snake_case #🚀', tags: ['cómputo', 'multi-word', 'snake_case', '🚀'] },
    { name: 'pure numbers are not tags', body: '#123 issue #2024', tags: [] },
    { name: 'numbers with letters are tags', body: '#2024-review #v2', tags: ['2024-review', 'v2'] },
    { name: 'headings are not tags', body: '# Heading\n## Two', tags: [] },
    { name: 'tags in headings count', body: '## EC2 #aws', tags: ['aws'] },
    { name: 'not inside URLs', body: 'see https://example.com/page#section and http://x.y/#/route', tags: [] },
    { name: 'not HTML entities', body: 'a &#123; b &#x1F600;', tags: [] },
    { name: 'not in the middle of a word', body: 'C#sharp a#b', tags: [] },
    { name: 'not in code', body: '`#no` and\n```\n#no\n```\n#yes', tags: ['yes'] },
    { name: 'punctuation ends a tag', body: '#tag, #other. (#no)', tags: ['tag', 'other'] },
    { name: 'deduplicated, first spelling kept', body: '#AWS #aws #Aws', tags: ['AWS'] },
    { name: 'escaped hash is not a tag', body: '\\#notatag', tags: [] },
    { name: 'in list items and quotes', body: '- #list\n> #quote', tags: ['list', 'quote'] },
  ];
  it.each(rows)('$name', ({ body, tags }) => {
    expect(parse(body).tags.map((t) => t.tag)).toEqual(tags);
  });

  const fmRows: { name: string; fm: string; tags: string[]; aliases: string[] }[] = [
    { name: 'tags as list', fm: 'tags: [aws, "#ec2"]', tags: ['aws', 'ec2'], aliases: [] },
    { name: 'tags as block list', fm: 'tags:\n  - aws/ec2\n  - cómputo', tags: ['aws/ec2', 'cómputo'], aliases: [] },
    { name: 'tags as comma-separated string', fm: 'tags: aws, ec2', tags: ['aws', 'ec2'], aliases: [] },
    { name: 'tags as space-separated string', fm: 'tags: aws ec2', tags: ['aws', 'ec2'], aliases: [] },
    { name: 'singular tag', fm: 'tag: aws', tags: ['aws'], aliases: [] },
    { name: 'numeric and invalid tags dropped', fm: 'tags: [2024, "two words", ok]', tags: ['ok'], aliases: [] },
    { name: 'aliases as list', fm: 'aliases: [Amazon EC2, "EC2, la nube"]', tags: [], aliases: ['Amazon EC2', 'EC2, la nube'] },
    { name: 'aliases as comma-separated string', fm: 'aliases: Elastic Load Balancing, ELB', tags: [], aliases: ['Elastic Load Balancing', 'ELB'] },
    { name: 'singular alias', fm: 'alias: AMI', tags: [], aliases: ['AMI'] },
    { name: 'null and odd values', fm: 'aliases:\ntags: {a: 1}', tags: [], aliases: [] },
  ];
  it.each(fmRows)('front matter: $name', ({ fm, tags, aliases }) => {
    const note = parse(`---\n${fm}\n---\nbody #inline`);
    expect(note.tags.map((t) => t.tag)).toEqual([...tags, 'inline']);
    expect(note.tags.filter((t) => t.line === 0).map((t) => t.tag)).toEqual(tags);
    expect(note.aliases).toEqual(aliases);
  });
});

describe('parseNote: headings, blocks, callouts', () => {
  const rows: { name: string; body: string; headings: [number, string][] }[] = [
    { name: 'ATX levels', body: '# One\ntext\n## Two\n###### Six\n####### seven', headings: [[1, 'One'], [2, 'Two'], [6, 'Six']] },
    { name: 'closing hashes', body: '## Two ##\n# C# #', headings: [[2, 'Two'], [1, 'C#']] },
    { name: 'needs a space after #', body: '#tag\n#', headings: [[1, '']] },
    { name: 'up to 3 spaces of indent', body: '   # Yes\n    # code', headings: [[1, 'Yes']] },
    { name: 'setext', body: 'Title\n=====\n\nSub\n---\ntext', headings: [[1, 'Title'], [2, 'Sub']] },
    { name: '--- after a list item is not setext', body: '- item\n---', headings: [] },
    { name: 'not in code', body: '```\n# no\n```\n# yes', headings: [[1, 'yes']] },
    { name: 'escapes resolved, AWS anchor removed', body: '# Amazon Machine Images \\(AMI\\)<a name="AMIs"></a>', headings: [[1, 'Amazon Machine Images (AMI)']] },
    { name: 'links reduced to their text', body: '## See [[EC2|Amazon EC2]] and [docs](x.md)', headings: [[2, 'See Amazon EC2 and docs']] },
    { name: 'inline code keeps its text', body: '## Use `ec2-describe` now', headings: [[2, 'Use ec2-describe now']] },
  ];
  it.each(rows)('heading: $name', ({ body, headings }) => {
    expect(parse(body).headings.map((h) => [h.level, h.text])).toEqual(headings);
  });

  it('numbers heading lines from the top of the file', () => {
    const note = parse('---\na: 1\n---\n# H1\n\n## H2');
    expect(note.headings.map((h) => h.line)).toEqual([4, 6]);
  });

  it.each([
    { name: 'at line end', body: 'A paragraph. ^para-1', ids: ['para-1'] },
    { name: 'on its own line', body: '| table |\n^table1', ids: ['table1'] },
    { name: 'trailing blanks', body: 'x ^id9  ', ids: ['id9'] },
    { name: 'not glued to a word', body: 'x^no and 2^10', ids: [] },
    { name: 'not in code', body: '```\nx ^no\n```', ids: [] },
  ])('block id: $name', ({ body, ids }) => {
    const note = parse(body);
    expect(note.blockIds.map((b) => b.id)).toEqual(ids);
    for (const section of note.sections) expect(section.text).not.toMatch(/\^(para-1|table1|id9)/);
  });

  it.each([
    { name: 'with title', body: '> [!note] Remember this\n> body [[x]]', callouts: [{ type: 'note', title: 'Remember this', line: 1 }] },
    { name: 'foldable, no title', body: '> [!WARNING]-\n> careful', callouts: [{ type: 'warning', title: 'Warning', line: 1 }] },
    { name: 'only on the first line of a quote', body: '> quote\n> [!tip] no', callouts: [] },
    { name: 'not in code', body: '```\n> [!note] no\n```', callouts: [] },
  ])('callout: $name', ({ body, callouts }) => {
    expect(parse(body).callouts).toEqual(callouts);
  });
});

describe('parseNote: title, sections, problems', () => {
  it.each([
    { id: 'aws/My Note.md', fm: '', title: 'My Note' },
    { id: 'Café ☕.md', fm: '', title: 'Café ☕' },
    { id: 'x.MD', fm: '', title: 'x' },
    { id: 'x.md', fm: '---\ntitle: "  From YAML "\n---\n', title: 'From YAML' },
    { id: 'x.md', fm: '---\ntitle: 42\n---\n', title: 'x' },
  ])('title of $id with "$fm"', ({ id, fm, title }) => {
    expect(parseNote(id, `${fm}text`).title).toBe(title);
  });

  it('splits sections at headings, with prose only and lines aligned', () => {
    const text = [
      '---',
      'tags: [a]',
      '---',
      'Intro with [[EC2|Amazon EC2]] and `code [[x]]`.',
      '',
      '# Amazon Machine Images \\(AMI\\)<a name="AMIs"></a>',
      'An Amazon Machine Image \\(AMI\\) is [an image](AMIs.md)\\.',
      '```',
      'aws ec2 describe-images',
      '```',
      '<!-- hidden -->Visible',
      '## Next',
      '- [[Rol de IAM]] y ![[diagram.png]] y ![[Nota]]',
      '> [!note] Title',
      '> quoted',
    ].join('\n');
    const note = parse(text);
    expect(note.bodyStartLine).toBe(4);
    expect(note.sections.map((s) => [s.heading, s.level, s.startLine, s.endLine])).toEqual([
      [null, 0, 4, 5],
      ['Amazon Machine Images (AMI)', 1, 6, 11],
      ['Next', 2, 12, 15],
    ]);
    for (const s of note.sections) expect(s.text.split('\n')).toHaveLength(s.endLine - s.startLine + 1);
    const [intro, ami, next] = note.sections.map((s) => s.text.split('\n'));
    expect(intro?.[0]).toMatch(/^Intro with Amazon EC2 and\s+\.$/);
    expect(ami).toEqual(['Amazon Machine Images (AMI)', 'An Amazon Machine Image (AMI) is an image.', '', '', '', ' Visible']);
    expect(next?.[1]).toMatch(/^Rol de IAM y\s+y Nota$/);
    expect(next?.slice(2)).toEqual(['Title', 'quoted']);
  });

  it('keeps indexing a note whose front matter is broken', () => {
    const note = parse('---\ntitle: [oops\n---\n# Body\n[[link]] #tag');
    expect(note.problems.map((p) => p.code)).toEqual(['yaml-error']);
    expect(note.frontmatter).toEqual({});
    expect(note.headings.map((h) => [h.text, h.line])).toEqual([['Body', 4]]);
    expect(note.links.map((l) => l.target)).toEqual(['link']);
    expect(note.tags.map((t) => t.tag)).toEqual(['tag']);
  });

  it('reads an unclosed front matter as text', () => {
    const note = parse('---\ntitle: x\n# Heading\n[[a]]');
    expect(note.problems.map((p) => p.code)).toEqual(['unclosed-frontmatter']);
    expect(note.title).toBe('note');
    expect(note.headings.map((h) => [h.text, h.line])).toEqual([['Heading', 3]]);
    expect(note.links.map((l) => [l.target, l.line])).toEqual([['a', 4]]);
  });

  it('does not run ---js front matter and still reads the body', () => {
    const note = parse("---js\nrequire('fs').writeFileSync('/tmp/pwned','x')\n---\n[[a]]");
    expect(note.problems.map((p) => p.code)).toEqual(['js-frontmatter']);
    expect(note.links.map((l) => [l.target, l.line])).toEqual([['a', 4]]);
  });

  it('handles CRLF files like LF files', () => {
    const lf = parse('---\ntags: [x]\n---\n# H\n[[a]] #t ^blk\n```\n[[no]]\n```\n');
    const crlf = parse('---\r\ntags: [x]\r\n---\r\n# H\r\n[[a]] #t ^blk\r\n```\r\n[[no]]\r\n```\r\n');
    const shape = (n: ParsedNote): unknown => [n.headings, n.links, n.tags, n.blockIds, n.sections.map((s) => s.text)];
    expect(shape(crlf)).toEqual(shape(lf));
  });

  it('parses an empty note', () => {
    const note = parse('');
    expect(note.links).toEqual([]);
    expect(note.sections).toEqual([]);
    expect(note.title).toBe('note');
  });
});

describe('parseNote: size without quadratic behaviour', () => {
  it('finds 100,000 links on separate lines and on one line', () => {
    const many = Array.from({ length: 100_000 }, (_, i) => `- [[Note ${i}]] and [x](n${i}.md)`).join('\n');
    const note = parse(many);
    expect(note.links).toHaveLength(200_000);
    expect(note.links[199_999]).toMatchObject({ target: 'n99999.md', line: 100_000 });
    const oneLine = parse(Array.from({ length: 100_000 }, (_, i) => `[[N${i}]]`).join(' '));
    expect(oneLine.links).toHaveLength(100_000);
    expect(oneLine.links[99_999]?.col).toBe(oneLine.body.length - '[[N99999]]'.length);
  });

  it('parses a 50 MB note', () => {
    const block = [
      '## Section [[Link]] about EC2 \\(Elastic Compute Cloud\\)',
      'Some prose with #tag and `code` and [a link](other.md) and more words here.',
      '```',
      'code [[not a link]]',
      '```',
      '',
    ].join('\n');
    const copies = Math.ceil((50 * 1024 * 1024) / block.length);
    const note = parse(block.repeat(copies));
    expect(note.body.length).toBeGreaterThanOrEqual(50 * 1024 * 1024);
    expect(note.headings).toHaveLength(copies);
    expect(note.links).toHaveLength(copies * 2);
    expect(note.tags.map((t) => t.tag)).toEqual(['tag']);
    expect(note.sections).toHaveLength(copies);
  });

  it.each([
    ['unclosed [', '['],
    ['unclosed [[', '[['],
    ['unmatched backticks of growing length', null],
    ['unclosed ](', 'a](b'],
    ['unclosed <!--', ' <!-'],
    ['escapes', '\\'],
    ['hashes', ' #'],
    ['bangs', '!['],
    ['spaces before a link title', '[a](b      '],
  ])('a 200,000-character line of %s', (_name, unit) => {
    const line = unit === null ? Array.from({ length: 600 }, (_, i) => '`'.repeat(i + 1) + ' x ').join('') : unit.repeat(Math.ceil(200_000 / unit.length));
    const note = parse(`${line} [[end]]`);
    expect(note.links.map((l) => l.target)).toContain('end');
  });

  it('reads a cloze card as its answer, so `c1` is neither a concept nor a word to find', () => {
    const note = parse('- El {{c1::Network Load Balancer}} trabaja en la capa {{c2::4::número}}.\n- Sin cierre {{c1::abierto');
    const text = note.sections.map((s) => s.text).join('\n');
    expect(text).toContain('El Network Load Balancer trabaja en la capa 4.');
    expect(text.split('\n')[0]).not.toMatch(/c1|c2|número/);
    expect(text).toContain('{{c1::abierto');
  });
});

describe('parseNote: list items', () => {
  it('records each list item\'s line in its section, its indentation and whether it is numbered, outside quotes', () => {
    const note = parse('# A\n- **RI**\n  - standard vs convertible\n\n\t1. cluster -> rack\nplain line\n> - quoted\n## B\nno list\n');
    expect(note.sections[0]?.listItems).toEqual([
      { line: 1, indent: 0, ordered: false },
      { line: 2, indent: 2, ordered: false },
      { line: 4, indent: 4, ordered: true },
    ]);
    expect(note.sections[1]?.listItems).toBeUndefined();
  });
});
