import { createRequire } from 'node:module';
import path from 'node:path';
import type * as Fuses from '@electron/fuses';
import { expect, it } from 'vitest';

/*
 * Electron's fuses for the packed app (electron-builder.yml). No Electron binary can be had on the
 * machines that run this suite, so nothing is packed or flipped here: the check reads the configuration
 * through electron-builder's own loader and schema, then asks electron-builder for the fuse wire it
 * would hand to @electron/fuses' flipFuses, and compares it with what the app needs.
 */

const repo = path.resolve(import.meta.dirname, '../../..');
const require = createRequire(import.meta.url);

type Config = { electronFuses?: Record<string, boolean> | null; asar?: unknown; files?: unknown };
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  getConfig(projectDir: string, configPath: string | null, fromOptions: null): Promise<Config>;
  validateConfiguration(config: Config, logger: unknown): Promise<void>;
};
const { PlatformPackager } = require('app-builder-lib') as { PlatformPackager: { prototype: { generateFuseConfig(fuses: unknown): Promise<Record<string | number, unknown>> } } };
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
const { FuseV1Options, FuseVersion } = require('@electron/fuses') as typeof Fuses;

it('packs the app with the fuses that close other code out of a signed Cairn', async () => {
  const config = await getConfig(repo, null, null);
  // A misspelt key or a wrong type would be refused here, as `npm run package` would refuse it.
  await validateConfiguration(config, new DebugLogger(false));
  expect(config.asar).toBe(true);
  // Only the build goes in: no sources, no tests, no vault but the sample (extraResources).
  expect(config.files).toEqual([{ filter: ['out/**/*', 'package.json'] }]);
  const wire = await PlatformPackager.prototype.generateFuseConfig.call(null, config.electronFuses);
  expect(wire).toEqual({
    version: FuseVersion.V1,
    resetAdHocDarwinSignature: undefined,
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableCookieEncryption]: true,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    // On: the page and its module scripts load from file:// (electron/main/index.ts).
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: true,
  });
});
