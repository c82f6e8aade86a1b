/**
 * Where the client gets the access token for its one program. The accounts
 * module implements it (token vault, single-flight refresh); the client only
 * asks, so it never stores or refreshes tokens itself.
 */
export interface AccessTokenProvider {
  /** A current token; throws StudioError('sign_in_needed') when there is none. */
  getAccessToken(): Promise<string>;
  /**
   * Called once after Firstup answered 401 to `rejectedToken`. Passing the
   * rejected token lets concurrent callers share one refresh: if another
   * request already replaced it, the provider returns the newer token.
   * Throws StudioError('sign_in_needed') when the session cannot be renewed.
   */
  refreshAfterUnauthorized(rejectedToken: string): Promise<string>;
}
