/**
 * The IPC vocabulary shared by main and the preload (no Electron import, so both bundles and the
 * tests can load it). Every channel starts with `timeline:`; the preload never takes a channel name
 * from the page.
 */
import type { ApiErrorPayload } from '../common/api-methods';

/** What main answers on every `invoke`: errors travel as data so their code survives the trip. */
export type IpcReply = { result: unknown } | { error: ApiErrorPayload };

export const SHELL_CHANNELS = {
  saveFile: 'timeline:shell:saveFile',
  pickAndImport: 'timeline:shell:pickAndImport',
  importDropped: 'timeline:shell:importDropped',
  /** main → renderer: a menu command ({@link MenuCommand}). */
  menu: 'timeline:menu',
  /** main → renderer: an import finished (its ImportSummary). */
  didImport: 'timeline:shell:didImport',
} as const;

/** The app's own page is served from this custom scheme, never from file:// or the network. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'timeline';
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * True when a URL belongs to the app's page. Node's URL gives custom schemes an opaque origin, so
 * scheme and host are compared rather than `origin`.
 */
export function isAppUrl(url: string | undefined | null): boolean {
  if (typeof url !== 'string' || url.length === 0) return false;
  try {
    const parsed = new URL(url);
    return (
      parsed.protocol === `${APP_SCHEME}:` &&
      parsed.host === APP_HOST &&
      parsed.username === '' &&
      parsed.password === ''
    );
  } catch {
    return false;
  }
}
