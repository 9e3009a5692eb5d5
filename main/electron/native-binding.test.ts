import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BindingContext } from './native-binding';
import { findNativeBinding, nativeCacheDirectory } from './native-binding';

describe('Electron-ABI better-sqlite3 lookup', () => {
  let dir: string;
  let context: BindingContext;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'timeline-binding-'));
    context = {
      env: {},
      isPackaged: false,
      resourcesPath: join(dir, 'resources'),
      appPath: dir,
      electronVersion: '45.5.0',
      platform: 'linux',
      arch: 'x64',
    };
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('explains how to build the addon when there is none', () => {
    expect(() => findNativeBinding(context)).toThrow(/electron-native\.mjs/);
  });

  it('uses the development cache, then the packaged resources, and the environment first', () => {
    const cached = join(nativeCacheDirectory(dir, '45.5.0', 'linux', 'x64'), 'better_sqlite3.node');
    expect(cached).toBe(join(dir, '.cache', 'electron-native', '45.5.0-linux-x64', 'better_sqlite3.node'));
    mkdirSync(join(cached, '..'), { recursive: true });
    writeFileSync(cached, '');
    expect(findNativeBinding(context)).toBe(cached);

    const packaged = join(dir, 'resources', 'native', 'better_sqlite3.node');
    mkdirSync(join(packaged, '..'), { recursive: true });
    writeFileSync(packaged, '');
    expect(findNativeBinding({ ...context, isPackaged: true })).toBe(packaged);

    const fromEnv = join(dir, 'custom.node');
    writeFileSync(fromEnv, '');
    expect(
      findNativeBinding({ ...context, isPackaged: true, env: { TIMELINE_SQLITE_BINDING: fromEnv } }),
    ).toBe(fromEnv);
  });
});
