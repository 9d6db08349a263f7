import type { SourceText } from '../../src/pipeline/source';
import { mulberry32, type Random } from '../../src/state/random';

/**
 * A seeded generator of varied film documents for the benchmark and the property tests: plot
 * synopses with names, time cues and flashbacks, recap web pages with metadata lines, a spoiler
 * warning and trailing boilerplate, and press kits with bullet metadata and cast/crew tables.
 * Every document gets its own made-up title, names and actors, so documents do not merge.
 * No clock, no Math.random: the same seed gives the same corpus.
 */

/** A PRNG returning floats in [0, 1). */
export type { Random };

export { mulberry32 };

const pick = <T>(rng: Random, items: readonly T[]): T =>
  items[Math.floor(rng() * items.length)] as T;
const between = (rng: Random, lo: number, hi: number): number =>
  lo + Math.floor(rng() * (hi - lo + 1));
const capital = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

const ONSETS = [
  'b',
  'd',
  'f',
  'g',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'z',
  'br',
  'st',
  'tr',
  'gr',
  'sh',
  'ch',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ia', 'ea', 'ou'];
const CODAS = ['', '', 'n', 'r', 'l', 's', 'th', 'nd', 'x'];

/** A pronounceable made-up name word, e.g. "Varelon". */
export const nameWord = (rng: Random): string => {
  let w = '';
  const syllables = between(rng, 2, 3);
  for (let i = 0; i < syllables; i++) w += pick(rng, ONSETS) + pick(rng, VOWELS);
  return capital(w + pick(rng, CODAS));
};

const ADJECTIVES = [
  'Silent',
  'Broken',
  'Golden',
  'Last',
  'Hidden',
  'Crimson',
  'Distant',
  'Quiet',
  'Burning',
  'Winter',
];
const NOUNS = [
  'Harbor',
  'Mirror',
  'Orchard',
  'Letter',
  'Station',
  'Garden',
  'Island',
  'Promise',
  'Bridge',
  'Summer',
];
const PLACES = [
  'the lighthouse',
  'the old mill',
  'a roadside motel',
  'the clinic',
  'the harbor',
  'a crowded train',
  'the family farm',
  'the hospital',
  'a hotel bar',
  'the courthouse',
];
const VERBS = [
  'confronts',
  'follows',
  'meets',
  'calls',
  'visits',
  'argues with',
  'waits for',
  'searches for',
  'warns',
  'hides from',
];
const OBJECTS = [
  'a letter',
  'the key',
  'a photograph',
  'the ledger',
  'a gun',
  'the ring',
  'an old map',
  'a tape recorder',
];
const FEELINGS = [
  'angry',
  'afraid',
  'relieved',
  'suspicious',
  'heartbroken',
  'hopeful',
  'exhausted',
];
const CUES_BACK = [
  'Twelve years ago,',
  'Two days earlier,',
  'The night before,',
  'In a flashback,',
  'Years earlier,',
  'Five years ago,',
];
const CUES_FORWARD = [
  'The next morning,',
  'The following day,',
  'Several weeks later,',
  'That night,',
  'Later,',
  'A month later,',
];
const RETURNS = [
  'Back in the present,',
  'It is now morning.',
  'Present day:',
  'Back at the house,',
];
const GENRES = ['Drama', 'Thriller', 'Mystery', 'Romance', 'Crime', 'Comedy'];
const LANGUAGES = ['English', 'Spanish', 'French', 'Italian', 'German'];

interface Cast {
  name: string;
  first: string;
  actor: string;
}

interface Plan {
  title: string;
  year: number;
  director: string;
  cast: Cast[];
}

const makePlan = (rng: Random, serial: number): Plan => {
  // The serial word keeps titles distinct across a corpus of any size.
  const title = `The ${pick(rng, ADJECTIVES)} ${pick(rng, NOUNS)} of ${nameWord(rng)} ${serial + 1}`;
  const cast = Array.from({ length: between(rng, 3, 6) }, () => {
    const first = nameWord(rng);
    return { first, name: `${first} ${nameWord(rng)}`, actor: `${nameWord(rng)} ${nameWord(rng)}` };
  });
  return {
    title,
    year: between(rng, 1950, 2024),
    director: `${nameWord(rng)} ${nameWord(rng)}`,
    cast,
  };
};

const sentence = (rng: Random, plan: Plan, firstMention: Set<string>): string => {
  const a = pick(rng, plan.cast);
  const b = pick(
    rng,
    plan.cast.filter((c) => c !== a),
  );
  const mention = (c: Cast) => {
    if (firstMention.has(c.first)) return c.first;
    firstMention.add(c.first);
    return `${c.name} (${c.actor})`;
  };
  const forms = [
    () => `${mention(a)} ${pick(rng, VERBS)} ${mention(b)} at ${pick(rng, PLACES)}.`,
    () => `${a.first} finds ${pick(rng, OBJECTS)} and shows it to ${b.first}.`,
    () => `${a.first} is ${pick(rng, FEELINGS)} when ${b.first} arrives at ${pick(rng, PLACES)}.`,
    () => `"We cannot stay here," ${a.first} tells ${b.first}.`,
    () => `${b.first} drives to ${pick(rng, PLACES)}, where ${a.first} ${pick(rng, VERBS)} him.`,
    () => `They talk for hours about ${pick(rng, OBJECTS)}.`,
  ];
  return pick(rng, forms)();
};

const paragraph = (rng: Random, plan: Plan, seen: Set<string>, opener = ''): string => {
  const parts = Array.from({ length: between(rng, 3, 6) }, () => sentence(rng, plan, seen));
  const body = parts.join(' ');
  // After a comma cue the sentence goes on: "Meanwhile, they talk", but names keep their capital.
  return opener
    ? `${opener} ${opener.endsWith(',') ? body.replace(/^They /, 'they ') : body}`
    : body;
};

/** The story part: present-tense paragraphs, with flashbacks, returns and forward cues. */
const story = (rng: Random, plan: Plan, targetChars: number): string => {
  const seen = new Set<string>();
  const out: string[] = [];
  let length = 0;
  let inFlashback = false;
  while (length < targetChars) {
    const roll = rng();
    let opener = '';
    if (!inFlashback && roll < 0.15) {
      opener = pick(rng, CUES_BACK);
      inFlashback = true;
    } else if (inFlashback && roll < 0.5) {
      opener = pick(rng, RETURNS);
      inFlashback = false;
    } else if (roll < 0.3) opener = pick(rng, CUES_FORWARD);
    else if (roll < 0.38) opener = 'Meanwhile,';
    else if (roll < 0.42) opener = 'We cut to';
    const p = paragraph(
      rng,
      plan,
      seen,
      opener === 'We cut to' ? `We cut to ${pick(rng, PLACES)}.` : opener,
    );
    out.push(p);
    length += p.length + 2;
  }
  return out.join('\n\n');
};

const synopsis = (rng: Random, plan: Plan, size: number): string =>
  `${plan.title} (${plan.year})\n\n${story(rng, plan, size - 60)}\n`;

const recap = (rng: Random, plan: Plan, size: number): string => {
  const head = [
    `Year: ${plan.year}`,
    `Runtime: ${between(rng, 80, 170)} min`,
    `Language: ${pick(rng, LANGUAGES)}`,
    `Director: ${plan.director}`,
    `A ${pick(rng, FEELINGS)} ${pick(rng, ['doctor', 'teacher', 'detective', 'pianist'])} is drawn into a mystery that changes everything.`,
    'Warning: spoilers below!',
    `Haven't seen ${plan.title} yet? This summary contains major spoilers.`,
  ].join('\n');
  const tail = [
    'Last Updated: 2024-05-01',
    'Share on Facebook | Share on X | Copy link',
    `Read the complete plot breakdown of ${plan.title} (${plan.year}) and discover more films like it.`,
    `${pick(rng, ADJECTIVES)} ${pick(rng, NOUNS)} (${between(rng, 1950, 2024)}) Spoiler-Packed Plot Recap`,
    `${pick(rng, ADJECTIVES)} ${pick(rng, NOUNS)} (${between(rng, 1950, 2024)}) Ending Explained & Film Insights`,
  ].join('\n');
  return `${head}\n${story(rng, plan, size - head.length - tail.length)}\n${tail}\n`;
};

const pressKit = (rng: Random, plan: Plan, size: number): string => {
  const head = [
    `${plan.title.toUpperCase()} (aka ${nameWord(rng)} ${pick(rng, NOUNS)})`,
    '',
    `  • Director: ${plan.director}`,
    `  • Genre:${pick(rng, GENRES)}`,
    `  • Year of production:${plan.year}`,
    '',
  ].join('\n');
  const table = [
    'Actor Character',
    ...plan.cast.map((c) => `${c.actor} ${c.first}`),
    'Crew Name',
    `Director ${plan.director}`,
    `Producer ${nameWord(rng)} ${nameWord(rng)}`,
    `Photography Director ${nameWord(rng)} ${nameWord(rng)}`,
  ].join('\n');
  return `${head}\n${story(rng, plan, size - head.length - table.length)}\n\n${table}\n`;
};

/** Generates one ~`size`-character document; the serial number keeps its title unique. */
export const generateDocument = (rng: Random, serial: number, size = 5000): SourceText => {
  const plan = makePlan(rng, serial);
  const kind = serial % 3;
  const text =
    kind === 0
      ? synopsis(rng, plan, size)
      : kind === 1
        ? recap(rng, plan, size)
        : pressKit(rng, plan, size);
  return { file: `doc_${String(serial).padStart(5, '0')}.txt`, text };
};

/** Generates a corpus of `count` documents from a seed. */
export const generateCorpus = (count: number, seed = 42, size = 5000): SourceText[] => {
  const rng = mulberry32(seed);
  return Array.from({ length: count }, (_, i) => generateDocument(rng, i, size));
};
