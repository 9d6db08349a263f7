import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addStoryNames } from '../../src/pipeline/furniture3';
import { storyBetweenTalk, storyResumes } from '../../src/pipeline/storyBetweenTalk';
import { clockMinutesInOrder } from '../../src/pipeline/clockInOrder';
import { convertText } from '../fixtures/filmScenes';

const DIR = join(__dirname, 'fixtures', 'keep15');
const read = (file: string): string => readFileSync(join(DIR, file), 'utf8');
/** True when some scene of the film holds the words. */
const inScene = (text: string, words: string): boolean =>
  convertText(text).scenes.some((s) => s.text.includes(words));

/**
 * Video essays' transcripts: chapters, [music] cues, a sponsor read, and paragraphs whose story
 * lies between the speaker's talk ("The middle of the film is one long wait. ... That's the film
 * telling you, if you're paying attention, ..."). Their story is kept, their talk and the page's
 * furniture are not.
 */
describe('a video essay keeps the story between its talk', () => {
  const cases: [string, string[], string[]][] = [
    [
      'essay-ferry.txt',
      [
        'Ned checks the timetable',
        'Ida finds her father asleep at the desk',
        'Ned takes the rowing boat out alone at dawn',
        'Ned ties a lantern to the marker buoy',
      ],
      ['sponsored by Parcelnest', "if you're paying attention", 'Comments 318', '@slipwaysal'],
    ],
    [
      'essay-lantern.txt',
      [
        'Teodor finds a stranger washed up',
        'asks Teodor for a knife',
        'Mirela rows out alone through the fog',
        "her brother's coat folded on the chair",
      ],
      ['brought to you by ShelfLight', 'Comments 412', '@lampwatcher'],
    ],
    [
      'essay-orchard.txt',
      [
        'Sven cuts the fence along the north field',
        'Jens follows the tracks into the forest',
        'Annika walks the boundary with Sven',
        'Jens plants a row of new trees',
      ],
      ['supported by Hearthbox', 'subscribe, and the Patreon'],
    ],
  ];
  for (const [file, story, furniture] of cases) {
    const text = read(file);
    it(file, () => {
      for (const w of story) expect(inScene(text, w), w).toBe(true);
      for (const w of furniture) expect(inScene(text, w), w).toBe(false);
    });
  }
});

describe('storyBetweenTalk', () => {
  const names = new Set(['Odile', 'Bram']);
  it('cuts the talk off both ends and keeps the story between', () => {
    const s =
      'The second act of the film is all waiting. Odile paints the boat shed green. Bram carries the nets down to the quay. Nobody thanks them. You can tell the director loved this place.';
    const span = storyBetweenTalk(s, names);
    expect(span && s.slice(span.from, span.to)).toBe(
      'Odile paints the boat shed green. Bram carries the nets down to the quay. Nobody thanks them.',
    );
  });
  it('keeps nothing when talk stands between the story sentences', () => {
    const s =
      'Odile paints the boat shed green. I love this bit, you will too. Bram carries the nets down to the quay.';
    expect(storyBetweenTalk(s, names)).toBeNull();
  });
  it('keeps nothing of talk that only names the story people', () => {
    const s =
      "You'll adore Odile. I think Bram is the film's real heart. The camera never leaves them.";
    expect(storyBetweenTalk(s, names)).toBeNull();
  });
  it('keeps nothing with one told sentence', () => {
    const s = 'The ending is quiet. Odile paints the boat shed green. Trust me, you will cry.';
    expect(storyBetweenTalk(s, names)).toBeNull();
  });
});

describe('addStoryNames: a name is a common word only when it stands as a word', () => {
  it('keeps short names found inside longer lower-case words', () => {
    const text = 'Lou reads aloud. Ned opened the door and turned. The bell rang.';
    const names = new Set<string>();
    addStoryNames(text, text, names, new Map());
    expect(names.has('Lou')).toBe(true);
    expect(names.has('Ned')).toBe(true);
  });
  it('drops a capitalised word seen as a lower-case word', () => {
    const text = 'Then the storm came. She waited, and then she slept.';
    const names = new Set<string>();
    addStoryNames(text, text, names, new Map());
    expect(names.has('Then')).toBe(false);
  });
});

/**
 * A page-end line ("Trivia", "Related", "Comments (4)", a rating) standing between the story's
 * paragraphs: the story after it goes on when its paragraphs tell the story's named people acting;
 * trivia about the shoot, goofs and comments after the story stay furniture.
 */
describe('a page-end line between story paragraphs drops no story', () => {
  it('keeps the story after "Trivia"', () => {
    const text = read('pageend-trivia.txt');
    for (const w of [
      'Luka camps by the river',
      'Noor finds boot prints in the mud',
      'Anselm and Noor rebuild the hives',
    ])
      expect(inScene(text, w), w).toBe(true);
    expect(inScene(text, 'beeguy77')).toBe(false);
    expect(inScene(text, 'Comments (4)')).toBe(false);
  });
  it('keeps the story after "Related" and a rating', () => {
    const text = read('pageend-related.txt');
    for (const w of [
      'Wendell finds the class register torn',
      'finds the caretaker, Mr Doyle',
      'Wendell reports Doyle to Ms Varga',
    ])
      expect(inScene(text, w), w).toBe(true);
    for (const w of ['Rating:', 'episode 4 recap', 'The Long Corridor'])
      expect(inScene(text, w), w).toBe(false);
  });
  it('keeps trivia, goofs and comments about the story people out', () => {
    const text = read('pageend-negative.txt');
    expect(inScene(text, 'Marit blows a new bowl')).toBe(true);
    for (const w of [
      'flown in for the shoot',
      'filmed in a real glassworks',
      'the crack changes sides',
      'Marit carries the whole film',
      'like a man saying goodbye',
    ])
      expect(inScene(text, w), w).toBe(false);
  });
});

describe('storyResumes', () => {
  const names = new Set(['Odile', 'Bram']);
  const words = (s: string): number => s.split(/\s+/).length;
  it.each([
    'In May a surveyor arrives with a theodolite and a letter from the council. Odile reads the letter twice and burns it in the stove before Bram comes home.',
    'That winter the river freezes over for the first time in forty years. Bram walks across it to the mill with a lantern, and Odile follows his tracks at dawn.',
  ])('the story goes on: %s', (s) => {
    expect(storyResumes(s, words(s), names)).toBe(true);
  });
  it.each([
    'Odile was played by a schoolteacher from the village, and Bram by her real husband in his only role.',
    'odile_fan: Odile keeps the whole thing together and Bram gets all the best lines in the last reel.',
    'Odile is the heart of it and Bram is a terrific foil for her in every single one of their scenes.',
    'I loved it when Odile burns the letter in the stove. Bram walks across the river and you just hold your breath.',
    'A drifter arrives in a small town and changes the lives of two sisters. The sisters open a bakery together in the spring.',
  ])('no story: %s', (s) => {
    expect(storyResumes(s, words(s), names)).toBe(false);
  });
});

/**
 * A slide's bullets that continue one moment are one scene, as a paragraph's sentences are; a
 * time cue opening a bullet ("Three days later", "A month later") still opens a new one.
 */
describe('bullets of one moment make one scene', () => {
  it('joins the bullets of each slide and splits at the time cues', () => {
    const film = convertText(read('slides-harbour.txt'));
    expect(film.scenes.length).toBe(3);
    const scene = (w: string) => film.scenes.find((s) => s.text.includes(w));
    expect(scene('leaves the convent school')).toBe(scene('reads the newspaper aloud'));
    expect(scene('the train reaches the coast')).toBe(scene('pays the first week himself'));
    expect(scene('smuggles tobacco')).toBe(scene('takes work at the fish market'));
    expect(scene('reads the newspaper aloud')).not.toBe(scene('the train reaches the coast'));
  });
});

/**
 * A day told by the clock from morning to night, with and without am/pm, in 24-hour times and in
 * words ("a quarter past eight"): chronological order is story order. A known time told after a
 * later one ("Back at 9 p.m.") is still a rewind.
 */
describe('a clock-told day runs forward', () => {
  it.each(['clock-ampm.txt', 'clock-24h.txt', 'clock-words.txt'])('%s', (file) => {
    const film = convertText(read(file));
    expect(film.scenes.length).toBeGreaterThan(3);
    for (const s of film.scenes) expect(Number(s.chronoIndex)).toBe(Number(s.storyIndex));
  });
  it('keeps a rewind the known times tell', () => {
    const film = convertText(read('clock-rewind.txt'));
    const back = film.scenes.find((s) => s.text.includes('argue in the kitchen'));
    const start = film.scenes.find((s) => s.text.includes('starts her night'));
    expect(back && start && back.chronoIndex < start.chronoIndex).toBe(true);
  });
});

describe('clockMinutesInOrder', () => {
  const at = (hour: number, minute: number, meridiem: 'am' | 'pm' | null, fixed = false) => ({
    hour,
    minute,
    meridiem,
    strong: true,
    index: 0,
    ...(fixed ? { fixed } : {}),
  });
  it('reads unknown halves forward from the time told before', () => {
    // At six, a quarter past eight, half past ten, noon, two, 9 pm, midnight.
    expect(
      clockMinutesInOrder([
        at(6, 0, null),
        at(8, 15, null),
        at(10, 30, null),
        at(12, 0, null, true),
        at(2, 0, null),
        at(21, 0, 'pm'),
        at(0, 0, null, true),
      ]),
    ).toEqual([360, 495, 630, 720, 840, 1260, 1440]);
  });
  it('leaves a known rewind to clockMinutes', () => {
    expect(clockMinutesInOrder([at(10, 0, null), at(23, 0, 'pm'), at(21, 0, 'pm')])).toBeNull();
  });
  it('has nothing to settle when every half is known', () => {
    expect(clockMinutesInOrder([at(9, 0, 'am'), at(14, 0, 'pm')])).toBeNull();
  });
});
