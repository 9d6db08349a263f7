import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanPage, kindHolding } from '../fixtures/blockKind';
import { convertText } from '../fixtures/filmScenes';
import { readMarkedPages } from '../fixtures/markedPage';
import { isCommentHeader, storyInsideWriterFrame } from '../../src/pipeline/furnitureShape';

/**
 * Page furniture by its shape (src/pipeline/furnitureShape.ts), on pages written for this test
 * (tests/pipeline/fixtures-leaks12): a streaming page, a forum thread, podcast notes, festival
 * entries, a disc's booklet, an encyclopaedia article, a newspaper review, a blog post, a press
 * kit, a video recap, a user-review page, a library record, a fan wiki and a radio play's page.
 * Their furniture is worded unlike any rule's list: the rules must know it by its shape. Lines
 * marked "~" must lie in no scene; every sentence of a "+" paragraph must lie in one (among
 * them plot sentences that say "share", "plays", "reports", "box office" and "tickets").
 */
const pages = readMarkedPages(join(__dirname, 'fixtures-leaks12'));

describe('leaks12: furniture known by its shape', () => {
  it('reads the fixture pages', () => {
    expect(pages.length).toBeGreaterThanOrEqual(12);
  });
  for (const page of pages) {
    it(`${page.name}: no furniture in a scene, every plot sentence in one`, () => {
      const film = convertText(page.text);
      const spans = film.scenes.flatMap((s) => s.sources);
      const inScene = (at: number): boolean => spans.some((s) => at >= s.start && at < s.end);
      const leaked = page.furniture.filter((x) => inScene(page.text.indexOf(x)));
      const lost = page.plot.filter((x) => {
        const at = page.text.indexOf(x);
        return !inScene(at) || !inScene(at + x.length - 1);
      });
      expect(leaked).toEqual([]);
      expect(lost).toEqual([]);
    });
  }
});

const A =
  'Greta Lind keeps the signal box at Hallow Junction, and in the winter of 1951 she is the only one left who knows the old timetable by heart.';
const B =
  'When the last passenger train is cancelled, Greta refuses to lock the box and goes on pulling the levers for trains that no longer run.';
const C =
  'Her nephew Anders comes up from Malmö to fetch her, and stays a week to learn the levers himself.';
const between = (line: string): string =>
  kindHolding(cleanPage(`Hallow Junction\n\n${A}\n\n${line}\n\n${B}\n\n${C}\n`), line);

describe('leaks12: the shapes, one line each', () => {
  const furniture = [
    'Page 2 of 7   ‹ Prev  1  2  3  …  7  Next ›',
    'Like   Reply   Share',
    'Edit · View history',
    'Be the first to review this.',
    'Thread closed by an admin after 60 days.',
    'Sponsored by Norrland Rail Heritage Fund.',
    'Booklet essay and artwork commissioned for this edition.',
    'Credits: Greta — Liv Strand; Anders — Olof Berg.',
    'Theme music: "Points" by The Shunters, licensed for this episode.',
    'Reissued on disc with new subtitles and a restored soundtrack.',
    'Stations  ⁄  Sweden  ⁄  Closed lines  ⁄  Hallow Junction',
    'Viewing copies: on request, one week ahead',
    'Questions? Write to us at 14 Mill Lane, Kendal LA9 4QP',
    'Hello again, railway people!',
    'Adult £9 · Child £4 · Seats allocated at purchase · Booking fee applies',
    'Model railway club: Tuesdays, 6–8, the old school. Newcomers always welcome.',
    'Open day on Sunday 14 June from 10am, with rides on the restored handcar!',
    '£2,140 raised of £5,000 target · 88 supporters · 12 days to go',
  ];
  for (const line of furniture)
    it(`furniture: ${line}`, () => {
      expect(between(line)).not.toBe('story');
    });
  const story = [
    'Years pass.',
    'The box office sells out of tickets for the farewell run.',
    'The festival opens in the rain, and the radio plays all night.',
    'Anders shares his bread with the stationmaster and reports the broken signal.',
    'She plays the old timetable on the box piano until the station master claps.',
    'The credits of her old union book list every shift she ever worked.',
    'March: the snow closes the line for a week.',
    'SCENE 4 — 1952 — The signal box at night',
    'The next morning: the snow has stopped.',
    'Hello, Greta says to the empty platform, and hangs up her coat.',
    'On Saturday at 7pm the last goods train comes through without stopping.',
  ];
  for (const line of story)
    it(`story: ${line}`, () => {
      expect(between(line)).toBe('story');
    });
});

describe('leaks12: a comment under its header is no story resuming', () => {
  it('reads comment headers', () => {
    for (const h of [
      'u/tern_watcher · 6h',
      'level 2 · gull_77 · 2d · 41 points',
      '@marsh.harrier · 3 hours ago',
      '4 October 2023 at 21:14',
      '[deleted] · 5h',
    ])
      expect(isCommentHeader(h), h).toBe(true);
    for (const h of [
      '06:40 — the bank',
      'Tuesday, 14:30',
      'Part 2 · 1987',
      'Greta wakes at 5 and walks to the box.',
      'Chapter 3: Anders, 1952',
    ])
      expect(isCommentHeader(h), h).toBe(false);
  });
  const comment =
    'Greta keeps working the levers because Anders never tells her that the line is closed, and she only finds out when the stationmaster from Malmö comes up the hill with the letter in his coat pocket that spring.';
  // The guard itself: fixtures-leaks12/16-thread-comments.txt (a long comment naming two of the
  // story's people under "level 1 · gannet_x · 20h · 55 points").
  it('lets the story resume after the comments when no header stands above it', () => {
    const page = `${A}\n\nComments (3)\n\nu/tern_watcher · 6h\n\nGreat film.\n\n${comment}`;
    expect(kindHolding(cleanPage(page), comment)).toBe('story');
  });
});

describe('leaks12: the writer framing their own text at a paragraph’s ends', () => {
  it('parts the framing sentences from the story between them', () => {
    const close =
      'Jens Aalders shelters a deserter in the lamp room in 1944. In this essay I argue that the two winters are one. I will first retell the plot in the film’s order.';
    expect(storyInsideWriterFrame(close)).toEqual({ from: 0, to: close.indexOf(' In this') });
    const open =
      'As promised, here is my scene-by-scene breakdown for the seminar. Jens shelters a deserter, and Anke brings him food.';
    expect(storyInsideWriterFrame(open)?.from).toBe(open.indexOf('Jens'));
    expect(
      storyInsideWriterFrame('I have marked each winter with its year in what follows.'),
    ).toEqual({ from: 0, to: 0 });
  });
  it('leaves the story alone', () => {
    for (const s of [
      'We learn from her diary that the notes are in code. Anke reads them again in 1965.',
      'Anke writes "I argue with the sea every night" on the wall of the lamp room.',
      'Jens keeps the post at the lighthouse for thirty years. He reviews the log each night.',
    ])
      expect(storyInsideWriterFrame(s), s).toBeNull();
  });
});
