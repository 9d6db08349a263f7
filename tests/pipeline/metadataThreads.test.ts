import { describe, expect, it } from 'vitest';
import { questionTitle } from '../../src/pipeline/metadataThreads';
import { metadataOfPage, scoredFacts } from '../fixtures/metadataPage';

/**
 * Film facts in a post's, a question's or an episode's title and in the talk around the story,
 * each head written for these tests over a short story of its own. Negatives: a film named for
 * comparison, a list of possessives, "40 minutes in", a story sentence with a runtime-like number,
 * a release line on a page that is no episode.
 */
const STORY = [
  'Mira Solberg runs the last ferry across the fjord, and every night she counts the passengers twice.',
  'When a passenger goes missing between the two counts, Mira searches the car deck and finds a suitcase full of wet letters.',
  'The harbour police officer, Anders Lie, tells her to forget it, but Mira reads the letters one by one in the wheelhouse.',
];

const meta = (head: string, tail = '', story: readonly string[] = STORY) =>
  metadataOfPage(head, story, tail);
const facts = scoredFacts;

describe('facts in a post title', () => {
  it('drops a thread tag before the title', () => {
    const m = meta('[Spoilers] Night Crossing (2016, dir. Hedda Vang) - ending explained');
    expect(facts(m)).toMatchObject({ title: 'Night Crossing', year: 2016, director: 'Hedda Vang' });
    expect(meta('(SPOILERS) Night Crossing (2016)').title).toBe('Night Crossing');
  });

  it('keeps a title that opens with a bracket of its own', () => {
    expect(meta('[REC] (2007)').title).not.toBe('');
    expect(meta('Night Crossing (2016)').title).toBe('Night Crossing');
  });
});

describe('facts in a question under a site name', () => {
  const QA = (q: string) =>
    [
      'Movies & TV Stack Exchange',
      '',
      q,
      'Asked 2 years ago · Viewed 4k times',
      '',
      'I saw Night Crossing on a flight and I am confused. Can someone explain the letters?',
    ].join('\n');

  it('reads the film in the question, not the site', () => {
    expect(
      facts(meta(QA('Timeline of Night Crossing (2016): when are the letters written?'))),
    ).toMatchObject({
      title: 'Night Crossing',
      year: 2016,
    });
    expect(meta(QA('Why does Mira keep the suitcase in Night Crossing (2016)?')).title).toBe(
      'Night Crossing',
    );
  });

  it('takes nothing from a question naming a film the page never names again', () => {
    expect(meta(QA('Is The Long Light (2009) based on a true story?')).title).not.toBe(
      'The Long Light',
    );
  });

  it('parses question titles', () => {
    expect(questionTitle('Ending of The Salt Orchard (2021) explained?')).toEqual({
      title: 'The Salt Orchard',
      year: 2021,
    });
    expect(questionTitle('What happens at the end of Night Crossing (2016)?')).toEqual({
      title: 'Night Crossing',
      year: 2016,
    });
    expect(questionTitle('Why does everyone hate the ending (2016)?')).toBeNull();
    expect(questionTitle('No year here: Night Crossing')).toBeNull();
  });
});

describe('a director owning the film in prose', () => {
  it("reads 'X's Title' and 'X's film runs'", () => {
    expect(
      meta('Night Crossing', '', [
        "This week we dig into Hedda Vang's Night Crossing, the 2016 ferry thriller.",
        ...STORY,
      ]).director,
    ).toBe('Hedda Vang');
    expect(
      meta('Night Crossing (2016)', '', [
        "Hedda Vang's film runs 97 minutes and never lets up.",
        ...STORY,
      ]).director,
    ).toBe('Hedda Vang');
  });

  it("keeps a title's own possessive", () => {
    const m = meta("The Ferryman's Daughter (2016)", '', [
      "Hedda Vang's The Ferryman's Daughter is a ferry thriller.",
      ...STORY,
    ]);
    expect(m.title).toBe("The Ferryman's Daughter");
    expect(meta("Mira Solberg's Last Crossing (2016)").title).toBe("Mira Solberg's Last Crossing");
  });

  it('leaves a film named for comparison and a list of possessives', () => {
    expect(
      meta('Night Crossing (2016)', '', ["Like Ingrid Moss's film, it is about a ferry.", ...STORY])
        .director,
    ).toBeNull();
    expect(
      meta('Night Crossing (2016)', '', [
        "It borrows from Erik Holm, Lena Brandt and Ingrid Moss's film runs of the eighties.",
        ...STORY,
      ]).director,
    ).toBeNull();
  });
});

describe('runtimes said in talk', () => {
  it("reads 'It is only 96 minutes'", () => {
    expect(
      meta('Night Crossing (2016)', '', [
        'It is only 96 minutes and every minute matters.',
        ...STORY,
      ]).runtimeMinutes,
    ).toBe(96);
  });

  it("leaves '40 minutes in' and a story's minutes", () => {
    expect(
      meta('Night Crossing (2016)', '', [
        'It is only 40 minutes in that the ferry sails.',
        ...STORY,
      ]).runtimeMinutes,
    ).toBeNull();
  });

  it("prefers the film's runtime to an episode's length", () => {
    const head = ['Ep. 112: Night Crossing (2016)', 'Released 14 October 2025 · 1 hr 24 min'].join(
      '\n',
    );
    expect(
      meta(head, '', ['It runs 97 minutes, and it is wonderful.', ...STORY]).runtimeMinutes,
    ).toBe(97);
    expect(meta(head).runtimeMinutes).toBeNull();
  });

  it('keeps a runtime on a release line of a page that is no episode', () => {
    expect(
      meta(['Night Crossing', 'Released 14 October 2016 · 1 hr 37 min'].join('\n')).runtimeMinutes,
    ).toBe(97);
  });
});
