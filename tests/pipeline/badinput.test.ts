import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkFilm, checkFilmIndex, type Film } from '../../src/model';
import { generateCorpus } from '../bench/corpus';
import { makeSandbox, problemLines, storyCurvesFile, type Sandbox } from './fixtures/sandbox';

/**
 * Each bad input sits beside one good document: the CLI must name the bad file in one line,
 * exit 1 (or 0 where the input is fine after all), still write the good film exactly as a run
 * without the bad input writes it, and leave a whole output folder (every file listed, parsed
 * and valid, no leftovers). Killing the CLI mid-write is tested in cli.test.ts ("atomic output").
 */
let box: Sandbox;
const [good] = generateCorpus(1, 11);
/** The good document's film file as a run with only that document writes it: name -> bytes. */
let goodAlone: [string, string];
beforeAll(() => {
  const alone = makeSandbox();
  alone.seed(good!.file, good!.text);
  expect(alone.run().code).toBe(0);
  const files = Object.entries(alone.files()).filter(([path]) => path.startsWith('films'));
  rmSync(alone.dir, { recursive: true, force: true });
  expect(files).toHaveLength(1);
  goodAlone = files[0]!;
});
beforeEach(() => {
  box = makeSandbox();
  box.seed(good!.file, good!.text);
});
afterEach(() => rmSync(box.dir, { recursive: true, force: true }));

const films = (): Film[] =>
  readdirSync(join(box.out, 'films')).map(
    (f) => JSON.parse(readFileSync(join(box.out, 'films', f), 'utf8')) as Film,
  );

/**
 * The output folder is whole: index.json lists exactly the film files present, every file
 * parses and validates, and no tmp/old folder of the run is left beside it.
 */
const expectWholeOutput = () => {
  const files = box.files();
  const index = checkFilmIndex(JSON.parse(files['index.json'] ?? 'null'));
  expect(index.ok).toBe(true);
  const listed = index.ok ? index.value.films.map((f) => join('films', `${f.id}.json`)) : [];
  expect(Object.keys(files).filter((p) => p !== 'index.json')).toEqual(listed.sort());
  for (const path of listed) expect(checkFilm(JSON.parse(files[path] ?? 'null')).ok).toBe(true);
  expect(readdirSync(box.dir).filter((f) => /^out\.(?:tmp|old)-/.test(f))).toEqual([]);
};

/** The good film is written, byte for byte as without the bad input beside it. */
const goodFilmWritten = (): boolean => box.files()[goodAlone[0]] === goodAlone[1];

const expectBad = (expected: string) => {
  const r = box.run();
  expect(problemLines(r.stderr)).toEqual([expected]);
  expect(r.code).toBe(1);
  expect(goodFilmWritten()).toBe(true);
  expectWholeOutput();
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

  it('names a document that tells a story without naming anyone', () => {
    box.seed(
      'nonames.txt',
      [
        'The woman returns to the house where she grew up. She finds a letter from her father.',
        'Years ago, he hid the letter under the stairs. The two of them argue about the sea.',
        'Back in the present, she reads the letter and calls her brother. He refuses to come.',
      ].join('\n\n'),
    );
    expectBad('nonames.txt: no story found (no named characters) [no-story]');
  });

  it('names a document with no story at all', () => {
    box.seed('nostory.txt', 'it was a dark night. nothing happened. the end.\n');
    expectBad('nostory.txt: no story found (no named characters) [no-story]');
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
    expect(film!.scenes.map((s) => s.kind)).toContain('flashback');
    expect(goodFilmWritten()).toBe(true);
    expectWholeOutput();
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
    expect(goodFilmWritten()).toBe(true);
    expectWholeOutput();
  });

  it('blanks out a pasted script block and inline tags, keeping the text as text', () => {
    const page =
      '<html><head><script>document.title = "Maren";</script></head><body>\n' +
      STORY.map((p) => `<p>${p.replace('letter', '<b>letter</b>')}</p>`).join('\n') +
      '\n</body></html>\n';
    box.seed('script.txt', page);
    const r = box.run();
    expect([problemLines(r.stderr), r.code]).toEqual([
      [
        'warning: script.txt: looks like an HTML page; its tags were blanked out (offsets unchanged) [html-markup]',
      ],
      0,
    ]);
    const film = films().find((f) => f.sources.some((s) => s.file === 'script.txt'));
    expect(film?.sources.find((s) => s.file === 'script.txt')?.chars).toBe(page.length);
    expect(film?.scenes.some((s) => /[<>]|document\.title/.test(s.text))).toBe(false);
    expect(goodFilmWritten()).toBe(true);
    expectWholeOutput();
  });

  it('builds a film from one line of 2 MB, with no message and exit 0', () => {
    const line = Array.from({ length: 30_000 }, (_, i) => STORY[i % STORY.length])
      .join(' ')
      .slice(0, 2 * 1024 * 1024);
    expect(line.length).toBe(2 * 1024 * 1024);
    box.seed('oneline.txt', line);
    const r = box.run();
    expect([problemLines(r.stderr), r.code]).toEqual([[], 0]);
    const film = films().find((f) => f.sources.some((s) => s.file === 'oneline.txt'));
    expect(film?.scenes.length).toBeGreaterThan(1);
    for (const span of film!.scenes.flatMap((s) => s.sources))
      expect(span.end).toBeLessThanOrEqual(line.length);
    expect(goodFilmWritten()).toBe(true);
    expectWholeOutput();
  }, 120_000);

  it('reports two documents claiming one title with different years, naming both', () => {
    box.seed('a.txt', `The Lighthouse Letter (1994)\n\n${STORY.join('\n\n')}\n`);
    box.seed('b.txt', `The Lighthouse Letter (2011)\n\n${STORY.slice(0, 2).join('\n\n')}\n`);
    const r = box.run();
    // One line per document, each naming both files and both years.
    const conflict =
      'documents claim one title with different years (1994, 2011): a.txt, b.txt; kept as separate films [title-year-conflict]';
    expect(problemLines(r.stderr)).toEqual([`a.txt: ${conflict}`, `b.txt: ${conflict}`]);
    expect(r.code).toBe(1);
    // The converter keeps them apart as two films (its documented choice), next to the good one.
    expect(
      films()
        .filter((f) => f.title === 'The Lighthouse Letter')
        .map((f) => [f.id, f.year, f.sources.map((s) => s.file)]),
    ).toEqual([
      ['the-lighthouse-letter-1994', 1994, ['a.txt']],
      ['the-lighthouse-letter-2011', 2011, ['b.txt']],
    ]);
    expect(goodFilmWritten()).toBe(true);
    expectWholeOutput();
  });
});

describe('bad annotation files', () => {
  const seedFilm = () => {
    box.seed('memento_simple.json', storyCurvesFile());
    return 'memento';
  };
  /** Memento's chronological order as built with no annotation file. */
  const unannotated = [1, 0, 2];
  const mementoOrder = () =>
    films()
      .find((f) => f.id === 'memento')
      ?.scenes.map((s) => s.chronoIndex);

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
    expect(mementoOrder()).toEqual(unannotated);
    expect(goodFilmWritten()).toBe(true);
    expectWholeOutput();
  });

  it('names an unknown character id, builds the film without the file, exits 1', () => {
    seedFilm();
    box.annotate(
      'memento.json',
      '{"film": "memento", "renameCharacters": [{"character": "sammy", "name": "Sammy"}]}',
    );
    const r = box.run();
    expect(problemLines(r.stderr)).toEqual([
      'annotations/memento.json: renameCharacters[0].character names character sammy, which the film does not have [annotation-unknown-character]',
    ]);
    expect(r.code).toBe(1);
    expect(
      films()
        .find((f) => f.id === 'memento')
        ?.characters.map((c) => c.name),
    ).toEqual(['Leonard', 'Teddy']);
    expect(goodFilmWritten()).toBe(true);
    expectWholeOutput();
  });

  it('names a syntax error with line and column, builds the film without the file, exits 1', () => {
    seedFilm();
    box.annotate('memento.json', '{\n  "film": "memento",\n}\n');
    const r = box.run();
    expect(problemLines(r.stderr)).toEqual([
      'annotations/memento.json: is not valid JSON (expected double-quoted property name at line 3, column 1) [annotation-syntax]',
    ]);
    expect(r.code).toBe(1);
    expect(mementoOrder()).toEqual(unannotated);
    expect(goodFilmWritten()).toBe(true);
    expectWholeOutput();
  });

  it('names a cycle among moves, applies none of them, exits 1', () => {
    seedFilm();
    box.annotate(
      'memento.json',
      '{"film": "memento", "moveScene": [{"scene": "s01", "after": "s03"}, {"scene": "s03", "after": "s01"}]}',
    );
    const r = box.run();
    expect(problemLines(r.stderr)).toEqual([
      'annotations/memento.json: moveScene asks for a cycle: s01 before s03 before s01 [annotation-cycle]',
    ]);
    expect(r.code).toBe(1);
    expect(mementoOrder()).toEqual(unannotated);
    expect(goodFilmWritten()).toBe(true);
    expectWholeOutput();
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
