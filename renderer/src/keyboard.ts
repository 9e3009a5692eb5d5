/**
 * App-wide keys: + − 0 zoom and fit, ← → pan, j/k and ]/[ step through events, / focuses search,
 * Escape closes the topmost panel. Keys typed into a field are left alone.
 */
import type { Actions } from './state/actions';

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLInputElement)
    return !['checkbox', 'radio', 'button', 'submit', 'range'].includes(target.type);
  return target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

/** Installs the shortcuts on a document; returns the function that removes them. */
export function installKeyboard(doc: Document, actions: Actions): () => void {
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'Escape') {
      if (
        isTyping(event.target) &&
        event.target instanceof HTMLElement &&
        event.target.id === 'search-input'
      ) {
        event.target.blur();
        return;
      }
      if (actions.closeTopmost()) event.preventDefault();
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    const handled = (() => {
      switch (event.key) {
        case '+':
        case '=':
          actions.zoomIn();
          return true;
        case '-':
        case '_':
          actions.zoomOut();
          return true;
        case '0':
          actions.fit();
          return true;
        case 'ArrowLeft':
          actions.pan(-0.2);
          return true;
        case 'ArrowRight':
          actions.pan(0.2);
          return true;
        case 'j':
        case ']':
          void actions.selectAdjacent(1);
          return true;
        case 'k':
        case '[':
          void actions.selectAdjacent(-1);
          return true;
        case '/':
          doc.getElementById('search-input')?.focus();
          return true;
        default:
          return false;
      }
    })();
    if (handled) event.preventDefault();
  };
  doc.addEventListener('keydown', onKey);
  return () => doc.removeEventListener('keydown', onKey);
}
