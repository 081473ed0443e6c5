import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, Menu, session as electronSession, shell, type WebContents } from 'electron';
import { IPC_EVENT_CHANNEL, type CairnApi, type CairnEvent, type VaultInfo } from '../contract';
import { startWorkerSession, type WorkerSession } from '../core/worker/worker-session';
import { registerIpc } from './ipc';
import { guardAllContents, harden, sendCspHeader } from './hardening';
import { buildMenu } from './menu';
import { NodeVaultFs } from '../core/vault/node-vault-fs';
import { handleVaultScheme, registerVaultScheme } from './vault-protocol';

const rendererUrl = process.env.ELECTRON_RENDERER_URL;
const rendererFile = path.join(import.meta.dirname, '../renderer/index.html');
const preloadFile = path.join(import.meta.dirname, '../preload/index.cjs');

let window: BrowserWindow | null = null;
let current: WorkerSession | null = null;
let api: CairnApi | null = null;
let unsubscribe: (() => void) | null = null;
/** The open vault's files, for the reading view's images and attachments (cairn-vault:). */
let vaultFiles: NodeVaultFs | null = null;

function initialVault(): string {
  const flag = process.argv.findIndex((arg) => arg === '--vault');
  const value = flag >= 0 ? process.argv[flag + 1] : process.env.CAIRN_VAULT;
  // Packed, the sample vault sits in the resources folder (electron-builder.yml): inside app.asar it could
  // be neither watched nor written.
  const sample = app.isPackaged ? path.join(process.resourcesPath, 'notes') : path.join(app.getAppPath(), 'notes');
  return path.resolve(value ?? sample);
}

function send(event: CairnEvent): void {
  window?.webContents.send(IPC_EVENT_CHANNEL, event);
}

async function switchVault(dir: string): Promise<VaultInfo> {
  // Deletes go to the system's trash, where a person looks for them (restored from there, not undone here).
  const next = await startWorkerSession(dir, { host: 'electron', entry: path.join(import.meta.dirname, 'index-worker.js'), osTrash: (absolutePath) => shell.trashItem(absolutePath) });
  unsubscribe?.();
  await current?.close();
  current = next;
  vaultFiles = await NodeVaultFs.open(next.root);
  // Picking a folder needs a dialog, which only this process can show.
  api = { ...next.api, openVault: pickVault };
  unsubscribe = next.on(send);
  const info = await next.api.describeVault();
  window?.setTitle(`${path.basename(next.root)} — Cairn`);
  send({ type: 'vault-opened', vault: info });
  return info;
}

async function pickVault(): Promise<VaultInfo | null> {
  const options = { title: 'Open vault', properties: ['openDirectory' as const] };
  const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
  const dir = result.filePaths[0];
  if (result.canceled || !dir) return null;
  return switchVault(dir);
}

function isTrusted(sender: WebContents, frameUrl: string): boolean {
  if (!window || sender !== window.webContents) return false;
  if (rendererUrl) return frameUrl.startsWith(rendererUrl);
  return frameUrl === pathToFileURL(rendererFile).toString();
}

async function createWindow(): Promise<void> {
  window = new BrowserWindow({
    width: 1400,
    height: 900,
    show: false,
    title: 'Cairn',
    backgroundColor: '#1e1e24',
    webPreferences: {
      preload: preloadFile,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      spellcheck: false,
      // Middle-click would otherwise try to open links in a new window.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  harden(window, electronSession.defaultSession);
  window.once('ready-to-show', () => window?.show());
  window.on('closed', () => (window = null));
  if (rendererUrl) await window.loadURL(rendererUrl);
  else await window.loadFile(rendererFile);
  if (current) window.setTitle(`${path.basename(current.root)} — Cairn`);
}

app.enableSandbox();
guardAllContents();
registerVaultScheme();
app.whenReady().then(async () => {
  handleVaultScheme(electronSession.defaultSession, () => vaultFiles);
  sendCspHeader(electronSession.defaultSession, await readFile(rendererFile, 'utf8').catch(() => ''));
  Menu.setApplicationMenu(buildMenu({ openVault: () => void pickVault().catch(showError) }));
  registerIpc(() => {
    if (!api) throw new Error('No vault open');
    return api;
  }, isTrusted);
  try {
    await switchVault(initialVault());
  } catch (error) {
    showError(error);
  }
  await createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void createWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

// Quitting waits for the index to close: it writes its cache if the vault changed, and a write killed
// half-way is lost work for the next start.
let closing: Promise<void> | null = null;
app.on('before-quit', (event) => {
  if (!current || closing) return;
  event.preventDefault();
  closing = current.close().catch(() => undefined);
  void closing.finally(() => {
    current = null;
    app.quit();
  });
});

function showError(error: unknown): void {
  dialog.showErrorBox('Cairn', (error as Error).message);
}
