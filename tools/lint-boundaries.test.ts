import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(__dirname, '..');
const eslint = new ESLint({ cwd: ROOT });

async function restrictedImports(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath: path.join(ROOT, file) });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => message.message);
}

describe('folder boundaries (folders are runtimes)', () => {
  it('keeps Node, Electron and the database out of the renderer', async () => {
    const source =
      "import fs from 'node:fs';\nimport { app } from 'electron';\nimport Database from 'better-sqlite3';\nimport { x } from '../../db/events';\nexport const all = [fs, app, Database, x];\n";
    expect(await restrictedImports('renderer/src/example.ts', source)).toHaveLength(4);
  });

  it('lets the renderer import the shared contract', async () => {
    const source =
      "import type { TimelineApi } from '../../main/common/api';\nexport type Api = TimelineApi;\n";
    expect(await restrictedImports('renderer/src/example.ts', source)).toEqual([]);
  });

  it('keeps Electron out of db/ and of the plain Node folders', async () => {
    const source = "import { app } from 'electron';\nexport const a = app;\n";
    expect(await restrictedImports('db/example.ts', source)).toHaveLength(1);
    expect(await restrictedImports('main/service/example.ts', source)).toHaveLength(1);
    expect(await restrictedImports('main/electron/example.ts', source)).toEqual([]);
  });

  it('keeps the pure extraction code free of Node, and lets a folder share a built-in module name', async () => {
    expect(
      await restrictedImports(
        'main/extract/example.ts',
        "import path from 'path';\nexport const p = path;\n",
      ),
    ).toHaveLength(1);
    expect(
      await restrictedImports(
        'main/extract/example.ts',
        "import { a } from './event/extract';\nexport const b = a;\n",
      ),
    ).toEqual([]);
  });
});
