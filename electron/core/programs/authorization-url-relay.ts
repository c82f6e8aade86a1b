/**
 * Hands the authorization URL of a user sign-in back to the IPC call that
 * started it. The account service only calls `openAuthorizationUrl(url)`;
 * the relay wraps that callback: it opens the URL the platform's way (the
 * system browser in Electron, nothing in browser mode, where the renderer
 * opens a tab) and resolves the waiting call with the URL, so the studio can
 * also show it to copy. Sign-ins are captured one at a time.
 */
export interface AuthorizationUrlRelay {
  /** For the account service. */
  openAuthorizationUrl(url: string): Promise<void>;
  /** Runs a sign-in and resolves with its URL as soon as it is known, or null if the sign-in ended without one. */
  capture(signIn: () => Promise<void>): Promise<string | null>;
}

export function createAuthorizationUrlRelay(open: (url: string) => Promise<void>): AuthorizationUrlRelay {
  let waiting: ((url: string | null) => void) | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  return {
    async openAuthorizationUrl(url) {
      waiting?.(url);
      waiting = null;
      await open(url);
    },
    capture(signIn) {
      const turn = queue.then(
        () =>
          new Promise<string | null>((resolve) => {
            waiting = resolve;
            void signIn().finally(() => {
              if (waiting === resolve) {
                waiting = null;
                resolve(null);
              }
            });
          }),
      );
      queue = turn.catch(() => undefined);
      return turn;
    },
  };
}
