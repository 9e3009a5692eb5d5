/**
 * A verb lexicon for news text, with the morphology needed to recognize inflected forms ("met",
 * "wrapped", "is visiting") and to write headline forms ("meets", "wraps up", "to meet").
 * Deliberately small and explicit: an unknown verb is guessed from its -ed ending only.
 */

/** base: [past, past participle] for irregular verbs. */
const IRREGULAR: Record<string, [string, string]> = {
  be: ['was', 'been'],
  have: ['had', 'had'],
  do: ['did', 'done'],
  go: ['went', 'gone'],
  meet: ['met', 'met'],
  hold: ['held', 'held'],
  say: ['said', 'said'],
  tell: ['told', 'told'],
  leave: ['left', 'left'],
  take: ['took', 'taken'],
  give: ['gave', 'given'],
  come: ['came', 'come'],
  make: ['made', 'made'],
  fly: ['flew', 'flown'],
  send: ['sent', 'sent'],
  write: ['wrote', 'written'],
  speak: ['spoke', 'spoken'],
  break: ['broke', 'broken'],
  begin: ['began', 'begun'],
  win: ['won', 'won'],
  lose: ['lost', 'lost'],
  lead: ['led', 'led'],
  bring: ['brought', 'brought'],
  buy: ['bought', 'bought'],
  think: ['thought', 'thought'],
  see: ['saw', 'seen'],
  shake: ['shook', 'shaken'],
  strike: ['struck', 'struck'],
  rise: ['rose', 'risen'],
  fall: ['fell', 'fallen'],
  become: ['became', 'become'],
  get: ['got', 'gotten'],
  put: ['put', 'put'],
  set: ['set', 'set'],
  let: ['let', 'let'],
  cut: ['cut', 'cut'],
  hit: ['hit', 'hit'],
  quit: ['quit', 'quit'],
  shut: ['shut', 'shut'],
  run: ['ran', 'run'],
  sit: ['sat', 'sat'],
  stand: ['stood', 'stood'],
  keep: ['kept', 'kept'],
  find: ['found', 'found'],
  know: ['knew', 'known'],
  show: ['showed', 'shown'],
  draw: ['drew', 'drawn'],
  drive: ['drove', 'driven'],
  ride: ['rode', 'ridden'],
  eat: ['ate', 'eaten'],
  seek: ['sought', 'sought'],
  teach: ['taught', 'taught'],
  catch: ['caught', 'caught'],
  fight: ['fought', 'fought'],
  build: ['built', 'built'],
  spend: ['spent', 'spent'],
  lend: ['lent', 'lent'],
  feel: ['felt', 'felt'],
  hear: ['heard', 'heard'],
  pay: ['paid', 'paid'],
  lay: ['laid', 'laid'],
  mean: ['meant', 'meant'],
  read: ['read', 'read'],
  sell: ['sold', 'sold'],
  shoot: ['shot', 'shot'],
  swear: ['swore', 'sworn'],
  throw: ['threw', 'thrown'],
  wake: ['woke', 'woken'],
  wear: ['wore', 'worn'],
  withdraw: ['withdrew', 'withdrawn'],
  undertake: ['undertook', 'undertaken'],
  forgo: ['forwent', 'forgone'],
  overtake: ['overtook', 'overtaken'],
  arise: ['arose', 'arisen'],
  blow: ['blew', 'blown'],
  choose: ['chose', 'chosen'],
  freeze: ['froze', 'frozen'],
  grow: ['grew', 'grown'],
  hang: ['hung', 'hung'],
  hide: ['hid', 'hidden'],
  sink: ['sank', 'sunk'],
  sing: ['sang', 'sung'],
  slide: ['slid', 'slid'],
  spread: ['spread', 'spread'],
  steal: ['stole', 'stolen'],
  stick: ['stuck', 'stuck'],
  swing: ['swung', 'swung'],
  tear: ['tore', 'torn'],
  understand: ['understood', 'understood'],
  upset: ['upset', 'upset'],
  wind: ['wound', 'wound'],
  forbid: ['forbade', 'forbidden'],
  forget: ['forgot', 'forgotten'],
  forgive: ['forgave', 'forgiven'],
  oversee: ['oversaw', 'overseen'],
  broadcast: ['broadcast', 'broadcast'],
  foresee: ['foresaw', 'foreseen'],
  dig: ['dug', 'dug'],
  feed: ['fed', 'fed'],
  flee: ['fled', 'fled'],
  bear: ['bore', 'borne'],
  bid: ['bid', 'bid'],
  bind: ['bound', 'bound'],
  bite: ['bit', 'bitten'],
  // Disasters, markets, sport and courts.
  burst: ['burst', 'burst'],
  beat: ['beat', 'beaten'],
  sweep: ['swept', 'swept'],
  slay: ['slew', 'slain'],
  shed: ['shed', 'shed'],
  spring: ['sprang', 'sprung'],
  swim: ['swam', 'swum'],
  rebuild: ['rebuilt', 'rebuilt'],
  rethink: ['rethought', 'rethought'],
  overthrow: ['overthrew', 'overthrown'],
  override: ['overrode', 'overridden'],
  uphold: ['upheld', 'upheld'],
  withhold: ['withheld', 'withheld'],
};

/** Regular verbs common in news about diplomacy, conflict and politics (base forms). */
const REGULAR = `
accept accuse acknowledge add address admit agree aim allow announce appear apply appoint approve arrange arrest
arrive ask assure attack attempt attend authorize ban believe boost call cancel celebrate charge cite claim close
complete conclude condemn confirm consider continue convene cooperate criticize cross damage decide declare
decline defend delay deliver demand deny depart deploy describe destroy detain detonate dismantle discuss dismiss
display drop elect end engage enter escalate establish evacuate exchange expect expel explode extend face fail
file fire follow free greet halt hand happen help hope host hug impose include increase inform insist inspect
intend introduce invade invite issue join kill land launch lift limit list mark meet mention move name need
negotiate nominate note notify object offer open order organize pardon participate pass plan play pledge postpone
praise prepare present press promise propose protest provide publish pull push question raise reach react receive
recover reject release remain remove repatriate replace report request require resign resolve respond resume
retaliate return reveal review schedule scrap seize sign start state stay stop struggle submit suggest summon
support suspend talk target test threaten tour travel try turn unveil urge use veto visit vote vow walk want warn
welcome wrap kick call hail mull weigh float tout rebuff slam blast like wish blow
abandon acquire acquit adopt advance allege borrow burn climb clinch collapse compete convict criticise defeat
delist derail dissolve donate drown earn erupt expand extradite grant hire indict injure invest kidnap merge
outline overturn predict prosecute qualify recall reelect reopen restore restructure retire revoke rob secure
sentence settle shrink slash soar surrender testify tighten topple trigger tumble uncover unseat upgrade
vacate create control patrol signal quote die plead
pick delete deplete compete complete unite ignite incite recite excite equate evaluate cease decrease lease please
tease appease cope pose oppose suppose expose dispose compose impose waste paste taste quake pivot imply
`
  .trim()
  .split(/\s+/);

/** Particles that make phrasal verbs the lexicon knows: "wrap up", "call off", "kick off". */
export const PARTICLES: Record<string, string[]> = {
  wrap: ['up'],
  call: ['off', 'for'],
  kick: ['off'],
  set: ['up', 'off', 'out'],
  hand: ['over'],
  take: ['place', 'part'],
  carry: ['out'],
  pull: ['out', 'back'],
  walk: ['away', 'out'],
  break: ['off', 'down'],
  sit: ['down'],
  step: ['down'],
  shut: ['down'],
  hold: ['off'],
  back: ['down'],
  turn: ['over'],
  give: ['up'],
  go: ['ahead'],
  swear: ['in'],
  lay: ['off'],
  knock: ['out'],
  crash: ['out'],
  strike: ['down'],
  pick: ['up'],
};

export type VerbForm = 'base' | 'present3' | 'past' | 'participle' | 'gerund';

export interface VerbReading {
  base: string;
  form: VerbForm;
}

const LEXICON = new Map<string, VerbReading[]>();

function addReading(surface: string, reading: VerbReading): void {
  const readings = LEXICON.get(surface) ?? [];
  if (!readings.some((r) => r.form === reading.form && r.base === reading.base)) readings.push(reading);
  LEXICON.set(surface, readings);
}

for (const base of [...REGULAR, ...Object.keys(IRREGULAR), 'carry', 'step', 'back']) {
  const irregular = IRREGULAR[base];
  addReading(base, { base, form: 'base' });
  addReading(thirdPerson(base), { base, form: 'present3' });
  addReading(gerund(base), { base, form: 'gerund' });
  addReading(irregular ? irregular[0] : regularPast(base), { base, form: 'past' });
  addReading(irregular ? irregular[1] : regularPast(base), { base, form: 'participle' });
}
for (const [surface, form] of [
  ['is', 'present3'],
  ['are', 'base'],
  ['were', 'past'],
  ['am', 'base'],
] as const) {
  addReading(surface, { base: 'be', form });
}

/** "meets", "wraps", "carries", "has", "is". */
export function thirdPerson(base: string): string {
  if (base === 'be') return 'is';
  if (base === 'have') return 'has';
  if (/(?:s|sh|ch|x|z|o)$/.test(base)) return `${base}es`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ies`;
  return `${base}s`;
}

function doublesFinal(base: string): boolean {
  // Single-syllable consonant-vowel-consonant verbs double their final letter (wrap → wrapped);
  // a few two-syllable verbs stressed at the end too.
  if (
    [
      'admit',
      'commit',
      'regret',
      'permit',
      'refer',
      'occur',
      'prefer',
      'control',
      'patrol',
      'submit',
      'omit',
      'transmit',
      'acquit',
      'compel',
      'expel',
      'incur',
      'deter',
      'equip',
    ].includes(base)
  )
    return true;
  return /^[^aeiou]*[aeiou][bdgklmnprt]$/.test(base);
}

function regularPast(base: string): string {
  if (base.endsWith('e')) return `${base}d`;
  if (/[^aeiou]y$/.test(base)) return `${base.slice(0, -1)}ied`;
  if (doublesFinal(base)) return `${base}${base.slice(-1)}ed`;
  return `${base}ed`;
}

function gerund(base: string): string {
  if (base === 'be') return 'being';
  if (/ie$/.test(base)) return `${base.slice(0, -2)}ying`;
  if (/[^e]e$/.test(base) && base !== 'be') return `${base.slice(0, -1)}ing`;
  if (doublesFinal(base)) return `${base}${base.slice(-1)}ing`;
  return `${base}ing`;
}

/** The verb readings of a lower-case word; unknown words ending in -ed are guessed as past forms. */
export function readVerb(word: string): VerbReading[] {
  const known = LEXICON.get(word) ?? GUESSED.get(word);
  if (known) return known;
  if (GUESSED.size > MAX_GUESSED) GUESSED.clear();
  const guessed = guessReadings(word);
  GUESSED.set(word, guessed);
  return guessed;
}

// Guesses are cached: the same unknown words come back in every sentence of an article.
const GUESSED = new Map<string, VerbReading[]>();
const MAX_GUESSED = 20_000;
const NOT_A_VERB: VerbReading[] = [];

function guessReadings(word: string): VerbReading[] {
  if (
    /^[a-z]{3,}ed$/.test(word) &&
    !['need', 'speed', 'seed', 'bed', 'red', 'shed', 'hundred', 'creed'].includes(word)
  ) {
    const base = guessBase(word.slice(0, -2));
    return [
      { base, form: 'past' },
      { base, form: 'participle' },
    ];
  }
  return NOT_A_VERB;
}

// Stems that take back a final e ("scored" → "score", "created" → "create", "ruled" → "rule"); a
// stem is never doubled after a long vowel, so a single consonant after one vowel here is the
// silent-e pattern. Endings that read both ways ("visited", "opened") keep the bare stem.
const SILENT_E = [
  /(?:[cguvz]|[^aeiou]s|[^aeiou][aiu]s|aus)$/,
  /[^aeiou](?:at|ut|ot|id|od|ud|ad)$/,
  // "deleted", "completed", "secreted", "evaluated": not "targeted", "budgeted", "interpreted".
  /(?:del|pl|mp|cr)et$/,
  /uat$/,
  /(?:ea|[^aeiou]o)s$/,
  /[^aeiou](?:ar|ur|ir)$/,
  /(?:sc|st|sn|sh|expl|impl|depl|ign|rest|ad)or$/,
  /[^aeiou][aiou](?:k|m|b|l)$/,
  /[^aeiou][aiu]p$/,
  /[^aeiou](?:in|un)$/,
  /[^aeiou]l$/,
];

function guessBase(stem: string): string {
  if (/[aeiou][^aeiou]*ell$/.test(stem)) return stem.slice(0, -1); // "travelled", "compelled"
  if (/ll$/.test(stem)) return stem; // "installed", "killed"
  if (/([bdgkmnprt])\1$/.test(stem)) return stem.slice(0, -1);
  if (/[^aeiou]i$/.test(stem) && stem.length > 2) return `${stem.slice(0, -1)}y`; // "supplied"
  if (/[^aeiou]u$/.test(stem)) return `${stem}e`; // "rescued", "argued"
  if (stem === 'focus') return stem;
  return SILENT_E.some((pattern) => pattern.test(stem)) ? `${stem}e` : stem;
}

/** Headline present: "meets" for a singular subject, "meet" for a plural one. */
export function presentForm(base: string, plural: boolean): string {
  if (base === 'be') return plural ? 'are' : 'is';
  return plural ? base : thirdPerson(base);
}

/** Simple past of a base form, for reported clauses ("says it rescued 40 migrants"). */
export function pastForm(base: string): string {
  return IRREGULAR[base]?.[0] ?? regularPast(base);
}

/** Past participle of a base form, for passive headlines ("Exercises called off"). */
export function participleForm(base: string): string {
  return IRREGULAR[base]?.[1] ?? regularPast(base);
}
