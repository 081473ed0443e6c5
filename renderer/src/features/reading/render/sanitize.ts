import DOMPurify, { type Config } from 'dompurify';

/**
 * Inline styles are refused except on KaTeX's own spans, and there only the properties it sets for
 * layout: no `url()`, no positioning, so a note cannot fetch, cover the app or draw outside its pane.
 */
const KATEX_STYLE = new Set(['height', 'vertical-align', 'top', 'bottom', 'margin-left', 'margin-right', 'margin-top', 'margin-bottom', 'width', 'min-width', 'max-width', 'padding-left', 'padding-right', 'border-bottom-width', 'border-top-width', 'border-right-width', 'color', 'background-color', 'border-color']);
const STYLE_VALUE = /^[-\w\s.,%#()]*$/;

const LOCAL_SRC = /^(\/vault\/|cairn-vault:\/\/|data:image\/(png|gif|jpe?g|webp);)/i;
const REMOTE_SRC = /^https?:\/\//i;

let allowRemote = false;
const purify = DOMPurify(window);

purify.addHook('uponSanitizeAttribute', (node, data) => {
  if (data.attrName !== 'style') return;
  const element = node as Element;
  if (!element.closest?.('.katex') && !element.classList?.contains('katex')) {
    data.keepAttr = false;
    return;
  }
  const kept = data.attrValue
    .split(';')
    .map((decl) => decl.trim())
    .filter((decl) => {
      const colon = decl.indexOf(':');
      if (colon === -1) return false;
      const name = decl.slice(0, colon).trim().toLowerCase();
      const value = decl.slice(colon + 1).trim();
      return KATEX_STYLE.has(name) && STYLE_VALUE.test(value) && !/url|expression|var/i.test(value);
    });
  data.attrValue = kept.join(';');
  if (kept.length === 0) data.keepAttr = false;
});

purify.addHook('afterSanitizeAttributes', (node) => {
  const element = node as Element;
  const tag = element.tagName;
  if (tag === 'INPUT') {
    // Only task boxes survive; a box not from a task line cannot be ticked.
    if (element.getAttribute('type') !== 'checkbox') element.remove();
    else if (!element.hasAttribute('data-task-line')) element.setAttribute('disabled', '');
    return;
  }
  if (tag === 'A') {
    const href = element.getAttribute('href') ?? '';
    if (/^[a-z][a-z0-9+.-]*:/i.test(href) && !/^(https?|mailto):/i.test(href)) element.removeAttribute('href');
    if (element.getAttribute('target') === '_blank') element.setAttribute('rel', 'noopener noreferrer');
    return;
  }
  if (tag === 'IMG' || tag === 'AUDIO' || tag === 'VIDEO' || tag === 'SOURCE') {
    const src = element.getAttribute('src');
    if (src === null) return;
    if (LOCAL_SRC.test(src) || (allowRemote && REMOTE_SRC.test(src))) {
      if (REMOTE_SRC.test(src)) element.setAttribute('referrerpolicy', 'no-referrer');
      return;
    }
    // Raw HTML images too: remote ones wait for the person's consent, and other schemes are dropped.
    element.removeAttribute('src');
    if (REMOTE_SRC.test(src)) {
      element.setAttribute('data-remote-src', src);
      element.classList.add('remote-image');
    }
  }
  element.removeAttribute('srcset');
});

const CONFIG: Config = {
  ADD_ATTR: ['target'],
  FORBID_TAGS: ['style', 'form', 'button', 'select', 'textarea', 'iframe', 'frame', 'object', 'embed', 'link', 'meta', 'base'],
  FORBID_ATTR: ['srcset', 'formaction', 'background', 'poster'],
  // Notes write ids; the page's globals must not be clobbered by them.
  SANITIZE_NAMED_PROPS: true,
  // DOMPurify's own list, plus the scheme Electron serves vault files on.
  ALLOWED_URI_REGEXP: /^(?:(?:(?:f|ht)tps?|mailto|tel|cairn-vault):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
};

/** Every render's last step: whatever the plugins produced, only this leaves the pipeline. */
export function sanitize(html: string, remoteImages: boolean): string {
  allowRemote = remoteImages;
  try {
    return purify.sanitize(html, CONFIG) as string;
  } finally {
    allowRemote = false;
  }
}
