import { DraftEditorScreen } from '../draft-editor/DraftEditorScreen.js';
import { DraftsList } from '../drafts-list/DraftsList.js';
import { useOpenDraftId } from '../navigation/use-current-screen.js';

/** The drafts list, or the editor when a draft is open (#/drafts/<id>). */
export function DraftsScreen() {
  const draftId = useOpenDraftId();
  return draftId === null ? <DraftsList /> : <DraftEditorScreen key={draftId} draftId={draftId} />;
}
