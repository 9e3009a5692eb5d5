import { describe, expect, it } from 'vitest';
import { createHttpApi } from './http-transport';
import { takeToken } from './token';

function fakeFetch(status: number, body: unknown) {
  const requests: { url: string; init: RequestInit }[] = [];
  const impl = (async (url: string, init: RequestInit) => {
    requests.push({ url, init });
    return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  }) as unknown as typeof fetch;
  return { impl, requests };
}

describe('HTTP transport', () => {
  it('posts the argument with the token header and returns the result', async () => {
    const { impl, requests } = fakeFetch(200, { result: { id: 3, title: 'Summit' } });
    const api = createHttpApi('http://127.0.0.1:9/', 'secret', impl);
    await expect(api.getEvent({ id: 3 })).resolves.toEqual({ id: 3, title: 'Summit' });
    expect(requests[0]?.url).toBe('http://127.0.0.1:9/api/getEvent');
    expect(requests[0]?.init.method).toBe('POST');
    expect((requests[0]?.init.headers as Record<string, string>)['X-Timeline-Token']).toBe('secret');
    expect(JSON.parse(String(requests[0]?.init.body))).toEqual({ argument: { id: 3 } });
  });

  it("rejects with the server's message on an error answer", async () => {
    const { impl } = fakeFetch(400, { error: { code: 'bad-request', message: 'from must be a date' } });
    const api = createHttpApi('/', 'secret', impl);
    await expect(api.listEvents({ from: 'x', to: 'y' })).rejects.toThrow('from must be a date');
  });
});

describe('token', () => {
  function page(hash: string) {
    const stored = new Map<string, string>();
    const replaced: string[] = [];
    const location = { hash, pathname: '/', search: '' } as Location;
    const history = {
      state: null,
      replaceState: (_s: unknown, _t: string, url: string) => replaced.push(url),
    } as unknown as History;
    const storage = {
      getItem: (key: string) => stored.get(key) ?? null,
      setItem: (key: string, value: string) => void stored.set(key, value),
    } as Storage;
    return { location, history, storage, replaced };
  }

  it('takes the token from the fragment, removes it from the address bar and keeps it for reloads', () => {
    const first = page('#token=abc123');
    expect(takeToken(first.location, first.history, first.storage)).toBe('abc123');
    expect(first.replaced).toEqual(['/']);
    const reload = { ...page(''), storage: first.storage };
    expect(takeToken(reload.location, reload.history, reload.storage)).toBe('abc123');
  });
});
