/**
 * A hand-made export document for tests and the sample image: US–North Korea diplomacy in
 * June–September 2018. Long and short titles, several events on one day, points and ranges, every
 * status and certainty, a range that runs past September, and one event before June.
 */
import type { ExportArticle, ExportDocument, ExportEvent, ExportMention } from '../../common/export-document';

const articles: ExportArticle[] = [
  {
    id: 1,
    title: 'Trump and Kim pledge to work toward denuclearization at Singapore summit',
    source: 'Reuters',
    author: null,
    url: 'https://example.org/reuters/singapore',
    publishedAt: '2018-06-12',
    file: 'reuters-0612.html',
  },
  {
    id: 2,
    title: 'What the Singapore statement does, and does not, say',
    source: 'The Guardian',
    author: 'A. Writer',
    url: 'https://example.org/guardian/statement',
    publishedAt: '2018-06-13',
    file: 'guardian-0613.html',
  },
  {
    id: 3,
    title: 'Pompeo leaves Pyongyang after two days of talks; North calls them "regrettable"',
    source: 'Associated Press',
    author: null,
    url: 'https://example.org/ap/pompeo',
    publishedAt: '2018-07-07',
    file: 'ap-0707.html',
  },
  {
    id: 4,
    title: 'Remains believed to be US soldiers flown out of Wonsan',
    source: 'NK News',
    author: null,
    url: 'https://example.org/nknews/remains',
    publishedAt: '2018-07-27',
    file: 'nknews-0727.html',
  },
  {
    id: 5,
    title: 'Trump calls off Pompeo trip, citing lack of progress',
    source: 'Reuters',
    author: null,
    url: 'https://example.org/reuters/trip-off',
    publishedAt: '2018-08-24',
    file: 'reuters-0824.html',
  },
  {
    id: 6,
    title: 'Moon to visit Pyongyang for third summit with Kim <in September>',
    source: 'Yonhap',
    author: null,
    url: 'https://example.org/yonhap/moon',
    publishedAt: '2018-09-05',
    file: 'yonhap-0905.html',
  },
];

let nextMention = 0;
function mention(articleId: number, quote: string): ExportMention {
  nextMention += 1;
  return { articleId, quote, start: nextMention * 100, end: nextMention * 100 + quote.length, timex: null };
}

function event(
  partial: Partial<ExportEvent> & Pick<ExportEvent, 'id' | 'title' | 'start' | 'end'>,
): ExportEvent {
  return {
    description: '',
    granularity: 'day',
    certainty: 'exact',
    status: 'occurred',
    actors: [],
    places: [],
    tags: [],
    mentions: [],
    ...partial,
  };
}

const events: ExportEvent[] = [
  event({
    id: 1,
    title: 'Panmunjom summit between Moon and Kim',
    start: '2018-04-27',
    end: '2018-04-27',
    actors: ['Moon Jae-in'],
    mentions: [mention(6, 'In April the two leaders met at Panmunjom.')],
  }),
  event({
    id: 2,
    title:
      'Donald Trump and Kim Jong Un hold the first ever summit between sitting US and North Korean leaders on Sentosa Island, Singapore',
    start: '2018-06-12',
    end: '2018-06-12',
    actors: ['Donald Trump', 'Kim Jong Un'],
    places: ['Singapore'],
    tags: ['summit'],
    mentions: [
      mention(1, 'Trump and Kim met on Tuesday on Sentosa island.'),
      mention(2, 'The meeting on 12 June was the first of its kind.'),
    ],
  }),
  event({
    id: 3,
    title: 'Joint statement signed',
    start: '2018-06-12',
    end: '2018-06-12',
    actors: ['Kim Jong Un'],
    mentions: [mention(2, 'The statement, signed on 12 June, commits to "complete denuclearization".')],
  }),
  event({
    id: 4,
    title: 'Trump says "war games" with Seoul will stop',
    start: '2018-06-12T16:00',
    end: '2018-06-12T16:00',
    granularity: 'time',
    actors: ['Donald Trump'],
    mentions: [mention(1, 'At a news conference at 4 p.m., Trump said the "war games" would end.')],
  }),
  event({
    id: 5,
    title: 'Pentagon suspends the August Ulchi Freedom Guardian exercise',
    start: '2018-06-18',
    end: '2018-06-18',
    actors: ['Pentagon'],
    status: 'occurred',
    mentions: [mention(2, 'On Monday the Pentagon suspended the drills.')],
  }),
  event({
    id: 6,
    title: 'Kim Jong Un visits Beijing',
    start: '2018-06-19',
    end: '2018-06-20',
    actors: ['Kim Jong Un'],
    places: ['Beijing'],
    mentions: [mention(2, 'Kim arrived in Beijing on 19 June for a two-day visit.')],
  }),
  event({
    id: 7,
    title: 'Pompeo holds talks in Pyongyang',
    start: '2018-07-06',
    end: '2018-07-07',
    actors: ['Mike Pompeo'],
    places: ['Pyongyang'],
    mentions: [mention(3, 'Pompeo spent Friday and Saturday in Pyongyang.')],
  }),
  event({
    id: 8,
    title: 'Remains of US soldiers returned',
    start: '2018-07-27',
    end: '2018-07-27',
    actors: ['Kim Jong Un'],
    places: ['Wonsan'],
    mentions: [mention(4, 'A US aircraft carried 55 cases of remains out of Wonsan on Friday.')],
  }),
  event({
    id: 9,
    title: 'New activity at Sanumdong missile plant',
    start: '2018-07-30',
    end: '2018-07-30',
    certainty: 'uncertain',
    actors: ['Kim Jong Un'],
    mentions: [mention(4, 'Satellite images from around the end of July suggest new work.')],
  }),
  event({
    id: 10,
    title: 'Working-level talks on a denuclearization timeline',
    start: '2018-08-01',
    end: '2018-08-31',
    granularity: 'month',
    certainty: 'approximate',
    status: 'possible',
    actors: ['Mike Pompeo'],
    mentions: [mention(3, 'Officials said lower-level talks could follow in August.')],
  }),
  event({
    id: 11,
    title: "Pompeo's fourth trip to Pyongyang",
    start: '2018-08-27',
    end: '2018-08-27',
    status: 'cancelled',
    actors: ['Mike Pompeo'],
    places: ['Pyongyang'],
    mentions: [mention(5, 'The trip, planned for next week, has been called off.')],
  }),
  event({
    id: 12,
    title: 'Sohae launch site partly dismantled',
    start: '2018-08-27',
    end: '2018-09-02',
    granularity: 'week',
    certainty: 'approximate',
    actors: ['Kim Jong Un'],
    places: ['Sohae'],
    mentions: [mention(5, 'Analysts said dismantling continued around the last week of August.')],
  }),
  event({
    id: 13,
    title: 'Moon and Kim hold inter-Korean summit in Pyongyang',
    start: '2018-09-18',
    end: '2018-09-20',
    status: 'scheduled',
    actors: ['Moon Jae-in'],
    places: ['Pyongyang'],
    mentions: [mention(6, 'Moon will travel to Pyongyang from 18 to 20 September.')],
  }),
  event({
    id: 14,
    title: 'Second Trump–Kim summit',
    start: '2018-09-01',
    end: '2018-11-30',
    granularity: 'season',
    certainty: 'uncertain',
    status: 'possible',
    actors: ['Donald Trump'],
    mentions: [mention(6, 'A second summit could come some time this autumn.')],
  }),
];

/** The fixture; callers may mutate their copy freely. */
export function koreaDocument(): ExportDocument {
  return structuredClone({ version: 1, articles, events });
}

/** The window the fixture is meant to be drawn in. */
export const KOREA_RANGE = { from: '2018-06-01', to: '2018-09-30' } as const;
