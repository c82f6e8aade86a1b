import { shortcutHint } from '../navigation/screen-shortcuts.js';
import { studioScreens } from '../navigation/studio-screens.js';
import { describeKeys, shortcuts } from './shortcut-table.js';
import { useModalDialog } from '../studio/use-modal-dialog.js';

const editorKeys: readonly [string, string][] = [
  ['Bold, italic, underline', 'Ctrl/⌘ + B, I, U'],
  ['Link', 'Ctrl/⌘ + K'],
  ['Undo, redo', 'Ctrl/⌘ + Z, Ctrl/⌘ + Shift + Z'],
];

/** The help sheet: every shortcut of the studio, from the same table the keys are matched against. */
export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  const dialog = useModalDialog();

  return (
    <dialog
      ref={dialog}
      className="shortcut-help"
      aria-labelledby="shortcut-help-title"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id="shortcut-help-title">Keyboard shortcuts</h2>
      <table className="shortcut-table">
        <tbody>
          {shortcuts.map((shortcut) => (
            <tr key={shortcut.id}>
              <th scope="row">{shortcut.description}</th>
              <td>
                <kbd>{describeKeys(shortcut)}</kbd>
              </td>
            </tr>
          ))}
          {studioScreens.map((screen, index) => (
            <tr key={screen.id}>
              <th scope="row">Go to {screen.label}</th>
              <td>
                <kbd>{shortcutHint(index + 1)}</kbd>
              </td>
            </tr>
          ))}
          {editorKeys.map(([what, keys]) => (
            <tr key={what}>
              <th scope="row">{what}</th>
              <td>
                <kbd>{keys}</kbd>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="button button-primary" onClick={onClose} autoFocus>
        Close
      </button>
    </dialog>
  );
}
