/**
 * Stage 2 (metadata), after metadataStyles3.ts: the film's facts on pages made of talk, where
 * they sit in a post's or an episode's title rather than in a heading of their own:
 * - a thread's tag before the title: "[Spoilers] The Salt Orchard (2021, dir. X)" names "The
 *   Salt Orchard";
 * - a question about the film under a site's name: "Movies & TV Stack Exchange" over "Timeline
 *   of Glasshouse Winter (2014): does the fire ...?" names "Glasshouse Winter" (2014);
 * - a director owning the film in prose: "Teodor Vasić's Quarry Light, the 1987 ...", "Sofie
 *   Lund's film runs 108 minutes" (not "Like Ingmar Holm's film, ...");
 * - a runtime said in prose, "It is only 96 minutes";
 * - an episode's own length is not the film's: "Ep. 112: Title" over "Released 14 October 2025
 *   · 1 hr 24 min" gives way to "It runs 101 minutes".
 * Negatives in tests/pipeline/metadataThreads.test.ts.
 */
import type { CleanDoc } from './clean';
import type { DocMeta } from './metadata';
import type { MetaHelpers } from './metadataStyles3';
import { isStar, possessiveDirector } from './metadataStyles4';

/** A thread's tag before a title: "[Spoilers]", "(SPOILERS)", "[Discussion]", "Spoilers:". */
const TITLE_TAG =
  /^\s*(?:[[(]\s*(?:(?:major|minor|mild|full|heavy|no|some) )?(?:spoilers?|spoiler discussion|discussion|question|theory|analysis|meta|help|ending explained|serious|official discussion)\s*[\])]|(?:spoilers?|discussion)\s*:)\s*/i;

/** A site whose name heads a page of questions or posts, not a film. */
const THREAD_SITE =
  /\b(?:stack exchange|stack overflow|reddit|forums?|message boards?|community|q&a|questions? and answers)\b|^r\/\w+/i;

/** A label noun opening a question's title before "of/in/about": "Timeline of", "Ending of". */
const QUESTION_LABEL =
  /^(?:the )?(?:timeline|chronology|ending|end|plot|meaning|explanation|theory|theories|question|questions|confusion|order of events|help understanding|help with)$/i;
const SMALL = new Set([
  'of',
  'the',
  'a',
  'an',
  'and',
  'in',
  'on',
  'at',
  'to',
  'for',
  'with',
  'from',
]);

/** Lines read for a question's or a post's title (a page head is short). */
const HEAD_LINES = 25;

/**
 * The film in a question's or a post's title: the capitalised words right before "(2014"
 * ("Why does the keeper burn the logbook in Long Light (2009)?", "Timeline of Glasshouse Winter
 * (2014): ..."), without a label noun that opens the line ("Timeline of").
 */
export const questionTitle = (line: string): { title: string; year: number } | null => {
  const m = /\(\s*((?:18|19|20)\d\d)\b[^)]{0,60}\)/.exec(line);
  if (!m) return null;
  const words = line.slice(0, m.index).replace(TITLE_TAG, '').trim().split(/\s+/);
  const kept: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = (words[i] ?? '').replace(/^["“‘*_]+|["”’*_,:]+$/g, '');
    if (
      /^\p{Lu}/u.test(w) ||
      (/^\d+$/.test(w) && kept.length > 0) ||
      (SMALL.has(w) && kept.length > 0)
    )
      kept.unshift(w);
    else break;
  }
  while (kept.length > 0 && SMALL.has(kept[0] ?? '')) kept.shift();
  // "Timeline of Glasshouse Winter": the line's label noun is no part of the title.
  const label = kept.findIndex(
    (w, i) => i > 0 && SMALL.has(w) && QUESTION_LABEL.test(kept.slice(0, i).join(' ')),
  );
  const title = (label > 0 ? kept.slice(label + 1) : kept).join(' ');
  if (!/\p{L}{2}/u.test(title) || title.split(' ').length > 8) return null;
  return { title, year: Number(m[1]) };
};

/** A person's name: two or three capitalised words. */
const NAME = String.raw`\p{Lu}\p{Ll}+(?:[-’']\p{Lu}?\p{Ll}+)*(?: (?:de |van |von |da |di |le |la )?\p{Lu}\p{Ll}+(?:[-’']\p{Lu}?\p{Ll}+)*){1,2}`;
/** "It is only 96 minutes", "the film's 96 minutes": a runtime in prose not caught before. */
const IS_MINUTES =
  /\b(?:it|the (?:film|movie))(?:['’]s| is) (?:only |just |barely |a (?:brisk|lean|tight|trim|mere) )?(\d{2,3}) minutes(?: long)?\b(?! (?:in|into|later|before|after|of|from|past)\b)/i;
/** "It runs 101 minutes", "runs a tight 94 minutes": a runtime in prose. */
const RUNS =
  /\b(?:runs|clocks in at|lasts)(?: for| at| just| about| a brisk| a lean| a tight| a trim| only| under)* (\d{2,3}) (?:minutes|mins)\b/i;
/** A podcast's or a video's episode heading. */
const EPISODE = /^\s*(?:ep\.?|episode)\s*#?\d+\s*[:.–—|-]/im;
/** The episode's own line: its date and its length ("Released 14 October 2025 · 1 hr 24 min"). */
const EPISODE_LENGTH =
  /^\s*(?:released|posted|published|aired|uploaded|recorded|streamed)\b[^\n]{0,60}\b(?:19|20)\d\d\b[^\n]{0,20}?[·|•,–—-]\s*(\d\s*h(?:rs?|ours?)?\.?\s*\d{1,2}\s*m\w*|\d{2,3}\s*min\w*)/im;

/** Fills or mends the film's facts from a post's title, a question's title and prose. */
export const readThreadForms = (doc: CleanDoc, meta: DocMeta, h: MetaHelpers): void => {
  const text = doc.text;
  const head = text.slice(0, 8000);
  // "[Spoilers] The Salt Orchard": the thread's tag is no part of the title.
  if (meta.title !== null && TITLE_TAG.test(meta.title)) {
    const t = meta.title.replace(TITLE_TAG, '').trim();
    if (/\p{L}{2}/u.test(t)) meta.title = t;
  }
  // A question site's name over a question about the film.
  if ((meta.title === null || THREAD_SITE.test(meta.title)) && meta.titleEvidence !== 'stated') {
    for (const line of head.split('\n').slice(0, HEAD_LINES)) {
      if (line.length > 200 || !line.includes('(')) continue;
      const q = questionTitle(line);
      if (!q) continue;
      // Named again on the page (the question's body, the answer): the page's film. A page with
      // no title of its own takes its question's ("Can someone explain the ending of X (2019)?").
      const title = /\p{Ll}/u.test(q.title) ? q.title : h.titleCase(q.title);
      const named = text.toLowerCase().split(title.toLowerCase()).length - 1;
      const asked = meta.title === null && (line.includes('?') || /\bexplained\b/i.test(line));
      if (named < (asked ? 1 : 2)) continue;
      meta.title = title;
      meta.year = q.year;
      meta.titleEvidence = 'heading';
      break;
    }
  }
  // "Hedda Vang's Night Crossing" read as a title from prose while the page names "Night
  // Crossing" on its own too: the possessive is the director's.
  const owned =
    meta.title === null ? null : new RegExp(`^(${NAME})['’]s (.+)$`, 'u').exec(meta.title);
  if (owned && meta.title !== null) {
    const rest = owned[2] ?? '';
    // Not a title's own possessive ("The Cartographer's Oath"): a person's name, and the rest a
    // heading line of its own.
    const heading = new RegExp(
      `^\\s*${rest.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*(?:\\(|$)`,
      'mu',
    );
    if (
      !/^(?:The|A|An|Our|My|His|Her|Their|This|That)\s/.test(owned[1] ?? '') &&
      heading.test(text)
    ) {
      meta.title = rest;
      if (
        meta.director === null &&
        !h.company.test(owned[1] ?? '') &&
        !isStar(text, owned[1] ?? '')
      )
        meta.director = owned[1] ?? null;
    }
  }
  // "Teodor Vasić's Quarry Light": metadataStyles4's one possessive rule, on the mended title.
  if (meta.director === null) meta.director = possessiveDirector(text, meta.title, h);
  if (meta.runtimeMinutes === null) {
    const r = IS_MINUTES.exec(head);
    if (r) meta.runtimeMinutes = Number(r[1]);
  } else if (EPISODE.test(head)) {
    // An episode's length on its date line is the show's, when the prose says the film's.
    const e = EPISODE_LENGTH.exec(head);
    if (e && h.parseRuntime(e[1] ?? '') === meta.runtimeMinutes) {
      const r = RUNS.exec(head) ?? IS_MINUTES.exec(head);
      meta.runtimeMinutes = r ? Number(r[1]) : null;
    }
  }
};
