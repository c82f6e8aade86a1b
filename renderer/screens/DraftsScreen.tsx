import { EmptyScreen } from './EmptyScreen.js';

export function DraftsScreen() {
  return (
    <EmptyScreen
      screen="drafts"
      title="Drafts"
      lead="Articles you are writing, kept on this computer until you publish them."
      emptyTitle="No drafts yet"
      availability="Writing drafts is coming in a later version of Content Studio."
    >
      When you start an article it will appear here, saved on this computer so you can keep writing offline.
    </EmptyScreen>
  );
}
