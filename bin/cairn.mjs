#!/usr/bin/env node
import { register } from 'tsx/esm/api';

register();
const { runCli, exitWhenWritten } = await import('../electron/cli/main.ts');
exitWhenWritten(await runCli(process.argv.slice(2)));
