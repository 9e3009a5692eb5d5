/** Applies the theme choice to the page: the system's preference unless the user picked one. */
import { effect, signal } from '@preact/signals';
import type { AppState } from './state/app-state';

/** Keeps `<html data-theme>` in step with the choice and, for "system", with the OS setting. */
export function applyTheme(state: AppState, root: HTMLElement = document.documentElement): () => void {
  const query = window.matchMedia('(prefers-color-scheme: dark)');
  const systemDark = signal(query.matches);
  const onChange = (event: MediaQueryListEvent) => (systemDark.value = event.matches);
  query.addEventListener('change', onChange);
  const stop = effect(() => {
    const choice = state.theme.value;
    const dark = choice === 'dark' || (choice === 'system' && systemDark.value);
    root.dataset.theme = dark ? 'dark' : 'light';
    root.style.colorScheme = dark ? 'dark' : 'light';
  });
  return () => {
    stop();
    query.removeEventListener('change', onChange);
  };
}
