import type { Editor } from '@tiptap/core';
import type { BlockStyle } from './toolbar-state.js';

const CHOICES: ReadonlyArray<{ value: BlockStyle; label: string; always: boolean }> = [
  { value: 'paragraph', label: 'Paragraph', always: true },
  { value: 'h1', label: 'Heading 1', always: false },
  { value: 'h2', label: 'Heading 2', always: true },
  { value: 'h3', label: 'Heading 3', always: true },
  { value: 'h4', label: 'Heading 4', always: false },
];

function apply(editor: Editor, value: BlockStyle): void {
  const chain = editor.chain().focus();
  if (value === 'paragraph') chain.setParagraph().run();
  else if (value !== 'other') chain.setHeading({ level: Number(value.slice(1)) as 1 | 2 | 3 | 4 }).run();
}

/**
 * Paragraph, Heading 2 or Heading 3: the post's title is its Heading 1.
 * Heading 1 and 4 appear only while the selection is in one (a pasted or
 * imported article may have them), so the select always says what is there.
 */
export function BlockStyleSelect({ editor, value, disabled }: { editor: Editor; value: BlockStyle; disabled: boolean }) {
  return (
    <select
      className="tool-select"
      data-tool="block-style"
      aria-label="Text style"
      value={value}
      disabled={disabled}
      onChange={(event) => apply(editor, event.target.value as BlockStyle)}
    >
      {CHOICES.filter((choice) => choice.always || choice.value === value).map((choice) => (
        <option key={choice.value} value={choice.value}>
          {choice.label}
        </option>
      ))}
      {value === 'other' && (
        <option value="other" disabled>
          Mixed
        </option>
      )}
    </select>
  );
}
