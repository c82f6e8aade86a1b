import { requireRole, type ApiAuth } from '../auth/api-auth.js';
import type { RouteHandler } from '../http/route-table.js';

/** Every content endpoint needs a publisher or higher (REFERENCE.md §3.3), checked before anything else so a member learns nothing about ids. */
export function forPublishers(handler: RouteHandler<ApiAuth>): RouteHandler<ApiAuth> {
  return (context) => {
    requireRole(context.auth, 'publisher');
    return handler(context);
  };
}
