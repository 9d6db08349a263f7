import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkFilm, type Film } from '../../src/model';
import { generateCorpus } from '../bench/corpus';
import { makeSandbox, problemLines, storyCurvesFile, type Sandbox } from './fixtures/sandbox';

/**
 * Each bad input sits beside one good document: the CLI must name the bad file in one line,
 * still write the good film, and exit 1 (or 0 where the input is fine after all).
 */
let box: Sandbox;
const [good] = generateCorpus(1, 11);
beforeEach(() => {
  box = makeSandbox();
  box.seed(good!.file, good!.text);
});
afterEach(() => rmSync(box.dir, { recursive: true, force: true }));

const films = (): Film[] =>
  readdirSync(join(box.out, 'films')).map(
    (f) => JSON.parse(readFileSync(join(box.out, 'films', f), 'utf8')) as Film,
  );
const goodFilmWritten = () => films().some((f) => f.sources.some((s) => s.file === good!.file));

const expectBad = (expected: string) => {
  const r = box.run();
  expect(problemLines(r.stderr)).toEqual([expected]);
  expect(r.code).toBe(1);
  expect(goodFilmWritten()).toBe(true);
};

/** A short story every converter should turn into a film. */
const STORY = [
  'Maren Holt (Ada Quist) returns to the lighthouse where she grew up. She finds a letter from her father, Tomas Holt.',
  'Twenty years ago, Tomas hid the letter under the stairs. Tomas argues with Maren about the sea.',
  'Back in the present, Maren reads the letter and calls her brother, Eli Holt. Eli refuses to come.',
  'The next morning, Eli arrives at the lighthouse. Maren and Eli burn the letter together.',
];

describe('bad seed documents', () => {
  it('names an empty file', () => {
    box.seed('empty.txt', '');
    expectBad('empty.txt: is empty [empty-file]');
  });

  it('names a file holding only whitespace', () => {
    box.seed('blank.txt', '  \n\n\t \r\n');
    expectBad('blank.txt: holds only whitespace [whitespace-only]');
  });

  it('names a PNG image renamed .txt', () => {
    box.seed(
      'poster.txt',
      Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]),
    );
    expectBad('poster.txt: looks binary (PNG image), not text [binary-file]');
  });

  it('names invalid UTF-8 with its byte offset', () => {
    box.seed(
      'latin1.txt',
      Buffer.concat([Buffer.from('Almod'), Buffer.from([0xf3]), Buffer.from('var directs.')]),
    );
    expectBad(
      'latin1.txt: is not valid UTF-8 (first bad byte at byte offset 5); save it as UTF-8 [invalid-utf8]',
    );
  });

  it('rejects UTF-16 with a byte-order mark', () => {
    box.seed(
      'utf16.txt',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(STORY.join('\n\n'), 'utf16le')]),
    );
    expectBad('utf16.txt: is UTF-16 (byte-order mark); save it as UTF-8 [utf16]');
  });

  it('rejects a 50 MB file by its size', () => {
    box.seed('huge.txt', Buffer.alloc(50 * 1024 * 1024, 'a'));
    expectBad('huge.txt: is 50.0 MB; the limit is 10 MB per document [file-too-large]');
  });

  it('names a Story Curves file with a missing field', () => {
    box.seed('broken_simple.json', storyCurvesFile().replace('"story_order":1,', ''));
    expectBad(
      'broken_simple.json: not a Story Curves scene file: scenes[0].story_order is missing [not-story-curves]',
    );
  });

  it('names a document with no names and no story', () => {
    box.seed('nonames.txt', 'it was a dark night. nothing happened. the end.\n');
    const r = box.run();
    const lines = problemLines(r.stderr);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^nonames\.txt: /);
    expect([r.code, goodFilmWritten()]).toEqual([1, true]);
  });
});

describe('unusual but usable seed documents', () => {
  it('builds a film from a document with Windows line endings, spans indexing the raw text', () => {
    const text = STORY.join('\r\n\r\n') + '\r\n';
    box.seed('crlf.txt', text);
    const r = box.run();
    expect(problemLines(r.stderr)).toEqual([]);
    expect(r.code).toBe(0);
    const film = films().find((f) => f.sources.some((s) => s.file === 'crlf.txt'));
    expect(film && checkFilm(film).ok).toBe(true);
    for (const span of film!.scenes.flatMap((s) => s.sources).filter((s) => s.file === 'crlf.txt'))
      expect(span.end).toBeLessThanOrEqual(text.length);
  });

  it('keeps a UTF-8 byte-order mark in the source text', () => {
    box.seed('bom.txt', '\uFEFF' + STORY.join('\n\n'));
    expect(box.run().code).toBe(0);
    const film = films().find((f) => f.sources.some((s) => s.file === 'bom.txt'));
    expect(film?.sources.find((s) => s.file === 'bom.txt')?.text?.charCodeAt(0)).toBe(0xfeff);
  });

  it('builds a film from a story pasted with HTML markup', () => {
    box.seed(
      'page.txt',
      STORY.map((p) => `<p class="story">${p}</p>`).join('\n') +
        '\n<div><a href="/x">Share</a></div>\n',
    );
    const r = box.run();
    expect([problemLines(r.stderr), r.code]).toEqual([
      [
        'warning: page.txt: looks like an HTML page; its tags were blanked out (offsets unchanged) [html-markup]',
      ],
      0,
    ]);
    const film = films().find((f) => f.sources.some((s) => s.file === 'page.txt'));
    expect(film?.scenes.some((s) => /<\/?p\b/.test(s.text))).toBe(false);
    expect(film?.scenes.some((s) => s.kind === 'flashback')).toBe(true);
  });

  it('handles one line of 2 MB: a film or one clear line, in bounded time', () => {
    const line = Array.from({ length: 30_000 }, (_, i) => STORY[i % STORY.length])
      .join(' ')
      .slice(0, 2 * 1024 * 1024);
    box.seed('oneline.txt', line);
    const r = box.run();
    const lines = problemLines(r.stderr);
    expect(lines.every((l) => l.startsWith('oneline.txt: '))).toBe(true);
    expect(lines.length <= 1 && r.code === (lines.length ? 1 : 0)).toBe(true);
    expect(goodFilmWritten()).toBe(true);
  }, 60_000);

  it('reports two documents claiming one title with different years, naming both', () => {
    box.seed('a.txt', `The Lighthouse Letter (1994)\n\n${STORY.join('\n\n')}\n`);
    box.seed('b.txt', `The Lighthouse Letter (2011)\n\n${STORY.slice(0, 2).join('\n\n')}\n`);
    const r = box.run();
    const lines = problemLines(r.stderr);
    expect(lines.length).toBeGreaterThan(0);
    expect(
      lines.every(
        (l) =>
          l.includes('a.txt') && l.includes('b.txt') && l.includes('1994') && l.includes('2011'),
      ),
    ).toBe(true);
    expect(r.code).toBe(1);
    // The converter keeps them apart as two films (its documented choice), next to the good one.
    expect(films().filter((f) => f.title === 'The Lighthouse Letter')).toHaveLength(2);
    expect(goodFilmWritten()).toBe(true);
  });
});

describe('bad annotation files', () => {
  const seedFilm = () => {
    box.seed('memento_simple.json', storyCurvesFile());
    return 'memento';
  };

  it('names an unknown scene id, builds the film without the file, exits 1', () => {
    seedFilm();
    box.annotate(
      'memento.json',
      '{"film": "memento", "moveScene": [{"scene": "s99", "before": "s01"}]}',
    );
    const r = box.run();
    expect(problemLines(r.stderr)).toEqual([
      'annotations/memento.json: moveScene[0].scene names scene s99, which the film does not have [annotation-unknown-scene]',
    ]);
    expect(r.code).toBe(1);
    expect(
      films()
        .find((f) => f.id === 'memento')
        ?.scenes.map((s) => s.chronoIndex),
    ).toEqual([1, 0, 2]);
  });

  it('names an unknown character id', () => {
    seedFilm();
    box.annotate(
      'memento.json',
      '{"film": "memento", "renameCharacters": [{"character": "sammy", "name": "Sammy"}]}',
    );
    expect(problemLines(box.run().stderr)).toEqual([
      'annotations/memento.json: renameCharacters[0].character names character sammy, which the film does not have [annotation-unknown-character]',
    ]);
  });

  it('names a syntax error with line and column', () => {
    seedFilm();
    box.annotate('memento.json', '{\n  "film": "memento",\n}\n');
    const r = box.run();
    expect(problemLines(r.stderr)).toEqual([
      'annotations/memento.json: is not valid JSON (expected double-quoted property name at line 3, column 1) [annotation-syntax]',
    ]);
    expect(r.code).toBe(1);
  });

  it('names a cycle among moves', () => {
    seedFilm();
    box.annotate(
      'memento.json',
      '{"film": "memento", "moveScene": [{"scene": "s01", "after": "s03"}, {"scene": "s03", "after": "s01"}]}',
    );
    expect(problemLines(box.run().stderr)).toEqual([
      'annotations/memento.json: moveScene asks for a cycle: s01 before s03 before s01 [annotation-cycle]',
    ]);
  });

  it('names an annotation file for a film no seed built', () => {
    box.annotate('vertigo.json', '{"film": "vertigo"}');
    expect(problemLines(box.run().stderr)).toEqual([
      'annotations/vertigo.json: names film vertigo, which the seeds did not build [annotation-unknown-film]',
    ]);
  });

  it('applies a good annotation file and exits 0', () => {
    seedFilm();
    box.annotate(
      'memento.json',
      '{"film": "memento", "setKind": [{"scene": "s02", "kind": "recounted"}]}',
    );
    const r = box.run();
    expect(r.code).toBe(0);
    expect(films().find((f) => f.id === 'memento')?.scenes[1]?.kind).toBe('recounted');
  });
});
