#!/usr/bin/env node
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../electron/cli/main.ts');
process.exit(await runCli(process.argv.slice(2)));
