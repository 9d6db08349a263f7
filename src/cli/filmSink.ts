import { checkFilm, type Film } from '../model';
import { applyAnnotations, parseAnnotations, type Annotations } from '../pipeline/annotations';
import { Diagnostics, type Diagnostic } from '../pipeline/diagnostics';
import { withStructure } from '../pipeline/measures';
import type { AnnotationText } from '../pipeline/read';
import { openOutput, type OutputWriter } from '../pipeline/write';

/**
 * What build-data does with each film as the converter hands it over, so that no more than one
 * film is held at a time: drop a second film of an id already taken (the first one stays), apply
 * the film's annotation files, add the structure measures, validate once, write.
 *
 * Films come in the converter's group order, not by id. So that the messages read as they did when
 * these steps ran on the whole sorted list, each step reports into a sink of its own and
 * `messages()` gives: duplicate ids by id, then what reading the annotation files found, then each
 * annotation file's problems in file-name order, then invalid films by id.
 */
export interface FilmSink {
  /** Takes one film; never throws (a disk failure is kept in `writeError`). */
  add(film: Film): void;
  /** Forgets every film taken so far and what was written (a converter batch to be redone). */
  reset(): void;
  /** How many valid films were taken (and written, unless the disk failed). */
  readonly count: number;
  /** Every input file that fed a valid film. */
  readonly fed: ReadonlySet<string>;
  /** The first disk failure, if writing failed; nothing more is written then. */
  readonly writeError: unknown;
  /** Writes the index and swaps the output in; throws as writeOutput does. */
  commit(): void;
  /** The messages of the film steps, in the order above. */
  messages(): Diagnostic[];
}

/** One annotation file: its parsed corrections (null when bad) and its messages. */
interface AnnotationFile {
  annotations: Annotations | null;
  file: string;
  parsed: Diagnostics;
  applied: Diagnostics;
}

/** A message that belongs to a film id (sorted by id, then by arrival). */
interface ByFilm {
  id: string;
  diagnostic: Diagnostic;
}

const sortedById = (list: readonly ByFilm[]): Diagnostic[] =>
  list
    .map((entry, arrival) => ({ ...entry, arrival }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.arrival - b.arrival))
    .map((entry) => entry.diagnostic);

const error = (file: string, rule: string, message: string): Diagnostic => ({
  file,
  rule,
  message,
  severity: 'error',
});

/**
 * Makes the sink that writes into `out` (replaced atomically at commit). `annotationFiles` are
 * parsed at once; `readMessages` are what reading them reported.
 */
export const createFilmSink = (
  out: string,
  annotationFiles: readonly AnnotationText[],
  readMessages: readonly Diagnostic[],
  onFilm?: (count: number) => void,
): FilmSink => {
  const files: AnnotationFile[] = annotationFiles.map(({ file, text }) => {
    const parsed = new Diagnostics();
    return {
      annotations: parseAnnotations(file, text, parsed),
      file,
      parsed,
      applied: new Diagnostics(),
    };
  });
  let writer: OutputWriter = openOutput(out);
  /** Kept films by id: the file of each one's first source, for a later duplicate's message. */
  let taken = new Map<string, string>();
  let duplicates: ByFilm[] = [];
  let invalid: ByFilm[] = [];
  let fed = new Set<string>();
  let count = 0;
  let writeError: unknown = null;

  const add = (raw: Film): void => {
    const file = raw.sources[0]?.file ?? raw.id;
    const first = taken.get(raw.id);
    if (first !== undefined) {
      duplicates.push({
        id: raw.id,
        diagnostic: error(
          file,
          'duplicate-film-id',
          `builds film ${raw.id}, which ${first} already builds; kept that one`,
        ),
      });
      return;
    }
    taken.set(raw.id, raw.sources[0]?.file ?? 'another input');
    let film = raw;
    for (const a of files)
      if (a.annotations?.film === film.id)
        film = applyAnnotations(film, a.annotations, a.file, a.applied);
    // Structure measures and blocks come last, so they describe the corrected orders.
    const checked = checkFilm(withStructure(film));
    if (!checked.ok) {
      invalid.push({
        id: film.id,
        diagnostic: error(
          film.sources[0]?.file ?? film.id,
          'invalid-film',
          `builds an invalid film ${film.id} (${checked.error})`,
        ),
      });
      return;
    }
    for (const s of checked.value.sources) fed.add(s.file);
    count++;
    if (writeError === null) {
      try {
        writer.add(checked.value);
      } catch (failure) {
        writeError = failure;
        writer.abort();
      }
    }
    onFilm?.(count);
  };

  return {
    add,
    reset() {
      writer.abort();
      writer = openOutput(out);
      taken = new Map();
      duplicates = [];
      invalid = [];
      fed = new Set();
      count = 0;
      writeError = null;
      for (const a of files) a.applied = new Diagnostics();
    },
    get count() {
      return count;
    },
    get fed() {
      return fed;
    },
    get writeError() {
      return writeError;
    },
    commit() {
      if (writeError !== null) throw writeError;
      writer.commit();
    },
    messages() {
      const perFile = files.flatMap((a) => {
        const unknown =
          a.annotations && !taken.has(a.annotations.film)
            ? [
                error(
                  a.file,
                  'annotation-unknown-film',
                  `names film ${a.annotations.film}, which the seeds did not build`,
                ),
              ]
            : [];
        return [...a.parsed.items, ...unknown, ...a.applied.items];
      });
      return [...sortedById(duplicates), ...readMessages, ...perFile, ...sortedById(invalid)];
    },
  };
};
