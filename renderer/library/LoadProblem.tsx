export interface LoadProblemProps {
  readonly message: string;
  readonly onRetry: () => void;
  /** Names what failed to load, for the Retry button's description. */
  readonly retryLabel?: string;
}

/** A read that failed: what happened, and the way to try again. */
export function LoadProblem({ message, onRetry, retryLabel = 'Retry' }: LoadProblemProps) {
  return (
    <div className="panel-error load-problem" role="alert">
      <p>{message}</p>
      <button type="button" className="program-button" onClick={onRetry}>
        {retryLabel}
      </button>
    </div>
  );
}
