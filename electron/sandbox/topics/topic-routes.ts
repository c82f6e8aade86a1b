import type { ApiAuth } from '../auth/api-auth.js';
import type { RouteTable } from '../http/route-table.js';
import type { SandboxRuntime } from '../sandbox-runtime.js';

/** UNFINISHED: being written (topic endpoints). */
export function registerTopicRoutes(_table: RouteTable<ApiAuth>, _runtime: SandboxRuntime): void {}
