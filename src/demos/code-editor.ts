/**
 * The playground's code editor: the native <textarea> (its caret, selection, undo, IME and
 * screen-reader support stay the browser's) with its text drawn transparent over a coloured copy
 * (js-tokens.ts). Keys a developer expects: Tab and Shift+Tab indent and outdent, Enter keeps the
 * indentation, Ctrl+Enter or ⌘+Enter runs. Tab does not trap the keyboard (WCAG 2.1.2): Esc,
 * then Tab, leaves the editor.
 */
import { tokenizeJs } from '~/lib/code/js-tokens';

const INDENT = '  ';

/** What the editor tells its owner. */
export interface CodeEditorOptions {
  /** Ctrl+Enter or ⌘+Enter was pressed. */
  onRun: () => void;
  /** Tab now moves focus (after Esc) or indents again; for an announcement. */
  onTabModeChange: (tabMovesFocus: boolean) => void;
  /** Removes the editor's listeners. */
  signal: AbortSignal;
}

/** Inserts text at the selection as typing would, so that undo (Ctrl+Z) undoes it. */
function insert(textarea: HTMLTextAreaElement, text: string): void {
  // execCommand is the only way to edit a textarea that keeps the browser's undo history.
  if (!document.execCommand('insertText', false, text)) {
    textarea.setRangeText(text, textarea.selectionStart, textarea.selectionEnd, 'end');
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  }
}

/** Indents (or outdents) every line the selection touches, keeping those lines selected. */
function indentLines(textarea: HTMLTextAreaElement, outdent: boolean): void {
  const { value, selectionStart, selectionEnd } = textarea;
  const start = value.lastIndexOf('\n', selectionStart - 1) + 1;
  // A selection that ends at the start of a line does not include that line.
  const lastChar = selectionEnd > selectionStart && value[selectionEnd - 1] === '\n' ? 1 : 0;
  const endOfLine = value.indexOf('\n', selectionEnd - lastChar);
  const end = endOfLine === -1 ? value.length : endOfLine;
  const lines = value.slice(start, end).split('\n');
  const changed = lines
    .map((line) => (outdent ? line.replace(/^ {1,2}/, '') : `${INDENT}${line}`))
    .join('\n');
  if (changed === value.slice(start, end)) return;
  textarea.setSelectionRange(start, end);
  insert(textarea, changed);
  textarea.setSelectionRange(start, start + changed.length);
}

/** Turns a textarea inside `.wp-editor` into the playground's editor; returns a redraw. */
export function createCodeEditor(
  textarea: HTMLTextAreaElement,
  { onRun, onTabModeChange, signal }: CodeEditorOptions
): () => void {
  const layer = document.createElement('pre');
  layer.setAttribute('aria-hidden', 'true');
  textarea.before(layer);
  textarea.closest('.wp-editor')?.setAttribute('data-highlighted', '');

  let drawn = '';
  const draw = () => {
    const code = textarea.value;
    if (code === drawn) return;
    drawn = code;
    const nodes = tokenizeJs(code).map(({ kind, text }) => {
      if (kind === 'plain') return document.createTextNode(text);
      const span = document.createElement('span');
      span.className = `wp-tk-${kind}`;
      span.textContent = text;
      return span;
    });
    // A final newline needs a line after it, as in the textarea, or the layers drift apart.
    layer.replaceChildren(...nodes, document.createTextNode(code.endsWith('\n') ? ' ' : ''));
    syncScroll();
  };
  const syncScroll = () => {
    layer.scrollTop = textarea.scrollTop;
    layer.scrollLeft = textarea.scrollLeft;
  };
  let frame = 0;
  const listen = { signal };
  textarea.addEventListener(
    'input',
    () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(draw);
    },
    listen
  );
  textarea.addEventListener('scroll', syncScroll, listen);

  let tabMovesFocus = false;
  const setTabMode = (moves: boolean) => {
    if (tabMovesFocus === moves) return;
    tabMovesFocus = moves;
    onTabModeChange(moves);
  };
  textarea.addEventListener('focus', () => setTabMode(false), listen);
  textarea.addEventListener(
    'keydown',
    (event) => {
      if (event.isComposing) return;
      if (event.key === 'Escape') {
        setTabMode(true);
        return;
      }
      if (event.key === 'Tab' && !event.ctrlKey && !event.metaKey && !event.altKey) {
        if (tabMovesFocus) return; // the browser moves focus on
        event.preventDefault();
        const multiline = textarea.value
          .slice(textarea.selectionStart, textarea.selectionEnd)
          .includes('\n');
        if (event.shiftKey || multiline) indentLines(textarea, event.shiftKey);
        else insert(textarea, INDENT);
        return;
      }
      if (!['Shift', 'Control', 'Meta', 'Alt'].includes(event.key)) setTabMode(false);
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        onRun();
      } else if (event.key === 'Enter' && !event.shiftKey && !event.altKey) {
        // The new line starts where the current one does, one step in after an opening bracket.
        const { value, selectionStart } = textarea;
        const line = value.slice(value.lastIndexOf('\n', selectionStart - 1) + 1, selectionStart);
        const indent = /^\s*/.exec(line)?.[0] ?? '';
        event.preventDefault();
        insert(textarea, `\n${indent}${/[{[(]\s*$/.test(line) ? INDENT : ''}`);
      }
    },
    listen
  );
  draw();
  return draw;
}
