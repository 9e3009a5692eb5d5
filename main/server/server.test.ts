import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from './server';
import { startServer } from './server';
import { createFakeService, rawRequest } from './test-helpers';

describe('HTTP transport (serve)', () => {
  const service = createFakeService();
  let base: string;
  let server: RunningServer;

  const call = (method: string, body: string, headers: Record<string, string> = {}) =>
    rawRequest(server.port, {
      method: 'POST',
      path: `/api/${method}`,
      headers: { 'Content-Type': 'application/json', 'X-Timeline-Token': server.token, ...headers },
      body,
    });

  beforeAll(async () => {
    base = mkdtempSync(join(tmpdir(), 'timeline-server-'));
    const rendererDir = join(base, 'renderer');
    mkdirSync(join(rendererDir, 'assets'), { recursive: true });
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Timeline</title>');
    writeFileSync(join(rendererDir, 'assets', 'app.js'), 'export {}');
    writeFileSync(join(base, 'secret.txt'), 'outside the root');
    server = await startServer({ service, rendererDir, maxBodyBytes: 1024 });
  });
  afterAll(async () => {
    await server.close();
    rmSync(base, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 with the token in the URL fragment', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/#token=${server.token}`);
    expect(server.port).toBeGreaterThan(0);
  });

  it('serves the page with the security headers', async () => {
    const page = await rawRequest(server.port, { path: '/' });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Timeline</title>');
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    const script = await rawRequest(server.port, { path: '/assets/app.js' });
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
  });

  it('refuses directory traversal', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/assets/..%2f..%2fsecret.txt']) {
      const response = await rawRequest(server.port, { path });
      expect(response.status, path).toBe(404);
      expect(response.body).not.toContain('outside the root');
    }
  });

  it('refuses a foreign Host header with 403 (DNS rebinding)', async () => {
    const page = await rawRequest(server.port, {
      path: '/',
      headers: { Host: `attacker.example:${server.port}` },
    });
    expect(page.status).toBe(403);
    const api = await call('getOverview', '{}', { Host: `attacker.example:${server.port}` });
    expect(api.status).toBe(403);
  });

  it('refuses calls without the token or with a wrong one (401)', async () => {
    const missing = await rawRequest(server.port, { method: 'POST', path: '/api/getOverview', body: '{}' });
    expect(missing.status).toBe(401);
    expect(JSON.parse(missing.body)).toMatchObject({ error: { code: 'unauthorized' } });
    const wrong = await call('getOverview', '{}', { 'X-Timeline-Token': `${server.token}x` });
    expect(wrong.status).toBe(401);
  });

  it('refuses a cross-origin call even with the token (403)', async () => {
    const response = await call('getOverview', '{}', { Origin: 'http://evil.example' });
    expect(response.status).toBe(403);
  });

  it('round-trips a call through the dispatcher', async () => {
    const overview = await call('getOverview', '{"argument":null}');
    expect(overview.status).toBe(200);
    expect(overview.headers['cache-control']).toBe('no-store');
    expect(JSON.parse(overview.body)).toEqual({ result: await service.getOverview() });
    const window = await call(
      'listEvents',
      JSON.stringify({ argument: { from: '2018-01-01', to: '2019-01-01' } }),
    );
    expect(window.status).toBe(200);
    expect(JSON.parse(window.body).result.buckets[0]).toMatchObject({
      start: '2018-01-01',
      end: '2019-01-01',
    });
  });

  it('answers malformed JSON, unknown methods and invalid arguments with a one-line 400', async () => {
    for (const [method, body] of [
      ['getOverview', '{"argument":'],
      ['dropDatabase', '{}'],
      ['constructor', '{}'],
      ['getEvent', '{"argument":{"id":"one"}}'],
    ] as const) {
      const response = await call(method, body);
      expect(response.status, method).toBe(400);
      const { error } = JSON.parse(response.body) as { error: { code: string; message: string } };
      expect(error.code).toBe('bad-request');
      expect(error.message.length).toBeGreaterThan(0);
      expect(error.message).not.toContain('\n');
    }
  });

  it('hides internal error details from the client (500)', async () => {
    const response = await call(
      'importFiles',
      JSON.stringify({ argument: { files: [{ name: 'a.txt', data: 'aGk=' }] } }),
    );
    expect(response.status).toBe(500);
    expect(JSON.parse(response.body).error.code).toBe('internal');
    expect(response.body).not.toContain('/secret/path');
  });

  it('refuses a body over the limit (413)', async () => {
    const response = await call(
      'listEvents',
      JSON.stringify({ argument: { from: 'x'.repeat(2000), to: 'y' } }),
    );
    expect(response.status).toBe(413);
  });

  it('streams import progress as Server-Sent Events and unsubscribes when the client leaves', async () => {
    const before = service.listenerCount();
    const received = await new Promise<string>((resolve, reject) => {
      const request = httpRequest(
        {
          host: '127.0.0.1',
          port: server.port,
          path: `/api/events?token=${server.token}`,
          headers: { Host: `127.0.0.1:${server.port}` },
        },
        (response) => {
          expect(response.statusCode).toBe(200);
          expect(response.headers['content-type']).toContain('text/event-stream');
          let text = '';
          response.on('data', (chunk: Buffer) => {
            text += chunk.toString('utf8');
            if (text.includes(': connected'))
              service.emitProgress({ jobId: 'j1', done: 1, total: 2, current: 'a.html' });
            if (text.includes('event: onDidImportProgress')) {
              request.destroy();
              resolve(text);
            }
          });
        },
      );
      request.on('error', reject);
      request.end();
    });
    expect(received).toContain(
      'event: onDidImportProgress\ndata: {"jobId":"j1","done":1,"total":2,"current":"a.html"}\n\n',
    );
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(service.listenerCount()).toBe(before);
  });

  it('refuses the event stream without the token', async () => {
    const response = await rawRequest(server.port, { path: '/api/events?token=nope' });
    expect(response.status).toBe(401);
  });
});
