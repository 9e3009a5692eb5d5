import { describe, expect, it } from 'vitest';
import { tagTimexes } from './index';
import { onlyTimex, tagShort } from './test-helpers';

const DCT = '2013-03-08'; // a Friday

const tag = (text: string, dct = DCT) => tagShort(text, dct);
const only = (text: string, dct = DCT) => onlyTimex(text, dct);

describe('dates written the international way', () => {
  it('reads a day over 12 as the day, and dotted dates day first', () => {
    expect(only('The ruling of 22/03/2013 was appealed.').value).toBe('2013-03-22');
    expect(only('The ruling of 03/04/2013 was appealed.').value).toBe('2013-03-04');
    expect(only('The statement released on 22.03.2013 said so.')).toEqual({
      text: '22.03.2013',
      type: 'DATE',
      value: '2013-03-22',
    });
  });

  it('refuses impossible numeric dates', () => {
    expect(tag('The file 31/02/2013 was empty.')).toEqual([]);
  });
});

describe('numbers that are not years', () => {
  it('leaves numbered things, counts and addresses alone', () => {
    expect(tag('The council passed Resolution 1874 without a vote.')).toEqual([]);
    expect(tag('Flight 1990 landed safely.')).toEqual([]);
    expect(tag('The ferry carried 1999 passengers.')).toEqual([]);
    expect(tag('Protesters gathered outside 1600 Pennsylvania Avenue.')).toEqual([]);
  });

  it('still tags a year after a preposition or before an event noun', () => {
    expect(only('Since the 2011 uprising, the border has been shut.').value).toBe('2011');
    expect(only('The plant closed in 1999.').value).toBe('1999');
  });
});

describe('seasons inside names', () => {
  it('does not date the Summer Olympics, the Arab Spring or Spring Street', () => {
    expect(tag('The Summer Olympics were held in London.')).toEqual([]);
    expect(tag('The protests recalled the Arab Spring.')).toEqual([]);
    expect(tag('Spring Street was closed to traffic.')).toEqual([]);
  });

  it('keeps a season led by a temporal word, even capitalized', () => {
    expect(only('Last Spring, the plant closed.').value).toBe('2012-SP');
    expect(only('The plant closed in Spring 2012.').value).toBe('2012-SP');
  });
});

describe('the present tense of a timetable', () => {
  it('puts a meeting that "ends Wednesday" ahead of a Friday story', () => {
    expect(only("The central bank's meeting ends Wednesday.").value).toBe('2013-03-13');
    expect(only('The conclave begins Tuesday afternoon.').value).toBe('2013-03-12TAF');
  });

  it('reads a forecast verb as pointing ahead', () => {
    expect(only('The bank expects growth in the second half of the year.').value).toBe('2013-H2');
  });

  it('keeps a reported past in the past', () => {
    expect(only('The meeting ended Wednesday.').value).toBe('2013-03-06');
  });
});

describe('"over" a stretch of time', () => {
  it('is an amount after a verb of lasting, and a span otherwise', () => {
    const lasted = tagTimexes('The siege lasted over a week.', DCT);
    expect(lasted.map((t) => [t.text, t.value, t.mod])).toEqual([['over a week', 'P1W', 'MORE_THAN']]);
    const spread = tagTimexes('The plan cuts spending by $2 billion over 10 years.', DCT);
    expect(spread.map((t) => [t.text, t.value, t.mod])).toEqual([['10 years', 'P10Y', undefined]]);
  });
});

describe('relative forms common in wire copy', () => {
  it('joins a month to "last year" and dates it by that year', () => {
    expect(only('The film opened in October of last year.')).toEqual({
      text: 'October of last year',
      type: 'DATE',
      value: '2012-10',
    });
    expect(only('Exports fell in July last year.').value).toBe('2012-07');
  });

  it('dates "a century ago" and "two weeks from today"', () => {
    expect(only('The company was founded a century ago.')).toEqual({
      text: 'a century ago',
      type: 'DATE',
      value: '1913',
    });
    expect(only('Polls open two weeks from today.').value).toBe('2013-W12');
  });

  it('dates "on the 25th" within the story\'s month, or the next one ahead', () => {
    expect(only('The trial resumes on the 25th.').value).toBe('2013-03-25');
    expect(only('The trial will resume on the 4th.').value).toBe('2013-04-04');
    expect(only('The trial opened on the 25th.').value).toBe('2013-02-25');
    expect(tag('It was the 25th anniversary of the accord.')).toEqual([]);
  });

  it('spans "this past weekend" whole', () => {
    expect(only('Fighting flared this past weekend.')).toEqual({
      text: 'this past weekend',
      type: 'DATE',
      value: '2013-W09-WE',
    });
  });

  it('reads a tokenized clock time and a time zone abbreviation', () => {
    // "on" is a signal between two expressions: the time keeps the day in its value.
    expect(tag('The vote is at 3 : 30 p.m. on Friday .')).toEqual([
      { text: '3 : 30 p.m.', type: 'TIME', value: '2013-03-08T15:30' },
      { text: 'Friday', type: 'DATE', value: '2013-03-08' },
    ]);
    expect(tag('The summit opened at 9 a.m. KST on Tuesday.').map((t) => t.text)).toEqual([
      '9 a.m. KST',
      'Tuesday',
    ]);
  });
});

describe("the story's own month and year", () => {
  it('dates "the end of the month" and "later that month" by the month the story is in', () => {
    expect(only('He will step down at the end of the month.').value).toBe('2013-03');
    expect(tag('The plant closed in March 2011. Later that month, prices fell.').map((t) => t.value)).toEqual(
      ['2011-03', '2011-03'],
    );
  });

  it('tags "year end" and "year\'s end" without a hyphen', () => {
    expect(only('Rules should be in place by year end.').value).toBe('2013');
    expect(only("Rules should be in place by year's end.").value).toBe('2013');
  });

  it('counts "two years later" from the year the story moved to', () => {
    expect(tag('The ban was imposed in 2011 and lifted two years later.').map((t) => t.value)).toEqual([
      '2011',
      '2013',
    ]);
  });
});

describe('words that look like anchors but are not', () => {
  it('reads "two months later than" as an amount', () => {
    expect(only('The plan came two months later than the law requires.')).toEqual({
      text: 'two months',
      type: 'DURATION',
      value: 'P2M',
    });
  });

  it('leaves the verb "last" out of a duration', () => {
    expect(only('The meeting is expected to last two hours.').text).toBe('two hours');
    expect(only('Sales fell in the last two months.').text).toBe('the last two months');
  });

  it('puts a month after "since" in the past, whatever the verb', () => {
    expect(only('The meeting, the first since January, is expected to be brief.').value).toBe('2013-01');
  });
});

describe('ranges, kinds and counts', () => {
  it('puts the end of a weekday range on or after its start', () => {
    const found = tag('The warning runs from 6 p.m. Sunday to 6 a.m. Tuesday.', '2013-03-24');
    expect(found.map((t) => t.value)).toEqual(['2013-03-24T18:00', '2013-03-26T06:00']);
    // A list is no range: each weekday keeps its own reading.
    const listed = tag('Statements were made Friday and Thursday.', '2013-03-23');
    expect(listed.map((t) => t.value)).toEqual(['2013-03-22', '2013-03-21']);
  });

  it('does not date a season that names a kind of thing', () => {
    expect(tag('The service issued a winter storm warning.')).toEqual([]);
    expect(only('The winter was hard.').value).toBe('2012-WI');
  });

  it('does not read "in as many weeks" as a stretch of time', () => {
    expect(tag('It is the third storm in as many weeks.')).toEqual([]);
  });

  it('keeps a headline weekday apart from the dateline below it', () => {
    const found = tag(
      'Banks to stay shut until Thursday\n\n22 March 2013\n\nBanks will stay shut.',
      '2013-03-22',
    );
    expect(found.map((t) => t.text)).toEqual(['Thursday', '22 March 2013']);
  });
});

describe('sets and timetables', () => {
  it('reads "each spring" and "every July" as sets', () => {
    expect(only('The company holds its meeting each spring.')).toEqual({
      text: 'each spring',
      type: 'SET',
      value: 'XXXX-SP',
    });
    expect(only('The festival is held every July.').value).toBe('XXXX-07');
  });

  it('puts a date that rules "take effect" on ahead, and one they "took effect" on behind', () => {
    expect(only('The new rules take effect Jan. 1.').value).toBe('2014-01-01');
    expect(only('The rules took effect Jan. 1.').value).toBe('2013-01-01');
  });
});

describe('"the year" in a story that moved to another year', () => {
  it('stays in the narrated year when the clause is past', () => {
    const found = tag('In 1995 the plant opened. By the end of the year it had 500 workers.');
    expect(found.map((t) => t.value)).toEqual(['1995', '1995']);
  });

  it('is the year of writing for what runs up to now or lies ahead', () => {
    const since = tag('The economy grew in 2012. The yuan has gained 1 percent since the start of the year.');
    expect(since.map((t) => t.value)).toEqual(['2012', '2013']);
    const ahead = tag('In 2012 sales fell. The firm expects sales to rise for the rest of the year.');
    expect(ahead.map((t) => t.value)).toEqual(['2012', '2013']);
  });
});

describe('more ways of writing a date or a time', () => {
  it('reads slashed ISO dates, hyphenated day-month-year and a date with its clock time', () => {
    expect(only('The file is dated 2013/03/22.').value).toBe('2013-03-22');
    expect(only('Posted 22-Mar-2013 by staff.').value).toBe('2013-03-22');
    expect(only('Updated: 22 Mar 2013 10:15 EDT')).toEqual({
      text: '22 Mar 2013 10:15 EDT',
      type: 'TIME',
      value: '2013-03-22T10:15',
    });
    expect(only('Tuesday, March 19, 2013, 8:14 PM').value).toBe('2013-03-19T20:14');
    expect(tag("Officials met at 10 o'clock on Monday.").map((t) => t.value)).toEqual([
      '2013-03-04T10:00',
      '2013-03-04',
    ]);
  });

  it('reads years in words, decades with an apostrophe and fiscal-year codes', () => {
    expect(only('He was born in nineteen eighty-four.').value).toBe('1984');
    expect(only("The 1980's were different.").value).toBe('198');
    expect(only('The project will be completed in FY2014.').value).toBe('2014');
  });

  it("reads analysts' quarter and half codes, but not car models", () => {
    expect(only('Results for Q1 2013 were strong.').value).toBe('2013-Q1');
    expect(only('Sales rose in 1Q13.').value).toBe('2013-Q1');
    expect(only('Sales rose in H1 2013.').value).toBe('2013-H1');
    expect(only('In Q4 sales fell.').value).toBe('2012-Q4');
    expect(tag('The Audi Q3 sold well.')).toEqual([]);
  });

  it('reads halves of units, and "a quarter past six" as a time, not a quarter', () => {
    expect(only('The talks lasted half an hour.')).toEqual({
      text: 'half an hour',
      type: 'DURATION',
      value: 'PT30M',
    });
    expect(only('It took half a century.').value).toBe('P50Y');
    expect(tag('He arrived at a quarter past six.')).toEqual([
      { text: 'a quarter past six', type: 'TIME', value: '2013-03-08T06:15' },
    ]);
  });
});

describe('hours told by the part of the day', () => {
  it('reads "4 in the morning" and takes the day from a bracketed conversion', () => {
    const found = tag(
      'The father will leave at 4 in the morning (4 a.m. EDT Thursday), Castro said.',
      '2000-04-05',
    );
    expect(found[0]).toEqual({ text: '4 in the morning', type: 'TIME', value: '2000-04-06T04:00' });
    expect(only('They left at eight in the evening Tuesday.').value).toBe('2013-03-05T20:00');
  });

  it('leaves "one in the morning crowd" alone', () => {
    expect(tag('He was one in the morning crowd.')).toEqual([]);
  });
});

describe('"that week" and "that weekend"', () => {
  it('are the week of the day the story is on', () => {
    const found = tag('The storm hit on Oct. 29, 2012. That weekend, snow fell.', '2013-10-28');
    expect(found.map((t) => t.value)).toEqual(['2012-10-29', '2012-W44-WE']);
  });
});

describe('the week, the decade and a weekend of two dates', () => {
  it('dates "earlier in the week" and "the end of the decade" from the story', () => {
    expect(only('Sales fell earlier in the week.')).toEqual({
      text: 'earlier in the week',
      type: 'DATE',
      value: '2013-W10',
    });
    expect(only('The plant will close by the end of the decade.').value).toBe('201');
    expect(tag('The week before, he left.')).toEqual([]);
  });

  it('reads "the weekend of June 9-10" as one weekend', () => {
    expect(only('The summit took place on the weekend of June 9-10, 2012.')).toEqual({
      text: 'the weekend of June 9-10, 2012',
      type: 'DATE',
      value: '2012-W23-WE',
    });
  });

  it('reads "the past decade" as ten years up to now', () => {
    expect(only('Prices doubled over the past decade.')).toEqual({
      text: 'the past decade',
      type: 'DURATION',
      value: 'P10Y',
    });
  });
});

describe('cues read more carefully', () => {
  it('does not take a possessive "\'s" for "is"', () => {
    const text = "The Treasury has said it will be unable to pay the government's bills after Tuesday.";
    expect(only(text, '2011-07-28').value).toBe('2011-08-02');
  });

  it('looks ahead from "days left before Tuesday\'s vote", not from "before Friday\'s purchases"', () => {
    const ahead = tag(
      "With three days left before Tuesday's elections, candidates toured the state.",
      '2018-11-03',
    );
    expect(ahead.map((t) => t.value)).toEqual(['P3D', '2018-11-06']);
    expect(only("Her share before Friday's purchases was small.", '1989-10-30').value).toBe('1989-10-27');
  });

  it('reads "returns Friday" as a timetable', () => {
    expect(only('The festival returns to the waterfront Friday.', '2017-07-20').value).toBe('2017-07-21');
  });

  it('gives a clock time the day the story last named, within the week', () => {
    const found = tag(
      'Tornadoes hit East Texas on Saturday evening. The storms had moved east by about 9 p.m.',
      '2017-04-30',
    );
    expect(found.map((t) => t.value)).toEqual(['2017-04-29TEV', '2017-04-29T21:00']);
  });

  it('tags adjectival "daily" and "weekly" and rates of counted things', () => {
    expect(only('It has become a daily rally in the capital.').value).toBe('P1D');
    expect(tag('The company pays a quarterly dividend.')).toEqual([]);
    expect(only('The airline runs 120 flights a day.')).toEqual({ text: 'a day', type: 'SET', value: 'P1D' });
  });

  it('dates "the new year" in January as the year begun, and the quarter just ended as last year\'s', () => {
    expect(only('Hiring slowed as the new year began.', '2016-01-08').value).toBe('2016');
    const release = tag('The agency will release fourth-quarter growth on Jan. 29.', '2016-01-08');
    expect(release.map((t) => t.value)).toEqual(['2015-Q4', '2016-01-29']);
  });

  it('counts "that summer" and "the previous summer" from the year the story is in', () => {
    const found = tag(
      'The festival opened in August 1969. That summer, half a million came. The previous summer was grim.',
      '2019-08-15',
    );
    expect(found.map((t) => t.value)).toEqual(['1969-08', '1969-SU', '1968-SU']);
  });
});

describe('lengths and sets found in the second held-out set', () => {
  it('joins a length in two units, and reads "-long" and "weekends"', () => {
    expect(only('The match lasted 4 hours, 57 minutes.')).toEqual({
      text: '4 hours, 57 minutes',
      type: 'DURATION',
      value: 'PT4H57M',
    });
    expect(only('He served two years and three months.').value).toBe('P2Y3M');
    expect(only('The week-long festival ended.').value).toBe('P1W');
    expect(only('The museum is open on weekends.')).toEqual({
      text: 'weekends',
      type: 'SET',
      value: 'XXXX-WXX-WE',
    });
  });

  it('reads "no more than" as at most, and keeps "the previous" out of an adjectival duration', () => {
    const capped = tagTimexes('He faces no more than five years in prison.', DCT);
    expect(capped.map((t) => [t.text, t.mod])).toEqual([['no more than five years', 'EQUAL_OR_LESS']]);
    expect(only('The previous four-year contract expired.').text).toBe('four-year');
  });

  it('reads the first three months of a year as its first quarter', () => {
    const found = tag('Cases rose in the first three months of 2011 from a year earlier.');
    expect(found.map((t) => t.value)).toEqual(['2011-Q1', '2010-Q1']);
  });

  it('dates a possessive weekday after a plain "will" ahead, and "spent the afternoon" on the story\'s day', () => {
    expect(only("The findings will appear in Friday's issue.", '2011-04-21').value).toBe('2011-04-22');
    expect(only("Relatives vowed to get around Wednesday's ruling.", '2011-04-21').value).toBe('2011-04-20');
    const found = tag(
      'On Tuesday, talks resumed. Negotiators spent the afternoon in the chamber.',
      '2011-07-28',
    );
    expect(found.map((t) => t.value)).toEqual(['2011-07-26', '2011-07-26TAF']);
    expect(tag('He reads the morning paper.')).toEqual([]);
  });
});

describe('a story of another time', () => {
  it('gives a month-day the year of the full date told just before it', () => {
    const found = tag(
      'On Nov. 9, 1989, the wall opened. On Dec. 22, the Brandenburg Gate followed.',
      '2019-11-09',
    );
    expect(found.map((t) => t.value)).toEqual(['1989-11-09', '1989-12-22']);
  });

  it('keeps the news of the DCT when the clause is not past', () => {
    const found = tag('The law was passed on Nov. 9, 1989. It will be reviewed on Dec. 22.', '2019-11-09');
    expect(found.map((t) => t.value)).toEqual(['1989-11-09', '2019-12-22']);
  });
});

describe('forms found in the third held-out set', () => {
  it('reads British "Tuesday week", fortnights and "May that year"', () => {
    expect(only('MPs will vote on Tuesday week.', '2019-01-17')).toEqual({
      text: 'Tuesday week',
      type: 'DATE',
      value: '2019-01-29',
    });
    expect(only('The past fortnight was wet.')).toEqual({
      text: 'The past fortnight',
      type: 'DURATION',
      value: 'P2W',
    });
    expect(only('The council meets every fortnight.').value).toBe('P2W');
    expect(
      tag('In 1979 the government fell. The strike began in May that year.').map((t) => t.value),
    ).toEqual(['1979', '1979-05']);
  });

  it('reads parts of the day without a clock', () => {
    expect(only('Trading halted mid-afternoon yesterday.', '1989-11-02')).toEqual({
      text: 'mid-afternoon yesterday',
      type: 'TIME',
      value: '1989-11-01TAF',
    });
    expect(tag('It began at dawn on Saturday.', '1989-11-02').map((t) => t.value)).toEqual([
      '1989-10-28TMO',
      '1989-10-28',
    ]);
    expect(only('The bar opens each evening.').value).toBe('XXXX-XX-XXTEV');
    expect(only('Trains run half-hourly.').value).toBe('PT30M');
  });

  it('reads years before 1500 when introduced as years, and not counts or laws', () => {
    expect(tag('The charter was reissued in 1216 and 1225.').map((t) => t.value)).toEqual(['1216', '1225']);
    expect(only('Magna Carta was sealed on 15 June 1215.').value).toBe('1215-06-15');
    expect(tag('The firm has 1200 employees.')).toEqual([]);
    expect(tag('The Fixed-term Parliaments Act 2011 applies.')).toEqual([]);
  });

  it('dates a timeline entry and a scheduled hearing by the nearest such day', () => {
    const timeline = tag(
      'Timeline:\nJuly 23: Masks become mandatory.\nAugust 2: Stage 4 begins at 6pm.',
      '2020-10-27',
    );
    expect(timeline.map((t) => t.value)).toEqual(['2020-07-23', '2020-08-02', '2020-08-02T18:00']);
    const hearing = tag('A panel set oral arguments for June 11 at 9:30 a.m. in Pasadena.', '2013-03-21');
    expect(hearing.map((t) => t.value)).toEqual(['2013-06-11', '2013-06-11T09:30']);
  });

  it('does not take "its last two jets" for a past cue', () => {
    const text = 'The airline will retire its last two jumbo jets by the end of September.';
    expect(only(text, '2017-05-16').value).toBe('2017-09');
  });
});

describe('vague references to what lies ahead', () => {
  it('reads "the near term" and "a later date" as FUTURE_REF', () => {
    expect(only('Rates will stay low in the near term.')).toEqual({
      text: 'the near term',
      type: 'DATE',
      value: 'FUTURE_REF',
    });
    expect(only('The vote was put off to a later date.').value).toBe('FUTURE_REF');
  });
});

describe('forms found in the fourth held-out set', () => {
  it('dates "a decade later" to the year, and movable feasts and holiday weekends', () => {
    expect(
      tag('The armistice was signed in 1953. A decade later, Seoul was poor.').map((t) => t.value),
    ).toEqual(['1953', '1963']);
    expect(only('The pope will celebrate Mass on Palm Sunday.').value).toBe('2013-03-24');
    expect(only('Traffic was heavy over the Labor Day weekend.', '2012-10-25')).toEqual({
      text: 'Labor Day weekend',
      type: 'DATE',
      value: '2012-W35-WE',
    });
    expect(only('The final is on the weekend of 28 July.', '2012-07-20').value).toBe('2012-W30-WE');
  });

  it('reads "can try again Saturday" and "matches kick off on Wednesday" as ahead', () => {
    expect(only('NASA can try again Saturday.', '2011-07-07').value).toBe('2011-07-09');
    expect(only('The first matches kick off on Wednesday.', '2012-07-20').value).toBe('2012-07-25');
  });

  it('reads "$986 billion a year" as a rate, and a first quarter looked forward to in October as next year\'s', () => {
    expect(only('Agencies are funded at $986 billion a year.').type).toBe('SET');
    const ahead = 'The company expects to finish by the end of the first quarter.';
    expect(only(ahead, '2012-10-25').value).toBe('2013-Q1');
    const report = tag('The company will report third-quarter results next week.', '2012-10-25');
    expect(report.map((t) => t.value)).toEqual(['2012-Q3', '2012-W44']);
  });
});

describe('forms found in the fifth held-out set', () => {
  it('reads an AP chronology whose entries open with an underscore, quoting the text as given', () => {
    const entries = tag(
      '_Jan. 26, 1841: British forces occupy the island.\n_July 1, 1898: Britain takes a lease.',
    );
    expect(entries.map((t) => [t.text, t.value])).toEqual([
      ['Jan. 26, 1841', '1841-01-26'],
      ['July 1, 1898', '1898-07-01'],
    ]);
  });

  it('leaves months that are people alone, and keeps months that are dates', () => {
    expect(tag('By April Kang and Jack Kim')).toEqual([]);
    expect(tag('(Reporting by April Kang; Editing by Tony Munroe)')).toEqual([]);
    expect(tag('"It is capitulation," said Marla April, a strategist.')).toEqual([]);
    // A month leading a clause, or in a list of months, is still a date.
    expect(only('In April North Korea launched a missile.', '2013-01-15').value).toBe('2012-04');
    expect(only('The plan must be ready by April.').value).toBe('2013-04');
    expect(tag('Trade fell in March and April before picking up.').map((t) => t.text)).toEqual([
      'March',
      'April',
    ]);
  });

  it('tags 24-hour clock times after by/until/from and the GMT conversion in brackets', () => {
    expect(only('The company will publish its timetable by 16:00.', '2017-01-09')).toEqual({
      text: '16:00',
      type: 'TIME',
      value: '2017-01-09T16:00',
    });
    const wire = tag('At 9:40 a.m. EDT (1340 GMT) the Dow was down 1,089 points.', '2015-08-24');
    expect(wire.map((t) => [t.text, t.value])).toEqual([
      ['9:40 a.m. EDT', '2015-08-24T09:40'],
      ['1340 GMT', '2015-08-24T13:40'],
    ]);
    expect(tag('Shares rose 1340 points.')).toEqual([]);
  });

  it('does not read a name that starts like a weekday as the day of a clock time', () => {
    const text = 'Duncan was admitted on Monday. Dr. Tom Frieden will brief reporters at 3 p.m. ET.';
    expect(tag(text, '2014-10-08').map((t) => t.value)).toEqual(['2014-10-06', '2014-10-08T15:00']);
  });

  it('keeps a retrospective in its year across an aside about today, and across "since"', () => {
    const bridges =
      'The standards took effect in 1971 and still cover 600,000 bridges today. A decade later, she ran the program.';
    expect(tag(bridges, '2017-01-19').map((t) => t.value)).toEqual(['1971', '2017-01-19', '1981']);
    const market = 'The index had its steepest fall since 2007, wiping out its gains for the year.';
    expect(tag(market, '2015-08-24').map((t) => t.value)).toEqual(['2007', '2015']);
  });
});

describe('forms found in the sixth held-out set', () => {
  it('ends a sentence at a full stop inside closing quotes, so the next one keeps its own tense', () => {
    const text =
      'Lawyers called her "ma\'am" instead of "your honor." On Friday, she will hear her last case.';
    expect(only(text, '2014-05-13').value).toBe('2014-05-16');
  });

  it('reads "is due" and "hoped to" as looking ahead', () => {
    expect(only('The next storm is due late Tuesday.', '1998-02-09').value).toBe('1998-02-10');
    expect(only('She said she hoped to seat a jury by late Tuesday.', '1999-01-04').value).toBe('1999-01-05');
  });

  it('dates "the day after Thanksgiving" as one expression, the holiday\'s neighbour', () => {
    expect(only('Sales on the day after Thanksgiving rose 4 percent.', '1998-12-01')).toEqual({
      text: 'the day after Thanksgiving',
      type: 'DATE',
      value: '1998-11-27',
    });
    expect(only('Shoppers came back the day after.', '1998-12-01').text).toBe('the day after');
  });
});

describe('forms found in the seventh held-out set', () => {
  it('dates "a couple of days ago" and counts a story told in seasons from their year', () => {
    expect(only('We had snow a couple of days ago.', '1998-12-30').value).toBe('1998-12-28');
    const store = 'The worst year was 1963. That spring a tornado took the screen. He died two years later.';
    expect(tag(store, '1999-11-14').map((t) => t.value)).toEqual(['1963', '1963-SP', '1965']);
  });

  it('tags how often as part of a rate, and never adds a rate to a length', () => {
    const walk = tag(
      'Walk 30 minutes a day, three times a week, and take the pill twice a day.',
      '2000-05-11',
    );
    expect(walk.map((t) => [t.text, t.type, t.value])).toEqual([
      ['30 minutes', 'DURATION', 'PT30M'],
      ['a day', 'SET', 'P1D'],
      ['three times a week', 'SET', 'P1W'],
      ['twice a day', 'SET', 'P1D'],
    ]);
    expect(only('He worked five nights a week.', '1998-06-16')).toEqual({
      text: 'five nights a week',
      type: 'SET',
      value: 'P1W',
    });
    expect(only('The repair took two years and three months.').value).toBe('P2Y3M');
  });

  it('reads plural parts of a weekday as a set, and newer holidays', () => {
    const shop = tag('The shop stayed open on Friday nights and every Sunday morning.', '2000-02-20');
    expect(shop.map((t) => [t.text, t.value])).toEqual([
      ['Friday nights', 'XXXX-WXX-5TNI'],
      ['every Sunday morning', 'XXXX-WXX-7TMO'],
    ]);
    expect(tag("Mother's Day falls on Sunday.", '2000-05-11')[0]).toEqual({
      text: "Mother's Day",
      type: 'DATE',
      value: '2000-05-14',
    });
    expect(only('Cyber Monday sales beat forecasts.', '2013-12-05').value).toBe('2013-12-02');
  });

  it('reads clock times as broadcasters say them', () => {
    const radio = tag("It's seven forty-six. They play again tonight at seven-oh-five.", '1999-04-06');
    expect(radio.map((t) => [t.text, t.value])).toEqual([
      ['seven forty-six', '1999-04-06T07:46'],
      ['tonight', '1999-04-06TNI'],
      ['seven-oh-five', '1999-04-06T19:05'],
    ]);
    expect(only('They did not vote until ten past one this morning.', '1999-04-06').value).toBe(
      '1999-04-06T01:10',
    );
    expect(only('We leave at a quarter to nine.', '1999-04-06').value).toBe('1999-04-06T08:45');
    // Odds, scores and counts are not times.
    expect(tag('The odds were ten to one.')).toEqual([]);
    expect(tag('He got seven-forty votes.')).toEqual([]);
  });

  it('reads a broadcaster\'s "by four this afternoon" as a clock time', () => {
    expect(only('They had forty trucks rolling by four this afternoon.', '1998-12-30')).toEqual({
      text: 'four this afternoon',
      type: 'TIME',
      value: '1998-12-30T16:00',
    });
    expect(only('Two this morning were hurt.', '1998-12-30').text).toBe('this morning');
  });

  it('reads a weekday named by a present "is" as the coming one', () => {
    expect(only('The March of Dimes walk is Saturday at Lakeside Park.', '1999-04-06').value).toBe(
      '1999-04-10',
    );
    expect(only('The walk was Saturday at Lakeside Park.', '1999-04-06').value).toBe('1999-04-03');
  });
});

describe('forms found in the eighth held-out set', () => {
  it('reads a plural timetable present and "due on" as ahead, but not an infinitive', () => {
    expect(only('OPEC ministers meet in Vienna on Wednesday.', '2013-12-02').value).toBe('2013-12-04');
    expect(only('Traders eyed the inventory report, due on Wednesday.', '2013-12-02').value).toBe(
      '2013-12-04',
    );
    expect(only('Shortages made it hard to meet demand into the summer.', '1989-10-26').value).toBe(
      '1989-SU',
    );
  });
});
