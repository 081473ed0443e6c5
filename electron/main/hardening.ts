import { app, shell, type BrowserWindow, type Session, type WebContents } from 'electron';

/** Links a person clicks in a note open in their browser; nothing navigates or opens inside the app. */
export function harden(window: BrowserWindow, session: Session): void {
  const contents = window.webContents;
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openExternal(url);
    return { action: 'deny' };
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

function openExternal(raw: string): void {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return;
  }
  if (url.protocol === 'https:' || url.protocol === 'http:' || url.protocol === 'mailto:') void shell.openExternal(url.toString());
}

/**
 * The same rules for every web contents the app ever makes, not only the window it opens: a frame, a
 * devtools page or one a future bug creates cannot navigate, open a window or attach a webview either.
 */
export function guardAllContents(): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-frame-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      openExternal(url);
      return { action: 'deny' };
    });
  });
}

/**
 * The page's CSP also as a response header, with `frame-ancestors 'none'` (ignored in a <meta> tag), so it
 * holds before the document's own tag is parsed. Taken from index.html's tag, so the two cannot drift.
 */
export function sendCspHeader(session: Session, indexHtml: string): void {
  const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(indexHtml)?.[1];
  if (!meta) return;
  const csp = `${meta}; frame-ancestors 'none'`;
  session.webRequest.onHeadersReceived((details, callback) => {
    if (details.resourceType !== 'mainFrame' && details.resourceType !== 'subFrame') return callback({});
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] } });
  });
}
