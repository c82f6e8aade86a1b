import type { RouteTable } from '../http/route-table.js';
import type { SandboxRuntime } from '../sandbox-runtime.js';

/** UNFINISHED: being written (OAuth endpoints). */
export function registerOAuthRoutes(_table: RouteTable<null>, _runtime: SandboxRuntime): void {}
