/**
 * A synthetic export document of many events, for the export benchmark and the dense-chart tests:
 * random but reproducible titles, dates, granularities, statuses, actors and sources.
 */
import type { ExportArticle, ExportDocument, ExportEvent } from '../../common/export-document';
import { CERTAINTIES, EVENT_STATUSES } from '../../common/model';
import type { Granularity } from '../../common/model';

const WORDS = [
  'summit',
  'talks',
  'envoy',
  'sanctions',
  'missile',
  'statement',
  'visit',
  'border',
  'delegation',
  'treaty',
  'minister',
  'meeting',
  'agreement',
  'inspection',
  'exercise',
  'negotiators',
  'Pyongyang',
  'Seoul',
  'Washington',
  'Beijing',
];
const OUTLETS = [
  'Reuters',
  'Associated Press',
  'The Guardian',
  'NK News',
  'Yonhap',
  'BBC',
  'Le Monde',
  'Nikkei',
];
const ACTORS = [
  'Donald Trump',
  'Kim Jong Un',
  'Moon Jae-in',
  'Mike Pompeo',
  'Xi Jinping',
  'Shinzo Abe',
  'John Bolton',
  'Kim Yo Jong',
];

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * `count` events spread over 2018 with a third as many articles, each citing one or two: the same
 * document for the same `count` on every run (a fixed pseudo-random sequence).
 */
export function syntheticDocument(count: number): ExportDocument {
  let seed = 20180612;
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const yearStart = Date.UTC(2018, 0, 1);
  const day = 86_400_000;
  const articles: ExportArticle[] = Array.from({ length: Math.ceil(count / 3) }, (_, i) => ({
    id: i + 1,
    title: `${pick(OUTLETS)} report on ${pick(WORDS)} and ${pick(WORDS)} number ${i + 1}`,
    source: pick(OUTLETS),
    author: null,
    url: `https://example.org/${i + 1}`,
    publishedAt: isoDay(yearStart + Math.floor(random() * 365) * day),
    file: null,
  }));
  const events: ExportEvent[] = Array.from({ length: count }, (_, i) => {
    const start = yearStart + Math.floor(random() * 365) * day;
    const roll = random();
    const granularity: Granularity =
      roll < 0.7 ? 'day' : roll < 0.85 ? 'week' : roll < 0.95 ? 'month' : 'season';
    const length = { day: random() < 0.15 ? 2 : 0, week: 6, month: 30, season: 90 }[granularity as 'day'];
    const words = Array.from({ length: 2 + Math.floor(random() * 9) }, () => pick(WORDS)).join(' ');
    return {
      id: i + 1,
      title: `${words.charAt(0).toUpperCase()}${words.slice(1)}`,
      description: '',
      start: isoDay(start),
      end: isoDay(start + length * day),
      granularity,
      certainty: pick(CERTAINTIES),
      status: pick(EVENT_STATUSES),
      actors: [pick(ACTORS)],
      places: [],
      tags: [],
      mentions: Array.from({ length: 1 + Math.floor(random() * 2) }, () => ({
        articleId: 1 + Math.floor(random() * articles.length),
        quote: 'A sentence quoted from the article.',
        start: 0,
        end: 10,
        timex: null,
      })),
    };
  });
  return { version: 1, articles, events };
}
