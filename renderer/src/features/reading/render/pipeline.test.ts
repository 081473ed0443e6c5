// @vitest-environment jsdom
import { describe, expect, test } from 'vitest';
import type { LinkDTO, NoteDTO } from '../../../../../electron/contract';
import { contextFor, renderBody, toggleTask, type RenderContext } from '.';

function note(id: string, body: string, links: Partial<LinkDTO>[] = []): NoteDTO {
  return {
    id,
    title: id.replace(/\.md$/, ''),
    aliases: [],
    tags: [],
    folder: '',
    size: body.length,
    mtimeMs: 0,
    readOnly: false,
    problems: [],
    content: body,
    body,
    frontmatter: {},
    headings: [],
    links: links.map((l) => ({ target: '', subpath: null, display: null, embed: false, kind: 'wiki', line: 1, resolved: null, ...l })),
    backlinks: [],
    hash: 'h',
  };
}

function ctxOf(n: NoteDTO, embeds: NoteDTO[] = [], remoteImages = false): RenderContext {
  return contextFor(n, { embeds: new Map(embeds.map((e) => [e.id, e])), attachmentUrl: (id) => `/vault/${id}`, remoteImages });
}

function dom(html: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}

function render(body: string, links: Partial<LinkDTO>[] = [], embeds: NoteDTO[] = [], remote = false): HTMLElement {
  const n = note('Open.md', body, links);
  return dom(renderBody(body, ctxOf(n, embeds, remote)));
}

test('a line typed under another shows under it, as in Obsidian; a blank line still makes a paragraph', () => {
  const body = render('subnet publica -> tiene ruta al igw\nsubnet privada -> sale por nat\n\nsiguiente parrafo');
  const paragraphs = body.querySelectorAll('p');
  expect(paragraphs).toHaveLength(2);
  expect(paragraphs[0]!.querySelectorAll('br')).toHaveLength(1);
  expect(paragraphs[0]!.innerHTML.split('<br>').map((l) => l.trim())).toEqual(['subnet publica -&gt; tiene ruta al igw', 'subnet privada -&gt; sale por nat']);
});

describe('reading view pipeline', () => {
  test('task lists render boxes that know their line, ticked or not', () => {
    const el = render('intro\n\n- [ ] milk\n- [x] bread\n  - [ ] nested\n');
    const boxes = [...el.querySelectorAll('input[type=checkbox]')] as HTMLInputElement[];
    expect(boxes.map((b) => b.checked)).toEqual([false, true, false]);
    expect(boxes.map((b) => b.dataset.taskLine)).toEqual(['2', '3', '4']);
    expect(boxes.every((b) => !b.disabled)).toBe(true);
    expect(el.textContent).not.toContain('[ ]');
  });

  test('ticking writes the box on the right line of the file, front matter included', () => {
    const content = '---\ntags: [a]\n---\n# T\n\n- [ ] one\n- [x] two\n';
    const body = '# T\n\n- [ ] one\n- [x] two\n';
    expect(toggleTask(content, body, 2, true)).toBe('---\ntags: [a]\n---\n# T\n\n- [x] one\n- [x] two\n');
    expect(toggleTask(content, body, 3, false)).toBe('---\ntags: [a]\n---\n# T\n\n- [ ] one\n- [ ] two\n');
    // The line is no longer a task (the file changed): nothing is written.
    expect(toggleTask(content, body, 0, true)).toBeNull();
  });

  test('highlight, footnotes and hidden comments', () => {
    const el = render('a ==marked== b[^1] %% secret %% c\n\n%%\nblock secret\n%%\n\nafter\n\n[^1]: foot text\n');
    expect(el.querySelector('mark')?.textContent).toBe('marked');
    expect(el.querySelector('.footnotes')?.textContent).toContain('foot text');
    expect(el.querySelector('sup.footnote-ref')).not.toBeNull();
    expect(el.textContent).not.toContain('secret');
    expect(el.textContent).not.toContain('%%');
    expect(el.textContent).toContain('after');
  });

  test('math is typeset by KaTeX, inline and display', () => {
    const el = render('inline $x^2$ and\n\n$$\n\\frac{1}{2}\n$$\n');
    expect(el.querySelectorAll('.katex').length).toBe(2);
    expect(el.querySelector('.katex-block math')).not.toBeNull();
    expect(el.textContent).not.toContain('$x^2$');
  });

  test('code is highlighted by language', () => {
    const el = render('```js\nconst x = "s"; // c\n```\n');
    expect(el.querySelector('pre code .hljs-keyword')?.textContent).toBe('const');
    expect(el.querySelector('pre code .hljs-string')?.textContent).toBe('"s"');
  });

  test('callouts render with a title, and a folded one is a closed <details>', () => {
    const el = render('> [!note] Heads up\n> body text\n\n> [!tip]- Folded\n> hidden body\n');
    const plain = el.querySelector('.callout[data-callout=note]');
    expect(plain?.querySelector('.callout-title')?.textContent).toContain('Heads up');
    const folded = el.querySelector('details.callout[data-callout=tip]') as HTMLDetailsElement;
    expect(folded).not.toBeNull();
    expect(folded.open).toBe(false);
    expect(folded.querySelector('.callout-content')?.textContent).toContain('hidden body');
  });

  test('wikilinks resolve through the core, with alias, heading and missing targets', () => {
    const el = render('[[EC2]] [[EC2|the cloud]] [[EC2#Conexión SSH]] [[Nope]]', [
      { target: 'EC2', resolved: 'aws/EC2.md' },
      { target: 'Nope', resolved: null },
    ]);
    const links = [...el.querySelectorAll('a.wikilink')] as HTMLAnchorElement[];
    expect(links.map((a) => a.textContent)).toEqual(['EC2', 'the cloud', 'EC2 › Conexión SSH', 'Nope']);
    expect(links[0]?.dataset.noteId).toBe('aws/EC2.md');
    expect(links[2]?.dataset.heading).toBe('conexión-ssh');
    expect(links[3]?.classList.contains('missing')).toBe(true);
    expect(links[3]?.dataset.noteId).toBeUndefined();
  });

  test('headings and blocks carry their anchors; #anchor links point at them', () => {
    const el = render('## Conexión SSH\n\nA paragraph ^para1\n\n- item ^it\n\n[go](#conexión-ssh) [go2](#Conexi%C3%B3n%20SSH)');
    expect(el.querySelector('h2')?.dataset.heading).toBe('conexión-ssh');
    expect((el.querySelector('[data-block=para1]') as HTMLElement).textContent?.trim()).toBe('A paragraph');
    expect(el.querySelector('li[data-block=it]')).not.toBeNull();
    expect([...el.querySelectorAll('a[data-anchor]')].map((a) => (a as HTMLElement).dataset.anchor)).toEqual(['conexión-ssh', 'conexión-ssh']);
  });

  test('embeds transclude a note, a heading section or a block', () => {
    const other = note('Other.md', '# Other\n\nintro\n\n## Part\n\npart text\n\n## Next\n\nnext text\n\nblock line ^b1\n');
    const links = [{ target: 'Other', resolved: 'Other.md', embed: true }];
    const whole = render('![[Other]]', links, [other]);
    expect(whole.querySelector('.embed .embed-body')?.textContent).toContain('next text');
    const section = render('![[Other#Part]]', links, [other]).querySelector('.embed-body');
    expect(section?.textContent).toContain('part text');
    expect(section?.textContent).not.toContain('next text');
    const block = render('![[Other#^b1]]', links, [other]).querySelector('.embed-body');
    expect(block?.textContent?.trim()).toBe('block line');
    const missing = render('![[Other#Nowhere]]', links, [other]);
    expect(missing.textContent).toContain('not found in Other');
  });

  test('embeds stop at a cycle and at the depth limit, and never tick the embedded note', () => {
    const a = note('A.md', 'in A\n\n- [ ] task of A\n\n![[B]]', [{ target: 'B', resolved: 'B.md', embed: true }]);
    const b = note('B.md', 'in B\n\n![[A]]', [{ target: 'A', resolved: 'A.md', embed: true }]);
    const el = dom(renderBody(a.body, ctxOf(a, [b])));
    expect(el.querySelectorAll('.embed-body').length).toBe(1);
    expect(el.querySelector('.embed-body')?.textContent).toContain('in B');
    expect(el.querySelector('.embed-body .embed.chip')?.getAttribute('title')).toMatch(/already shown/);

    const chain = Array.from({ length: 8 }, (_, i) => note(`N${i}.md`, `level ${i}\n\n![[N${i + 1}]]`, [{ target: `N${i + 1}`, resolved: `N${i + 1}.md`, embed: true }]));
    const deep = dom(renderBody(chain[0]!.body, ctxOf(chain[0]!, chain.slice(1))));
    expect(deep.querySelectorAll('.embed-body').length).toBe(3);
    expect(deep.textContent).not.toContain('level 5');

    const withTask = note('C.md', '![[A]]', [{ target: 'A', resolved: 'A.md', embed: true }]);
    const embedded = dom(renderBody(withTask.body, ctxOf(withTask, [a, b])));
    const box = embedded.querySelector('.embed-body input[type=checkbox]') as HTMLInputElement;
    expect(box.disabled).toBe(true);
    expect(box.dataset.taskLine).toBeUndefined();
  });

  test('local images come from the vault route; remote ones wait for consent', () => {
    const body = '![[p.png]] ![[p.png|120]]\n\n![alt](img/q.png) ![r](https://example.org/x.png)';
    const el = render(body, [{ target: 'p.png', resolved: 'img/p.png', embed: true }, { target: 'img/q.png', kind: 'markdown', resolved: 'img/q.png', embed: true }]);
    const srcs = [...el.querySelectorAll('img')].map((img) => img.getAttribute('src'));
    expect(srcs).toEqual(['/vault/img/p.png', '/vault/img/p.png', '/vault/img/q.png']);
    expect(el.querySelectorAll('img')[1]?.getAttribute('width')).toBe('120');
    expect(el.querySelector('.remote-image')?.getAttribute('data-remote-src')).toBe('https://example.org/x.png');
    const consented = render(body, [], [], true);
    expect([...consented.querySelectorAll('img')].map((i) => i.getAttribute('src'))).toContain('https://example.org/x.png');
  });

  test('Markdown links to notes open in the app at their heading; others open outside', () => {
    const el = render('[n](Other.md#Part) [w](https://example.org) [bad](%) [js](javascript:alert(1))', [{ target: 'Other.md', kind: 'markdown', resolved: 'Other.md' }]);
    const [n, w, bad, js] = [...el.querySelectorAll('a')] as HTMLAnchorElement[];
    expect(n?.dataset.noteId).toBe('Other.md');
    expect(n?.dataset.heading).toBe('part');
    expect(w?.getAttribute('target')).toBe('_blank');
    expect(w?.getAttribute('rel')).toContain('noopener');
    expect(bad?.textContent).toBe('bad');
    expect(js?.getAttribute('href') ?? '').not.toMatch(/javascript/i);
  });
});

describe('sanitising holds after every transform', () => {
  const payloads = [
    '<img src=x onerror="window.__x=1">',
    '<script>window.__x=1</script>',
    '<svg><script>window.__x=1</script></svg>',
    '<a href="javascript:window.__x=1">x</a>',
    '[x](javascript:window.__x=1)',
    '<iframe src="javascript:window.__x=1"></iframe>',
    '<div style="position:fixed;inset:0;z-index:99999">cover</div>',
    '<div style="background:url(https://evil.example/t.png)">bg</div>',
    '<details open ontoggle="window.__x=1">d</details>',
    '<math><mtext><table><mglyph><style><img src=x onerror=window.__x=1>',
    '> [!note" onmouseover="window.__x=1] t\n> b',
    '[[x" onmouseover="window.__x=1]]',
    '![[a.png" onerror="window.__x=1]]',
    '$\\href{javascript:window.__x=1}{x}$',
    '<input type="text" autofocus onfocus="window.__x=1">',
    '<form action="https://evil.example"><button>go</button></form>',
    '<img src="https://evil.example/pixel.png">',
  ];
  for (const payload of payloads) {
    test(payload.slice(0, 60), () => {
      const el = render(payload, [{ target: 'a.png', resolved: 'a.png', embed: true }]);
      const all = [...el.querySelectorAll('*')];
      for (const node of all) {
        for (const attr of [...node.attributes]) {
          expect(attr.name.startsWith('on'), `${node.tagName} ${attr.name}`).toBe(false);
          expect(attr.value, `${node.tagName} ${attr.name}`).not.toMatch(/javascript:/i);
        }
      }
      expect(el.querySelector('script, iframe, form, button, style')).toBeNull();
      expect(el.querySelector('input:not([type=checkbox])')).toBeNull();
      const styled = [...el.querySelectorAll('[style]')].filter((n) => !n.closest('.katex'));
      expect(styled).toEqual([]);
      expect(el.querySelector('img[src^="https:"]')).toBeNull();
    });
  }
});

describe('hostile notes render what they hold', () => {
  test('5,000 nested quote or list marks keep their text', () => {
    const quotes = render(`${'> '.repeat(5000)}deep quote`);
    expect(quotes.textContent).toContain('deep quote');
    expect(quotes.querySelectorAll('blockquote').length).toBeLessThanOrEqual(15);
    const lists = render(`${'- '.repeat(5000)}deep item`);
    expect(lists.textContent).toContain('deep item');
  });

  test('a malformed %-escape is text, not an exception', () => {
    const el = render('[link](%) ![i](%zz) [[a%]]');
    expect(el.textContent).toContain('link');
  });
});
