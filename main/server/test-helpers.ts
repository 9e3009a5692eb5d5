/**
 * Test helpers for the HTTP transport: a raw request function (fetch would normalize `..` and
 * refuse to set Host) and a small fake of the service.
 */
import { request as httpRequest } from 'node:http';
import type { ImportProgress, Overview, TimelineApi } from '../common/api';

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface RawRequest {
  method?: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

/** Sends one request to 127.0.0.1:port exactly as given (Host defaults to 127.0.0.1:port). */
export function rawRequest(port: number, options: RawRequest): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path,
        headers: { Host: `127.0.0.1:${port}`, ...options.headers },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(options.body);
  });
}

/** A fake service: a fixed overview, one event, a failing import, and a progress feed the test drives. */
export function createFakeService(): TimelineApi & {
  emitProgress(progress: ImportProgress): void;
  listenerCount(): number;
} {
  const listeners = new Set<(progress: ImportProgress) => void>();
  const overview: Overview = {
    articleCount: 2,
    eventCount: 3,
    publishedRange: { from: '2018-07-01', to: '2018-07-07' },
    initialWindow: { from: '2018-06-01', to: '2018-08-01' },
    sources: ['Example Times'],
    databasePath: '/tmp/fake.sqlite',
    version: '0.0.0-test',
  };
  const unused = (): Promise<never> => Promise.reject(new Error('not used by these tests'));
  return {
    getOverview: async () => overview,
    listEvents: async (query) => ({
      events: [],
      total: 0,
      aggregated: false,
      buckets: [{ start: query.from, end: query.to, count: 0 }],
    }),
    getEvent: async () => null,
    listArticles: async () => [],
    getArticle: async () => null,
    search: unused,
    importFiles: async () => {
      throw new Error('disk on fire at /secret/path\n    at internals');
    },
    updateEvent: unused,
    undoMerge: unused,
    exportImage: unused,
    onDidImportProgress(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    emitProgress(progress) {
      for (const listener of listeners) listener(progress);
    },
    listenerCount: () => listeners.size,
  };
}
