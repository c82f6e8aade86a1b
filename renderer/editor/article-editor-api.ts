/** What the screen around the editor gives it and gets from it. */

/** Images and videos live outside the renderer; the screen implements these with the studio's channels. */
export interface EditorMedia {
  /** Keeps an image file from this computer in the data folder and answers with its `studio-local:<uuid>` reference. */
  addLocalImage(file: File): Promise<{ ref: string }>;
  /** A URL to show a local image from (an object URL). The editor revokes it when the editor closes. */
  localImageUrl(ref: string): Promise<string>;
  /** Adds a video by its https URL. `videoId` is null while the draft is local only; the first push attaches it. */
  addVideo(url: string): Promise<{ videoId: number | null; url: string }>;
}

/**
 * The body after a change. Serialising a long article from scratch takes
 * tens of milliseconds, more than a keystroke may cost, so it happens only
 * when `html()` is called (once per version, reusing the blocks that did not
 * change). The document it reads is an immutable snapshot: calling it
 * later, even after the editor closed, gives the text as it was then.
 */
export interface ArticleBody {
  html(): string;
}

export interface ArticleEditorProps {
  /** Read once, when the editor mounts: key the component by draft id, or call `setContent` on the handle. */
  readonly initialHtml: string;
  /** After every change to the document (typing, formatting, paste, undo). Not after `setContent`. */
  readonly onChange?: (body: ArticleBody) => void;
  readonly onBlur?: () => void;
  readonly spellCheck: boolean;
  /** The article's language (for spell checking and hyphenation), e.g. "en-US". */
  readonly lang?: string;
  readonly readOnly?: boolean;
  readonly media: EditorMedia;
  /** The editor's accessible name. */
  readonly label?: string;
  readonly placeholder?: string;
}

export interface ArticleEditorHandle {
  focus(at?: 'start' | 'end'): void;
  /** The body as stored HTML, now. */
  getHTML(): string;
  /** Replaces the whole text (after a restore or a workflow step) without calling onChange; the undo history starts afresh. */
  setContent(html: string): void;
  /** Opens the image dialog, as the toolbar button does. */
  insertImage(): void;
  /** Opens the video dialog, as the toolbar button does. */
  insertVideo(): void;
  /** Opens the link editor for the selection, as Mod-K does. */
  editLink(): void;
}
