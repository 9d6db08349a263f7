import type { CastRow } from './clean';
import type { Range } from './text';
import { dropPossessive, fold, isCapitalized, STOP_WORDS, tokenSpans, verbTense } from './text';

/**
 * Stage 5, characters: finds the people of one document and their names.
 * Candidates are runs of capitalised words (not at a sentence start, or at one when the run
 * recurs mid-sentence or is followed by a verb), minus function words, places (after in/at/to/
 * from with no person evidence), actors ("Name (Actor)", "played by", cast tables) and things
 * after an article. Names are merged: a full name absorbs its first name and surname, "X/Y",
 * "rechristens X as Y", "now known as Y" join two names of one person.
 * Shape out: DocCharacter[] (names with first offsets, actor, renames) per document.
 */

/** One person as one document names them. */
export interface DocCharacter {
  /** The fullest name. */
  name: string;
  /** Every name used, with the offset of its first mention in the document. */
  names: { name: string; first: number }[];
  actor: string | null;
  /** Names joined by a renaming ("rechristens X as Y"), with where the renaming is told. */
  renames: { alias: string; offset: number }[];
  mentions: number;
}

const HONORIFICS =
  /^(?:Mr|Mrs|Ms|Miss|Dr|Doctor|Professor|Prof|Sir|Lady|Lord|Uncle|Aunt|Father|Mother|Sister|Brother|Detective|Det|Officer|Agent|Captain|Capt|Sergeant|Sgt|Lieutenant|Lt|Inspector|Sheriff|Judge|Senator|President|Colonel|Col|General|Gen|Major|Chief|King|Queen|Prince|Princess|Count|Countess|Baron|Madame|Monsieur|Señor|Señora|Don|Doña)\.?$/;
const PLACE_PREP = new Set(
  'in at to from into near towards toward through across around outside inside within via of between beyond along past north south east west central downtown northern southern eastern western'.split(
    ' ',
  ),
);
const WEAK_PREP = new Set(['to', 'from', 'of']);
/** Common nouns that, just before a name, say the name is a thing ("the ferry Marguerite"). */
const THING_NOUNS = new Set(
  (
    'ferry ship boat yacht vessel trawler freighter firm company newspaper paper magazine band ' +
    'town city village island hotel motel pub bar restaurant cafe car train plane brand shop store ' +
    'club school film movie song novel book show play river street road estate county region ' +
    'province country district port airport station hospital church agency studio label channel'
  ).split(' '),
);
/** Lower-case place nouns after a name ("Belfast city centre", "Gainesville hospital"). */
const LOWER_PLACE_NOUNS = new Set(
  (
    'city town village street road harbour harbor airport station hospital river estate county ' +
    'coast island quay port bay centre center office company firm branch headquarters police ' +
    'area region district suburb countryside'
  ).split(' '),
);
/** Lower-case words after a person's name that are not nouns used attributively. */
const FUNCTION_NEXT = new Set(
  (
    'the a an and or but nor to in of with who which that as at on for from by into onto about ' +
    'after before while when where if than then too also again once still just even only so ' +
    'is was are were has had have will would can could shall should may might must does did do ' +
    'not never always often soon later now here there himself herself themselves alone together'
  ).split(' '),
);
const ARTICLE = new Set('a an the another'.split(' '));
/** Words that join a thing noun to its name: "the town of X", "a ferry called X". */
const NAMING_LINK = new Set('of called named'.split(' '));
/** Words before a name that say a person follows ("a man called Aron", "the painter Marta"). */
const PERSON_BEFORE = new Set(
  (
    'called named nicknamed christened dubbed mr mrs ms miss dr ' +
    'painter reporter doctor detective officer sister brother wife husband friend son daughter ' +
    'mother father uncle aunt cousin boss colleague neighbour neighbor driver lawyer priest nurse ' +
    'teacher student captain sergeant bookmaker girl boy man woman widow widower journalist ' +
    'engineer clerk owner manager agent partner lover girlfriend boyfriend fiance fiancee fiancé fiancée grandson ' +
    'granddaughter grandfather grandmother niece nephew stepfather stepmother stepson stepdaughter ' +
    'singer actor actress writer poet artist musician pianist dancer soldier pilot sailor fisherman ' +
    'farmer thief killer assassin inspector professor secretary assistant maid servant butler ' +
    'landlord landlady tenant patient surgeon therapist psychiatrist coach bartender waitress waiter ' +
    'courier dealer banker accountant architect translator mayor governor senator prisoner guard ' +
    'constable mechanic steward master mistress handyman minister governess housekeeper cook ' +
    'foreman skipper keeper caretaker shopkeeper innkeeper receptionist grandma grandpa mum dad ' +
    'wife husband fisherman witness stranger visitor lodger apprentice deckhand doorman porter ' +
    'trainer jockey vet barber baker butcher tailor gardener chef smuggler bookie preacher vicar ' +
    'rabbi judge coroner ranger miner carpenter hairdresser midwife poacher postman ' +
    'postmistress ferryman boatman shepherd blacksmith pharmacist nun monk lifeguard'
  ).split(' '),
);
const PLACE_NOUNS =
  /^(?:Pharma|Pharmaceuticals|Shipping|Logistics|Mining|Oil|Energy|Chemicals|Steel|Electric|Media|Pictures|Publishing|Systems|Technologies|Tech|Labs|Laboratories|Capital|Investments|Construction|Foods|Brewery|Textiles|Airways|Lines|Group|Corp|Corporation|LLC|Industries|Motors|Studios|Records|Enterprises|Resorts|Mutual|Insurance|Holdings|Partners|Associates|Foundation|Trust|Courier|Gazette|Post|Herald|Tribune|Journal|Daily|Armouries|Museum|Gallery|Theatre|Theater|Cinema|Stadium|Arena|Market|Quay|Harbour|Harbor|Port|Pier|Wharf|Cathedral|Chapel|Abbey|Cemetery|Memorial|Square|Plaza|Station|Street|St|Road|Rd|Avenue|Ave|Boulevard|Lane|Drive|Park|Hospital|Hotel|Motel|Bar|Cafe|Café|Restaurant|Church|School|University|College|Academy|Prison|Station|Airport|City|Town|Village|County|State|River|Lake|Mountain|Mountains|Island|Beach|Bay|Valley|Hills|House|Manor|Castle|Tower|Building|Center|Centre|Club|Company|Corporation|Inc|Ltd|Institute|Museum|Bank|Department|Police|Army|Navy|Airlines|Bridge|Square|Hall|Court|Palace|Clinic|Ranch|Farm|Falls|Canyon|Desert|Forest|Sea|Ocean|Empire|Kingdom|Republic|Times|News|Magazine|Renewables|Films|Productions|Entertainment|Line|Ferries|Supermarkets?|Stores|Markets|Solutions|Services|Bakery|Garage|Pharmacy|Motors|Logistics|Consulting|Bank|Holdings|Brands|Unit|Squad|Division|Bureau|Agency|Ministry|Council|Committee|Directorate|Command|Brigade|Regiment|Battalion|Constabulary|Gendarmerie|Landing|Moor|Moors|Rise|Heights|Crossing|Cove|Creek|Acres|Gardens|Terrace|Crescent|Quarry|Marina|Lighthouse|Festival|Minerals?|Acre|Towing|Haulage|Salvage|Removals|Plumbing|Roofing|Joinery|Taxis|Cabs|Couriers|Builders)$/;
/** PLACE_NOUNS.test(w), skipping the pattern unless w starts with A-Z as all its words do. */
const isPlaceNoun = (w: string): boolean => {
  const c = w.charCodeAt(0);
  return c >= 65 && c <= 90 && PLACE_NOUNS.test(w);
};
const PERSON_NEXT =
  /^(?:who|whose|and|is|was|has|had|says|said|tells|told|asks|asked|replies|replied|agrees|decides|tries|wants|does|did|dies|died|lies|lied|owed|can|cannot|can't|could|will|would|must|should|himself|herself|themselves|(?:does|did|is|was|has|had|won|would|could|should|can)n['’]t)$/i;
const ROLE_WORDS =
  /^(?:engineer|nurse|doctor|waiter|waitress|policeman|policewoman|cop|guard|soldier|driver|taxi driver|maid|servant|priest|man|woman|boy|girl|child|bartender|receptionist|secretary|lawyer|journalist|reporter|neighbour|neighbor|patient|surgeon|teacher|student|friend|mother|father|son|daughter|himself|herself|extra|narrator|voice)$/i;

/** Words before a name that give an age or life stage, not a name. */
const AGE_PREFIX = /^(?:[\p{L}\d]+-years?-old|young|little|baby|teenage|elderly|adult)$/iu;
/** First words of place names ("St James's", "Mount Hood", "Fort Worth"). */
const PLACE_HEAD = /^(?:St|Ste|Saint|Mount|Mt|Fort|Ft|Port|Cape|Lake|Glen|Lough|Loch)\.?$/;

/**
 * Capitalised single words that are no one's name: ordinals ("the Fifth"), demonyms in -man
 * ("a Welshman"), makes of car a synopsis names ("a battered Subaru"), websites ("learns piano on
 * YouTube"), composers and playwrights whose work is played or read ("the Bach suite"), and genre
 * words of a catalogue's headings ("Islands -- Drama").
 */
const NOT_A_NAME =
  /^(?:YouTube|Facebook|Instagram|TikTok|WhatsApp|Google|Twitter|Wikipedia|Bach|Schubert|Chopin|Mozart|Beethoven|Brahms|Vivaldi|Debussy|Satie|Mahler|Haydn|Liszt|Tchaikovsky|Rachmaninoff|Schumann|Sibelius|Shakespeare|Chekhov|Drama|Dramas|Comedy|Thriller|Horror|Romance|Melodrama|Documentary|Narrative|Narratives|Family|Parents|Genre|Adaptation|Fiction|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|Eleventh|Twelfth|Last|(?:Welsh|English|Irish|French|Dutch|Scots|Scotch|Fresh|Country|Chair|Chair|Congress|Gentle|Sales|Police|Fisher|Norse|Ottoman)(?:man|men|woman|women)|Subaru|Toyota|Volvo|Honda|Nissan|Mazda|Hyundai|Kia|Audi|BMW|Porsche|Ferrari|Lamborghini|Maserati|Peugeot|Renault|Citroën|Citroen|Fiat|Volkswagen|Skoda|Škoda|Saab|Lada|Chevrolet|Chevy|Cadillac|Buick|Pontiac|Dodge|Chrysler|Plymouth|Oldsmobile|Jeep|Lexus|Mitsubishi|Suzuki|Opel|Vauxhall|Datsun|Trabant)$/;

/** True when only spaces stand between the line's start and `at`. */
const lineStart = (text: string, at: number): boolean => {
  let i = at - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  return i < 0 || text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13;
};
/** What flush is told follows a run when a digit does ("Sequence 1"). */
const NUMBER_NEXT = '#';
/** A pronoun with a contracted verb: "I'm", "I've", "We'll", "They're", "She'd". */
const CONTRACTION = /['’](?:m|ve|ll|re|d)$/i;
/** Courtesy titles kept as an alias of the name they precede ("Mrs. Ionescu"). */
const COURTESY = /^(?:Mr|Mrs|Ms|Miss|Dr|Mme|Madame|Monsieur)\.?$/;
/** "St. " or "Saint " right before a name: the name is a place's ("St. Mary's"). */
const SAINT_BEFORE = /\b(?:St|Ste|Saint)\.?\s$/;
const PARTICLE = /^(?:de|do|da|dos|das|del|della|di|du|van|von|der|den|la|le|y)$/;
const NAME_WORD = /^[\p{Lu}][\p{L}'’.-]*$/u;

interface Form {
  name: string;
  count: number;
  midCount: number;
  person: number;
  notPerson: number;
  first: number;
}

/** Named days and feasts: calendar phrases whose capitalised words are no one's name. */
const HOLIDAYS =
  /\b(?:New Year['’]s(?: Eve| Day)?|Christmas(?: Eve| Day| Morning)?|Boxing Day|Easter(?: Sunday| Monday)?|Good Friday|Valentine['’]s Day|Halloween|Thanksgiving(?: Day)?|Independence Day|Mother['’]s Day|Father['’]s Day|All Saints['’] Day|Midsummer(?:['’]s)?(?: Eve| Day)?|May Day|Labou?r Day|Bastille Day|Remembrance Day|Memorial Day)\b/gu;
const ACTOR_PAREN =
  /([\p{Lu}][\p{L}'’-]+(?:[ ][\p{Lu}][\p{L}'’-]+){0,3})\s*\(([\p{Lu}][\p{L}'’.-]+(?:\s+(?:de |del |da |van |von |di |la |le )?[\p{Lu}][\p{L}'’.-]+){1,3})(?:,[^(),]{1,40})?\)/gu;
const PLAYED_BY =
  /([\p{Lu}][\p{L}'’-]+(?:[ ][\p{Lu}][\p{L}'’-]+){0,3})(?:\s*,[^,.;()]{0,60})?,?\s+(?:who is |is )?(?:portrayed|played|performed|acted|voiced) by ([\p{Lu}][\p{L}'’.-]+(?:\s+(?:de |del |da |van |von |di )?[\p{Lu}][\p{L}'’.-]+){1,3})/gu;
const RENAMES: RegExp[] = [
  // "Hedda Lind / Hedda Brun" (a married name), "Vee/Vera": one person, the words of a full name
  // kept together on either side.
  /((?:[\p{Lu}][\p{L}'’-]+ ){0,2}[\p{Lu}][\p{L}'’-]+)\s*\/\s*((?:[\p{Lu}][\p{L}'’-]+ ){0,2}[\p{Lu}][\p{L}'’-]+)(?![\p{L}'’-])/gu,
  /(?:rechristens|renames|christens|dubs|names|calls|rebrands)\s+([\p{Lu}][\p{L}'’-]+)\s+(?:as\s+|to\s+)?["“]?([\p{Lu}][\p{L}'’-]+)/gu,
  /([\p{Lu}][\p{L}'’-]+),?\s+(?:now|later|henceforth|thereafter)\s+(?:known as|called|named|renamed)\s+["“]?([\p{Lu}][\p{L}'’-]+)/gu,
  /([\p{Lu}][\p{L}'’-]+)\s+(?:transformed|turned|changed)\s+into\s+([\p{Lu}][\p{L}'’-]+)/gu,
  /([\p{Lu}][\p{L}'’-]+),?\s+(?:aka|a\.k\.a\.|alias|who is (?:actually|really|in fact|secretly))\s+([\p{Lu}][\p{L}'’-]+)/gu,
  /([\p{Lu}][\p{L}'’-]+) is (?:revealed to be|actually|really|in fact) ([\p{Lu}][\p{L}'’-]+)/gu,
  // "Sam admits that his real name is Daniel", "Sam, whose real name is Daniel", "Sam turns
  // out to be Daniel": one person under two names, the second revealed.
  /([\p{Lu}][\p{L}'’-]+),?\s+(?:(?:\w+\s+){0,3}that\s+)?(?:his|her|whose)\s+(?:real|true|birth|actual)\s+name\s+is\s+([\p{Lu}][\p{L}'’-]+)/gu,
  /([\p{Lu}][\p{L}'’-]+)\s+turns out to be\s+([\p{Lu}][\p{L}'’-]+)/gu,
  // "Mrs Sallow is the same person as Agnes"; "Mrs Sallow (Agnes, by then fifty)": a title and
  // surname, then the first name the same person goes by.
  /([\p{Lu}][\p{L}'’-]+) is (?:the same (?:person|woman|man|girl|boy) as|one and the same as) ([\p{Lu}][\p{L}'’-]+)/gu,
  /([\p{Lu}][\p{L}'’-]+)\s*\(([\p{Lu}][\p{L}'’-]+),\s*(?:now|then|by then|by now|later|aged|still)\b/gu,
];
/** A cheap test per renaming pattern (same order as RENAMES): its keyword is present. */
const RENAME_HINTS: RegExp[] = [
  /\//,
  /rechristen|rename|christen|dubs|names|calls|rebrand/,
  /known as|called|named|renamed/,
  /into/,
  /aka|a\.k\.a|alias|who is/,
  / is (?:revealed|actually|really|in fact)/,
  /(?:real|true|birth|actual) name is/,
  /turns out to be/,
  /the same \w+ as|one and the same/,
  /\(\p{Lu}[\p{L}'’-]+,\s*(?:now|then|by|later|aged|still)\b/u,
];

/** "Dominic Fenn plays him", "Adaeze Nwosu plays Mara": a performer's full name, then the part. */
const PLAYS =
  /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2}) (?:plays|portrays) (?:him|her|them|the \p{Ll}+|(\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)?))\b/gu;

/** A name in capitals ("FOLAKE AJAYI", "MR. HADDAD") in the case the story writes it. */
const shouting = (s: string): string =>
  /\p{Ll}/u.test(s)
    ? s
    : s
        .toLowerCase()
        .replace(/(^|[\s'’-])(\p{L})/gu, (_m, a: string, c: string) => a + c.toUpperCase());

/** How often the story names each capitalised word (lower-cased, possessive dropped). */
const storyMentions = (text: string, story: Range[]): Map<string, number> => {
  // Counted by the word as written first, then folded: the same sums, one fold per distinct word.
  const raw = new Map<string, number>();
  for (const r of story) {
    const words = text.slice(r.start, r.end).match(/\p{Lu}[\p{L}'’-]+/gu) ?? [];
    for (const w of words) raw.set(w, (raw.get(w) ?? 0) + 1);
  }
  const out = new Map<string, number>();
  for (const [w, n] of raw) {
    const k = dropPossessive(w).toLowerCase();
    out.set(k, (out.get(k) ?? 0) + n);
  }
  return out;
};

/** How often the story names a person: the most-named word of the name (titles aside). */
const timesNamed = (name: string, mentions: Map<string, number>): number =>
  Math.max(
    0,
    ...name
      .split(/\s+/)
      .filter((w) => w.length >= 3 && !HONORIFICS.test(w) && !PARTICLE.test(w))
      .map((w) => mentions.get(dropPossessive(w).toLowerCase()) ?? 0),
  );

/**
 * True when pairs of (character, actor) are the wrong way round: more pairs whose "actor" the
 * story names more often than their "character" than the other way. A story names its people and
 * seldom its performers; a page that names neither leaves the pairs as they are.
 */
const turnedRound = (
  pairs: { character: string; actor: string }[],
  storyNames: () => Map<string, number>,
): boolean => {
  // No pairs, no turn: the story's names are counted only when there is a pair to weigh.
  if (pairs.length === 0) return false;
  const mentions = storyNames();
  let forward = 0;
  let backward = 0;
  for (const p of pairs) {
    const c = timesNamed(p.character, mentions);
    const a = timesNamed(p.actor, mentions);
    if (c > a) forward++;
    else if (a > c) backward++;
  }
  return backward > forward;
};

const stripHonorific = (words: string[]): string[] => {
  const out = [...words];
  while (out.length > 1 && HONORIFICS.test(out[0] ?? '')) out.shift();
  return out;
};

interface Found {
  forms: Map<string, Form>;
  actors: Map<string, string>;
  actorNames: Set<string>;
  renames: { a: string; b: string; offset: number }[];
  /** Names also used with a courtesy title ("Ionescu" -> "Mrs. Ionescu"). */
  titled: Map<string, string>;
}

/** What may stand between two words of one name: " ", ". " (an initial), "'s " or "' " (see scan). */
const JOINING_GAPS = new Set([' ', '. ', "' ", '’ ', "'s ", '’s ']);
/** Marks after which a word opens a sentence (or a quotation, or a bracket). */
const SENTENCE_MARKS = new Set(['.', '!', '?', ':', ';', '"', '“', '”', '(']);

/** /^[a-z]/.test(w), read from the first character code (flush runs once per name found). */
const startsLower = (w: string): boolean => {
  const c = w.charCodeAt(0);
  return c >= 97 && c <= 122;
};

/**
 * "'s" or "’s" at `at` in the text, and with `boundary` no word character after it: the same as
 * /^['’]s\b/ (or /^['’]s/) on text.slice(at, at + 3), without the slice and the pattern.
 */
const possessiveAt = (text: string, at: number, boundary: boolean): boolean => {
  const q = text.charCodeAt(at);
  if ((q !== 39 && q !== 0x2019) || text.charCodeAt(at + 1) !== 115) return false;
  if (!boundary) return true;
  // Past the end charCodeAt gives NaN, which is no word character: a boundary, as at the end.
  const c = text.charCodeAt(at + 2);
  return !((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95);
};

/** Scans story text for name candidates and the evidence about them. */
const scan = (text: string, story: Range[], cast: CastRow[]): Found => {
  const forms = new Map<string, Form>();
  const actors = new Map<string, string>();
  const actorNames = new Set<string>();
  const renames: { a: string; b: string; offset: number }[] = [];
  const titled = new Map<string, string>();
  const masked: Range[] = [];
  /** storyMentions(text, story), counted on first use (most pages have no pairs to turn). */
  let mentions: Map<string, number> | null = null;
  const storyNames = (): Map<string, number> => (mentions ??= storyMentions(text, story));
  // "Name (Actor)" pairs, turned round when the story names the other side (a page that writes
  // "Actor (Character)"): collected first, kept after.
  const parens: { name: string; actor: string }[] = [];
  for (const r of story) {
    const s = text.slice(r.start, r.end);
    if (/ (?:plays|portrays) /.test(s)) {
      // "Dominic Fenn plays him with a sly charm": a review names its performers in its prose.
      PLAYS.lastIndex = 0;
      for (let m = PLAYS.exec(s); m; m = PLAYS.exec(s)) {
        const actor = m[1] ?? '';
        actorNames.add(actor);
        if (m[2] && !actors.has(m[2])) actors.set(m[2], actor);
      }
    }
    for (const re of [ACTOR_PAREN, PLAYED_BY]) {
      // Cheap prefilters: these patterns backtrack at every capital, so skip paragraphs that
      // cannot match.
      if (re === ACTOR_PAREN ? !s.includes('(') : !/ by /.test(s)) continue;
      re.lastIndex = 0;
      for (;;) {
        const m = re.exec(s);
        if (!m) break;
        const who = stripHonorific((m[1] ?? '').split(' ')).filter(
          (w) => !STOP_WORDS.has(w.toLowerCase()),
        );
        while (who.length > 1 && AGE_PREFIX.test(who[0] ?? '')) who.shift();
        const actor = (m[2] ?? '').trim();
        if (who.length === 0) continue;
        const name = who.join(' ');
        if (re === ACTOR_PAREN) parens.push({ name, actor });
        else {
          if (!actors.has(name)) actors.set(name, actor);
          actorNames.add(actor);
        }
        const aStart = r.start + m.index + m[0].lastIndexOf(actor);
        masked.push({ start: aStart, end: aStart + actor.length });
      }
    }
    for (const [k, re] of RENAMES.entries()) {
      if (!RENAME_HINTS[k]?.test(s)) continue;
      re.lastIndex = 0;
      for (;;) {
        const m = re.exec(s);
        if (!m) break;
        // "When Vee/Vera": a sentence's first word is no part of the name.
        const name = (x: string): string => {
          const words = x.split(' ');
          while (words.length > 1 && STOP_WORDS.has((words[0] ?? '').toLowerCase())) words.shift();
          return words.join(' ');
        };
        const a = name(m[1] ?? '');
        const b = name(m[2] ?? '');
        if (
          a &&
          b &&
          a !== b &&
          !STOP_WORDS.has(a.toLowerCase()) &&
          !STOP_WORDS.has(b.toLowerCase())
        )
          renames.push({ a, b, offset: r.start + m.index });
      }
    }
  }
  // Of "Name (Actor)" pairs, the story names the character elsewhere, not the performer.
  const parensTurned = turnedRound(
    parens.map((x) => ({ character: x.name, actor: x.actor })),
    storyNames,
  );
  for (const x of parens) {
    const [name, actor] = parensTurned ? [x.actor, x.name] : [x.name, x.actor];
    if (!actors.has(name)) actors.set(name, actor);
    actorNames.add(actor);
  }
  // A cast table whose columns were read the wrong way round (a press kit's "FOLAKE AJAYI
  // Funmilayo Bakare" under a bare "CAST"): its actors would be taken for the characters and the
  // story's people, named like the other column, for performers. The story decides.
  const rows = cast.map((row) => ({
    actor: shouting(row.actor),
    character: shouting(row.character),
  }));
  const rowsTurned = turnedRound(rows, storyNames);
  for (const row0 of rows) {
    const row = rowsTurned ? { actor: row0.character, character: row0.actor } : row0;
    const character = row.character
      .replace(/\s*\(.*\)\s*$/, '')
      .replace(/^(?:young|old|little|older|younger|adult|teenage|child)\s+/i, '')
      .trim();
    if (!character || ROLE_WORDS.test(character) || !NAME_WORD.test(character.split(' ')[0] ?? ''))
      continue;
    actors.set(character, row.actor);
    actorNames.add(row.actor);
  }
  // Named days of the calendar are not people: "New Year's Eve" gives neither "Year" nor "Eve".
  for (const r of story) {
    const s = text.slice(r.start, r.end);
    if (!/Eve|Day|Christmas|Easter|Halloween|Thanksgiving/.test(s)) continue;
    HOLIDAYS.lastIndex = 0;
    for (let m = HOLIDAYS.exec(s); m; m = HOLIDAYS.exec(s))
      masked.push({ start: r.start + m.index, end: r.start + m.index + m[0].length });
  }
  const isMasked = (pos: number): boolean => masked.some((m) => pos >= m.start && pos < m.end);

  for (const r of story) {
    // Tokens with what separates them, so runs stop at punctuation: the matches of
    // /[\p{L}][\p{L}'’-]*|[^\s\p{L}]/gu from r.start, found without a pattern.
    const spans = tokenSpans(text, r.start, r.end);
    let sentenceStart = true;
    let prevWord = '';
    let run: { w: string; start: number }[] = [];
    let runAtStart = false;
    let runPrev = '';
    let runPrev2 = '';
    let prevWord2 = '';
    // The word before a comma that stands right before the run: "his steward, Maudry".
    let commaWord = '';
    let runAppos = '';
    // A run right after "[" ("[Spoilers]", "[Manage preferences]"): a page's button or tag.
    let afterBracket = false;
    let runBracket = false;
    const flush = (next: string, nextPos: number): void => {
      if (run.length === 0) return;
      let words = run.map((x) => x.w);
      let start = run[0]?.start ?? 0;
      let atStart = runAtStart;
      let before = runPrev;
      // "the Morning Star" with "Morning" dropped: the article still governs the rest.
      const articled = ARTICLE.has(runPrev.toLowerCase());
      let stripped = false;
      // Drop leading function words ("When Robert" -> "Robert").
      while (words.length && STOP_WORDS.has((words[0] ?? '').toLowerCase())) {
        stripped = true;
        before = words[0] ?? '';
        words = words.slice(1);
        run = run.slice(1);
        start = run[0]?.start ?? start;
        atStart = false;
      }
      const withTitle = words;
      words = stripHonorific(words);
      const titledHere = words.length < withTitle.length && COURTESY.test(withTitle[0] ?? '');
      if (titledHere && words.length > 0) {
        const plain = words.join(' ');
        // The title as the text writes it: "Mrs Pell" in British usage, "Mrs. Pell" in American.
        const title = withTitle[0] ?? '';
        const at = (run[0]?.start ?? 0) + title.length;
        const dotted = title.endsWith('.') || text[at] === '.';
        if (!titled.has(plain))
          titled.set(plain, `${title.replace(/\.$/, '')}${dotted ? '.' : ''} ${plain}`);
      }
      // An age or life-stage prefix is not part of the name: "Fifteen-year-old Delia Burke",
      // "Young Vera" (with a name after it).
      while (words.length > 1 && AGE_PREFIX.test(words[0] ?? '')) {
        words = words.slice(1);
        run = run.slice(1);
        start = run[0]?.start ?? start;
      }
      // A run may not end in a particle ("Marta de" before a lower-case word).
      while (words.length && PARTICLE.test(words[words.length - 1] ?? '')) words.pop();
      run = [];
      if (words.length === 0 || words.length > 4) return;
      // A synopsis that introduces its people in capitals, "the deckhand, JOJO ABARA, keeps the
      // books", "borrows from OSWIN TARR (50s)": a name of two or three words in capitals after a
      // lower-case word or a comma and before a comma or a bracket, read in the story's case. (A
      // heading, "INT. THE BLUE HERON", or a sign, "reads FISHER BROTHERS.", is none.)
      const joined = words.join(' ');
      const shouted =
        !atStart &&
        words.length >= 2 &&
        words.length <= 3 &&
        words.every((w) => /^\p{Lu}[\p{Lu}'’-]+$/u.test(w) && !STOP_WORDS.has(w.toLowerCase())) &&
        (startsLower(before) || /,\s*$/.test(text.slice(Math.max(0, start - 3), start))) &&
        /^\s*[,(]/.test(text.slice(start + joined.length, start + joined.length + 3));
      if (shouted) words = words.map(shouting);
      if (
        words.some(
          (w) =>
            !PARTICLE.test(w) &&
            (w.length < 2 ||
              // A second letter a-z is no capital: the all-capitals pattern cannot match.
              (!(w.charCodeAt(1) >= 97 && w.charCodeAt(1) <= 122) && /^[\p{Lu}]{2,}$/u.test(w)) ||
              STOP_WORDS.has(w.toLowerCase()) ||
              // A contraction ("I'm", "We've", "They'll") is no name.
              CONTRACTION.test(w)),
        )
      )
        return;
      if (isMasked(start)) return;
      const name = words.join(' ');
      const f = forms.get(name) ?? {
        name,
        count: 0,
        midCount: 0,
        person: 0,
        notPerson: 0,
        first: start,
      };
      f.count++;
      if (!atStart) f.midCount++;
      if (shouted) f.person += 2;
      const b = before.toLowerCase();
      // Evidence against a person: a place preposition (weaker for to/from/of, which also
      // take people), an article, a thing-noun in apposition ("the ferry Marguerite"), a place
      // or organisation noun after or at the end, a company ampersand, attributive use.
      // "at Maeve's grave": the preposition governs the possessed noun, not the name.
      const owns = possessiveAt(text, start + name.length, true);
      if (PLACE_PREP.has(b) && !owns) f.notPerson += WEAK_PREP.has(b) ? 0.5 : 1;
      if (ARTICLE.has(b) || (stripped && articled)) f.notPerson++;
      // A number after the name ("Sequence 1", "Part 2") or a bracket before it ("[Spoilers]").
      if (next === NUMBER_NEXT || runBracket) f.notPerson += 2;
      if (THING_NOUNS.has(b)) f.notPerson += 2;
      // "the town of Hvidby", "an island called Skarra": a place noun, then of/called/named.
      if (NAMING_LINK.has(b) && THING_NOUNS.has(runPrev2.toLowerCase())) f.notPerson += 3;
      if (PERSON_BEFORE.has(b)) f.person++;
      // An appositive after a role or kin noun: "her father, Joaquim Rocha, watches".
      else if (b === '' && PERSON_BEFORE.has(runAppos.toLowerCase())) f.person++;
      // A courtesy title is as good as a verb: "Mrs. Ionescu" is a person.
      if (titledHere) f.person += 2;
      if (isPlaceNoun(next) || LOWER_PLACE_NOUNS.has(next)) f.notPerson += 2;
      if (isPlaceNoun(words[words.length - 1] ?? '')) f.notPerson += 3;
      // "St. Mary's", "Saint Jude's": a saint's name after "St." is a church, a school, a ward.
      if (SAINT_BEFORE.test(text.slice(Math.max(0, start - 7), start))) f.notPerson += 3;
      // The cheap test first: before starts with a-z (the same as /^[a-z]/), then the article.
      const b0 = before.charCodeAt(0);
      // ("the painter Marta Quell": a person noun there says the opposite.)
      if (b0 >= 97 && b0 <= 122 && ARTICLE.has(runPrev2.toLowerCase()) && !PERSON_BEFORE.has(b))
        f.notPerson++;
      const around = text.slice(Math.max(0, start - 3), nextPos + 2);
      if (around.includes('&')) f.notPerson += 2;
      // (startsLower(next) is /^[a-z]/.test(next) without a pattern.)
      const verbNext =
        PERSON_NEXT.test(next) ||
        (next !== '' && verbTense(next.toLowerCase(), name) !== 'none' && startsLower(next));
      // After a place preposition the next word belongs to the sentence, not the name: "a man
      // from Craiova who trusts nobody", "sails to Ireland and delivers it".
      const placed = PLACE_PREP.has(b) && !owns;
      if (verbNext && !placed) f.person++;
      // (Neither an adverb nor a participle, "finds Greta waiting", says it is no person.)
      else if (
        startsLower(next) &&
        !FUNCTION_NEXT.has(next) &&
        !next.endsWith('ly') &&
        !next.endsWith('ing')
      )
        f.notPerson += 0.5;
      const possessive =
        (nextPos >= 1 && possessiveAt(text, nextPos - 1, true)) ||
        possessiveAt(text, start + name.length, false);
      if (possessive && !ARTICLE.has(b)) f.person++;
      forms.set(name, f);
    };
    for (let j = 0; j < spans.length; j += 2) {
      const at = spans[j] ?? 0;
      const tok = text.slice(at, spans[j + 1]);
      // A word, not a mark: an ASCII first character answers without the Unicode pattern.
      const c0 = tok.charCodeAt(0);
      const isWord =
        c0 < 128 ? (c0 >= 65 && c0 <= 90) || (c0 >= 97 && c0 <= 122) : /^[\p{L}]/u.test(tok);
      if (isWord) {
        const w = dropPossessive(tok);
        const gap = run.length
          ? text.slice((run[run.length - 1]?.start ?? 0) + (run[run.length - 1]?.w.length ?? 0), at)
          : '';
        // Name particles join a run: "Estrela do Mar", "Rio de Janeiro", "Ludwig van Beethoven".
        // (The space test reads one character code: the same as / $/ on that one-character slice.
        // The pattern goes last: most words come with no run open.)
        if (run.length > 0 && text.charCodeAt(at + w.length) === 32 && PARTICLE.test(w)) {
          run.push({ w, start: at });
          continue;
        }
        // String comparisons, not patterns: the same as /^(?: |\. )$/ and /^['’]s? $/ on the gap,
        // tested for every word of the story.
        const joinable = run.length === 0 || JOINING_GAPS.has(gap);
        // A token's letters all fit NAME_WORD after its first, so for an ASCII first letter both
        // tests come down to A-Z; other first letters take the patterns.
        const nameWord = c0 < 128 ? c0 >= 65 && c0 <= 90 : isCapitalized(w) && NAME_WORD.test(w);
        // The same as !/['’]s $/.test(gap).
        if (nameWord && joinable && !gap.endsWith("'s ") && !gap.endsWith('’s ')) {
          if (run.length === 0) {
            runAtStart = sentenceStart;
            runPrev = prevWord;
            runPrev2 = prevWord2;
            runAppos = commaWord;
            runBracket = afterBracket;
          }
          run.push({ w, start: at });
          // dropPossessive shortened the token exactly when it ends in "'s" or "’s". A capitalised
          // place noun after it makes the name a place's: "Pell's Landing", "Roe's Pharmacy".
          if (w.length !== tok.length) {
            const after = text.slice(spans[j + 2] ?? 0, spans[j + 3] ?? 0);
            flush(
              text.charCodeAt(at + tok.length) === 32 && isPlaceNoun(after) ? after : '',
              at + tok.length,
            );
          }
        } else {
          flush(w, at);
          if (nameWord) {
            runAtStart = sentenceStart;
            runPrev = prevWord;
            runPrev2 = prevWord2;
            runAppos = commaWord;
            runBracket = afterBracket;
            run.push({ w, start: at });
          }
        }
        prevWord2 = prevWord;
        prevWord = w;
        commaWord = '';
        afterBracket = false;
        sentenceStart = false;
      } else {
        if (!(tok === '.' && run.length === 1 && HONORIFICS.test(run[0]?.w ?? '')))
          // A line that opens on a word and a number is a numbered heading: "Sequence 1 (2019).",
          // "Part 2: the crossing".
          flush(
            run.length === 1 &&
              tok >= '0' &&
              tok <= '9' &&
              text.charCodeAt(at - 1) === 32 &&
              lineStart(text, run[0]?.start ?? 0)
              ? NUMBER_NEXT
              : '',
            at,
          );
        // A mark token is one character: a set lookup, the same as /[.!?:;"“”(]/.test(tok).
        if (SENTENCE_MARKS.has(tok)) sentenceStart = true;
        // A numbered paragraph's mark, "(iv) Snow has come", "b) Later": a sentence opens after it.
        else if (tok === ')') {
          const from = text.lastIndexOf('\n', at) + 1;
          if (
            at - from <= 8 &&
            /^\s*\(?(?:[ivxlc]{1,6}|[a-z]|\d{1,2})$/i.test(text.slice(from, at))
          )
            sentenceStart = true;
        }
        commaWord = tok === ',' ? prevWord : '';
        afterBracket = tok === '[';
        if (tok !== "'" && tok !== '’') prevWord = '';
      }
    }
    flush('', r.end);
  }
  return { forms, actors, actorNames, renames, titled };
};

/** Finds the characters of one document from its story paragraphs and its cast table. */
export const extractCharacters = (
  text: string,
  story: Range[],
  cast: CastRow[],
): DocCharacter[] => {
  const { forms, actors, actorNames, renames, titled } = scan(text, story, cast);
  const actorTokens = new Set<string>();
  for (const a of actorNames) for (const w of a.split(/\s+/)) actorTokens.add(w);
  const keep = new Map<string, Form>();
  // Words of full names: "Robert" next to "Robert Ledgard" needs less evidence of its own.
  const fullParts = new Set<string>();
  for (const f of forms.values())
    if (f.name.includes(' ') && f.person + f.midCount > 0)
      for (const w of f.name.split(' ')) fullParts.add(w);
  // Names that head an organisation or place name elsewhere ("Veltra Pharma", "Hadley Hospital").
  const orgHeads = new Set<string>();
  for (const f of forms.values()) {
    const words = f.name.split(' ');
    const last = words[words.length - 1] ?? '';
    if (words.length >= 2 && PLACE_NOUNS.test(last) && !/^(?:St|Post|Court)$/.test(last))
      orgHeads.add(words.slice(0, -1).join(' '));
  }
  for (const f of forms.values()) {
    if (actorNames.has(f.name)) continue;
    if (actors.has(f.name)) {
      keep.set(f.name, f);
      continue;
    }
    if (f.name.split(' ').every((w) => actorTokens.has(w)) && !actors.has(f.name)) continue;
    if (f.notPerson > 0 && f.notPerson >= f.person) continue;
    if (!f.name.includes(' ') && PLACE_NOUNS.test(f.name)) continue;
    if (!f.name.includes(' ') && NOT_A_NAME.test(f.name)) continue;
    if (f.name.includes(' ') && PLACE_HEAD.test(f.name.split(' ')[0] ?? '')) continue;
    // "Veltra" where the text also says "Veltra Pharma": the name of an organisation.
    if (orgHeads.has(f.name) && f.person < 3) continue;
    const evidence = f.person + (f.midCount > 0 ? 1 : 0) + (f.count >= 2 ? 1 : 0);
    if (evidence < (fullParts.has(f.name) ? 1 : 2)) continue;
    keep.set(f.name, f);
  }
  // "telephones Rufus Kemp" and "the sheets to Rufus Kemp": a full name whose first name and
  // surname are each kept as a person's is that person, whatever a preposition before it says.
  for (const f of forms.values()) {
    const words = f.name.split(' ');
    if (keep.has(f.name) || words.length !== 2 || f.count < 2 || actorNames.has(f.name)) continue;
    if (words.every((w) => keep.has(w) && !actorTokens.has(w))) keep.set(f.name, f);
  }
  // Cast-table characters the story names only at sentence starts, or not at all.
  for (const [name] of actors) {
    if (!keep.has(name) && !actorNames.has(name))
      keep.set(name, {
        name,
        count: 0,
        midCount: 0,
        person: 1,
        notPerson: 0,
        first: Number.MAX_SAFE_INTEGER,
      });
  }

  // Union-find over kept forms.
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== undefined && parent.get(r) !== r) r = parent.get(r) ?? r;
    parent.set(x, r);
    return r;
  };
  const actorOf = (x: string): string | null => {
    for (const [n, a] of actors) if (find(n) === find(x) && keep.has(n)) return a;
    return null;
  };
  const union = (a: string, b: string): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) return;
    const aa = actorOf(a);
    const ab = actorOf(b);
    if (aa && ab && aa !== ab) return;
    parent.set(rb, ra);
  };
  for (const n of keep.keys()) parent.set(n, n);

  // A full name absorbs its parts, unless a part belongs to two different full names.
  const partOwners = new Map<string, Set<string>>();
  for (const n of keep.keys()) {
    const words = n.split(' ');
    if (words.length < 2) continue;
    for (const w of words) {
      const set = partOwners.get(w) ?? new Set<string>();
      set.add(n);
      partOwners.set(w, set);
    }
  }
  // Most words first (each name's count taken once, not at every comparison), then by name.
  const fulls = [...keep.keys()]
    .filter((n) => n.includes(' '))
    .map((n) => ({ n, words: n.split(' ').length }))
    .sort((a, b) => b.words - a.words || a.n.localeCompare(b.n))
    .map((x) => x.n);
  for (const full of fulls) {
    const words = full.split(' ');
    for (let i = 0; i < words.length; i++)
      for (let j = i + 1; j <= words.length; j++) {
        const sub = words.slice(i, j).join(' ');
        if (sub === full || !keep.has(sub)) continue;
        const owners = partOwners.get(sub);
        const distinct = owners
          ? [...owners].filter((o) => !full.includes(o) && !o.includes(full))
          : [];
        if (distinct.length === 0 || j - i > 1) union(full, sub);
      }
  }
  for (const r of renames) {
    if (!keep.has(r.a) && !keep.has(r.b)) continue;
    for (const x of [r.a, r.b])
      if (!keep.has(x))
        keep.set(x, { name: x, count: 1, midCount: 1, person: 1, notPerson: 0, first: r.offset });
    if (!parent.has(r.a)) parent.set(r.a, r.a);
    if (!parent.has(r.b)) parent.set(r.b, r.b);
    union(r.a, r.b);
  }
  // A bare surname that two relatives' full names end in ("Milo Varnak", "Emil Varnak"), that
  // joined neither of them and that the story seldom uses alone: the family's name, no third
  // person. (Used alone again and again, "Falk ordered a cognac", it is how the story calls one.)
  const lastOf = new Map<string, Set<string>>();
  for (const n of keep.keys()) {
    const words = n.split(' ');
    if (words.length < 2) continue;
    const set = lastOf.get(words[words.length - 1] ?? '') ?? new Set<string>();
    set.add(find(n));
    lastOf.set(words[words.length - 1] ?? '', set);
  }
  for (const n of [...keep.keys()]) {
    if (n.includes(' ') || actors.has(n) || (lastOf.get(n)?.size ?? 0) < 2) continue;
    if ((keep.get(n)?.count ?? 0) >= 3) continue;
    if ([...keep.keys()].some((o) => o !== n && find(o) === find(n))) continue;
    keep.delete(n);
  }
  const groups = new Map<string, Form[]>();
  for (const f of keep.values()) {
    const root = find(f.name);
    const list = groups.get(root) ?? [];
    list.push(f);
    groups.set(root, list);
  }
  const out: DocCharacter[] = [];
  for (const list of groups.values()) {
    list.sort((a, b) => a.first - b.first || a.name.localeCompare(b.name));
    const fullest = [...list].sort(
      (a, b) =>
        b.name.split(' ').length - a.name.split(' ').length ||
        b.count - a.count ||
        a.first - b.first ||
        a.name.localeCompare(b.name),
    )[0];
    if (!fullest) continue;
    let actor: string | null = null;
    for (const f of list) actor = actor ?? actors.get(f.name) ?? null;
    const mentions = list.reduce((n, f) => n + f.count, 0);
    // Of two names joined by a renaming, the one the story uses later is the reveal: its first
    // mention (by itself or in a longer name, "Vera" in "Vera Cruz") comes after the other's.
    const renamesOut: { alias: string; offset: number }[] = [];
    const firstUse = (token: string): number =>
      Math.min(
        ...list.filter((f) => f.name.split(' ').includes(token)).map((f) => f.first),
        Number.MAX_SAFE_INTEGER,
      );
    const names = new Set(list.map((f) => f.name));
    for (const r of renames) {
      if (!names.has(r.a) || !names.has(r.b)) continue;
      const late = firstUse(r.a) <= firstUse(r.b) ? r.b : r.a;
      if (renamesOut.some((x) => x.alias === late)) continue;
      renamesOut.push({ alias: late, offset: Math.min(r.offset, firstUse(late)) });
    }
    // "Mrs. Ledgard" beside "Robert Ledgard" is likely someone else: no titled alias then.
    const fullNamed = list.some((g) => g.name.includes(' '));
    const namesOut: { name: string; first: number }[] = [];
    for (const f of list) {
      namesOut.push({ name: f.name, first: f.first });
      const t = fullNamed ? undefined : titled.get(f.name);
      if (t) namesOut.push({ name: t, first: f.first });
    }
    out.push({
      name: fullest.name,
      names: namesOut,
      actor,
      renames: renamesOut,
      mentions,
    });
  }
  out.sort(
    (a, b) => (a.names[0]?.first ?? 0) - (b.names[0]?.first ?? 0) || a.name.localeCompare(b.name),
  );
  return out;
};

/** Folded key of a name, for matching names across documents. */
export const nameKey = (s: string): string => fold(s).replace(/[^a-z0-9 ]/g, '');
