/**
 * Words the tagger recognizes, with their normalized meaning. Regex fragments are built from
 * these lists so that a new spelling is added in one place.
 */

/** Month names and abbreviations (with or without the dot) → 1–12. */
export const MONTHS: Record<string, number> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

/** Weekday names → ISO weekday (1 = Monday). */
export const WEEKDAYS: Record<string, number> = {
  monday: 1,
  mon: 1,
  tuesday: 2,
  tue: 2,
  tues: 2,
  wednesday: 3,
  wed: 3,
  thursday: 4,
  thu: 4,
  thur: 4,
  thurs: 4,
  friday: 5,
  fri: 5,
  saturday: 6,
  sat: 6,
  sunday: 7,
  sun: 7,
};

/** Seasons → TIMEX3 season code. */
export const SEASONS: Record<string, string> = {
  spring: 'SP',
  summer: 'SU',
  fall: 'FA',
  autumn: 'FA',
  winter: 'WI',
};

/** Parts of the day → TIMEX3 part-of-day code. */
export const PARTS_OF_DAY: Record<string, string> = {
  morning: 'MO',
  afternoon: 'AF',
  evening: 'EV',
  night: 'NI',
  overnight: 'NI',
};

/** Units of duration → TIMEX3 designator; `time` units go after the `T`. */
export const UNITS: Record<string, { code: string; time: boolean }> = {
  second: { code: 'S', time: true },
  minute: { code: 'M', time: true },
  hour: { code: 'H', time: true },
  day: { code: 'D', time: false },
  night: { code: 'D', time: false },
  week: { code: 'W', time: false },
  weekend: { code: 'WE', time: false },
  fortnight: { code: 'W', time: false },
  month: { code: 'M', time: false },
  quarter: { code: 'Q', time: false },
  year: { code: 'Y', time: false },
  decade: { code: 'E', time: false },
  century: { code: 'C', time: false },
  centurie: { code: 'C', time: false },
  millennium: { code: 'L', time: false },
  millennia: { code: 'L', time: false },
};

export const SMALL_NUMBERS: Record<string, number> = {
  zero: 0,
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  thousand: 1000,
  dozen: 12,
};

export const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
  last: -1,
};

/** Vague quantities: TimeML writes their count as `X` ("several years" → PXY). */
export const VAGUE_QUANTITIES = ['a few', 'few', 'several', 'some', 'many', 'a couple of', 'a number of'];
