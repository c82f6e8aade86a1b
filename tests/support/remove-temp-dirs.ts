/** Vitest setup for every test file: the temporary folders a file made are deleted when it ends. */
import { afterAll } from 'vitest';
import { removeTempDirs } from './test-core.js';

afterAll(removeTempDirs);
