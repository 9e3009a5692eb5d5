/**
 * The access token of the local HTTP server. It arrives once in the URL fragment (`#token=…`, never
 * sent to the server in a request line or a Referer) and is kept for the tab's life so reloads work.
 */
const STORAGE_KEY = 'timeline-explorer.token';

/** Reads the token from the fragment (then removes it from the address bar) or from session storage. */
export function takeToken(location: Location, history: History, storage: Storage): string | null {
  const fragment = new URLSearchParams(location.hash.replace(/^#/, ''));
  const fromHash = fragment.get('token');
  if (fromHash) {
    storage.setItem(STORAGE_KEY, fromHash);
    fragment.delete('token');
    const rest = fragment.toString();
    history.replaceState(
      history.state,
      '',
      `${location.pathname}${location.search}${rest ? `#${rest}` : ''}`,
    );
    return fromHash;
  }
  return storage.getItem(STORAGE_KEY);
}
