import type { ChainedCommands, Editor } from '@tiptap/core';
import * as icons from './icons.js';
import { ToolButton } from './ToolButton.js';

/** Shown while the selection is in a table: the few table edits a post needs. */
export function TableTools({ editor }: { editor: Editor }) {
  const run = (command: (chain: ChainedCommands) => ChainedCommands) => () => command(editor.chain().focus()).run();
  return (
    <>
      <span className="tool-separator" role="separator" aria-orientation="vertical" />
      <ToolButton tool="row-add" label="Add row below" onPress={run((c) => c.addRowAfter())}>
        <icons.RowAddIcon />
      </ToolButton>
      <ToolButton tool="column-add" label="Add column to the right" onPress={run((c) => c.addColumnAfter())}>
        <icons.ColumnAddIcon />
      </ToolButton>
      <ToolButton tool="row-delete" label="Delete row" onPress={run((c) => c.deleteRow())}>
        <icons.RowDeleteIcon />
      </ToolButton>
      <ToolButton tool="column-delete" label="Delete column" onPress={run((c) => c.deleteColumn())}>
        <icons.ColumnDeleteIcon />
      </ToolButton>
      <ToolButton tool="table-delete" label="Delete table" onPress={run((c) => c.deleteTable())}>
        <icons.TableDeleteIcon />
      </ToolButton>
    </>
  );
}
