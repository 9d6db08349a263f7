import type { Film } from '../model/film';
import { decodeAnswer, encodeAnswer } from './exercise';
import {
  DEFAULT_VIEW_STATE,
  PREMISE_ONLY,
  type Match,
  type Page,
  type RevealLimit,
  type SceneOrder,
  type Sizing,
  type View,
  type ViewState,
  type ZoomWindow,
} from './viewState';

/**
 * The URL is a projection of the view state: one row per state key says its query parameter, how
 * to read and write it, whether changing it adds a history entry ('push': Back steps over it) or
 * replaces the current one ('replace': continuous changes such as the spoiler slider or zoom), and
 * whether it belongs in a shared link. To add a key (say `view=timeline|curve`), add it to
 * ViewState and DEFAULT_VIEW_STATE, then add one row here and its name to URL_PARAM_ORDER.
 */
export interface UrlKey<K extends keyof ViewState> {
  /** The query parameter's name. */
  param: string;
  /** Reads a raw value; undefined means "not valid here" (the parameter is ignored). */
  parse: (raw: string) => ViewState[K] | undefined;
  /** Writes a value; null means "the default", so the parameter is omitted. */
  serialize: (value: ViewState[K]) => string | null;
  history: 'push' | 'replace';
  inLink: boolean;
}

/** One UrlKey per view-state key. */
export type UrlKeys = { readonly [K in keyof ViewState]: UrlKey<K> };

const ID = /^[A-Za-z0-9_-]{1,200}$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const INTEGER = /^-?\d{1,9}$/;
const ZOOM_DIGITS = 4;

const parseId = (raw: string): string | undefined => (ID.test(raw) ? raw : undefined);

const parseChars = (raw: string): readonly string[] | undefined => {
  const ids = raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  if (ids.length === 0 || !ids.every((id) => SLUG.test(id))) return undefined;
  return [...new Set(ids)];
};

/** Most ids an `ex` list may hold before it is refused outright (the film check caps it further). */
const MAX_LISTED_SCENES = 1000;

/** A list of scene ids (the exercise's subset), deduplicated; capped later against the film. */
const parseSceneIds = (raw: string): readonly string[] | undefined => {
  const ids = raw
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  if (ids.length === 0 || ids.length > MAX_LISTED_SCENES || !ids.every((id) => ID.test(id)))
    return undefined;
  return [...new Set(ids)];
};

const parseReveal = (raw: string): RevealLimit | undefined => {
  if (raw === 'all') return 'all';
  if (raw === 'none') return PREMISE_ONLY;
  if (!INTEGER.test(raw)) return undefined;
  const n = Number(raw);
  return n >= PREMISE_ONLY ? n : undefined;
};

const serializeReveal = (value: RevealLimit): string | null => {
  if (value === null) return null;
  if (value === 'all') return 'all';
  return value <= PREMISE_ONLY ? 'none' : String(value);
};

const roundZoom = (x: number): number => Number(x.toFixed(ZOOM_DIGITS));

const parseZoom = (raw: string): ZoomWindow | undefined => {
  const parts = raw.split(',');
  if (parts.length !== 2) return undefined;
  const [start, end] = parts.map((p) => (p.trim() === '' ? NaN : Number(p))) as [number, number];
  if (!Number.isFinite(start) || !Number.isFinite(end)) return undefined;
  // Checked after rounding: a window narrower than the link's precision would write back as an
  // empty one ("0,0") that no longer reads.
  const w = { start: roundZoom(start), end: roundZoom(end) };
  if (w.start < 0 || w.end > 1 || w.end <= w.start) return undefined;
  return w;
};

const isFit = (z: ZoomWindow): boolean => z.start <= 0 && z.end >= 1;

const oneOf =
  <T extends string>(values: readonly T[]) =>
  (raw: string): T | undefined =>
    (values as readonly string[]).includes(raw) ? (raw as T) : undefined;

/** The table of every view-state key and its query parameter. */
export const URL_KEYS: UrlKeys = {
  film: {
    param: 'film',
    parse: (raw) => (SLUG.test(raw) ? raw : undefined),
    serialize: (v) => v,
    history: 'push',
    inLink: true,
  },
  order: {
    param: 'order',
    parse: oneOf<SceneOrder>(['story', 'chrono']),
    serialize: (v) => (v === DEFAULT_VIEW_STATE.order ? null : v),
    history: 'push',
    inLink: true,
  },
  scene: { param: 'scene', parse: parseId, serialize: (v) => v, history: 'push', inLink: true },
  chars: {
    param: 'chars',
    parse: parseChars,
    serialize: (v) => (v.length === 0 ? null : v.join(',')),
    history: 'push',
    inLink: true,
  },
  match: {
    param: 'match',
    parse: oneOf<Match>(['any', 'all']),
    serialize: (v) => (v === DEFAULT_VIEW_STATE.match ? null : v),
    history: 'push',
    inLink: true,
  },
  reveal: {
    param: 'reveal',
    parse: parseReveal,
    serialize: serializeReveal,
    history: 'replace',
    inLink: true,
  },
  lanes: {
    param: 'lanes',
    parse: (raw) =>
      raw === '1' || raw === 'true' ? true : raw === '0' || raw === 'false' ? false : undefined,
    serialize: (v) => (v ? '1' : null),
    history: 'replace',
    inLink: true,
  },
  sizing: {
    param: 'sizing',
    parse: oneOf<Sizing>(['text', 'equal']),
    serialize: (v) => (v === DEFAULT_VIEW_STATE.sizing ? null : v),
    history: 'replace',
    inLink: true,
  },
  zoom: {
    param: 'zoom',
    parse: parseZoom,
    serialize: (v) => (isFit(v) ? null : `${roundZoom(v.start)},${roundZoom(v.end)}`),
    history: 'replace',
    inLink: true,
  },
  view: {
    param: 'view',
    parse: oneOf<View>(['timeline', 'curve']),
    serialize: (v) => (v === DEFAULT_VIEW_STATE.view ? null : v),
    history: 'push',
    inLink: true,
  },
  page: {
    param: 'page',
    parse: oneOf<Page>(['explore', 'compare', 'exercise']),
    serialize: (v) => (v === DEFAULT_VIEW_STATE.page ? null : v),
    history: 'push',
    inLink: true,
  },
  present: {
    param: 'present',
    parse: (raw) =>
      raw === '1' || raw === 'true' ? true : raw === '0' || raw === 'false' ? false : undefined,
    serialize: (v) => (v ? '1' : null),
    history: 'push',
    inLink: true,
  },
  ex: {
    param: 'ex',
    parse: parseSceneIds,
    serialize: (v) => (v.length === 0 ? null : v.join(',')),
    history: 'push',
    inLink: true,
  },
  answer: {
    param: 'answer',
    parse: decodeAnswer,
    serialize: (v) => (v === null ? null : encodeAnswer(v)),
    history: 'push',
    inLink: true,
  },
};

/** The order parameters appear in, so the same state always gives the same string. */
export const URL_PARAM_ORDER: readonly (keyof ViewState)[] = [
  'page',
  'film',
  'order',
  'view',
  'scene',
  'chars',
  'match',
  'reveal',
  'lanes',
  'sizing',
  'zoom',
  'present',
  'ex',
  'answer',
];

/** Keys that only mean something inside a film: without `film` they are ignored. */
const FILM_BOUND: ReadonlySet<keyof ViewState> = new Set([
  'scene',
  'chars',
  'reveal',
  'zoom',
  'present',
  'ex',
  'answer',
]);

/** Keys that only mean something on one page: elsewhere they are ignored. */
const PAGE_BOUND: Partial<Record<keyof ViewState, Page>> = { ex: 'exercise', answer: 'exercise' };

/** A state read from a URL, plus a human-readable line for every parameter that was dropped. */
export interface ParsedUrl {
  state: ViewState;
  ignored: string[];
}

/** The longest piece of a link a notice quotes; 10 KB of garbage is not echoed back whole. */
const QUOTE_LIMIT = 40;

/**
 * A piece of a link as a notice shows it: control and invisible characters (what %00 or an
 * overlong encoding decodes to) become U+FFFD, and anything long is cut with an ellipsis.
 */
export const quoteForNotice = (raw: string): string => {
  const clean = raw.replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069]/g,
    '\ufffd',
  );
  const chars = Array.from(clean);
  return chars.length > QUOTE_LIMIT ? `${chars.slice(0, QUOTE_LIMIT).join('')}…` : clean;
};

const setKey = <K extends keyof ViewState>(
  state: ViewState,
  key: K,
  value: ViewState[K],
): ViewState => ({
  ...state,
  [key]: value,
});

/**
 * Reads a query string (with or without the leading "?") into a full view state: syntax only
 * (step 1); unknown parameters, bad values and repeats are dropped and listed in `ignored`.
 */
export function parseUrl(search: string): ParsedUrl {
  const params = new URLSearchParams(search);
  const ignored: string[] = [];
  let state: ViewState = DEFAULT_VIEW_STATE;
  const known = new Map(URL_PARAM_ORDER.map((k) => [URL_KEYS[k].param, k] as const));
  for (const name of new Set(params.keys())) {
    if (!known.has(name)) ignored.push(`${quoteForNotice(name)} (unknown parameter)`);
  }
  for (const key of URL_PARAM_ORDER) {
    const row = URL_KEYS[key];
    const values = params.getAll(row.param);
    const first = values[0];
    if (first === undefined) continue;
    if (values.length > 1) ignored.push(`${row.param} (repeated: kept the first value)`);
    const value = (row.parse as (raw: string) => ViewState[typeof key] | undefined)(first);
    if (value === undefined) {
      ignored.push(`${row.param}=${quoteForNotice(first)} (not a valid value)`);
      continue;
    }
    state = setKey(state, key, value);
  }
  for (const [key, page] of Object.entries(PAGE_BOUND) as [keyof ViewState, Page][]) {
    if (state.page !== page && state[key] !== DEFAULT_VIEW_STATE[key]) {
      ignored.push(`${URL_KEYS[key].param} (needs page=${page})`);
      state = setKey(state, key, DEFAULT_VIEW_STATE[key]);
    }
  }
  if (state.film === null) {
    for (const key of FILM_BOUND) {
      if (state[key] !== DEFAULT_VIEW_STATE[key]) {
        ignored.push(`${URL_KEYS[key].param} (needs a film)`);
        state = setKey(state, key, DEFAULT_VIEW_STATE[key]);
      }
    }
  }
  return { state, ignored };
}

/**
 * Checks a state against the loaded film (step 2): a scene or characters the film does not have
 * are dropped, a reveal limit past the last scene is clamped.
 */
export function validateAgainstFilm(state: ViewState, film: Film): ParsedUrl {
  const ignored: string[] = [];
  let next = state;
  if (state.scene !== null && !film.scenes.some((s) => s.id === state.scene)) {
    ignored.push(`scene=${quoteForNotice(state.scene)} (no such scene in this film)`);
    next = { ...next, scene: null };
  }
  const known = new Set(film.characters.map((c) => c.id));
  const unknown = state.chars.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    const named = unknown.slice(0, 5).map(quoteForNotice).join(', ');
    const more = unknown.length > 5 ? ` and ${unknown.length - 5} more` : '';
    ignored.push(`chars: ${named}${more} (not in this film)`);
    next = { ...next, chars: state.chars.filter((id) => known.has(id)) };
  }
  const last = film.scenes.length - 1;
  if (typeof state.reveal === 'number' && state.reveal > last) {
    ignored.push(
      `reveal=${state.reveal} (the film has ${film.scenes.length} scene${film.scenes.length === 1 ? '' : 's'}: showing all)`,
    );
    next = { ...next, reveal: Math.max(PREMISE_ONLY, last) };
  }
  return { state: next, ignored };
}

const encode = (value: string): string =>
  // Commas separate list items and read better unescaped; everything else is escaped.
  value
    .split(',')
    .map((part) => encodeURIComponent(part))
    .join(',');

/** Writes a view state as a query string ("" or "?film=..."), defaults omitted, stable order. */
export function toSearch(state: ViewState, options: { forLink?: boolean } = {}): string {
  const parts: string[] = [];
  const film = state.film;
  for (const key of URL_PARAM_ORDER) {
    const row = URL_KEYS[key];
    if (options.forLink && !row.inLink) continue;
    if (film === null && FILM_BOUND.has(key)) continue;
    const page = PAGE_BOUND[key];
    if (page !== undefined && state.page !== page) continue;
    const value = (row.serialize as (v: ViewState[typeof key]) => string | null)(state[key]);
    if (value === null) continue;
    parts.push(`${row.param}=${encode(value)}`);
  }
  return parts.length === 0 ? '' : `?${parts.join('&')}`;
}

/**
 * Whether going from one state to the next deserves a new history entry: yes when any 'push' key
 * (film, order, scene, filter) changed; continuous changes only replace the current entry.
 */
export function historyModeFor(previous: ViewState, next: ViewState): 'push' | 'replace' {
  for (const key of URL_PARAM_ORDER) {
    const row = URL_KEYS[key];
    if (row.history !== 'push') continue;
    const a = (row.serialize as (v: ViewState[typeof key]) => string | null)(previous[key]);
    const b = (row.serialize as (v: ViewState[typeof key]) => string | null)(next[key]);
    if (a !== b) return 'push';
  }
  return 'replace';
}
