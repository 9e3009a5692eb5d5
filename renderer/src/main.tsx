/** Entry point: connect to the app, build the state, render, open on the library's initial window. */
import { render } from 'preact';
import 'vis-timeline/styles/vis-timeline-graph2d.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/panels.css';
import './styles/timeline.css';
import { connect } from './api/connect';
import { App } from './components/App';
import { AppContext } from './context';
import { installDesktopMenu } from './desktop-menu';
import { installKeyboard } from './keyboard';
import { createActions } from './state/actions';
import { createAppState } from './state/app-state';
import { applyTheme } from './theme';

const { api, shell } = connect();
const state = createAppState();
const actions = createActions(state, api, { storage: window.localStorage });
applyTheme(state);
installKeyboard(document, actions);
installDesktopMenu(shell, actions);

const root = document.getElementById('app');
if (root) {
  render(
    <AppContext.Provider value={{ state, actions, api, shell }}>
      <App />
    </AppContext.Provider>,
    root,
  );
}
void actions.start();
