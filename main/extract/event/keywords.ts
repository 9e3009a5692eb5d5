/**
 * Content words for comparing events: light stemming, stop words, and the nouns that name kinds of
 * events (summit, visit, drills…), grouped so that "summit", "talks" and "met" count as one kind.
 */

/** Event kinds and the (stemmed) words that name them. */
const EVENT_KINDS: Record<string, string[]> = {
  meeting: ['summit', 'meeting', 'meet', 'met', 'talk', 'negotiation', 'sit-down', 'encounter', 'handshake'],
  visit: ['visit', 'trip', 'travel', 'tour', 'journey', 'arrive', 'arrival', 'fly', 'flew', 'flight'],
  remains: ['remains', 'repatriation', 'repatriate'],
  exercise: ['drill', 'exercise', 'war game', 'maneuver', 'manoeuvre'],
  launch: ['launch', 'missile', 'fire', 'icbm', 'rocket'],
  'nuclear test': ['test', 'detonation', 'detonate', 'explosion'],
  agreement: [
    'agreement',
    'deal',
    'accord',
    'declaration',
    'statement',
    'sign',
    'treaty',
    'pact',
    'armistice',
    'truce',
    'ceasefire',
  ],
  dismantling: ['dismantle', 'dismantling', 'demolish', 'destroy', 'destruction', 'close', 'closure'],
  sanctions: ['sanction', 'embargo'],
  vote: ['vote', 'bill', 'resolution', 'legislation', 'ballot', 'election', 'elect'],
  release: ['release', 'free', 'detainee', 'prisoner', 'hostage'],
  letter: ['letter', 'message', 'note'],
  speech: ['speech', 'address', 'remark', 'press conference', 'briefing'],
  cancellation: ['cancel', 'cancellation', 'scrap', 'postpone', 'suspend', 'suspension', 'halt'],
};

const KIND_OF_WORD = new Map<string, string>();
for (const [kind, words] of Object.entries(EVENT_KINDS))
  for (const word of words) KIND_OF_WORD.set(word, kind);

/** Nouns that name an event when a date modifies them ("the June 12 summit", "last week's talks"). */
export const EVENT_NOUNS = new Set([
  'summit',
  'meeting',
  'talks',
  'visit',
  'trip',
  'test',
  'tests',
  'launch',
  'launches',
  'exercises',
  'drills',
  'deadline',
  'election',
  'vote',
  'ceremony',
  'speech',
  'agreement',
  'declaration',
  'statement',
  'parade',
  'anniversary',
  'negotiations',
  'handover',
  'repatriation',
  'release',
  'announcement',
  'conference',
  'deal',
  'meetings',
  'visits',
  'summits',
  'sanctions',
  'letter',
  'session',
  'war',
  'attack',
  'strike',
  'crisis',
  'armistice',
  'truce',
  'ceasefire',
  'treaty',
  'flight',
  'exercise',
  'drill',
  'invasion',
  'coup',
  'referendum',
  'inauguration',
  'funeral',
  'trial',
  'hearing',
  'debate',
  'handshake',
  'tour',
  'mission',
]);

const STOP_WORDS = new Set(
  `a an the of to in on at by for with from and or but as is are was were be been being has have had do does
  did will would shall should can could may might must that this these those it its he she they them his her
  their we our you your i not no than then there here which who whom whose what when where while after before
  about over under into out up down off also still just more most said say says told tell one two three first
  second last next week month year day today yesterday tomorrow ago early late mid around since until during
  january february march april may june july august september october november december monday tuesday
  wednesday thursday friday saturday sunday s mr ms mrs new again both other own such very would`.split(
    /\s+/,
  ),
);

/** Light stemming: plural, -ing and -ed endings; enough to match "talks"/"talk", "visited"/"visit". */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/['’]s$/, '');
  if (w === 'remains' || w.length <= 3) return w;
  if (w.endsWith('ies') && w.length > 4) return `${w.slice(0, -3)}y`;
  let suffixed = false;
  if (w.endsWith('ing') && w.length > 5) [w, suffixed] = [w.slice(0, -3), true];
  else if (w.endsWith('ed') && w.length > 4) [w, suffixed] = [w.slice(0, -2), true];
  else if (w.endsWith('es') && /(?:ss|sh|ch|x)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  // "planned" → "plann" → "plan"; but "drill" keeps its double l.
  if (suffixed && /([bdgmnprt])\1$/.test(w)) w = w.slice(0, -1);
  return w;
}

// Merging compares each new event with the quotes of every overlapping stored event, so the same
// quotes are read again and again during an import: remember the most recent answers.
const CACHE_LIMIT = 4096;
const cache = new Map<string, ReadonlyMap<string, string>>();

/** Content words of a text as stems, with the original word kept for explanations. */
export function contentWords(text: string): ReadonlyMap<string, string> {
  const cached = cache.get(text);
  if (cached) return cached;
  const words = readContentWords(text);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(text, words);
  return words;
}

function readContentWords(text: string): Map<string, string> {
  const words = new Map<string, string>();
  for (const match of text.matchAll(/[A-Za-z][A-Za-z'’-]*/g)) {
    const word = match[0].replace(/['’]s$/, '');
    if (STOP_WORDS.has(word.toLowerCase()) || word.length < 3) continue;
    const key = stem(word);
    if (!words.has(key)) words.set(key, word);
  }
  return words;
}

/** The event kind a stemmed word names, if any ("summit" → "meeting"). */
export function eventKindOf(stemmed: string): string | undefined {
  return KIND_OF_WORD.get(stemmed) ?? KIND_OF_WORD.get(`${stemmed}e`);
}
