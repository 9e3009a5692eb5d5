import { describe, expect, it } from 'vitest';
import { tagTimexes } from './index';

const DCT = '2019-04-13'; // a Saturday

function tag(text: string, dct = DCT) {
  return tagTimexes(text, dct).map((t) => [t.text, t.value]);
}

describe('day ranges', () => {
  it('tags both ends of a dashed range in one month', () => {
    expect(tag('The leaders will gather in Hanoi on March 26-27 for the summit.')).toEqual([
      ['March 26', '2019-03-26'],
      ['27', '2019-03-27'],
    ]);
  });

  it('gives both ends the year written after the second one', () => {
    expect(tag('A trade fair ran Oct. 2-4, 2017 in the port city.')).toEqual([
      ['Oct. 2', '2017-10-02'],
      ['4, 2017', '2017-10-04'],
    ]);
  });

  it('reads a range across a month and across a year end', () => {
    expect(tag('Voting lasts from May 30-June 2.')).toEqual([
      ['May 30', '2019-05-30'],
      ['June 2', '2019-06-02'],
    ]);
    expect(tag('The office was shut Dec. 30-Jan. 2 for repairs.')).toEqual([
      ['Dec. 30', '2018-12-30'],
      ['Jan. 2', '2019-01-02'],
    ]);
  });

  it('reads worded ranges and day-first ranges', () => {
    expect(tag('Ministers met on April 8 and 9, officials said.')).toEqual([
      ['April 8', '2019-04-08'],
      ['9', '2019-04-09'],
    ]);
    expect(tag('The forum, held 11-12 February 2019, ended early.')).toEqual([
      ['11', '2019-02-11'],
      ['12 February 2019', '2019-02-12'],
    ]);
  });

  it('does not take a count after "and" for a day', () => {
    expect(tag('On April 8 and 9 people were hurt.')).toEqual([['April 8', '2019-04-08']]);
  });

  it('invents no days from a backwards range', () => {
    expect(tag('Seats 14-12 March were sold.')).toEqual([['March', '2019-03']]);
  });
});
