import { describe, expect, it } from 'vitest';
import type { ExportEvent } from '../common/export-document';
import { koreaDocument } from './testing/korea-2018';
import { fromTimelineJs, htmlToText, toTimelineJs } from './timelinejs';

describe('toTimelineJs', () => {
  const timeline = toTimelineJs(koreaDocument(), { title: 'Korea & the US' });

  it('follows the TimelineJS structure with numeric date parts', () => {
    expect(timeline.title?.text?.headline).toBe('Korea &amp; the US');
    expect(timeline.events).toHaveLength(14);
    for (const slide of timeline.events) {
      expect(typeof slide.start_date.year).toBe('number');
      for (const part of ['month', 'day', 'hour', 'minute'] as const) {
        const value = slide.start_date[part];
        if (value !== undefined) expect(Number.isInteger(value)).toBe(true);
      }
      expect(typeof slide.text?.headline).toBe('string');
      expect(typeof slide.text?.text).toBe('string');
      expect(slide.unique_id).toMatch(/^event-\d+$/u);
    }
    const byId = (id: number) => timeline.events.find((s) => s.unique_id === `event-${id}`);
    expect(byId(4)?.start_date).toEqual({ year: 2018, month: 6, day: 12, hour: 16, minute: 0 });
    expect(byId(2)?.end_date).toBeUndefined();
    expect(byId(10)).toMatchObject({
      start_date: { year: 2018, month: 8 },
      group: 'Possible',
      display_date: 'around August 2018',
    });
    expect(byId(13)?.end_date).toEqual({ year: 2018, month: 9, day: 20 });
    expect(byId(2)?.text?.text).toContain('<cite>Reuters</cite>');
    expect(timeline.eras?.map((e) => e.text?.headline)).toEqual([
      'April 2018',
      'May 2018',
      'June 2018',
      'July 2018',
      'August 2018',
      'September 2018',
      'October 2018',
      'November 2018',
    ]);
  });

  it('groups by the lane mode asked for', () => {
    const byActor = toTimelineJs(koreaDocument(), { lanes: 'actor' });
    expect(byActor.events.find((s) => s.unique_id === 'event-7')?.group).toBe('Mike Pompeo');
    expect(toTimelineJs(koreaDocument(), { lanes: 'none' }).events[0]?.group).toBeUndefined();
  });
});

describe('fromTimelineJs', () => {
  it('round-trips titles, dates, statuses, certainty and mentions exactly', () => {
    const doc = koreaDocument();
    (doc.events[1] as ExportEvent).title = 'Trump & Kim <meet> -- "finally"';
    const back = fromTimelineJs(JSON.parse(JSON.stringify(toTimelineJs(doc))));
    expect(back.events).toEqual(doc.events);
    expect(back.articles.map((a) => a.id).sort()).toEqual(doc.articles.map((a) => a.id).sort());
  });

  it('reads slides from other tools from their visible fields', () => {
    const doc = fromTimelineJs({
      events: [
        {
          start_date: { year: '2018', month: '6', day: '12' },
          text: { headline: 'Summit <b>held</b>', text: '<p>Some &amp; text</p>' },
          group: 'Scheduled',
        },
        {
          start_date: { year: 2018, month: 8 },
          end_date: { year: 2018, month: 9 },
          text: { headline: 'Talks' },
        },
        { start_date: { year: 2019, month: '', day: '' } },
      ],
    });
    expect(doc.events.map((e) => [e.title, e.start, e.end, e.granularity, e.status])).toEqual([
      ['Summit held', '2018-06-12', '2018-06-12', 'day', 'scheduled'],
      ['Talks', '2018-08-01', '2018-09-30', 'month', 'occurred'],
      ['Untitled event', '2019-01-01', '2019-12-31', 'year', 'occurred'],
    ]);
    expect(doc.events[0]?.description).toBe('Some & text');
    expect(new Set(doc.events.map((e) => e.id)).size).toBe(3);
  });

  it('rejects what is not TimelineJS with the path of the problem', () => {
    expect(() => fromTimelineJs({ title: {} })).toThrow(/events/u);
    expect(() => fromTimelineJs({ events: [{ start_date: { month: 3 } }] })).toThrow(
      /events\.0\.start_date\.year/u,
    );
    expect(() => fromTimelineJs({ events: [{ start_date: { year: 2018, month: 13 } }] })).toThrow(
      /events\.0\.start_date\.month/u,
    );
    expect(() => fromTimelineJs('nope')).toThrow(/Not a valid TimelineJS document/u);
  });

  it('turns HTML into plain text', () => {
    expect(htmlToText('<p>A &lt;b&gt; &#8220;c&#x201D;</p><!-- hidden --><p>d</p>')).toBe('A <b> “c”\nd');
  });
});
