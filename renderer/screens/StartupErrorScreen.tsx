interface StartupErrorScreenProps {
  readonly message: string;
  readonly onRetry: () => void;
}

/** Shown when the core answered but could not give the preferences the studio needs to start. */
export function StartupErrorScreen({ message, onRetry }: StartupErrorScreenProps) {
  return (
    <main className="fatal">
      <div className="fatal-card">
        <h1>Content Studio could not start.</h1>
        <p>Your preferences could not be read. {message}</p>
        <div>
          <button type="button" className="button-primary" onClick={onRetry}>
            Try again
          </button>
        </div>
      </div>
    </main>
  );
}
