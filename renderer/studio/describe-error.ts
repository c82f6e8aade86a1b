/** The sentence to show a person for a failed call; the core already writes StudioError messages for people. */
export function describeError(error: unknown): string {
  return error instanceof Error && error.message !== '' ? error.message : 'Something went wrong inside Content Studio.';
}
