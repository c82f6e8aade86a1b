import { useRef } from 'react';
import { acceptedImportTypes } from './import-files.js';

export interface ImportButtonProps {
  readonly busy: boolean;
  readonly onFiles: (files: readonly File[]) => void;
}

/** "Import…": picks Markdown and HTML files; each becomes a draft. */
export function ImportButton({ busy, onFiles }: ImportButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className="button" aria-disabled={busy} onClick={() => !busy && input.current?.click()}>
        {busy ? 'Importing…' : 'Import…'}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        multiple
        accept={acceptedImportTypes}
        aria-label="Markdown or HTML files to import"
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          // Cleared so choosing the same file again still fires a change.
          event.target.value = '';
          onFiles(files);
        }}
      />
    </>
  );
}
