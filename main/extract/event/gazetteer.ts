/**
 * Known names for the domain the app is used on first (international diplomacy, with the
 * 2018 US–North Korea talks as the reference corpus): people, countries, cities and organizations,
 * each with the aliases news text uses. Generic rules in entities.ts cover everyone else.
 */
import type { EntityKind } from '../../common/model';

export interface GazetteerEntry {
  /** Canonical name: "Kim Jong Un". */
  name: string;
  kind: EntityKind;
  /** Headline form: "Kim". Defaults to the name. */
  short?: string;
  /** Other spellings, matched case-sensitively as whole words. */
  aliases: string[];
  /** For a capital: the country it stands for when used as the government ("Pyongyang said"). */
  government?: string;
  /** True for a country: it acts (sanctions "on North Korea") unless it is where something happens. */
  country?: boolean;
}

function person(name: string, short: string, aliases: string[]): GazetteerEntry {
  return { name, kind: 'person', short, aliases };
}

function place(name: string, aliases: string[] = [], government?: string): GazetteerEntry {
  return government ? { name, kind: 'place', aliases, government } : { name, kind: 'place', aliases };
}

function country(name: string, aliases: string[] = [], short?: string): GazetteerEntry {
  return short
    ? { name, kind: 'place', aliases, country: true, short }
    : { name, kind: 'place', aliases, country: true };
}

function organization(name: string, short: string, aliases: string[]): GazetteerEntry {
  return { name, kind: 'organization', short, aliases };
}

export const GAZETTEER: GazetteerEntry[] = [
  person('Donald Trump', 'Trump', ['Trump', 'Donald J. Trump', 'Donald John Trump']),
  person('Kim Jong Un', 'Kim', ['Kim', 'Kim Jong-un', 'Kim Jong-Un', 'Kim Jong un', 'Kim Jongun']),
  person('Kim Yo Jong', 'Kim Yo Jong', ['Kim Yo-jong', 'Kim Yo-Jong']),
  person('Kim Yong Chol', 'Kim Yong Chol', ['Kim Yong-chol', 'Kim Yong-Chol']),
  person('Kim Jong Il', 'Kim Jong Il', ['Kim Jong-il', 'Kim Jong-Il']),
  person('Kim Il Sung', 'Kim Il Sung', ['Kim Il-sung', 'Kim Il-Sung']),
  person('Kim Kye Gwan', 'Kim Kye Gwan', ['Kim Kye-gwan']),
  person('Sung Kim', 'Sung Kim', []),
  person('Mike Pompeo', 'Pompeo', ['Pompeo', 'Michael Pompeo', 'Michael R. Pompeo']),
  person('Moon Jae-in', 'Moon', ['Moon', 'Moon Jae In', 'Moon Jae-In', 'Moon Jaein']),
  person('Xi Jinping', 'Xi', ['Xi']),
  person('Shinzo Abe', 'Abe', ['Abe']),
  person('Vladimir Putin', 'Putin', ['Putin']),
  person('John Bolton', 'Bolton', ['Bolton']),
  person('Mike Pence', 'Pence', ['Pence']),
  person('Jim Mattis', 'Mattis', ['Mattis', 'James Mattis']),
  person('Stephen Biegun', 'Biegun', ['Biegun', 'Steve Biegun']),
  person('Ri Yong Ho', 'Ri Yong Ho', ['Ri Yong-ho']),
  person('Choe Son Hui', 'Choe Son Hui', ['Choe Son-hui']),
  person('Heather Nauert', 'Nauert', ['Nauert']),
  person('Sarah Huckabee Sanders', 'Sanders', ['Sarah Sanders']),
  person('Nikki Haley', 'Haley', ['Haley']),
  person('Rex Tillerson', 'Tillerson', ['Tillerson']),
  person('Lee Hsien Loong', 'Lee', ['Lee Hsien-loong']),
  person('Vivian Balakrishnan', 'Balakrishnan', ['Balakrishnan']),
  person('Kang Kyung-wha', 'Kang', ['Kang Kyung-hwa', 'Kang Kyung Wha']),
  person('Chung Eui-yong', 'Chung', ['Chung Eui-Yong', 'Chung Eui Yong']),
  person('Suh Hoon', 'Suh', ['Suh']),
  person('Song Young-moo', 'Song Young-moo', ['Song Young Moo']),
  person('Otto Warmbier', 'Warmbier', ['Warmbier']),
  person('Barack Obama', 'Obama', ['Obama']),
  person('Joe Biden', 'Biden', ['Biden']),
  person('Emmanuel Macron', 'Macron', ['Macron']),
  person('Angela Merkel', 'Merkel', ['Merkel']),
  // "May" alone is a month: only unambiguous forms.
  person('Theresa May', 'May', ['Mrs. May', 'Prime Minister May']),
  person('Justin Trudeau', 'Trudeau', ['Trudeau']),
  person('António Guterres', 'Guterres', ['Guterres', 'Antonio Guterres']),
  person('Jens Stoltenberg', 'Stoltenberg', ['Stoltenberg']),
  person('Vincent Brooks', 'Brooks', []),
  person('Dennis Rodman', 'Rodman', ['Rodman']),

  country('United States', ['U.S.', 'US', 'USA', 'U.S.A.', 'America', 'United States of America'], 'U.S.'),
  country('North Korea', [
    'N. Korea',
    'DPRK',
    'D.P.R.K.',
    "Democratic People's Republic of Korea",
    'the North',
  ]),
  country('South Korea', ['S. Korea', 'ROK', 'Republic of Korea', 'the South']),
  country('China', ["People's Republic of China", 'PRC']),
  country('Japan'),
  country('Russia', ['Russian Federation']),
  country('Singapore'),
  country('Vietnam', ['Viet Nam']),
  country('Mongolia'),
  country('Sweden'),
  country('Switzerland'),
  country('Finland'),
  country('Iran'),
  country('Syria'),
  country('Canada'),
  country('Mexico'),
  country('United Kingdom', ['U.K.', 'UK', 'Britain', 'Great Britain']),
  country('France'),
  country('Germany'),
  country('India'),
  place('Korea', ['Korean Peninsula', 'Korean peninsula']),
  place('Pyongyang', [], 'North Korea'),
  place('Seoul', [], 'South Korea'),
  place('Washington', ['Washington, D.C.', 'Washington D.C.'], 'United States'),
  place('Beijing', [], 'China'),
  place('Tokyo', [], 'Japan'),
  place('Moscow', [], 'Russia'),
  place('Hanoi', [], 'Vietnam'),
  place('Panmunjom', ['Panmunjeom', 'truce village']),
  place('Demilitarized Zone', ['DMZ', 'demilitarized zone']),
  place('Sentosa', ['Sentosa Island']),
  place('Helsinki'),
  place('Vladivostok'),
  place('Geneva'),
  place('New York'),
  place('Hawaii'),
  place('Guam'),
  place('Yongbyon'),
  place('Punggye-ri', ['Punggye-Ri']),
  place('Sohae', ['Sohae Satellite Launching Station']),
  place('Wonsan'),
  place('Dandong'),
  place('Mar-a-Lago'),

  organization('United Nations', 'U.N.', ['UN', 'U.N.']),
  organization('UN Security Council', 'Security Council', [
    'Security Council',
    'U.N. Security Council',
    'United Nations Security Council',
  ]),
  organization('Pentagon', 'Pentagon', ['Defense Department', 'Department of Defense']),
  organization('State Department', 'State Department', ['Department of State']),
  organization('White House', 'White House', []),
  organization('KCNA', 'KCNA', ['Korean Central News Agency']),
  organization('Rodong Sinmun', 'Rodong Sinmun', []),
  organization('Congress', 'Congress', []),
  organization('Senate', 'Senate', []),
  organization('House of Representatives', 'House', []),
  organization('NATO', 'NATO', []),
  organization('IAEA', 'IAEA', ['International Atomic Energy Agency']),
  organization('European Union', 'EU', ['EU', 'E.U.']),
  organization("Workers' Party of Korea", "Workers' Party", ["Workers' Party"]),
  organization('Kremlin', 'Kremlin', []),
  organization('Blue House', 'Blue House', []),
  organization('Treasury Department', 'Treasury', ['Treasury', 'Department of the Treasury']),
  organization('CIA', 'CIA', ['Central Intelligence Agency']),
  organization('U.S. Forces Korea', 'USFK', ['USFK', 'United States Forces Korea']),
  organization('Korean People’s Army', 'KPA', ['KPA', "Korean People's Army"]),
  organization('Defense POW/MIA Accounting Agency', 'DPAA', ['DPAA']),
];

export interface AliasMatch {
  start: number;
  end: number;
  entry: GazetteerEntry;
}

interface CompiledAlias {
  text: string;
  entry: GazetteerEntry;
}

// Longest aliases first so "Kim Yo Jong" wins over "Kim", and "North Korea" over "Korea".
const ALIASES: CompiledAlias[] = GAZETTEER.flatMap((entry) =>
  [entry.name, ...entry.aliases].map((text) => ({ text, entry })),
).sort((a, b) => b.text.length - a.text.length);

/** Finds gazetteer names in a text, longest first, without overlaps, in text order. */
export function findAliases(text: string): AliasMatch[] {
  const taken: boolean[] = new Array<boolean>(text.length).fill(false);
  const found: AliasMatch[] = [];
  for (const alias of ALIASES) {
    for (let index = text.indexOf(alias.text); index !== -1; index = text.indexOf(alias.text, index + 1)) {
      const end = index + alias.text.length;
      if (!isWordBoundary(text, index - 1) || !isWordBoundary(text, end)) continue;
      if (taken.slice(index, end).some(Boolean)) continue;
      // "US" is also the pronoun in capitals ("LET US"); require a neighbour that is not all capitals.
      if (alias.text === 'US' && /[A-Z]{2,}\s*$/.test(text.slice(Math.max(0, index - 6), index))) continue;
      taken.fill(true, index, end);
      found.push({ start: index, end, entry: alias.entry });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

function isWordBoundary(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return true;
  return !/[\p{L}\p{N}-]/u.test(text[index] as string);
}

/** The entry with this canonical name, if any. */
export function entryByName(name: string): GazetteerEntry | undefined {
  return GAZETTEER.find((entry) => entry.name === name);
}
