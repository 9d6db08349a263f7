import { z } from 'zod';

/**
 * The gold-file format of /work/shared/EVAL-FORMAT.md, declared once, and the checks that make a
 * gold file usable: every anchor an exact substring found exactly once in its document, 15 or
 * more events, every boilerplate string present. A gold file that fails them is a broken test,
 * not a converter failure, so `npm run eval` stops on it.
 */

/** The fewest events a gold file may list (EVAL-FORMAT.md: "15 or more anchors"). */
export const MIN_EVENTS = 15;

/** One narrated event: an exact substring of the document and its rank in story-world time. */
export const GoldEventSchema = z.object({
  anchor: z.string().min(1),
  chrono: z.number().int().positive(),
});
export type GoldEvent = z.infer<typeof GoldEventSchema>;

/** One person of the film, with every name the document uses for them. */
export const GoldCharacterSchema = z.object({
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  actor: z.string().nullable().optional(),
});
export type GoldCharacter = z.infer<typeof GoldCharacterSchema>;

/** A whole gold file, as EVAL-FORMAT.md shows it. */
export const GoldSchema = z.object({
  file: z.string().min(1),
  title: z.string().nullable().default(null),
  year: z.number().int().nullable().default(null),
  director: z.string().nullable().default(null),
  runtimeMinutes: z.number().nullable().default(null),
  characters: z.array(GoldCharacterSchema).default([]),
  notCharacters: z.array(z.string()).default([]),
  alsoOk: z.array(z.string()).default([]),
  events: z.array(GoldEventSchema),
  boilerplate: z.array(z.string().min(1)).default([]),
});
export type Gold = z.infer<typeof GoldSchema>;

/** The outcome of reading a gold file: the gold, or the problems that make it unusable. */
export type GoldCheck = { ok: true; gold: Gold } | { ok: false; problems: string[] };

/** Every start offset of `needle` in `text` (overlapping matches included). */
export const occurrences = (text: string, needle: string): number[] => {
  const found: number[] = [];
  if (!needle) return found;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) found.push(at);
  return found;
};

const shorten = (s: string, max = 60): string => (s.length > max ? `${s.slice(0, max - 1)}…` : s);

/** Parses a gold file's JSON and checks it against its document's text, naming every problem. */
export const checkGold = (data: unknown, text: string): GoldCheck => {
  const parsed = GoldSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length ? issue.path.join('.') : 'top level';
    return { ok: false, problems: [`${where}: ${issue?.message ?? 'not a gold file'}`] };
  }
  const gold = parsed.data;
  const problems: string[] = [];
  if (gold.events.length < MIN_EVENTS)
    problems.push(`only ${gold.events.length} events (at least ${MIN_EVENTS} needed)`);
  gold.events.forEach((e, i) => {
    const n = occurrences(text, e.anchor).length;
    if (n === 0) problems.push(`events.${i}: anchor not found: "${shorten(e.anchor)}"`);
    else if (n > 1) problems.push(`events.${i}: anchor not unique (${n}×): "${shorten(e.anchor)}"`);
  });
  gold.boilerplate.forEach((b, i) => {
    if (occurrences(text, b).length === 0)
      problems.push(`boilerplate.${i}: not found: "${shorten(b)}"`);
  });
  return problems.length ? { ok: false, problems } : { ok: true, gold };
};
