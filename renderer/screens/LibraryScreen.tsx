import { EmptyScreen } from './EmptyScreen.js';

export function LibraryScreen() {
  return (
    <EmptyScreen
      screen="library"
      title="Library"
      lead="Articles already published to your Firstup program."
      emptyTitle="Your library is empty"
      availability="The library arrives once Content Studio can connect to Firstup, in a later version."
    >
      Articles published to Firstup will be listed here, so you can find them again and build on them.
    </EmptyScreen>
  );
}
