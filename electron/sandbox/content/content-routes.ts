import type { ApiAuth } from '../auth/api-auth.js';
import type { RouteTable } from '../http/route-table.js';
import type { SandboxRuntime } from '../sandbox-runtime.js';

/** UNFINISHED: being written (content endpoints). */
export function registerContentRoutes(_table: RouteTable<ApiAuth>, _runtime: SandboxRuntime): void {}
