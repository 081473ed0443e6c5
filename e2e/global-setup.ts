import { findElectron } from '../scripts/electron-binary.mjs';

/** Says once, up front, why the Electron project's tests are skipped on this machine. */
export default function globalSetup(): void {
  const electron = findElectron();
  if (electron.path) console.log(`e2e: Electron binary found at ${electron.path}; the electron project runs.`);
  else console.log(`e2e: the electron project is skipped: no Electron binary on this machine (${electron.why}). The browser project runs the same flows.`);
}
