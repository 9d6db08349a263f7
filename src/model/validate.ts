import type { z } from 'zod';
import { FilmIndexSchema, FilmSchema, type Film, type FilmIndex } from './film';

/** The outcome of checking unknown data against the contract. */
export type Checked<T> = { ok: true; value: T } | { ok: false; error: string };

const firstIssue = (error: z.ZodError): string => {
  const issue = error.issues[0];
  if (!issue) return 'does not match the film contract';
  const where = issue.path.length ? issue.path.join('.') : 'top level';
  return `${where}: ${issue.message}`;
};

/** Checks unknown data against the film contract, naming the first problem found. */
export const checkFilm = (data: unknown): Checked<Film> => {
  const parsed = FilmSchema.safeParse(data);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, error: firstIssue(parsed.error) };
};

/** Checks unknown data against the index contract, naming the first problem found. */
export const checkFilmIndex = (data: unknown): Checked<FilmIndex> => {
  const parsed = FilmIndexSchema.safeParse(data);
  return parsed.success
    ? { ok: true, value: parsed.data }
    : { ok: false, error: firstIssue(parsed.error) };
};
