import { EmptyScreen } from './EmptyScreen.js';

export function TopicsScreen() {
  return (
    <EmptyScreen
      screen="topics"
      title="Topics"
      lead="The Firstup topics your articles can be published to."
      emptyTitle="No topics to show"
      availability="Topics arrive once Content Studio can connect to Firstup, in a later version."
    >
      The topics of your Firstup program will appear here, so you can choose where each article goes.
    </EmptyScreen>
  );
}
