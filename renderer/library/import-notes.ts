/*
 * Importing opens the draft in the editor, another screen, so the Library is
 * gone before it could say what the import did. The sentence is kept here
 * for this session, and the Library's status line shows it on return.
 */
let lastNote: string | null = null;

export function rememberImport(note: string): void {
  lastNote = note;
}

export function lastImportNote(): string | null {
  return lastNote;
}
