import type { ReactNode } from 'react';
import { shortcut as describeShortcut } from './shortcuts.js';

interface ToolButtonProps {
  /** Stable key for the toolbar's tab stop. */
  readonly tool: string;
  readonly label: string;
  /** TipTap's key string, e.g. "Mod-b". */
  readonly keys?: string;
  /** Only for toggles (marks, lists, quote, code block): whether it applies to the selection. */
  readonly pressed?: boolean;
  readonly disabled?: boolean;
  readonly opensDialog?: boolean;
  readonly onPress: () => void;
  readonly children: ReactNode;
}

export function ToolButton({ tool, label, keys, pressed, disabled, opensDialog, onPress, children }: ToolButtonProps) {
  const shortcut = keys === undefined ? undefined : describeShortcut(keys);
  return (
    <button
      type="button"
      className="tool"
      data-tool={tool}
      aria-label={label}
      aria-pressed={pressed}
      aria-haspopup={opensDialog ? 'dialog' : undefined}
      aria-keyshortcuts={shortcut?.aria}
      title={shortcut === undefined ? label : `${label} (${shortcut.label})`}
      disabled={disabled}
      // Keeps the caret (and a mouse user's selection) in the text; the command puts focus back there anyway.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onPress}
    >
      {children}
    </button>
  );
}
