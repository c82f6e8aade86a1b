import { useId, useState, type FormEvent } from 'react';
import { describeError } from '../../studio/describe-error.js';
import type { EditorMedia } from '../article-editor-api.js';
import { IMAGE_FILE_ACCEPT, imageFileProblem } from '../image-file-check.js';
import { checkPublicAddress } from '../link-address.js';
import { isLocalImageRef } from '../url-rules.js';
import { AltTextFields, altFromChoice, type AltChoice } from './AltTextFields.js';
import { EditorDialog } from './EditorDialog.js';
import { useStillMounted } from './use-still-mounted.js';
import { DialogActions } from './DialogActions.js';

interface ImageDialogProps {
  readonly media: EditorMedia;
  readonly onInsert: (image: { src: string; alt: string | null }) => void;
  readonly onClose: () => void;
}

/** Add an image from this computer or from a public address, with its alt text. */
export function ImageDialog({ media, onInsert, onClose }: ImageDialogProps) {
  const id = useId();
  const stillMounted = useStillMounted();
  const [source, setSource] = useState<'file' | 'url'>('file');
  const [file, setFile] = useState<File | null>(null);
  const [address, setAddress] = useState('');
  const [alt, setAlt] = useState<AltChoice>({ text: '', decorative: false });
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function addFile(chosen: File | null): Promise<void> {
    const problem = chosen === null ? 'Choose an image file first.' : imageFileProblem(chosen);
    if (problem !== null || chosen === null) return setError(problem);
    setBusy(true);
    setError(null);
    try {
      const { ref } = await media.addLocalImage(chosen);
      if (!stillMounted()) return;
      if (!isLocalImageRef(ref)) throw new Error('The image was not kept. Try again.');
      onInsert({ src: ref, alt: altFromChoice(alt) });
    } catch (caught) {
      if (!stillMounted()) return;
      setBusy(false);
      setError(`The image could not be added. ${describeError(caught)}`);
    }
  }

  function submit(event: FormEvent): void {
    event.preventDefault();
    if (busy) return;
    if (source === 'file') return void addFile(file);
    const checked = checkPublicAddress(address, 'image');
    if (!checked.ok) return setError(checked.message);
    onInsert({ src: checked.href, alt: altFromChoice(alt) });
  }

  return (
    <EditorDialog title="Add an image" onClose={onClose}>
      <form className="editor-dialog-form" onSubmit={submit} noValidate>
        <fieldset className="editor-choice">
          <legend className="field-label">Where is the image?</legend>
          <label className="field-checkbox">
            <input type="radio" name={`${id}-source`} checked={source === 'file'} onChange={() => setSource('file')} />
            On this computer
          </label>
          <label className="field-checkbox">
            <input type="radio" name={`${id}-source`} checked={source === 'url'} onChange={() => setSource('url')} />
            At a public web address
          </label>
        </fieldset>
        {source === 'file' ? (
          <div className="field">
            <label className="field-label" htmlFor={`${id}-file`}>
              Image file
            </label>
            <input id={`${id}-file`} type="file" accept={IMAGE_FILE_ACCEPT} aria-describedby={`${id}-file-hint`} onChange={(event) => setFile(event.target.files?.[0] ?? null)} />
            <p id={`${id}-file-hint`} className="field-hint">
              PNG, JPEG, GIF or WebP, up to 10 MB. It stays on this computer until you give it a public URL.
            </p>
          </div>
        ) : (
          <div className="field">
            <label className="field-label" htmlFor={`${id}-url`}>
              Image address
            </label>
            <input id={`${id}-url`} className="field-input" type="url" inputMode="url" placeholder="https://" value={address} onChange={(event) => setAddress(event.target.value)} />
          </div>
        )}
        <AltTextFields value={alt} onChange={setAlt} />
        {error !== null && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <DialogActions submitLabel="Add image" busyLabel="Adding the image…" busy={busy} onCancel={onClose} />
      </form>
    </EditorDialog>
  );
}
