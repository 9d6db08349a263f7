import { z } from 'zod';
import {
  SCHEMA_VERSION,
  asChronoIndex,
  asStoryIndex,
  checkFilm,
  slugify,
  type Character,
  type Film,
  type Scene,
  type SceneKind,
} from '../model';
import type { Diagnostics } from './diagnostics';
import { parseJson } from './json';
import type { SourceText } from './source';

/**
 * The importer for Story Curves scene files (`*_simple.json` of namwkim/storyexplorer; see
 * /work/shared/datasets/storycurves/README.md). Pure: SourceText in, Film out.
 *
 * Shape read: `{ script_info: { title?, characters?: [{name}], scenes: [{ narrative_order,
 * story_order, characters: string[], scene_metadata?: { location?, time?, setting? } }] } }`.
 * `narrative_order` is the telling order (our storyIndex), `story_order` the chronological order
 * (our chronoIndex). Both are normalised by ranking (so 0- or 1-based orders, gaps and duplicates
 * all work); ties are broken by the other order, then by position in the file.
 *
 * Title: the file's own `script_info.title` when present, with a trailing article moved to the
 * front ("Usual Suspects, The" -> "The Usual Suspects"); otherwise the file name without
 * `_simple.json`, title-cased with small words in lower case ("eternal_sunshine_of_the_spotless_mind"
 * -> "Eternal Sunshine of the Spotless Mind"). No article is ever invented ("prestige" -> "Prestige").
 *
 * Kind rule: the main line is the longest run of scenes, in story order, whose chronology
 * increases (the longest increasing subsequence of chronoIndex; the earliest such run on ties).
 * Scenes on it are `present`. Any other scene is compared with the main line's current time (the
 * chronoIndex of the last main-line scene told before it, or, before the first one, of the first
 * main-line scene): earlier = `flashback`, later = `flashforward`.
 *
 * Scenes carry no text and no source spans (the files hold no plot text); the film's source entry
 * names the file and its size but omits the optional `text`, since no span points into it.
 */

const OrderSchema = z.number().finite();
const NullableText = z.string().nullable().optional();

/** One scene of a Story Curves file (extra fields such as sentiment are ignored). */
export const StoryCurvesSceneSchema = z.object({
  narrative_order: OrderSchema,
  story_order: OrderSchema,
  characters: z.array(z.string()),
  scene_metadata: z
    .object({ location: NullableText, time: NullableText, setting: NullableText })
    .nullable()
    .optional(),
});

/** A Story Curves scene file: `script_info` with its scenes (and optional title and cast). */
export const StoryCurvesFileSchema = z.object({
  script_info: z.object({
    title: z.string().optional(),
    characters: z.array(z.object({ name: z.string() })).optional(),
    scenes: z.array(StoryCurvesSceneSchema).min(1),
  }),
});
export type StoryCurvesFile = z.infer<typeof StoryCurvesFileSchema>;
type StoryCurvesScene = z.infer<typeof StoryCurvesSceneSchema>;

const SUFFIX = /(_simple)?\.json$/i;
/** Words kept in lower case inside a title (never first or last). */
const SMALL_WORDS = new Set([
  'a',
  'an',
  'the',
  'and',
  'but',
  'or',
  'nor',
  'for',
  'of',
  'on',
  'in',
  'at',
  'to',
  'by',
  'from',
  'with',
  'as',
  'vs',
]);
const TRAILING_ARTICLE = /^(.*),\s*(The|A|An)$/i;

/** Title-cases a file stem such as `eternal_sunshine_of_the_spotless_mind_simple.json`. */
export const titleFromFileName = (file: string): string => {
  const words = file
    .replace(/^.*[\\/]/, '')
    .replace(SUFFIX, '')
    .split(/[_\s-]+/)
    .filter(Boolean);
  return words
    .map((w, i) => {
      const lower = w.toLowerCase();
      if (i > 0 && i < words.length - 1 && SMALL_WORDS.has(lower)) return lower;
      return lower.charAt(0).toUpperCase() + lower.slice(1);
    })
    .join(' ');
};

/** Moves a library-style trailing article to the front: "Usual Suspects, The" -> "The Usual Suspects". */
export const frontArticle = (title: string): string => {
  const m = TRAILING_ARTICLE.exec(title.trim());
  return m ? `${m[2]} ${m[1]}`.trim() : title.trim();
};

/** Tidies a script heading's place: collapses spaces, drops dangling dashes, fixes "Doctor'S". */
export const tidyPlace = (place: string | null | undefined): string | null => {
  if (!place) return null;
  const tidy = place
    .replace(/\s+/g, ' ')
    .replace(/^[\s\-–—/'"]+|[\s\-–—/'"]+$/g, '')
    .replace(/'S\b/g, "'s");
  return tidy === '' ? null : tidy;
};

const describePath = (path: readonly PropertyKey[]): string =>
  path.reduce<string>(
    (acc, key) =>
      typeof key === 'number' ? `${acc}[${key}]` : acc ? `${acc}.${String(key)}` : String(key),
    '',
  );

/** Names the first way data misses the Story Curves shape, e.g. `scenes[3].story_order is missing`. */
const firstProblem = (error: z.ZodError): string => {
  const issue = error.issues[0];
  if (!issue) return 'does not match';
  const where = describePath(issue.path.filter((k) => k !== 'script_info'));
  const missing = issue.code === 'invalid_type' && /received undefined/.test(issue.message);
  const what = missing
    ? 'is missing'
    : issue.code === 'too_small' && issue.origin === 'array'
      ? 'is empty'
      : issue.message.replace(/^Invalid input: /, '');
  return where ? `${where} ${what}` : what;
};

/** True when parsed JSON looks meant to be a Story Curves file (so other JSON gets a plain message). */
const looksLikeStoryCurves = (data: unknown): boolean =>
  typeof data === 'object' && data !== null && 'script_info' in data;

/**
 * Ranks values into 0..n-1: ascending by value, ties by a second key, then by position.
 * This is the normalisation of 0- or 1-based orders with gaps or duplicates.
 */
export const rankOrder = (primary: readonly number[], secondary: readonly number[]): number[] => {
  const idx = primary.map((_, i) => i);
  idx.sort(
    (a, b) =>
      (primary[a] ?? 0) - (primary[b] ?? 0) || (secondary[a] ?? 0) - (secondary[b] ?? 0) || a - b,
  );
  const rank = new Array<number>(primary.length).fill(0);
  idx.forEach((i, r) => {
    rank[i] = r;
  });
  return rank;
};

/** Marks the longest strictly increasing subsequence of a sequence (earliest-ending run on ties). */
export const longestIncreasing = (values: readonly number[]): boolean[] => {
  // Patience sorting: tails[k] = index of the smallest tail of an increasing run of length k+1.
  const tails: number[] = [];
  const prev = new Array<number>(values.length).fill(-1);
  values.forEach((v, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((values[tails[mid] ?? 0] ?? 0) < v) lo = mid + 1;
      else hi = mid;
    }
    prev[i] = lo > 0 ? (tails[lo - 1] ?? -1) : -1;
    tails[lo] = i;
  });
  const on = new Array<boolean>(values.length).fill(false);
  for (let i = tails[tails.length - 1] ?? -1; i >= 0; i = prev[i] ?? -1) on[i] = true;
  return on;
};

/** Applies the kind rule above to chronoIndex values listed in story order. */
export const kindsFromOrders = (chronoInStoryOrder: readonly number[]): SceneKind[] => {
  const main = longestIncreasing(chronoInStoryOrder);
  const firstMain = chronoInStoryOrder.find((_, i) => main[i]) ?? 0;
  let current = firstMain;
  return chronoInStoryOrder.map((c, i) => {
    if (main[i]) {
      current = c;
      return 'present';
    }
    return c < current ? 'flashback' : 'flashforward';
  });
};

/**
 * Tidies a cast name as the scripts' headings give it: "Vance." -> "Vance", "Jack ." -> "Jack",
 * and the title-casing slip "Leonard'S Wife" -> "Leonard's Wife".
 */
export const tidyName = (raw: string): string =>
  raw
    .replace(/\s+/g, ' ')
    .replace(/^[\s'"`.,;:-]+|[\s'"`.,;:-]+$/g, '')
    .replace(/(\p{Ll})['\u2019]S\b/gu, "$1's");

interface CastEntry {
  character: Character;
  key: string;
}

/** Builds the cast: names as given, exact duplicates merged case-insensitively, ids as slugs. */
const buildCast = (
  scenes: readonly StoryCurvesScene[],
  listed: readonly string[],
): { characters: Character[]; idOf: (name: string) => string | undefined } => {
  const byKey = new Map<string, CastEntry>();
  const bySlug = new Map<string, CastEntry>();
  const appearing = new Set(
    scenes.flatMap((s) => s.characters.map((n) => tidyName(n).toLowerCase())),
  );
  const add = (raw: string): void => {
    const name = tidyName(raw);
    const key = name.toLowerCase();
    if (!name || byKey.has(key)) return;
    const id = slugify(name);
    if (!id) return;
    const same = bySlug.get(id);
    if (same) {
      // Different spellings of one slug ("Capt. Koons", "Capt Koons") are one person.
      if (!same.character.aliases.includes(name)) same.character.aliases.push(name);
      byKey.set(key, same);
      return;
    }
    const entry = { key, character: { id, name, aliases: [], actor: null } };
    byKey.set(key, entry);
    bySlug.set(id, entry);
  };
  // The file's cast list comes ranked by importance: keep that order, then first appearances.
  listed.filter((n) => appearing.has(tidyName(n).toLowerCase())).forEach(add);
  scenes.forEach((s) => s.characters.forEach(add));
  const characters = [...new Set([...byKey.values()])].map((e) => e.character);
  return {
    characters,
    idOf: (name) => byKey.get(tidyName(name).toLowerCase())?.character.id,
  };
};

const sceneTitle = (
  location: string | null,
  timeOfDay: string | null,
  setting: string | null,
  names: readonly string[],
  storyIndex: number,
): string => {
  if (location) return timeOfDay ? `${location} (${timeOfDay})` : location;
  if (names.length > 0) return names.slice(0, 3).join(', ');
  if (setting) return setting;
  return `Scene ${storyIndex + 1}`;
};

/** Parses, checks and converts one Story Curves file; reports and returns null when it is not one. */
export const importStoryCurves = (doc: SourceText, diagnostics: Diagnostics): Film | null => {
  const parsed = parseJson(doc.text);
  if (!parsed.ok) {
    diagnostics.error(doc.file, 'json-syntax', `is not valid JSON (${parsed.error})`);
    return null;
  }
  const checked = StoryCurvesFileSchema.safeParse(parsed.value);
  if (!checked.success) {
    const detail = looksLikeStoryCurves(parsed.value)
      ? firstProblem(checked.error)
      : 'it has no script_info';
    diagnostics.error(doc.file, 'not-story-curves', `not a Story Curves scene file: ${detail}`);
    return null;
  }
  const info = checked.data.script_info;
  const raw = info.scenes;
  const narrative = raw.map((s) => s.narrative_order);
  const story = raw.map((s) => s.story_order);
  const storyRank = rankOrder(narrative, story);
  const chronoRank = rankOrder(story, narrative);
  // inStory[k] = the file's scene told k-th.
  const inStory = raw.map((_, i) => i).sort((a, b) => (storyRank[a] ?? 0) - (storyRank[b] ?? 0));
  const chronoInStory = inStory.map((i) => chronoRank[i] ?? 0);
  const kinds = kindsFromOrders(chronoInStory);
  const ordered = inStory.map((i) => raw[i]).filter((s): s is StoryCurvesScene => s !== undefined);
  const cast = buildCast(
    ordered,
    (info.characters ?? []).map((c) => c.name),
  );
  const n = ordered.length;
  const width = Math.max(2, String(n).length);

  const scenes: Scene[] = ordered.map((s, k) => {
    const meta = s.scene_metadata ?? {};
    const location = tidyPlace(meta.location);
    const timeOfDay = tidyPlace(meta.time);
    const ids = [...new Set(s.characters.map(cast.idOf).filter((id): id is string => !!id))];
    const names = ids.map((id) => cast.characters.find((c) => c.id === id)?.name ?? id);
    return {
      id: `s${String(k + 1).padStart(width, '0')}`,
      storyIndex: asStoryIndex(k),
      chronoIndex: asChronoIndex(chronoInStory[k] ?? 0),
      title: sceneTitle(location, timeOfDay, tidyPlace(meta.setting), names, k),
      text: '',
      characters: ids,
      kind: kinds[k] ?? 'present',
      timeCue: null,
      location,
      timeOfDay,
      spoiler: n > 1 ? k / (n - 1) : 0,
      sources: [],
    };
  });

  const title = info.title?.trim() ? frontArticle(info.title) : titleFromFileName(doc.file);
  const film = {
    schemaVersion: SCHEMA_VERSION,
    id: slugify(title) || slugify(titleFromFileName(doc.file)) || 'untitled',
    title,
    aka: [],
    year: null,
    runtimeMinutes: null,
    director: null,
    language: null,
    genres: [],
    premise: null,
    sources: [{ file: doc.file, title, chars: doc.text.length }],
    characters: cast.characters,
    scenes,
  };
  const valid = checkFilm(film);
  if (!valid.ok) {
    diagnostics.error(doc.file, 'invalid-film', `builds an invalid film (${valid.error})`);
    return null;
  }
  return valid.value;
};
