import fc from 'fast-check';
import { describe, it } from 'vitest';
import { checkFilm, type Film } from '../../src/model';
import { convertDocuments } from '../../src/pipeline/convert';
import { Diagnostics } from '../../src/pipeline/diagnostics';
import type { SourceText } from '../../src/pipeline/source';

/** Seeded, so a failure reproduces; 300 runs per property as the brief asks. */
const RUNS = { seed: 42, numRuns: 300 } as const;

const SENTENCES = [
  'Robert Ledgard (Antonio Banderas) operates on Vera.',
  'Marilia watches the screens in the kitchen.',
  'She slips a pill in the drink.',
  'Vicente wakes up in a cell.',
  '"You are joking, right?" Marilia says.',
  'They drive to Toledo in silence.',
  'He had committed a crime years before.',
  'Elena (Ariadna Gil) leaves the clinic.',
];
const CUES = [
  'Twelve years ago,',
  'An extended flashback occurs.',
  'Back in the present,',
  'It is now morning.',
  'The next day,',
  'Meanwhile,',
  'We cut to',
  'In 1994,',
  'Warning: spoilers below!',
  'Last Updated: 2024-01-01',
];
const NAMES = [
  'Vera',
  'Robert',
  'Ledgard',
  'Zeca',
  'Norma',
  'Marilia',
  'Antonio Banderas',
  'Toledo',
];
const MARKUP = [
  '<p>',
  '</p>',
  '<br/>',
  '&amp;',
  '<a href="x">Share</a>',
  '• Director: Pedro Almodóvar',
  'Year: 2011',
  'Actor Character',
];
const SEPARATORS = [' ', '\n', '\n\n', '\r\n', '\r\n\r\n', '\t'];

/** Text made of real sentences, cue phrases, names, markup and noise, in any mix. */
const documentText = fc
  .array(
    fc.tuple(
      fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...SENTENCES) },
        { weight: 2, arbitrary: fc.constantFrom(...CUES) },
        { weight: 2, arbitrary: fc.constantFrom(...NAMES) },
        { weight: 1, arbitrary: fc.constantFrom(...MARKUP) },
        { weight: 1, arbitrary: fc.string({ maxLength: 30 }) },
        { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
        { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
      ),
      fc.constantFrom(...SEPARATORS),
    ),
    { maxLength: 60 },
  )
  .map((parts) => parts.map(([text, sep]) => text + sep).join(''));

const documents = fc
  .array(documentText, { minLength: 1, maxLength: 3 })
  .map((texts): SourceText[] => texts.map((text, i) => ({ file: `doc${i}.txt`, text })));

const convert = (docs: SourceText[]): Film[] => convertDocuments(docs, new Diagnostics());

describe('convertDocuments on arbitrary text', () => {
  it('never throws', () => {
    fc.assert(
      fc.property(documents, (docs) => {
        convert(docs);
      }),
      RUNS,
    );
  });

  it('returns only films that validate against the contract', () => {
    fc.assert(
      fc.property(documents, (docs) => convert(docs).every((film) => checkFilm(film).ok)),
      RUNS,
    );
  });

  it('makes storyIndex and chronoIndex permutations of 0..n-1', () => {
    const isPermutation = (xs: number[]) => [...xs].sort((a, b) => a - b).every((x, i) => x === i);
    fc.assert(
      fc.property(documents, (docs) =>
        convert(docs).every(
          (f) =>
            isPermutation(f.scenes.map((s) => s.storyIndex)) &&
            isPermutation(f.scenes.map((s) => s.chronoIndex)),
        ),
      ),
      RUNS,
    );
  });

  it('keeps every span inside its source, and spans of one source apart', () => {
    fc.assert(
      fc.property(documents, (docs) => {
        const length = new Map(docs.map((d) => [d.file, d.text.length]));
        for (const film of convert(docs)) {
          const spans = film.scenes.flatMap((s) => s.sources);
          for (const s of spans) {
            const n = length.get(s.file);
            if (n === undefined || s.start < 0 || s.end > n || s.start > s.end) return false;
          }
          for (const file of length.keys()) {
            const mine = spans.filter((s) => s.file === file).sort((a, b) => a.start - b.start);
            for (let i = 1; i < mine.length; i++)
              if ((mine[i]?.start ?? 0) < (mine[i - 1]?.end ?? 0)) return false;
          }
        }
        return true;
      }),
      RUNS,
    );
  });

  it('is deterministic: the same documents give equal films', () => {
    fc.assert(
      fc.property(
        documents,
        (docs) => JSON.stringify(convert(docs)) === JSON.stringify(convert(docs)),
      ),
      { ...RUNS, numRuns: 100 },
    );
  });

  it('returns films sorted by id', () => {
    fc.assert(
      fc.property(documents, (docs) => {
        const ids = convert(docs).map((f) => f.id);
        return ids.every((id, i) => i === 0 || (ids[i - 1] ?? '') <= id);
      }),
      RUNS,
    );
  });
});

describe('scene text', () => {
  it('is the exact slice of the source its span names', () => {
    fc.assert(
      fc.property(documents, (docs) => {
        const text = new Map(docs.map((d) => [d.file, d.text]));
        return convert(docs).every((film) =>
          film.scenes.every(
            (scene) =>
              scene.sources.length !== 1 ||
              scene.text ===
                (text.get(scene.sources[0]!.file) ?? '').slice(
                  scene.sources[0]!.start,
                  scene.sources[0]!.end,
                ),
          ),
        );
      }),
      RUNS,
    );
  });
});
