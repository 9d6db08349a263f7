import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkFilm } from '../../src/model';
import { Diagnostics } from '../../src/pipeline/diagnostics';
import {
  frontArticle,
  importStoryCurves,
  tidyName,
  kindsFromOrders,
  rankOrder,
  titleFromFileName,
} from '../../src/pipeline/storycurves';

type RawScene = {
  narrative_order: number;
  story_order: number;
  characters: string[];
  scene_metadata?: { location?: string | null; time?: string | null; setting?: string | null };
};

const fileOf = (scenes: RawScene[], extra: Record<string, unknown> = {}) =>
  JSON.stringify({ script_info: { scenes, ...extra } });

const scene = (
  narrative: number,
  story: number,
  characters: string[] = [],
  location = 'Motel Room',
  time = 'Day',
): RawScene => ({
  narrative_order: narrative,
  story_order: story,
  characters,
  scene_metadata: { location, time, setting: 'Int.' },
});

const load = (text: string, file = 'some_film_simple.json') => {
  const diagnostics = new Diagnostics();
  const film = importStoryCurves({ file, text }, diagnostics);
  return { film, messages: diagnostics.items.map((d) => d.message) };
};

describe('titles of Story Curves films', () => {
  it.each([
    ['memento_simple.json', 'Memento'],
    ['12_monkeys_simple.json', '12 Monkeys'],
    ['eternal_sunshine_of_the_spotless_mind_simple.json', 'Eternal Sunshine of the Spotless Mind'],
    ['500_days_of_summer_simple.json', '500 Days of Summer'],
    ['prestige_simple.json', 'Prestige'],
  ])('titles %s from its file name as %s', (file, title) => {
    expect(titleFromFileName(file)).toBe(title);
  });

  it('moves a trailing article of the embedded title to the front', () => {
    expect(frontArticle('Usual Suspects, The')).toBe('The Usual Suspects');
  });

  it('prefers the title the file itself states', () => {
    const { film } = load(
      fileOf([scene(0, 0)], { title: 'Usual Suspects, The' }),
      'usual_suspects_simple.json',
    );
    expect([film?.id, film?.title]).toEqual(['the-usual-suspects', 'The Usual Suspects']);
  });
});

describe('orders', () => {
  it('maps narrative_order to storyIndex and story_order to chronoIndex', () => {
    const { film } = load(fileOf([scene(0, 2), scene(1, 0), scene(2, 1)]));
    expect(film?.scenes.map((s) => [s.storyIndex, s.chronoIndex])).toEqual([
      [0, 2],
      [1, 0],
      [2, 1],
    ]);
  });

  it('normalises 1-based orders with gaps by ranking', () => {
    const { film } = load(fileOf([scene(10, 7), scene(3, 9), scene(5, 1)]));
    expect(film?.scenes.map((s) => s.chronoIndex)).toEqual([2, 0, 1]);
  });

  it('breaks ties in one order by the other order', () => {
    expect(rankOrder([1, 1, 0], [5, 2, 9])).toEqual([2, 1, 0]);
  });

  it('sorts scenes listed out of telling order into story order', () => {
    const { film } = load(
      fileOf([scene(2, 0, [], 'C'), scene(0, 1, [], 'A'), scene(1, 2, [], 'B')]),
    );
    expect(film?.scenes.map((s) => s.location)).toEqual(['A', 'B', 'C']);
  });
});

describe('scenes', () => {
  it('titles a scene from its location and time of day', () => {
    expect(load(fileOf([scene(0, 0)])).film?.scenes[0]?.title).toBe('Motel Room (Day)');
  });

  it('titles a scene without a location from its characters', () => {
    const raw = {
      narrative_order: 0,
      story_order: 0,
      characters: ['Tom', 'Summer'],
      scene_metadata: { location: null, time: null },
    };
    expect(load(fileOf([raw])).film?.scenes[0]?.title).toBe('Tom, Summer');
  });

  it('has empty text, no sources, no time cue and a spoiler by telling position', () => {
    const { film } = load(fileOf([scene(0, 0), scene(1, 1), scene(2, 2)]));
    expect(film?.scenes.map((s) => [s.text, s.sources.length, s.timeCue, s.spoiler])).toEqual([
      ['', 0, null, 0],
      ['', 0, null, 0.5],
      ['', 0, null, 1],
    ]);
  });

  it('calls a scene earlier than the main line a flashback and a later one a flashforward', () => {
    // Main line 1,2,3,4 (increasing); 0 told after 2 is a flashback; 5 told first is a flashforward.
    expect(kindsFromOrders([5, 1, 2, 0, 3, 4])).toEqual([
      'flashforward',
      'present',
      'present',
      'flashback',
      'present',
      'present',
    ]);
  });
});

describe('characters', () => {
  it('merges names differing only in case and uses slug ids', () => {
    const { film } = load(
      fileOf([scene(0, 0, ['Leonard', 'Mrs. Jankis']), scene(1, 1, ['LEONARD'])]),
    );
    expect(film?.characters.map((c) => c.id)).toEqual(['leonard', 'mrs-jankis']);
    expect(film?.scenes[1]?.characters).toEqual(['leonard']);
  });

  it('keeps two spellings of one slug as one character with an alias', () => {
    const { film } = load(fileOf([scene(0, 0, ['Mrs. Jankis']), scene(1, 1, ['Mrs Jankis'])]));
    expect(film?.characters).toEqual([
      { id: 'mrs-jankis', name: 'Mrs. Jankis', aliases: ['Mrs Jankis'], actor: null },
    ]);
  });
});

describe('files that are not Story Curves files', () => {
  it('names a missing field with its path', () => {
    const text = fileOf([
      scene(0, 0),
      scene(1, 1),
      scene(2, 2),
      { narrative_order: 3, characters: [] } as unknown as RawScene,
    ]);
    expect(load(text).messages).toEqual([
      'not a Story Curves scene file: scenes[3].story_order is missing',
    ]);
  });

  it('names a field of the wrong type', () => {
    const text = fileOf([{ ...scene(0, 0), narrative_order: 'one' as unknown as number }]);
    expect(load(text).messages).toEqual([
      'not a Story Curves scene file: scenes[0].narrative_order expected number, received string',
    ]);
  });

  it('rejects a file without scenes', () => {
    expect(load(fileOf([])).messages).toEqual(['not a Story Curves scene file: scenes is empty']);
  });

  it('says other JSON has no script_info', () => {
    expect(load('{"name": "package"}').messages).toEqual([
      'not a Story Curves scene file: it has no script_info',
    ]);
  });

  it('reports a JSON syntax error with line and column', () => {
    expect(load('{\n  "script_info": {,\n}').messages).toEqual([
      "is not valid JSON (expected property name or '}' at line 2, column 19)",
    ]);
  });
});

describe('the real Story Curves seeds', () => {
  it('imports Memento into a valid film of 185 scenes', () => {
    const text = readFileSync('data/seeds/memento_simple.json', 'utf8');
    const { film, messages } = load(text, 'memento_simple.json');
    expect(messages).toEqual([]);
    expect(film && checkFilm(film).ok).toBe(true);
    expect(film?.scenes).toHaveLength(185);
  });
});

describe('tidyName', () => {
  it("lowers a title-cased possessive after a lower-case letter: Leonard'S Wife", () => {
    expect(tidyName("Leonard'S Wife")).toBe("Leonard's Wife");
    expect(tidyName('JOHN’S')).toBe('JOHN’S');
  });
});
