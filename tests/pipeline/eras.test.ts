import { describe, expect, it } from 'vitest';
import { convertDocuments } from '../../src/pipeline/convert';
import { Diagnostics } from '../../src/pipeline/diagnostics';
import { chronoRanks, placeSegments } from '../../src/pipeline/order';
import { segmentParagraphs } from '../fixtures/paragraphs';

const NAMES = new Set(['Iris', 'Tom', 'Edwin', 'Maud', 'Clara', 'Hale']);

/** Paragraphs -> chronological rank of each segment. */
const ranks = (paragraphs: string[]): number[] => {
  const { text, segs } = segmentParagraphs(paragraphs);
  return chronoRanks(placeSegments(text, segs, 2022, NAMES).map((p) => p.t));
};

describe('a house’s eras told alternately with an undated present', () => {
  it('returns "Back in the present" to the present thread, not to the era told just before', () => {
    const r = ranks([
      'Iris buys the mill house by the river and moves in with her son Tom in the first week of spring.',
      'In 1911, the miller Edwin builds the house for his bride Maud and carves their initials over the door.',
      'Back in the present, Iris finds the carved initials under the plaster and photographs them for the archive.',
      'In 1962, the house is a school, and the teacher Clara locks a boy in the cellar for a whole night.',
      'Back in the present, Iris finds a child’s shoe in the cellar and calls the county archive.',
      'In 1911, Maud drowns in the mill race on the night of the spring flood.',
      'Back in the present, Iris burns the shoe in the garden and Tom watches from the window.',
    ]);
    // 1911 (twice), 1962, then the present in its own order.
    expect(r).toEqual([3, 0, 4, 2, 5, 1, 6]);
  });

  it('leaves "back in the present" where the present is the latest named year', () => {
    const r = ranks([
      'In 1990, Hale opens a record shop on the high street and hires a student called Clara.',
      'In 2020, Clara owns the shop and Hale, now old, comes in every morning to sort the jazz.',
      'In 1990, Hale and Clara argue about the jazz section and Clara quits for a week.',
      'Back in the present, Clara finds Hale asleep in the back room and drives him home.',
    ]);
    expect(r).toEqual([0, 2, 1, 3]);
  });

  it('reads a first heading "The present" as the film’s own year, so the eras sit their years before it', () => {
    const text = [
      'The Mill House (2022)',
      '',
      'The present',
      '',
      'Iris Lund (Ana Berg) buys the mill house by the river and moves in with her son Tom (Leo Berg). On the first night Tom hears water running under the floor.',
      '',
      '1911',
      '',
      'In 1911, the miller Edwin Pryce (Jon Hart) builds the house for his bride Maud (Eva Lind) and carves their initials over the door. Maud is afraid of the river.',
      '',
      'Back in the present, Iris finds the carved initials under the plaster and photographs them. Tom says the water is louder every night.',
      '',
      '1962',
      '',
      'Fifty-one years after the wedding, the house is a school, and the teacher Clara Voss (Ida Moe) locks a boy in the cellar for a whole night. The boy says a woman sang to him.',
      '',
      'Back in the present, Iris finds a child’s shoe in the cellar and calls the county archive. The archivist tells her about the school.',
    ].join('\n');
    const [film] = convertDocuments([{ file: 'mill.txt', text }], new Diagnostics());
    const at = (words: string): number =>
      film?.scenes.find((s) => s.text.includes(words))?.chronoIndex ?? -1;
    expect(at('builds the house')).toBeLessThan(at('locks a boy'));
    expect(at('locks a boy')).toBeLessThan(at('buys the mill house'));
    expect(at('buys the mill house')).toBeLessThan(at('carved initials under'));
    expect(at('carved initials under')).toBeLessThan(at('child’s shoe'));
  });
});

describe('a flash-forward in the middle that cuts back to the story', () => {
  const FF_NAMES = new Set(['Jo', 'Rafe', 'Mina', 'Dell']);
  const story = (ff: string): number[] => {
    const { text, segs } = segmentParagraphs([
      'Jo takes a job driving for Rafe and makes her first delivery to the port without trouble.',
      'Rafe gives Jo a second job the week after, and Dell starts to follow her van.',
      ff,
      'On the third run Dell stops Jo on the coast road and Rafe does not answer his phone.',
    ]);
    return chronoRanks(placeSegments(text, segs, null, FF_NAMES).map((p) => p.t));
  };

  it('returns to the interrupted story when the flash-forward says the film cuts back', () => {
    const r = story(
      'We flash forward to 2040: a grown-up Mina finds an old photograph in a box of files at the station. Then the film cuts back to Jo counting her money.',
    );
    expect(r[r.length - 1]).toBeLessThan(r[2] ?? -1);
  });

  it('keeps the next paragraph in the flash-forward when nothing says the film cuts back', () => {
    const r = story(
      'We flash forward to 2040: a grown-up Mina finds an old photograph in a box of files at the station and keeps it.',
    );
    expect(r[r.length - 1]).toBeGreaterThan(r[2] ?? Infinity);
  });
});

/** A present thread's paragraph, cut after a telling, whose last sentences name the past's people. */
const MILL = [
  "In the spring of 2004 Greta Holm, a widowed nurse from Malmö, comes back to the paper mill at Lövsta where her father was the foreman. The caretaker, Ola Berg, drives her up from the station and tells her the mill will be pulled down in June. In the foreman's office she finds a tin box of wage slips and a photograph of a young man on a bicycle.",
  'The film then goes back thirty-six years. In March 1968 Greta is fourteen, and her father, the foreman Sten Holm, lets her sort the wage slips in the office after school. The mill is losing money, and the owners send a young engineer, Jonas Vik, to decide which machines will stop.',
  'Jonas lodges with the Holms. He teaches Greta to ride his bicycle on the gravel road by the river, and she shows him the weir where the children swim. Sten watches them from the office window and says nothing.',
  'In the first week of May the night shift refuses to start the old machine, and Sten sends Jonas down to the floor to talk to them. The belt snaps, and a boy called Rune loses two fingers. Sten writes in the book that the engineer ordered the machine started. Jonas leaves Lövsta the next morning without a word.',
  'Back in 2004, Greta reads the wage slips at the kitchen table and understands why her father never spoke of the summer of 1968. In the morning she drives to the union office in Sundsvall, where an archivist, Lena Ek, finds the report of the accident.',
  'On the way back, Ola tells her that the boy Rune was his cousin and that his aunt never forgave the mill. Greta does not tell him what she has found. Instead she writes to Jonas Vik, now an old man in a home in Umeå, and waits.',
  "His answer comes at midsummer: a short letter saying that Sten saved his career by keeping his name out of the inquiry, and that he has thought about Rune's hand every day since. Greta shows the letter to Ola at the gate of the mill.",
  "On the last day before the demolition, Greta and Ola walk through the empty halls, and she leaves the photograph of Jonas on the bicycle on her father's desk.",
].join('\n\n');

describe('a year thread’s paragraph cut by a telling', () => {
  const film = convertDocuments([{ file: 'mill.txt', text: MILL }], new Diagnostics())[0];
  const chrono = (phrase: string): number => {
    const scene = film?.scenes.find((s) => s.text.includes(phrase));
    if (!scene) throw new Error(`no scene holds "${phrase}"`);
    return scene.chronoIndex;
  };

  it('keeps the rest of the paragraph, and what follows, in the present thread', () => {
    const back = chrono('Back in 2004, Greta reads');
    expect(chrono('Instead she writes to Jonas Vik')).toBeGreaterThan(back);
    expect(chrono('His answer comes at midsummer')).toBeGreaterThan(back);
    expect(chrono('On the last day before the demolition')).toBeGreaterThan(back);
  });

  it('still puts the 1968 paragraphs that name only the past’s people before 2004', () => {
    expect(chrono('The belt snaps')).toBeLessThan(chrono('In the spring of 2004'));
    expect(chrono('Jonas lodges with the Holms')).toBeLessThan(chrono('In the spring of 2004'));
  });
});
