import type { ChainedCommands, Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import type { LocateNode } from '../editor-services.js';
import { BlockStyleSelect } from './BlockStyleSelect.js';
import * as icons from './icons.js';
import { TableTools } from './TableTools.js';
import { ToolButton } from './ToolButton.js';
import { selectToolbarState } from './toolbar-state.js';
import { useRovingToolbar } from './use-roving-toolbar.js';

export interface ToolbarActions {
  readonly editLink: () => void;
  readonly insertImage: () => void;
  readonly insertVideo: () => void;
  readonly editAltText: (locate: LocateNode) => void;
  readonly givePublicUrl: (locate: LocateNode) => void;
  readonly addCaption: (locate: LocateNode) => void;
}

const Separator = () => <span className="tool-separator" role="separator" aria-orientation="vertical" />;

/** The formatting toolbar. It re-renders only when what it shows changes (useEditorState), never per keystroke. */
export function Toolbar({ editor, actions }: { editor: Editor; actions: ToolbarActions }) {
  const state = useEditorState({ editor, selector: selectToolbarState });
  const { toolbar, onFocus, onKeyDown } = useRovingToolbar();
  const run = (command: (chain: ChainedCommands) => ChainedCommands) => () => command(editor.chain().focus()).run();
  const off = !state.editable;
  const selectedNode: LocateNode = () => editor.state.selection.from;

  return (
    <div ref={toolbar} className="article-toolbar" role="toolbar" aria-label="Formatting" onFocus={onFocus} onKeyDown={onKeyDown}>
      <BlockStyleSelect editor={editor} value={state.block} disabled={off} />
      <Separator />
      <ToolButton tool="bold" label="Bold" keys="Mod-b" pressed={state.bold} disabled={off} onPress={run((c) => c.toggleBold())}>
        <span className="tool-letter tool-letter-bold">B</span>
      </ToolButton>
      <ToolButton tool="italic" label="Italic" keys="Mod-i" pressed={state.italic} disabled={off} onPress={run((c) => c.toggleItalic())}>
        <span className="tool-letter tool-letter-italic">I</span>
      </ToolButton>
      <ToolButton tool="underline" label="Underline" keys="Mod-u" pressed={state.underline} disabled={off} onPress={run((c) => c.toggleUnderline())}>
        <span className="tool-letter tool-letter-underline">U</span>
      </ToolButton>
      <ToolButton tool="strike" label="Strikethrough" keys="Mod-Shift-s" pressed={state.strike} disabled={off} onPress={run((c) => c.toggleStrike())}>
        <span className="tool-letter tool-letter-strike">S</span>
      </ToolButton>
      <ToolButton tool="code" label="Inline code" keys="Mod-e" pressed={state.code} disabled={off} onPress={run((c) => c.toggleCode())}>
        <icons.CodeIcon />
      </ToolButton>
      <Separator />
      <ToolButton tool="bullet-list" label="Bulleted list" keys="Mod-Shift-8" pressed={state.bulletList} disabled={off} onPress={run((c) => c.toggleBulletList())}>
        <icons.BulletListIcon />
      </ToolButton>
      <ToolButton tool="ordered-list" label="Numbered list" keys="Mod-Shift-7" pressed={state.orderedList} disabled={off} onPress={run((c) => c.toggleOrderedList())}>
        <icons.OrderedListIcon />
      </ToolButton>
      <ToolButton tool="blockquote" label="Quote" keys="Mod-Shift-b" pressed={state.blockquote} disabled={off} onPress={run((c) => c.toggleBlockquote())}>
        <icons.QuoteIcon />
      </ToolButton>
      <ToolButton tool="code-block" label="Code block" keys="Mod-Alt-c" pressed={state.codeBlock} disabled={off} onPress={run((c) => c.toggleCodeBlock())}>
        <icons.CodeBlockIcon />
      </ToolButton>
      <ToolButton tool="rule" label="Divider line" disabled={off} onPress={run((c) => c.setHorizontalRule())}>
        <icons.RuleIcon />
      </ToolButton>
      <Separator />
      <ToolButton tool="link" label={state.link ? 'Edit link' : 'Link'} keys="Mod-k" opensDialog disabled={off} onPress={actions.editLink}>
        <icons.LinkIcon />
      </ToolButton>
      <ToolButton tool="image" label="Image" opensDialog disabled={off} onPress={actions.insertImage}>
        <icons.ImageIcon />
      </ToolButton>
      <ToolButton tool="video" label="Video" opensDialog disabled={off} onPress={actions.insertVideo}>
        <icons.VideoIcon />
      </ToolButton>
      <ToolButton tool="table" label="Table" disabled={off || state.inTable} onPress={run((c) => c.insertTable({ rows: 3, cols: 3, withHeaderRow: true }))}>
        <icons.TableIcon />
      </ToolButton>
      {state.inTable && !off && <TableTools editor={editor} />}
      {state.imageSelected && !off && (
        <>
          <Separator />
          <ToolButton tool="alt-text" label="Alt text" opensDialog onPress={() => actions.editAltText(selectedNode)}>
            <icons.AltTextIcon />
          </ToolButton>
          {!state.imageInFigure && (
            <ToolButton tool="caption" label="Add a caption" onPress={() => actions.addCaption(selectedNode)}>
              <icons.CaptionIcon />
            </ToolButton>
          )}
          {state.localImageSelected && (
            <ToolButton tool="public-url" label="Give the image a public URL" opensDialog onPress={() => actions.givePublicUrl(selectedNode)}>
              <icons.GlobeIcon />
            </ToolButton>
          )}
        </>
      )}
      <span className="tool-spacer" />
      <ToolButton tool="undo" label="Undo" keys="Mod-z" disabled={off || !state.canUndo} onPress={run((c) => c.undo())}>
        <icons.UndoIcon />
      </ToolButton>
      <ToolButton tool="redo" label="Redo" keys="Mod-Shift-z" disabled={off || !state.canRedo} onPress={run((c) => c.redo())}>
        <icons.RedoIcon />
      </ToolButton>
    </div>
  );
}
