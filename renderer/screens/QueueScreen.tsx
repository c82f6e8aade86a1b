import { EmptyScreen } from './EmptyScreen.js';

export function QueueScreen() {
  return (
    <EmptyScreen
      screen="queue"
      title="Queue"
      lead="Articles on their way to Firstup."
      emptyTitle="Nothing is waiting to be published"
      availability="Publishing is coming in a later version of Content Studio."
    >
      When you publish an article, it waits here until Firstup has received it.
    </EmptyScreen>
  );
}
