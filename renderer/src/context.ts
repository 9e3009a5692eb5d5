/** The app's state, actions and desktop extras, handed to every component through one context. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { TimelineApi } from '../../main/common/api';
import type { TimelineShell } from './api/shell';
import type { Actions } from './state/actions';
import type { AppState } from './state/app-state';

export interface AppContextValue {
  state: AppState;
  actions: Actions;
  api: TimelineApi;
  shell: TimelineShell | null;
}

export const AppContext = createContext<AppContextValue | null>(null);

/** The app context; components are only ever rendered inside the provider. */
export function useApp(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useApp outside AppContext');
  return value;
}
