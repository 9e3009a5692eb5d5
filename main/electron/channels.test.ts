import { describe, expect, it } from 'vitest';
import { APP_INDEX_URL, isAppUrl, SHELL_CHANNELS } from './channels';

describe('IPC channels and the app origin', () => {
  it('recognizes only the app page as the app', () => {
    expect(isAppUrl(APP_INDEX_URL)).toBe(true);
    expect(isAppUrl('app://timeline/assets/x.js#token=1')).toBe(true);
    for (const url of [
      'file:///work/dist/renderer/index.html',
      'app://evil/index.html',
      'https://timeline/',
      'app://user@timeline/',
      '',
      null,
      undefined,
      'not a url',
    ]) {
      expect(isAppUrl(url), String(url)).toBe(false);
    }
  });

  it('keeps every shell channel under the app prefix', () => {
    for (const channel of Object.values(SHELL_CHANNELS)) expect(channel.startsWith('timeline:')).toBe(true);
  });
});
