import { useId, useState } from 'react';
import type { DraftContent } from '../../shared/drafts/draft-schema.js';
import { describeError } from '../studio/describe-error.js';
import type { EditorMedia } from '../editor/ArticleEditor.js';

type DraftImage = DraftContent['images'][number];

interface ImagePostFieldsProps {
  readonly images: readonly DraftImage[];
  readonly onChange: (images: DraftImage[]) => void;
  readonly media: EditorMedia;
}

function ImageRow({ image, index, onChange, onRemove }: { image: DraftImage; index: number; onChange: (image: DraftImage) => void; onRemove: () => void }) {
  const id = useId();
  return (
    <li className="image-row">
      <p className="image-row-source">{image.url ?? 'An image from this computer'}</p>
      {image.url === null && (
        <div className="field">
          <label className="field-label" htmlFor={`${id}-public`}>
            Public https address for image {index + 1}
          </label>
          <input
            id={`${id}-public`}
            className="field-input"
            type="url"
            placeholder="https://"
            onBlur={(event) => {
              const url = event.target.value.trim();
              if (url.startsWith('https://')) onChange({ ...image, url, localFileRef: null });
            }}
          />
          <p className="field-hint badge-warning">Needs a public URL: Firstup shows images from public https addresses only.</p>
        </div>
      )}
      <div className="field">
        <label className="field-label" htmlFor={`${id}-alt`}>
          Alt text for image {index + 1}
        </label>
        <input id={`${id}-alt`} className="field-input" maxLength={2_000} value={image.altText} onChange={(event) => onChange({ ...image, altText: event.target.value })} />
        {image.altText.trim() === '' && <p className="field-hint badge-warning">Alt text missing: describe the image for people who use a screen reader.</p>}
      </div>
      <button type="button" className="link-button" onClick={onRemove}>
        Remove image {index + 1}
      </button>
    </li>
  );
}

/** An image post: one or more images, each with alt text and, before sending, a public address. */
export function ImagePostFields({ images, onChange, media }: ImagePostFieldsProps) {
  const id = useId();
  const [url, setUrl] = useState('');
  const [error, setError] = useState<string | null>(null);

  const addUrl = () => {
    if (!url.trim().startsWith('https://')) {
      setError('Use a full https address for the image.');
      return;
    }
    setError(null);
    onChange([...images, { url: url.trim(), localFileRef: null, altText: '' }]);
    setUrl('');
  };

  const addFile = (file: File | undefined) => {
    if (file === undefined) return;
    setError(null);
    media.addLocalImage(file).then(
      ({ ref }) => onChange([...images, { url: null, localFileRef: ref, altText: '' }]),
      (failure: unknown) => setError(describeError(failure)),
    );
  };

  return (
    <div className="image-post-fields" id="draft-field-images">
      <ul className="image-rows">
        {images.map((image, index) => (
          <ImageRow
            key={`${image.url ?? image.localFileRef ?? ''}-${index}`}
            image={image}
            index={index}
            onChange={(next) => onChange(images.map((item, at) => (at === index ? next : item)))}
            onRemove={() => onChange(images.filter((_, at) => at !== index))}
          />
        ))}
      </ul>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-url`}>
          Add an image by address
        </label>
        <div className="inline-form">
          <input id={`${id}-url`} className="field-input" type="url" placeholder="https://" value={url} onChange={(event) => setUrl(event.target.value)} />
          <button type="button" className="button" onClick={addUrl}>
            Add
          </button>
        </div>
      </div>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-file`}>
          Or from this computer
        </label>
        <input id={`${id}-file`} type="file" accept="image/png,image/jpeg,image/gif,image/webp" onChange={(event) => addFile(event.target.files?.[0])} />
      </div>
      {error !== null && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
