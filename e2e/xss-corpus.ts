/*
 * XSS payloads written for Cairn, one family of DOMPurify's test vectors at a time, each calling
 * `window.__xss(n)` if it ever runs. They are placed where a note's text reaches the page: bodies, front
 * matter (title, aliases, tags), headings, link targets, cards and file names.
 */

/** `n` is the payload's number: the trap records which one ran. */
const run = (n: number): string => `__xss(${n})`;

type Make = (n: number) => string;

/** HTML a note may hold, by family. */
const HTML: Make[] = [
  // Event handlers on every kind of element.
  (n) => `<img src=x onerror="${run(n)}">`,
  (n) => `<img src="x" onerror=${run(n)}//>`,
  (n) => `<svg onload="${run(n)}"></svg>`,
  (n) => `<body onload="${run(n)}">`,
  (n) => `<div onmouseover="${run(n)}" style="width:100%;height:100%">hover</div>`,
  (n) => `<details open ontoggle="${run(n)}"><summary>x</summary></details>`,
  (n) => `<video><source onerror="${run(n)}"></video>`,
  (n) => `<audio src=x onerror="${run(n)}"></audio>`,
  (n) => `<input autofocus onfocus="${run(n)}">`,
  (n) => `<select autofocus onfocus="${run(n)}"></select>`,
  (n) => `<textarea autofocus onfocus="${run(n)}"></textarea>`,
  (n) => `<marquee onstart="${run(n)}">m</marquee>`,
  (n) => `<a onclick="${run(n)}" id="xss-click-${n}">click</a>`,
  (n) => `<img src=x oNeRrOr="${run(n)}">`,
  (n) => `<img/src=x/onerror=${run(n)}>`,
  (n) => `<img src=x onerror=&#x5f;&#x5f;xss(${n})>`,
  (n) => `<img src=x onerror="&#95;&#95;xss(${n})">`,
  (n) => `<img src=x onerror="eval(atob('${Buffer.from(run(n)).toString('base64')}'))">`,
  (n) => `<svg><image href=x onerror="${run(n)}"/></svg>`,
  (n) => `<isindex type=image src=1 onerror="${run(n)}">`,
  (n) => `<keygen autofocus onfocus="${run(n)}">`,
  (n) => `<body onpageshow="${run(n)}">`,
  (n) => `<frameset onload="${run(n)}"></frameset>`,
  (n) => `<a href="#" autofocus tabindex=1 onfocus="${run(n)}">focus</a>`,
  (n) => `<div tabindex=1 autofocus onfocusin="${run(n)}">focusin</div>`,
  (n) => `<svg><animate onbegin="${run(n)}" attributeName=x dur=1s></svg>`,
  (n) => `<style onload="${run(n)}"></style>`,
  (n) => `<input type=image src=x onerror="${run(n)}">`,
  (n) => `<picture><source srcset=x><img src=x onerror="${run(n)}"></picture>`,
  (n) => `<img src="x:y" onerror="${run(n)}">`,
  // Scripts in every disguise.
  (n) => `<script>${run(n)}</script>`,
  (n) => `<script src="data:text/javascript,${run(n)}"></script>`,
  (n) => `<ScRiPt>${run(n)}</sCrIpT>`,
  (n) => `<script/x>${run(n)}</script>`,
  (n) => `<scr<script>ipt>${run(n)}</script>`,
  (n) => `<svg><script>${run(n)}</script></svg>`,
  (n) => `<svg><script href="data:,${run(n)}"/></svg>`,
  (n) => `<math><mtext><script>${run(n)}</script></mtext></math>`,
  // javascript:, data: and vbscript: URLs.
  (n) => `<a href="javascript:${run(n)}" id="xss-js-${n}">js</a>`,
  (n) => `<a href="JaVaScRiPt:${run(n)}">js</a>`,
  (n) => `<a href="&#106;avascript:${run(n)}">entity</a>`,
  (n) => `<a href="jav&#x09;ascript:${run(n)}">tab</a>`,
  (n) => `<a href=" javascript:${run(n)}">space</a>`,
  (n) => `<a href="data:text/html,<script>${run(n)}</script>">data</a>`,
  (n) => `<a href="vbscript:${run(n)}">vb</a>`,
  (n) => `<iframe src="javascript:${run(n)}"></iframe>`,
  (n) => `<iframe srcdoc="<script>parent.${run(n)}</script>"></iframe>`,
  (n) => `<iframe src="data:text/html,<script>parent.${run(n)}</script>"></iframe>`,
  (n) => `<embed src="data:text/html,<script>parent.${run(n)}</script>">`,
  (n) => `<object data="data:text/html,<script>parent.${run(n)}</script>"></object>`,
  (n) => `<table background="javascript:${run(n)}"><tr><td>t</td></tr></table>`,
  (n) => `<link rel=stylesheet href="javascript:${run(n)}">`,
  (n) => `<svg><use href="data:image/svg+xml,&lt;svg id='x' xmlns='http://www.w3.org/2000/svg'&gt;&lt;image href='1' onerror='${run(n)}'/&gt;&lt;/svg&gt;#x"/></svg>`,
  (n) => `<div style="width:expression(${run(n)})">expr</div>`,
  (n) => `<object data="javascript:${run(n)}"></object>`,
  (n) => `<embed src="javascript:${run(n)}">`,
  (n) => `<form action="javascript:${run(n)}"><button>go</button></form>`,
  (n) => `<button formaction="javascript:${run(n)}">go</button>`,
  (n) => `<svg><a xlink:href="javascript:${run(n)}"><text y="20">svg</text></a></svg>`,
  (n) => `<svg><animate attributeName="href" values="javascript:${run(n)}"/></svg>`,
  (n) => `<svg><set attributeName="onload" to="${run(n)}"/></svg>`,
  (n) => `<math href="javascript:${run(n)}">math</math>`,
  (n) => `<img src="javascript:${run(n)}">`,
  (n) => `<img srcset="javascript:${run(n)} 1x">`,
  // Mutation XSS: markup that changes meaning when parsed twice.
  (n) => `<noscript><p title="</noscript><img src=x onerror=${run(n)}>"></noscript>`,
  (n) => `<svg></p><style><a id="</style><img src=1 onerror=${run(n)}>">`,
  (n) => `<math><mtext><table><mglyph><style><img src=x onerror=${run(n)}></style></mglyph></table></mtext></math>`,
  (n) => `<form><math><mtext></form><form><mglyph><style></math><img src onerror=${run(n)}>`,
  (n) => `<template><img src=x onerror=${run(n)}></template>`,
  (n) => `<!--<img src="--><img src=x onerror=${run(n)}//">`,
  (n) => `<xmp><img src=x onerror=${run(n)}></xmp>`,
  (n) => `<title><img src=x onerror=${run(n)}></title>`,
  (n) => `<textarea><img src=x onerror=${run(n)}></textarea>`,
  (n) => `<svg><style><img src=x onerror=${run(n)}></style></svg>`,
  (n) => `<svg><foreignObject><img src=x onerror=${run(n)}></foreignObject></svg>`,
  (n) => `<![CDATA[<img src=x onerror=${run(n)}>]]>`,
  // Page-level tags.
  (n) => `<meta http-equiv="refresh" content="0;url=javascript:${run(n)}">`,
  (n) => `<base href="javascript:${run(n)}//">`,
  (n) => `<link rel="import" href="data:text/html,<script>${run(n)}</script>">`,
  (n) => `<style>@import "data:,*{x:expression(${run(n)})}";</style>`,
  // DOM clobbering of the page's globals and of the trap itself.
  () => `<img name="__xssHits"><form id="__xssHits"></form>`,
  () => `<a id="cairn"></a><a id="cairn" name="api" href="x:pwned"></a>`,
  () => `<img name="getElementById"><img name="createElement">`,
  // Styles that would cover the app or fetch.
  () => `<div style="position:fixed;inset:0;z-index:99999;background:red" class="xss-cover">covers all</div>`,
  () => `<div style="position:absolute;top:0;left:0;width:100vw;height:100vh;z-index:99999" class="xss-cover">covers all</div>`,
  () => `<span style="background:url(https://example.invalid/leak)">bg</span>`,
  () => `<div style="position:sticky;top:0;z-index:99999;height:100vh" class="xss-cover">sticky</div>`,
  () => `<img src="https://example.invalid/track.png">`,
];

/** Markdown and Obsidian syntax around a payload. */
const MARKDOWN: Make[] = [
  (n) => `[markdown link](javascript:${run(n)})`,
  (n) => `[ref link][r${n}]\n\n[r${n}]: javascript:${run(n)}`,
  (n) => `![image](javascript:${run(n)})`,
  (n) => `<javascript:${run(n)}>`,
  (n) => `[x](data:text/html;base64,PHNjcmlwdD5fX3hzcygxKTwvc2NyaXB0Pg==)<!-- ${n} -->`,
  (n) => `[[<img src=x onerror=${run(n)}>]]`,
  (n) => `[[Nota|<img src=x onerror=${run(n)}>]]`,
  (n) => `![[<svg onload=${run(n)}>]]`,
  (n) => `[[javascript:${run(n)}]]`,
  (n) => `# Título <img src=x onerror=${run(n)}>`,
  (n) => `## <script>${run(n)}</script>`,
  (n) => `> [!note] <img src=x onerror=${run(n)}>\n> cuerpo`,
  (n) => `> [!<img src=x onerror=${run(n)}>] x`,
  (n) => `\`\`\`"><img src=x onerror=${run(n)}>\ncode\n\`\`\``,
  (n) => `$\\href{javascript:${run(n)}}{math}$`,
  (n) => `$$\\htmlClass{x" onmouseover="${run(n)}}{x}$$`,
  (n) => `$\\url{javascript:${run(n)}}$`,
  (n) => `texto[^n${n}]\n\n[^n${n}]: <img src=x onerror=${run(n)}>`,
  (n) => `- [ ] <img src=x onerror=${run(n)}>`,
  (n) => `==<img src=x onerror=${run(n)}>==`,
  (n) => `#tag<img/src=x/onerror=${run(n)}>`,
  (n) => `| a | b |\n|---|---|\n| <img src=x onerror=${run(n)}> | x |`,
  (n) => `%%<img src=x onerror=${run(n)}>%%`,
  (n) => `<https://example.invalid/"onmouseover="${run(n)}>`,
  (n) => `[x](https://example.invalid/"onmouseover="${run(n)})`,
  (n) => `![x](https://example.invalid/x.png"onerror="${run(n)})`,
];

/** Where payloads sit outside the body: front matter values and card text. */
const FRONT: Make[] = [
  (n) => `title: "<img src=x onerror=${run(n)}>"`,
  (n) => `aliases: ["<svg onload=${run(n)}>", "<script>${run(n)}</script>"]`,
  (n) => `tags: ["<img src=x onerror=${run(n)}>"]`,
  (n) => `cssclasses: ["x\\" onmouseover=\\"${run(n)}"]`,
  (n) => `description: "javascript:${run(n)}"`,
];

const CARD: Make[] = [
  (n) => `<img src=x onerror=${run(n)}>::<svg onload=${run(n)}>`,
  (n) => `pregunta [[<img src=x onerror=${run(n)}>]]:::respuesta`,
  (n) => `<script>${run(n)}</script>::[x](javascript:${run(n)})`,
];

/** File names may hold `<`, `>`, `"` and `'` on Linux and macOS. */
const FILE_NAMES: Make[] = [
  (n) => `<img src=x onerror=${run(n)}>.md`,
  (n) => `"><svg onload=${run(n)}>.md`,
  (n) => `'-${run(n)}-'.md`,
];

export interface Corpus {
  files: Record<string, string>;
  count: number;
}

/** The corpus as a vault: every payload numbered, each family in a note of its own. */
export function xssVault(): Corpus {
  let n = 0;
  const files: Record<string, string> = {};
  const next = (make: Make): string => make(++n);
  const html = HTML.map(next);
  const markdown = MARKDOWN.map(next);
  const fronts = FRONT.map(next);
  const cards = CARD.map(next);
  for (let i = 0; i < html.length; i += 12) files[`xss/html ${i / 12}.md`] = `# HTML ${i / 12}\n\nxssmarker\n\n${html.slice(i, i + 12).join('\n\n')}\n`;
  for (let i = 0; i < markdown.length; i += 9) files[`xss/markdown ${i / 9}.md`] = `# Markdown ${i / 9}\n\nxssmarker [[Nota]]\n\n${markdown.slice(i, i + 9).join('\n\n')}\n`;
  fronts.forEach((line, i) => (files[`xss/front ${i}.md`] = `---\n${line}\n---\n# Front ${i}\n\nxssmarker\n`));
  files['xss/tarjetas.md'] = `# Tarjetas\n\n#flashcards\n\nxssmarker\n\n${cards.join('\n')}\n`;
  for (const make of FILE_NAMES) files[`xss/${next(make)}`] = `# Nombre\n\nxssmarker [[Nota]]\n`;
  files['Nota.md'] = '# Nota\n\nxssmarker: el destino de los enlaces.\n';
  return { files, count: n };
}
