/**
 * Stage 5 (characters): people the page credits for its own making or for the film's, never its
 * story's people. A podcast's "Hosted by Priya Raman and Josh Feld", a recap's "Posted by ...",
 * a review's "Written by ...", a show note's "Produced by ..." or "Music by ..." at the start of a
 * line, and "directed by X" anywhere: the hosts then talk inside the recap ("As Priya pointed out
 * on the show") and the director is named in prose where the metadata did not catch it.
 */

import { pagePeople } from './pageTalk';

/** A credit at the start of a line (after a bullet): the names that follow are the page's people. */
const LINE_CREDIT =
  /(?:^|[.|]\s+)[\s•*·–—-]*(?:(?:co-)?hosted|presented|produced|written|reviewed|posted|submitted|edited|narrated|recorded|mixed|compiled|moderated|music|artwork|transcribed) by\s+([^.|\n]+)/gimu;
/** "directed by X" anywhere in the text. */
const DIRECTED_BY = /\bdirected by\s+((?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’-]+)/gu;
/** A page's "Starring: A, B and C" line: its names are performers, never the story's people. */
const STARRING_LINE = /^[\s•*·–—-]*(?:starring|stars|main cast)\s*:\s*([^\n]+)/gimu;
/** A person's name at the start of a list of credited names. */
const NAME = /^(?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’-]+/u;
/** What separates the names of one credit ("A, B and C"). */
const SEPARATOR = /\s*(?:,|&|\band\b|\bwith\b)\s*/;
/** A credit line with more than this many names is a list, not a byline. */
const MAX_NAMES = 4;

/**
 * Adds a full name and its last word (how critics name a director), and its first word too for
 * the page's own people (hosts call each other by first name).
 */
const addForms = (out: Set<string>, name: string, firstName: boolean): void => {
  const words = name.trim().split(/\s+/);
  if (words.length < 2) return;
  out.add(words.join(' '));
  if (firstName) out.add(words[0] ?? '');
  out.add(words[words.length - 1] ?? '');
};

/** Every form of every name the page credits (see above). */
export const creditedNames = (text: string): Set<string> => {
  // A show's labelled hosts and guests, a thread's posters (pageTalk.ts).
  const out = pagePeople(text);
  // "Kerr is superb" in a review whose facts say "Starring: Joanne Kerr": the performer.
  if (/\b(?:starring|stars|main cast)\s*:/i.test(text))
    for (const m of text.matchAll(STARRING_LINE))
      for (const part of (m[1] ?? '').split(SEPARATOR)) {
        // "Lena (Joanne Kerr)" names the character first: left to the cast readers.
        if (part.includes('(')) continue;
        const name = NAME.exec(part.trim());
        if (name) addForms(out, name[0], false);
      }
  if (!/\bby\b/i.test(text)) return out;
  for (const m of text.matchAll(LINE_CREDIT)) {
    const parts = (m[1] ?? '').split(SEPARATOR).slice(0, MAX_NAMES + 1);
    if (parts.length > MAX_NAMES) continue;
    for (const part of parts) {
      const name = NAME.exec(part.trim());
      if (name) addForms(out, name[0], true);
    }
  }
  for (const m of text.matchAll(DIRECTED_BY)) addForms(out, m[1] ?? '', false);
  return out;
};
