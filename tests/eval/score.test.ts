import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runEval, type Convert } from '../../src/cli/eval';
import { checkGold, GoldSchema, type Gold } from '../../src/cli/evalGold';
import { fold, scoreDocument } from '../../src/cli/evalScore';
import {
  asChronoIndex,
  asStoryIndex,
  SCHEMA_VERSION,
  type Character,
  type Film,
  type Scene,
} from '../../src/model';

// A tiny document: three sentences, each an event, told in the order C, A, B.
const FILE = 'tiny.txt';
const TEXT = 'Gamma happens last. Alpha happens first. Beta happens second. Share this page.';
const at = (s: string): number => TEXT.indexOf(s);

/** A scene over [start, end) of the tiny document, with its story and chrono positions. */
const scene = (id: string, start: number, end: number, story: number, chrono: number): Scene => ({
  id,
  storyIndex: asStoryIndex(story),
  chronoIndex: asChronoIndex(chrono),
  title: id,
  text: TEXT.slice(start, end),
  characters: [],
  kind: 'present',
  timeCue: null,
  location: null,
  timeOfDay: null,
  spoiler: 0,
  sources: [{ file: FILE, start, end }],
});

const character = (name: string, aliases: string[] = []): Character => ({
  id: name.toLowerCase().replace(/[^a-z]+/g, '-'),
  name,
  aliases,
  actor: null,
});

const film = (scenes: Scene[], characters: Character[] = [], extra: Partial<Film> = {}): Film => ({
  schemaVersion: SCHEMA_VERSION,
  id: 'tiny',
  title: 'Tiny',
  aka: [],
  year: null,
  runtimeMinutes: null,
  director: null,
  language: null,
  genres: [],
  premise: null,
  sources: [{ file: FILE, chars: TEXT.length }],
  characters,
  scenes,
  ...extra,
});

const gold = (over: Partial<Gold> = {}): Gold =>
  GoldSchema.parse({
    file: FILE,
    events: [
      { anchor: 'Gamma happens', chrono: 3 },
      { anchor: 'Alpha happens', chrono: 1 },
      { anchor: 'Beta happens', chrono: 2 },
    ],
    ...over,
  });

const END_B = at('Share');

describe('chronological accuracy', () => {
  it('counts a pair in one scene right when the gold order is the text order', () => {
    const g = gold({
      events: [
        { anchor: 'Alpha happens', chrono: 1 },
        { anchor: 'Beta happens', chrono: 2 },
      ],
    });
    const s = scoreDocument(film([scene('s0', 0, END_B, 0, 0)]), g, TEXT);
    expect(s.chrono).toEqual({ right: 1, total: 1, value: 1 });
  });

  it('counts a pair in one scene wrong when the gold order reverses the text order', () => {
    const s = scoreDocument(film([scene('s0', 0, END_B, 0, 0)]), gold(), TEXT);
    // Gamma-Alpha and Gamma-Beta are reversed in the text; Alpha-Beta is in text order.
    expect(s.chrono).toMatchObject({ right: 1, total: 3 });
    expect(s.wrongPairs.every((w) => w.reason === 'same-scene-order')).toBe(true);
  });

  it('judges a pair in different scenes by chronoIndex', () => {
    const scenes = [
      scene('s0', 0, at('Alpha'), 0, 2),
      scene('s1', at('Alpha'), at('Beta'), 1, 0),
      scene('s2', at('Beta'), END_B, 2, 1),
    ];
    const s = scoreDocument(film(scenes), gold(), TEXT);
    expect(s.chrono.value).toBe(1);
    expect(s.baseline.value).toBeCloseTo(1 / 3);
    expect(s.storyOrder.value).toBe(1);
  });

  it('counts every pair of an anchor outside every scene wrong', () => {
    const scenes = [
      scene('s1', at('Alpha'), at('Beta'), 0, 0),
      scene('s2', at('Beta'), END_B, 1, 1),
    ];
    const s = scoreDocument(film(scenes), gold(), TEXT);
    expect(s.chrono).toMatchObject({ right: 1, total: 3 });
    expect(s.wrongPairs.filter((w) => w.reason === 'no-scene')).toHaveLength(2);
  });

  it('ignores pairs of events with the same rank', () => {
    const g = gold({
      events: [
        { anchor: 'Gamma happens', chrono: 1 },
        { anchor: 'Alpha happens', chrono: 1 },
      ],
    });
    expect(scoreDocument(film([]), g, TEXT).chrono.total).toBe(0);
  });

  it('flags a storyIndex that goes against text order', () => {
    const scenes = [
      scene('s1', at('Alpha'), at('Beta'), 1, 0),
      scene('s2', at('Beta'), END_B, 0, 1),
    ];
    expect(scoreDocument(film(scenes), gold(), TEXT).storyOrder.value).toBe(0);
  });

  it('only uses spans of the gold document', () => {
    const other = scene('s0', 0, END_B, 0, 0);
    other.sources = [{ file: 'other.txt', start: 0, end: END_B }];
    expect(scoreDocument(film([other]), gold(), TEXT).chrono.right).toBe(0);
  });
});

describe('characters', () => {
  it('matches names ignoring case and accents', () => {
    const g = gold({ characters: [{ name: 'María Elena', aliases: [], actor: null }] });
    const s = scoreDocument(film([], [character('MARIA ELENA')]), g, TEXT);
    expect(s.characters.recall.value).toBe(1);
    expect(s.characters.precision.value).toBe(1);
  });

  it('matches through aliases on either side', () => {
    const g = gold({ characters: [{ name: 'Vera Cruz', aliases: ['Vicente'], actor: null }] });
    const s = scoreDocument(film([], [character('Vicente', ['the prisoner'])]), g, TEXT);
    expect(s.characters.recall.value).toBe(1);
  });

  it('leaves characters naming an alsoOk entry out of both counts', () => {
    const g = gold({
      characters: [
        { name: 'Clara', aliases: [], actor: null },
        { name: 'The Bride', aliases: [], actor: null },
      ],
      alsoOk: ['the bride'],
    });
    const s = scoreDocument(film([], [character('Clara'), character('the Bride')]), g, TEXT);
    expect(s.characters.precision).toMatchObject({ right: 1, total: 1 });
    expect(s.characters.recall).toMatchObject({ right: 1, total: 1 });
  });

  it('counts a film character that is no gold character against precision', () => {
    const g = gold({
      characters: [{ name: 'Clara', aliases: [], actor: null }],
      notCharacters: ['Lisbon'],
    });
    const s = scoreDocument(film([], [character('Clara'), character('Lisbon')]), g, TEXT);
    expect(s.characters.precision.value).toBe(0.5);
    expect(s.characters.spurious).toEqual([{ name: 'Lisbon', notCharacter: true }]);
  });

  it('gives a film without characters zero precision when the gold lists some', () => {
    const g = gold({ characters: [{ name: 'Clara', aliases: [], actor: null }] });
    expect(scoreDocument(film([]), g, TEXT).characters.precision.value).toBe(0);
  });
});

describe('boilerplate and metadata', () => {
  it('counts a boilerplate string starting inside a scene as a leak', () => {
    const g = gold({ boilerplate: ['Share this page.'] });
    const inside = scoreDocument(film([scene('s0', 0, TEXT.length, 0, 0)]), g, TEXT);
    const outside = scoreDocument(film([scene('s0', 0, END_B, 0, 0)]), g, TEXT);
    expect(inside.leaks).toHaveLength(1);
    expect(outside.leaks).toHaveLength(0);
  });

  it('counts the anchors that lie in no scene as lost', () => {
    const g = gold();
    // One scene over Gamma only: Alpha and Beta fall in no scene.
    expect(scoreDocument(film([scene('s0', 0, at('Alpha'), 0, 0)]), g, TEXT).lost).toBe(2);
    expect(scoreDocument(film([scene('s0', 0, TEXT.length, 0, 0)]), g, TEXT).lost).toBe(0);
  });

  it('compares stated metadata after case and accent folding', () => {
    const g = gold({ title: 'Segunda Piel', director: 'Pedro Almodóvar', year: 2011 });
    const f = film([], [], { title: 'SEGUNDA PIEL', director: 'pedro almodovar', year: 2012 });
    const checks = scoreDocument(f, g, TEXT).metadata;
    expect(checks.map((m) => [m.field, m.ok])).toEqual([
      ['title', true],
      ['year', false],
      ['director', true],
    ]);
  });

  it('folds accents, case and spacing', () => {
    expect(fold('  Ángeles  GONZÁLEZ-Sinde ')).toBe('angeles gonzalez-sinde');
  });
});

describe('gold checks', () => {
  const events = (n: number) =>
    Array.from({ length: n }, (_, i) => ({
      anchor: `event ${String(i).padStart(2, '0')}.`,
      chrono: i + 1,
    }));
  const text20 = events(20)
    .map((e) => e.anchor)
    .join(' ');

  it('accepts a gold file whose anchors are unique substrings', () => {
    expect(checkGold({ file: 'x.txt', events: events(15) }, text20).ok).toBe(true);
  });

  it('rejects fewer than 15 events', () => {
    const c = checkGold({ file: 'x.txt', events: events(14) }, text20);
    expect(c.ok ? [] : c.problems).toEqual(['only 14 events (at least 15 needed)']);
  });

  it('rejects an anchor that is missing or not unique', () => {
    const evs = [...events(15), { anchor: 'nowhere', chrono: 1 }, { anchor: 'event', chrono: 2 }];
    const c = checkGold({ file: 'x.txt', events: evs }, text20);
    const problems = c.ok ? [] : c.problems;
    expect(problems.some((p) => p.includes('anchor not found'))).toBe(true);
    expect(problems.some((p) => p.includes('anchor not unique'))).toBe(true);
  });
});

describe('npm run eval', () => {
  let dir = '';
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const TEXT16 = Array.from({ length: 16 }, (_, i) => `Step ${i + 10} happens.`).join(' ');

  /** A project root holding doc.txt and its gold file (ranks against text order) in each folder. */
  const setUp = (goldEvents: number, folders: string[]) => {
    dir = mkdtempSync(join(tmpdir(), 'fabula-eval-'));
    const events = Array.from({ length: goldEvents }, (_, i) => ({
      anchor: `Step ${i + 10} `,
      chrono: 16 - i,
    }));
    for (const f of folders) {
      mkdirSync(join(dir, f), { recursive: true });
      writeFileSync(join(dir, f, 'doc.txt'), TEXT16);
      writeFileSync(join(dir, f, 'doc.gold.json'), JSON.stringify({ file: 'doc.txt', events }));
    }
  };

  // A stand-in converter: one scene over the whole document, so pairs are judged by text order.
  const oneScene = (docs: { file: string; text: string }[]): Film[] => {
    const whole = scene('s0', 0, TEXT16.length, 0, 0);
    whole.sources = [{ file: 'doc.txt', start: 0, end: TEXT16.length }];
    return [
      film([whole], [], { sources: docs.map((d) => ({ file: d.file, chars: d.text.length })) }),
    ];
  };

  const run = async (args: string[], convert: Convert = oneScene) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await runEval(args, {
      stdout: (l) => out.push(l),
      stderr: (l) => err.push(l),
      cwd: dir,
      convert,
    });
    return { code, out, err };
  };

  it('prints a one-line summary last and exits 0', async () => {
    setUp(16, ['.']);
    const { code, out } = await run(['--folder', dir]);
    expect(code).toBe(0);
    expect(out.at(-1)).toMatch(/^eval: chrono 0\.000 mean .* · 1 docs$/);
  });

  it('exits 1 naming the gold file when it has too few events', async () => {
    setUp(3, ['.']);
    const { code, err } = await run(['--folder', dir]);
    expect(code).toBe(1);
    expect(err[0]).toMatch(/doc\.gold\.json: only 3 events/);
  });

  it('scores a document that no film names as a miss', async () => {
    setUp(16, ['.']);
    const { code, out } = await run(['--folder', dir], () => []);
    expect(code).toBe(0);
    expect(out.find((l) => l.startsWith('doc.txt'))).toMatch(/\(no film\)$/);
  });

  it('keeps holdout details out of a whole-set verbose run', async () => {
    setUp(16, ['tests/eval/dev', 'tests/eval/holdout']);
    const { out } = await run(['--verbose']);
    expect(out).toContain('── dev/doc.txt');
    expect(out.some((l) => l.startsWith('── holdout/'))).toBe(false);
    expect(out).toContain('(1 holdout documents not detailed: pass --folder holdout to see them)');
  });
});
