#!/usr/bin/env node
/**
 * The `content-studio` command in a checkout: the CLI is TypeScript, run
 * through tsx's ESM API (tsx is a devDependency), scoped to this import and
 * with this repository's tsconfig whatever the working folder is.
 * A packaged build ships a bundled entry instead (see the build scripts).
 */
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

await tsImport('../electron/cli/main.ts', { parentURL: import.meta.url, tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)) });
