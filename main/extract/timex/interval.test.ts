import { describe, expect, it } from 'vitest';
import { timexToInterval } from './interval';

describe('timexToInterval', () => {
  it('maps days, months, weeks, quarters, years and decades to inclusive day ranges', () => {
    expect(timexToInterval({ type: 'DATE', value: '2018-07-07' })).toEqual({
      start: '2018-07-07',
      end: '2018-07-07',
      granularity: 'day',
      certainty: 'exact',
    });
    expect(timexToInterval({ type: 'DATE', value: '2018-06' })).toMatchObject({
      start: '2018-06-01',
      end: '2018-06-30',
      granularity: 'month',
    });
    expect(timexToInterval({ type: 'DATE', value: '2016-02' })).toMatchObject({ end: '2016-02-29' });
    expect(timexToInterval({ type: 'DATE', value: '2018-W27' })).toMatchObject({
      start: '2018-07-02',
      end: '2018-07-08',
      granularity: 'week',
    });
    expect(timexToInterval({ type: 'DATE', value: '2021-W01' })).toMatchObject({
      start: '2021-01-04',
      end: '2021-01-10',
    });
    expect(timexToInterval({ type: 'DATE', value: '2018-Q3' })).toMatchObject({
      start: '2018-07-01',
      end: '2018-09-30',
      granularity: 'quarter',
    });
    expect(timexToInterval({ type: 'DATE', value: '2018' })).toMatchObject({
      start: '2018-01-01',
      end: '2018-12-31',
      granularity: 'year',
    });
    expect(timexToInterval({ type: 'DATE', value: '201' })).toMatchObject({
      start: '2010-01-01',
      end: '2019-12-31',
      granularity: 'decade',
    });
  });

  it('uses meteorological seasons, winter running into the next year', () => {
    expect(timexToInterval({ type: 'DATE', value: '2018-FA' })).toMatchObject({
      start: '2018-09-01',
      end: '2018-11-30',
      granularity: 'season',
    });
    expect(timexToInterval({ type: 'DATE', value: '2018-WI' })).toMatchObject({
      start: '2018-12-01',
      end: '2019-02-28',
    });
    expect(timexToInterval({ type: 'DATE', value: '2018-SP' })).toMatchObject({
      start: '2018-03-01',
      end: '2018-05-31',
    });
  });

  it('keeps a part of the day at day granularity and a clock time at time granularity', () => {
    expect(timexToInterval({ type: 'TIME', value: '2018-07-07TMO' })).toMatchObject({
      start: '2018-07-07',
      end: '2018-07-07',
      granularity: 'day',
    });
    expect(timexToInterval({ type: 'TIME', value: '2018-07-07T14:30' })).toEqual({
      start: '2018-07-07T14:30',
      end: '2018-07-07T14:30',
      granularity: 'time',
      certainty: 'exact',
    });
  });

  it('narrows START/MID/END to a third and marks mods as approximate', () => {
    expect(timexToInterval({ type: 'DATE', value: '2018-06', mod: 'START' })).toEqual({
      start: '2018-06-01',
      end: '2018-06-10',
      granularity: 'month',
      certainty: 'approximate',
    });
    expect(timexToInterval({ type: 'DATE', value: '2018-06', mod: 'END' })).toMatchObject({
      start: '2018-06-21',
      end: '2018-06-30',
    });
    expect(timexToInterval({ type: 'DATE', value: '2018', mod: 'MID' })).toMatchObject({
      start: '2018-05-02',
      end: '2018-09-01',
    });
    expect(timexToInterval({ type: 'DATE', value: '2018-07-12', mod: 'APPROX' })).toMatchObject({
      certainty: 'approximate',
    });
  });

  it('has no interval for references, durations, sets and unresolved values', () => {
    expect(timexToInterval({ type: 'DATE', value: 'PRESENT_REF' })).toBeNull();
    expect(timexToInterval({ type: 'DATE', value: 'PAST_REF' })).toBeNull();
    expect(timexToInterval({ type: 'DURATION', value: 'P2D' })).toBeNull();
    expect(timexToInterval({ type: 'SET', value: 'P1W' })).toBeNull();
    expect(timexToInterval({ type: 'DATE', value: 'XXXX-07' })).toBeNull();
    expect(timexToInterval({ type: 'DATE', value: '2018-13' })).toBeNull();
  });
});
