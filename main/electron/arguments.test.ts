import { describe, expect, it } from 'vitest';
import { parseShellArguments } from './arguments';

describe('shell command line', () => {
  it('reads --db FILE and --db=FILE among Electron and Chromium arguments', () => {
    expect(parseShellArguments(['/usr/bin/electron', '.', '--db', 'lib.sqlite'], '/home/a')).toEqual({
      databasePath: '/home/a/lib.sqlite',
    });
    expect(parseShellArguments(['Timeline Explorer', '--no-sandbox', '--db=/data/x.sqlite'], '/')).toEqual({
      databasePath: '/data/x.sqlite',
    });
  });

  it('ignores --db without a value and keeps the last one given', () => {
    expect(parseShellArguments(['electron', '.', '--db'], '/')).toEqual({});
    expect(parseShellArguments(['electron', '--db', '--inspect'], '/')).toEqual({});
    expect(parseShellArguments(['e', '--db', 'a', '--db=b'], '/w')).toEqual({ databasePath: '/w/b' });
  });
});
