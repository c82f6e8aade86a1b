import { useId, useState } from 'react';
import type { ExportFormat } from './download-file.js';
import { RadioChoices, type RadioChoice } from './RadioChoices.js';

export interface ExportChooserProps {
  readonly count: number;
  readonly onExport: (format: ExportFormat) => void;
  readonly onCancel: () => void;
}

const formats: readonly RadioChoice<ExportFormat>[] = [
  { value: 'markdown', label: 'Markdown (.md)', hint: 'Plain text with light formatting; opens anywhere.' },
  { value: 'html', label: 'HTML (.html)', hint: 'A web page; keeps every bit of formatting.' },
];

/** The first step of Export: one file per draft, in the format chosen. */
export function ExportChooser({ count, onExport, onCancel }: ExportChooserProps) {
  const headingId = useId();
  const [format, setFormat] = useState<ExportFormat>('markdown');
  return (
    <section className="drafts-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="drafts-panel-title">
        Export {count === 1 ? '1 draft' : `${count} drafts`}
      </h2>
      <RadioChoices legend="Save each draft as" name={`${headingId}-format`} options={formats} value={format} onChange={setFormat} />
      <p className="drafts-panel-note">Each draft is saved as its own file in your downloads.</p>
      <div className="drafts-panel-actions">
        <button type="button" className="button-primary" onClick={() => onExport(format)}>
          Export
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}
