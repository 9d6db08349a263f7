/**
 * convertDocuments: plain-text film documents -> Film[] (the contract of src/model/film.ts).
 *
 * Design: pure stages, one file each, in this order, with these shapes between them:
 *   SourceText
 *     -> clean.ts      CleanDoc      paragraphs classified story/meta/heading/warning/boilerplate/
 *                                    cast/crew/award, plus cast-table rows
 *     -> metadata.ts   DocMeta       title, aka, year, runtime, language, director, genres
 *     -> spoilers.ts   StorySplit    premise paragraphs (before a spoiler warning) and story ones
 *     -> segment.ts    Segment[]     scenes: paragraphs split at scene changes and time cues
 *     -> characters.ts DocCharacter[] people with their names, actor, renamings
 *     -> time.ts/order.ts Placement[] a time t (days) and kind per segment (see order.ts for
 *                                    the chronology model: cues, tense, threads, retellings)
 *   all documents
 *     -> group.ts      DocGroup[]    which documents tell one film (title, else shared cast)
 *     -> align.ts      AlignedScene[] one film's scenes merged across documents
 *     -> here          Film          ids, story/chrono indices, characters per scene, checkFilm
 * NLP: a hand-made lexicon (irregular past verbs, -ed/-s heuristics with subject checks, number
 * words, time units, place/organisation nouns) rather than a library: deterministic, no
 * dependency, and the whole pipeline runs at about 1 MB/s on this machine, which a general
 * tagger would not allow.
 * Nothing here touches the file system, so it also runs in a Web Worker. It never throws on a
 * string input: a document without a story becomes an error diagnostic and no film.
 */
import { notPerson14 } from './characters14';
import {
  asChronoIndex,
  asStoryIndex,
  SCHEMA_VERSION,
  type Character,
  type Film,
  type Scene,
} from '../model/film';
import { slugify } from '../model/slug';
import { checkFilm } from '../model/validate';
import { alignDocuments, type DocScene } from './align';
import { extractCharacters, nameKey, type DocCharacter } from './characters';
import { cleanDocument, cleanLeniently, type CleanDoc } from './clean';
import { creditedNames } from './credits';
import { Diagnostics, type Diagnostic } from './diagnostics';
import { groupDocuments } from './group';
import { extractMetadata, type DocMeta } from './metadata';
import { addFormalNames, notPerson15 } from './characters15';
import { chronoRanks, placeSegments, type Placement } from './order';
import { segmentStory, type Segment } from './segment';
import type { SourceText } from './source';
import { spoilerLevel, splitPremise } from './spoilers';
import { joinBulletLines } from './bulletMoments';
import { SCENE_CHANGE } from './time';
import { dropEnding, dropPossessive, fold, wordSpans, type Range } from './text';

/**
 * What building a film reads of a segment: its span, its cue and its first sentence (the title
 * and the time of day come from it). The rest (every sentence, tense counts) is let go: memory.
 */
type SceneSeed = Pick<Segment, 'start' | 'end' | 'cue' | 'sentences'>;

/** What building a film needs of one document (its cleaned blocks are let go: memory). */
interface Analysed {
  doc: SourceText;
  meta: DocMeta;
  /** The premise paragraphs (the story ones are not read again). */
  premise: Range[];
  segments: SceneSeed[];
  placements: Placement[];
  characters: DocCharacter[];
}

const TITLE_WORDS = 6;
const MAX_EDIT_NAME = 5;

/** The director's full name and surname, the forms a review refers to them by. */
const directorForms = (director: string | null): Set<string> => {
  const out = new Set<string>();
  for (const one of (director ?? '').split(/\s*(?:,|&|\band\b)\s*/)) {
    const words = one.trim().split(/\s+/).filter(Boolean);
    if (words.length < 2) continue;
    out.add(words.join(' '));
    out.add(words[words.length - 1] ?? '');
  }
  return out;
};

/**
 * A cleaned document's metadata, premise and story, segments and characters; or why it holds no
 * film: no paragraph of story sentences, or (a plot names its people) no named characters.
 */
const readStory = (doc: SourceText, clean: CleanDoc) => {
  const meta = extractMetadata(clean);
  const split = splitPremise(clean);
  const segments = segmentStory(doc.text, joinBulletLines(doc.text, split.story));
  if (segments.length === 0) return 'no paragraph of story sentences';
  // The director named in the text ("Castillo has clearly decided...") is not a character.
  const directorNames = directorForms(meta.director);
  // So are the page's own people: a podcast's hosts, a recap's poster (credits.ts).
  for (const name of creditedNames(doc.text)) directorNames.add(name);
  // A catalogue's or a bibliography's inverted credit, "Haldorsen, Sigrid": the first name alone
  // is that person too.
  for (const full of [...directorNames]) {
    const words = full.split(' ');
    const first = words[0] ?? '';
    const last = words[words.length - 1] ?? '';
    if (words.length >= 2 && doc.text.includes(`${last}, ${first}`)) directorNames.add(first);
  }
  const characters = extractCharacters(
    doc.text,
    [...split.premise, ...split.story],
    clean.cast,
  ).filter((c) => c.actor !== null || !c.names.some((n) => directorNames.has(n.name)));
  // 'Winifred "Winnie" Pardoe': the formal full name is the character's (characters15.ts).
  addFormalNames(doc.text, characters);
  if (characters.length === 0) return 'no named characters';
  return { meta, split, segments, characters };
};

const analyse = (doc: SourceText, diagnostics: Diagnostics): Analysed | null => {
  if (!doc.text.trim()) {
    diagnostics.error(doc.file, 'no-story', `${doc.file}: no story found (the document is empty)`);
    return null;
  }
  // The strict reading first; when it leaves no film (a section heading took the story for
  // furniture and kept only talk without names), the lenient one, before giving the file up.
  const clean = cleanDocument(doc, diagnostics);
  let story = readStory(doc, clean);
  // cleanDocument may have kept its own lenient reading already: the same reading twice would
  // give the same answer, so it is not tried again.
  if (typeof story === 'string' && clean.lenient !== true) {
    const again = readStory(doc, cleanLeniently(doc));
    if (typeof again !== 'string') story = again;
  }
  if (typeof story === 'string') {
    diagnostics.error(doc.file, 'no-story', `${doc.file}: no story found (${story})`);
    return null;
  }
  const { meta, split, segments, characters } = story;
  // Single-word names of the people, so a sentence-initial name counts for thread affinity.
  const names = new Set<string>();
  for (const c of characters)
    for (const n of c.names) for (const w of n.name.split(' ')) names.add(w);
  const placements = placeSegments(doc.text, segments, meta.year, names);
  // The film's own title read as a person ("Updraft", "Lowwater", "Copper Summer"): no character,
  // though its word still counts for the placing above (a place the story is set in).
  const title = fold(meta.title ?? '').replace(/^the /, '');
  const people = characters.filter(
    (c) =>
      c.actor !== null ||
      ((!title || !c.names.every((n) => fold(n.name).replace(/^the /, '') === title)) &&
        // A name of the title alone, a venue, a borrowed nickname (characters14.ts).
        !c.names.every((n) => notPerson14(doc.text, n.name, meta.title)) &&
        // The writer's own people, a label's word, a possessive place's name (characters15.ts).
        !c.names.every((n) => notPerson15(doc.text, n.name))),
  );
  return {
    doc,
    meta,
    premise: split.premise,
    segments: segments.map((seg) => ({
      start: seg.start,
      end: seg.end,
      cue: seg.cue,
      sentences: seg.sentences.slice(0, 1),
    })),
    placements,
    characters: people.length > 0 ? people : characters,
  };
};

const editDistanceAtMostOne = (a: string, b: string): boolean => {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
};

/** A film-level character with the forms that name it. */
interface FilmCharacter {
  id: string;
  name: string;
  names: string[];
  actor: string | null;
  renames: { file: string; alias: string; offset: number }[];
}

/** Merges the documents' characters: same name, same actor, or a one-letter spelling variant. */
const mergeCharacters = (docs: Analysed[]): FilmCharacter[] => {
  const all: { doc: Analysed; c: DocCharacter }[] = [];
  for (const d of docs) for (const c of d.characters) all.push({ doc: d, c });
  const parent = all.map((_, i) => i);
  const find = (x: number): number => {
    let r = x;
    while (parent[r] !== r) r = parent[r] ?? r;
    parent[x] = r;
    return r;
  };
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  if (docs.length > 1) {
    const byKey = new Map<string, number>();
    all.forEach((e, i) => {
      const keys = e.c.names.map((n) => `n:${nameKey(n.name)}`);
      if (e.c.actor) keys.push(`a:${nameKey(e.c.actor)}`);
      for (const k of keys) {
        const j = byKey.get(k);
        if (j !== undefined && all[j]?.doc !== e.doc) union(i, j);
        else if (j === undefined) byKey.set(k, i);
      }
    });
    // Spelling variants ("Marilia"/"Marilla") of long names, across documents only.
    all.forEach((e, i) => {
      all.forEach((f, j) => {
        if (j <= i || e.doc === f.doc) return;
        const close = e.c.names.some((a) =>
          f.c.names.some(
            (b) =>
              a.name.length >= MAX_EDIT_NAME &&
              b.name.length >= MAX_EDIT_NAME &&
              editDistanceAtMostOne(nameKey(a.name), nameKey(b.name)),
          ),
        );
        const sameActor = !!e.c.actor && !!f.c.actor && nameKey(e.c.actor) === nameKey(f.c.actor);
        if (close && (sameActor || !e.c.actor || !f.c.actor)) union(i, j);
      });
    });
  }
  const groups = new Map<number, { doc: Analysed; c: DocCharacter }[]>();
  all.forEach((e, i) => {
    const r = find(i);
    const list = groups.get(r) ?? [];
    list.push(e);
    groups.set(r, list);
  });
  const out: FilmCharacter[] = [];
  const used = new Set<string>();
  for (const list of groups.values()) {
    const names: string[] = [];
    const seen = new Set<string>();
    for (const e of list)
      for (const n of e.c.names)
        if (!seen.has(fold(n.name))) {
          seen.add(fold(n.name));
          names.push(n.name);
        }
    const name =
      [...list]
        .map((e) => e.c.name)
        .sort(
          (a, b) =>
            b.split(' ').length - a.split(' ').length || b.length - a.length || a.localeCompare(b),
        )[0] ?? names[0];
    if (!name) continue;
    let id = slugify(name) || 'character';
    for (let k = 2; used.has(id); k++) id = `${slugify(name) || 'character'}-${k}`;
    used.add(id);
    out.push({
      id,
      name,
      names: [name, ...names.filter((n) => n !== name)],
      actor: list.map((e) => e.c.actor).find((a) => a) ?? null,
      renames: list.flatMap((e) => e.c.renames.map((r) => ({ file: e.doc.doc.file, ...r }))),
    });
  }
  return out;
};

/** Maps name forms to character ids and finds them in a text range. */
/** A string of printable ASCII only (the same test as fold's), folded by lower-casing alone. */
const PLAIN_ASCII = /^[\x20-\x7e]*$/;

const mentionFinder = (chars: FilmCharacter[]) => {
  const forms = new Map<string, string>();
  let maxWords = 1;
  for (const c of chars)
    for (const n of c.names) {
      const key = fold(n);
      if (!forms.has(key)) forms.set(key, c.id);
      maxWords = Math.max(maxWords, n.split(' ').length);
    }
  // The first words of the keys. A window of tokens starting with a plain-ASCII token folds to
  // a key starting with that token lower-cased (fold works token by token between the spaces),
  // so a token whose lower case starts no key starts no match: most capitals skip the lookups.
  const firstWords = new Set([...forms.keys()].map((key) => key.split(' ')[0]));
  /** wordsAt[j]: the j-th words of the keys (a window of plain-ASCII tokens folds word by word). */
  const wordsAt: Set<string>[] = [];
  for (const key of forms.keys())
    key.split(' ').forEach((w, j) => (wordsAt[j] ??= new Set()).add(w));
  return (text: string, start: number, end: number): Set<string> => {
    const found = new Set<string>();
    // The words as offsets: only the capitals that may start a name are made strings.
    const spans = wordSpans(text, start, end);
    const count = spans.length / 2;
    /** Word j without its possessive (its first letter stays: every word starts with one). */
    const tokAt = (j: number): string =>
      dropPossessive(text.slice(spans[2 * j] ?? 0, spans[2 * j + 1] ?? 0));
    for (let i = 0; i < count; i++) {
      // Words start with a letter: an ASCII one is a capital exactly when it is A-Z.
      const c0 = text.charCodeAt(spans[2 * i] ?? 0);
      if (c0 < 128 && !(c0 >= 65 && c0 <= 90)) continue;
      const tok = tokAt(i);
      if (c0 >= 128 && !/^\p{Lu}/u.test(tok)) continue;
      if (/^[\x20-\x7e]*$/.test(tok) && !firstWords.has(tok.toLowerCase())) continue;
      const toks = [tok];
      for (let j = i + 1; j < Math.min(count, i + maxWords); j++) toks.push(tokAt(j));
      // A window of plain-ASCII tokens folds to its tokens lower-cased, joined by spaces: it can be
      // a key only when each token j is word j of some key. `ascii` leading tokens are plain
      // ASCII, the first `known` of them each such a word; longer ASCII windows are no key.
      let ascii = 0;
      let known = 0;
      while (ascii < toks.length && PLAIN_ASCII.test(toks[ascii] ?? '')) {
        if (known === ascii && wordsAt[ascii]?.has((toks[ascii] ?? '').toLowerCase())) known++;
        ascii++;
      }
      for (let k = toks.length; k >= 1; k--) {
        if (k <= ascii && k > known) continue;
        const id = forms.get(fold(toks.slice(0, k).join(' ')));
        if (id) {
          found.add(id);
          i += k - 1;
          break;
        }
      }
    }
    return found;
  };
};

const CONTENT_STOP = new Set(
  'the and but with from that this they them then than when while into onto about after before were have been their there his her him she who what which where also just only very more most some will would could should says said tells asks goes gets takes sees'.split(
    ' ',
  ),
);

const contentWords = (text: string): Set<string> => {
  const out = new Set<string>();
  for (const w of text.toLowerCase().match(/[a-z][a-z'’-]{3,}/g) ?? []) {
    if (CONTENT_STOP.has(w)) continue;
    const stem = dropEnding(dropPossessive(w));
    if (stem.length >= 3) out.add(stem);
  }
  return out;
};

/** A few words naming the scene: its first clause, without the cue that opens it. */
const sceneTitle = (text: string, seg: SceneSeed): string => {
  const first = seg.sentences[0];
  let s = text.slice(first?.start ?? seg.start, first?.end ?? seg.end);
  if (seg.cue && seg.cue.opening && seg.cue.start >= (first?.start ?? 0)) {
    const cut = seg.cue.end - (first?.start ?? 0);
    const rest = s.slice(cut).replace(/^[\s,;:.—–-]+/, '');
    if (rest.split(/\s+/, 3).length >= 3) s = rest;
  }
  s = s.replace(SCENE_CHANGE, '').replace(/^[\s,;:.—–-]+/, '');
  // Split limits: only the first clause and the first TITLE_WORDS + 1 words are ever read.
  const clause = s.split(/[,;:—–()"“”]|\s-\s/, 1)[0] ?? s;
  const words = (clause.trim().split(/\s+/, 3).length >= 3 ? clause : s)
    .trim()
    .split(/\s+/, TITLE_WORDS + 1);
  let title = words
    .slice(0, TITLE_WORDS)
    .join(' ')
    .replace(/[.!?,;:]+$/, '');
  if (words.length > TITLE_WORDS) title += '…';
  title = title.charAt(0).toUpperCase() + title.slice(1);
  return title || 'Scene';
};

const TIME_OF_DAY: [RegExp, string][] = [
  [/\b(?:morning|dawn|sunrise|breakfast)\b/i, 'Morning'],
  [/\b(?:afternoon|lunch)\b/i, 'Afternoon'],
  [/\b(?:evening|dusk|sunset|dinner)\b/i, 'Evening'],
  [/\b(?:night|midnight|bedtime)\b/i, 'Night'],
];

const timeOfDay = (text: string, seg: SceneSeed): string | null => {
  const first = seg.sentences[0];
  const s = text.slice(first?.start ?? seg.start, first?.end ?? seg.end);
  for (const [re, label] of TIME_OF_DAY) if (re.test(s)) return label;
  return null;
};

const bestMeta = (docs: Analysed[]): DocMeta => {
  const rank = { stated: 0, heading: 1, repeated: 2 } as const;
  const titled = docs
    .filter((d) => d.meta.title)
    .sort(
      (a, b) => rank[a.meta.titleEvidence ?? 'repeated'] - rank[b.meta.titleEvidence ?? 'repeated'],
    );
  const pick = <K extends keyof DocMeta>(k: K): DocMeta[K] | null => {
    for (const d of docs) {
      const v = d.meta[k];
      if (v !== null && !(Array.isArray(v) && v.length === 0)) return v;
    }
    return null;
  };
  const aka = [...new Set(docs.flatMap((d) => d.meta.aka))];
  return {
    title: titled[0]?.meta.title ?? null,
    titleEvidence: titled[0]?.meta.titleEvidence ?? null,
    aka,
    year: titled[0]?.meta.year ?? pick('year'),
    runtimeMinutes: pick('runtimeMinutes'),
    language: pick('language'),
    director: pick('director'),
    genres: pick('genres') ?? [],
  };
};

/** Small words a title keeps in lower case after its first word. */
const SMALL_TITLE_WORDS = new Set('a an the of and or in on at to for by with from'.split(' '));

/**
 * A title from a file name: words of the stem, minus numbers, hash-like tokens and ids that mix
 * letters and digits ("fresh4-08_a-map-of-small-fires" -> "A Map of Small Fires").
 */
const titleFromFile = (file: string): string => {
  const stem = (file.split(/[\\/]/).pop() ?? file).replace(/\.[^.]*$/, '');
  const words = stem
    .split(/[_\-\s.]+/)
    .filter(
      (w) =>
        w &&
        !/^\d+$/.test(w) &&
        !(/^[0-9a-f]{6,}$/i.test(w) && /\d/.test(w)) &&
        !(/\d/.test(w) && /\p{L}/u.test(w)),
    );
  const title = words
    .map((w, i) =>
      i > 0 && SMALL_TITLE_WORDS.has(w.toLowerCase())
        ? w.toLowerCase()
        : w.charAt(0).toUpperCase() + w.slice(1),
    )
    .join(' ');
  return title || `Untitled ${stem}`;
};

const buildFilm = (docs: Analysed[], yearSuffix: number | null): Film => {
  // The primary document is the one with the most scenes (a scene-by-scene synopsis).
  const ordered = [...docs].sort(
    (a, b) => b.segments.length - a.segments.length || (a.doc.file < b.doc.file ? -1 : 1),
  );
  const meta = bestMeta(docs);
  const title = meta.title ?? titleFromFile(docs[0]?.doc.file ?? 'film');
  const chars = mergeCharacters(ordered);
  const mentions = mentionFinder(chars);
  const docScenes: DocScene[][] = ordered.map((d) =>
    d.segments.map((seg, i) => ({
      file: d.doc.file,
      start: seg.start,
      end: seg.end,
      t: d.placements[i]?.t ?? i,
      offMain: (d.placements[i]?.kind ?? 'present') !== 'present',
      chars: mentions(d.doc.text, seg.start, seg.end),
      // Content words only matter when documents are aligned.
      words:
        ordered.length > 1 ? contentWords(d.doc.text.slice(seg.start, seg.end)) : new Set<string>(),
      ref: i,
    })),
  );
  const aligned = alignDocuments(docScenes);
  const ranks = chronoRanks(aligned.map((a) => a.t));
  const byFile = new Map(ordered.map((d) => [d.doc.file, d]));
  const n = aligned.length;
  const scenes: Scene[] = aligned.map((a, i) => {
    const primary = a.parts[0];
    const d = primary ? byFile.get(primary.file) : undefined;
    const seg = d && primary ? d.segments[primary.ref] : undefined;
    const place = d && primary ? d.placements[primary.ref] : undefined;
    const text = d && primary ? d.doc.text.slice(primary.start, primary.end) : '';
    const ids = new Set<string>();
    for (const p of a.parts) for (const id of p.chars) ids.add(id);
    return {
      id: `s${String(i + 1).padStart(2, '0')}`,
      storyIndex: asStoryIndex(i),
      chronoIndex: asChronoIndex(ranks[i] ?? i),
      title: d && seg ? sceneTitle(d.doc.text, seg) : 'Scene',
      text,
      characters: chars.filter((c) => ids.has(c.id)).map((c) => c.id),
      kind: place?.kind ?? 'present',
      timeCue: place?.timeCue ?? null,
      location: null,
      timeOfDay: d && seg ? timeOfDay(d.doc.text, seg) : null,
      spoiler: spoilerLevel(i, n),
      sources: a.parts.map((p) => ({ file: p.file, start: p.start, end: p.end })),
    };
  });
  // The first scene that tells a renaming reveals the new name.
  const sceneAt = (file: string, offset: number): number => {
    const idx = scenes.findIndex((s) =>
      s.sources.some((src) => src.file === file && offset >= src.start && offset < src.end),
    );
    return idx;
  };
  const firstSceneOf = new Map<string, number>();
  scenes.forEach((s, i) => {
    for (const id of s.characters) if (!firstSceneOf.has(id)) firstSceneOf.set(id, i);
  });
  const characters: Character[] = chars
    .map((c) => {
      const out: Character = { id: c.id, name: c.name, aliases: c.names.slice(1), actor: c.actor };
      let reveal: { alias: string; storyIndex: number } | null = null;
      for (const r of c.renames) {
        const at = sceneAt(r.file, r.offset);
        if (at > 0 && (!reveal || at < reveal.storyIndex) && at < Math.max(1, n))
          reveal = { alias: r.alias, storyIndex: at };
      }
      if (reveal)
        out.revealedAt = { alias: reveal.alias, storyIndex: asStoryIndex(reveal.storyIndex) };
      return out;
    })
    .sort(
      (a, b) =>
        (firstSceneOf.get(a.id) ?? n) - (firstSceneOf.get(b.id) ?? n) || a.id.localeCompare(b.id),
    );
  const premiseDoc = docs.find((d) => d.premise.length > 0);
  const pr = premiseDoc?.premise;
  const premise =
    premiseDoc && pr && pr.length > 0
      ? {
          text: premiseDoc.doc.text.slice(pr[0]?.start ?? 0, pr[pr.length - 1]?.end ?? 0),
          sources: [
            {
              file: premiseDoc.doc.file,
              start: pr[0]?.start ?? 0,
              end: pr[pr.length - 1]?.end ?? 0,
            },
          ],
        }
      : null;
  const baseId = slugify(title) || slugify(titleFromFile(docs[0]?.doc.file ?? '')) || 'film';
  return {
    schemaVersion: SCHEMA_VERSION,
    id: yearSuffix !== null ? `${baseId}-${yearSuffix}` : baseId,
    title,
    aka: meta.aka.filter((a) => fold(a) !== fold(title)),
    year: meta.year,
    runtimeMinutes: meta.runtimeMinutes,
    director: meta.director,
    language: meta.language,
    genres: meta.genres,
    premise,
    sources: docs.map((d) => ({
      file: d.doc.file,
      ...(d.meta.title ? { title: d.meta.title } : {}),
      chars: d.doc.text.length,
      text: d.doc.text,
    })),
    characters,
    scenes,
  };
};

/** One document's own analysis; a stage bug is reported against the file, not thrown. */
const analyseGuarded = (doc: SourceText, diagnostics: Diagnostics): Analysed | null => {
  try {
    return analyse(doc, diagnostics);
  } catch (e) {
    // A stage bug must not take the other documents down: report it against this file.
    diagnostics.error(doc.file, 'internal', `${doc.file}: could not convert (${String(e)})`);
    return null;
  }
};

/**
 * An analysis kept compact until its film is built: what grouping reads, and the rest behind
 * `rest` (the thread pool keeps it serialized, about a third of its size as objects, and off
 * the heap that peaks while films are built). `rest` is called once, when its film is built.
 */
export interface DeferredAnalysis {
  meta: DocMeta;
  characters: DocCharacter[];
  rest: () => Omit<Analysed, 'doc' | 'meta' | 'characters'>;
}

/**
 * The per-document half of the conversion, as another thread hands it back (structured clone):
 * the analysis without the document (the caller has its text) and what it reported, in order.
 */
export interface DocumentAnalysis {
  analysis: Omit<Analysed, 'doc'> | DeferredAnalysis | null;
  diagnostics: Diagnostic[];
}

/** Analyses one document on its own: what a worker thread runs (src/cli/analysePool.ts). */
export const analyseDocument = (doc: SourceText): DocumentAnalysis => {
  const diagnostics = new Diagnostics();
  const a = analyseGuarded(doc, diagnostics);
  if (!a) return { analysis: null, diagnostics: diagnostics.items };
  const { doc: _doc, ...analysis } = a;
  return { analysis, diagnostics: diagnostics.items };
};

/** Analyses every document given, one DocumentAnalysis per document in the same order. */
export type AnalyseDocuments = (docs: readonly SourceText[]) => DocumentAnalysis[];

/**
 * Converts plain-text film documents into films: grouped, ordered, checked, sorted by id. With
 * `onFilm`, each film is handed over as soon as it is built (in group order, not by id) and none
 * is kept, so the result is empty: a caller that writes films as they come holds one at a time.
 * With `analyseAll`, the per-document analyses (everything before grouping) come from it, e.g.
 * from a pool of threads; its diagnostics are reported in document order, so the result is the
 * same as without it. Grouping, merging and building films stay here, in one thread.
 */
export function convertDocuments(
  docs: SourceText[],
  diagnostics: Diagnostics,
  onFilm?: (film: Film) => void,
  analyseAll?: AnalyseDocuments,
): Film[] {
  // Entries are let go as their film is built, so the peak holds the analyses or the films,
  // not all of both.
  const analysed: (Analysed | (DeferredAnalysis & { doc: SourceText }) | undefined)[] = [];
  const sorted = [...docs].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  if (analyseAll) {
    const results = analyseAll(sorted);
    sorted.forEach((doc, i) => {
      const r = results[i];
      if (!r) throw new Error(`no analysis came back for ${doc.file}`);
      for (const d of r.diagnostics) diagnostics.report(d);
      if (r.analysis) analysed.push({ doc, ...r.analysis });
    });
    // Only `analysed` holds them now, and lets each go as its film is built.
    results.length = 0;
  } else
    for (const doc of sorted) {
      const a = analyseGuarded(doc, diagnostics);
      if (a) analysed.push(a);
    }
  const groups = groupDocuments(
    analysed.flatMap((a) =>
      a ? [{ file: a.doc.file, meta: a.meta, characters: a.characters }] : [],
    ),
    diagnostics,
  );
  const films: Film[] = [];
  const ids = new Set<string>();
  const nextSuffix = new Map<string, number>();
  for (const g of groups) {
    const members = g.members.flatMap((i): Analysed[] => {
      const a = analysed[i];
      if (!a) return [];
      if (!('rest' in a)) return [a];
      const { rest, ...kept } = a;
      return [{ ...kept, ...rest() }];
    });
    for (const i of g.members) analysed[i] = undefined;
    let film: Film;
    try {
      film = buildFilm(members, g.yearSuffix);
    } catch (e) {
      for (const m of members)
        diagnostics.error(
          m.doc.file,
          'internal',
          `${m.doc.file}: could not build a film (${String(e)})`,
        );
      continue;
    }
    // Untitled films share a base id ("doc"): resume at the last suffix taken for this base,
    // since every smaller one is still in ids (ids only grows), so this stays linear.
    const base = film.id;
    let id = base;
    let k = nextSuffix.get(base) ?? 2;
    for (; ids.has(id); k++) id = `${base}-${k}`;
    if (id !== base) {
      nextSuffix.set(base, k - 1);
      film = { ...film, id };
    }
    const checked = checkFilm(film);
    if (!checked.ok) {
      for (const m of members)
        diagnostics.error(
          m.doc.file,
          'invalid-film',
          `${m.doc.file}: film ${film.id} is invalid: ${checked.error}`,
        );
      continue;
    }
    ids.add(film.id);
    if (onFilm) onFilm(film);
    else films.push(film);
  }
  films.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return films;
}
