import { describe, expect, it } from 'vitest';
import { extractCharacters } from '../../src/pipeline/characters';
import { cleanDocument } from '../../src/pipeline/clean';
import { Diagnostics } from '../../src/pipeline/diagnostics';
import { extractMetadata } from '../../src/pipeline/metadata';

const clean = (text: string) => cleanDocument({ file: 'x.txt', text }, new Diagnostics());
/** Each paragraph's first words and its kind. */
const kinds = (text: string) => {
  const doc = clean(text);
  return doc.blocks.map((b) => [text.slice(b.start, b.end).slice(0, 14), b.kind]);
};
const kindOf = (text: string, start: string) =>
  kinds(text).find(([s]) => s !== undefined && start.startsWith(s.slice(0, 10)))?.[1];
const meta = (text: string) => extractMetadata(clean(text));
const storyNames = (text: string) => {
  const doc = clean(text);
  const story = doc.blocks.filter((b) => b.kind === 'story' || b.kind === 'premise');
  return extractCharacters(text, story, doc.cast).map((c) => ({ name: c.name, actor: c.actor }));
};

const STORY = [
  'Marit rows across the fjord at dawn with the post for the lighthouse, and Jens waits on the jetty.',
  'Jens tells Marit that the keeper has not lit the lamp for three nights, and they climb the tower.',
  'At the top Marit finds the keeper asleep over his charts, and Jens lights the lamp himself.',
  'When the supply boat comes on Friday, Marit hands the keeper a letter from his daughter in Bergen.',
];

describe('clean: page furniture of review, disc, essay, press and blog pages', () => {
  it('reads "Review by <user>" as a byline, not as a "Review" section that swallows the story', () => {
    const text = [
      'Review by lamp_post_77 ★★★',
      ...STORY,
      'Comments',
      'great write-up, the tower scene is unreal.',
    ].join('\n');
    expect(kinds(text).map((k) => k[1])).toEqual([
      'boilerplate',
      'story',
      'story',
      'story',
      'story',
      'boilerplate',
      'boilerplate',
    ]);
  });

  it('opens a non-story section at a signed piece after the story (a booklet essay)', () => {
    const text = [
      'Synopsis',
      ...STORY,
      'Light and Silence',
      'An essay by Odile Marchand',
      'Holm shoots the tower as a body, and the lamp as its failing heart; nowhere is this clearer.',
    ].join('\n');
    expect(
      kinds(text)
        .slice(-3)
        .map((k) => k[1]),
    ).toEqual(['heading', 'boilerplate', 'boilerplate']);
  });

  it('does not end the page at a comment count above the story (a newspaper byline)', () => {
    const text = [
      'Marit and Jens keep the lighthouse lit through one long storm, and nobody sleeps.',
      '17 comments',
      ...STORY,
      'The keeper reads the letter twice, then climbs the tower alone and trims the wick until dawn.',
      '3 comments',
      'lovely film, saw it twice.',
    ].join('\n');
    // The count above: one line; the count below the story: the end of the page.
    expect(
      kinds(text)
        .slice(1)
        .map((k) => k[1]),
    ).toEqual([
      'boilerplate',
      'story',
      'story',
      'story',
      'story',
      'story',
      'boilerplate',
      'boilerplate',
    ]);
  });

  it("reads a review's star fact box as facts", () => {
    const text = ['★★★★ · Dir. Halvard Sæther · 1h 38m · Cert 12A', ...STORY].join('\n');
    expect(kinds(text)[0]?.[1]).toBe('meta');
    expect(meta(text)).toMatchObject({ director: 'Halvard Sæther', runtimeMinutes: 98 });
  });

  it('drops copyright, thanks, newsletter and contribution calls, margin notes and hatnotes', () => {
    const lines = [
      'Artwork © 2023 Fjordlys Film AS. Bonus material © 2024 Nordic Disc Ltd.',
      'The label wishes to thank the Norwegian Film Institute for access to the negative.',
      'Enjoying this? Our Sunday newsletter lands in your inbox with every new recap.',
      'We have no summary for this title yet. Be the first to write one!',
      '[Marginal comment: which scene shows this? Page reference please.]',
      'Teacher’s note: good use of the reading, but watch the tense.',
      'For the 2004 television series, see The Keeper (TV series).',
    ];
    const text = [...STORY, ...lines].join('\n\n');
    for (const l of lines) expect(kindOf(text, l), l).toBe('boilerplate');
  });

  it("drops an essay's paragraphs that cite critics by page, and the writer's argument", () => {
    const text = [
      ...STORY,
      'The lamp, in Lindahl’s reading, is the film’s real protagonist (Lindahl 212), and the tower a body (Marchand 9).',
      'In this essay I argue that the film’s ending is a confession. I think the audience is meant to feel it.',
    ].join('\n');
    expect(
      kinds(text)
        .slice(-2)
        .map((k) => k[1]),
    ).toEqual(['boilerplate', 'boilerplate']);
  });

  it("drops a closing verdict where half the sentences are the writer's and judge the film", () => {
    const text = [
      ...STORY,
      'My favourite film of the spring, no contest. Kaspar Bye is wonderful as Jens. I only wish the last act were tighter.',
    ].join('\n');
    expect(kinds(text).at(-1)?.[1]).toBe('boilerplate');
  });

  it("reads a site's lower-case tagline and an essay's long title as headings, not story", () => {
    const text = [
      'stories from the coast for people who stay up too late',
      'Keeping the Light: Duty, Silence and Care in Holm’s Lighthouse Film',
      ...STORY,
    ].join('\n');
    expect(
      kinds(text)
        .slice(0, 2)
        .map((k) => k[1]),
    ).toEqual(['heading', 'heading']);
  });

  it('takes the story text above a "Synopsis" heading for the blurb (a back cover), not scenes', () => {
    const text = [
      'Nobody has lit the lamp for three nights. Holm’s chamber piece returns, restored.',
      'Synopsis',
      ...STORY,
    ].join('\n');
    expect(kinds(text).map((k) => k[1])).toEqual([
      'premise',
      'heading',
      'story',
      'story',
      'story',
      'story',
    ]);
  });

  it('takes a guide page\'s notes above a "Full Plot" heading half as long as the plot for the blurb', () => {
    const text = [
      'Parents need to know that this gentle drama has one tense scene on the tower and a letter that makes Marit cry.',
      'Our review: four stars for a film that never hurries.',
      'Full Plot (contains spoilers)',
      ...STORY,
    ].join('\n');
    expect(kinds(text).map((k) => k[1])).toEqual([
      'premise',
      'premise',
      'heading',
      'story',
      'story',
      'story',
      'story',
    ]);
  });

  it('ends a Q&A page\'s comments at its answers ("2 Answers"), so the answer is story', () => {
    const text = [
      ...STORY,
      'Comments:',
      'Great question, I was confused too. – user1 Mar 3',
      '2 Answers',
      'Marit rows back across the fjord on Saturday, and the keeper waves from the gallery of the lit tower.',
      'Jens writes to the keeper’s daughter in Bergen that the lamp has not gone out since the letter came.',
    ].join('\n');
    expect(kinds(text).map((k) => k[1])).toEqual([
      'story',
      'story',
      'story',
      'story',
      'boilerplate',
      'boilerplate',
      'boilerplate',
      'story',
      'story',
    ]);
  });

  it('reads "Story continues below" as no story heading: the story above it stays story', () => {
    const text = [STORY[0], 'Story continues below', ...STORY.slice(1)].join('\n');
    expect(kinds(text).filter((k) => k[1] === 'story')).toHaveLength(4);
  });

  it('keeps the facts lines of a disc or press-kit section, not those of "More like this"', () => {
    const text = [
      ...STORY,
      'BONUS MATERIAL',
      '• Commentary with the director',
      '2019 · Colour · 91 min · 15',
      'You might also like',
      '2011 · Colour · 120 min',
    ].join('\n');
    const k = kinds(text).map((x) => x[1]);
    expect(k.slice(-5)).toEqual([
      'boilerplate',
      'boilerplate',
      'meta',
      'boilerplate',
      'boilerplate',
    ]);
    expect(meta(text)).toMatchObject({ year: 2019, runtimeMinutes: 91 });
  });

  it('lets a credits header end a section of extras', () => {
    const text = [
      ...STORY,
      'Special features',
      '• Trailer',
      'Crew',
      'Directed by ........ Halvard Sæther',
    ].join('\n');
    expect(meta(text).director).toBe('Halvard Sæther');
  });

  it('reads "Cast[edit]" as a cast header, and a "Cast & crew" block as credits', () => {
    const wiki = [...STORY, 'Cast[edit]', 'Kaspar Bye as Jens', 'Live Aune as Marit'].join('\n');
    expect(clean(wiki).cast).toEqual([
      { actor: 'Kaspar Bye', character: 'Jens' },
      { actor: 'Live Aune', character: 'Marit' },
    ]);
    const streaming = [
      ...STORY,
      'Cast & crew',
      'Cast    Kaspar Bye (Jens), Live Aune (Marit)',
    ].join('\n');
    expect(
      kinds(streaming)
        .slice(-2)
        .map((k) => k[1]),
    ).toEqual(['crew', 'meta']);
  });

  it('reads an encyclopaedia lead after an infobox that ended in a section-like heading', () => {
    const text = [
      'Production',
      'companies\tFjordlys Film',
      'The Keeper is a 2019 Norwegian drama film directed by Halvard Sæther.',
      'Plot',
      ...STORY,
    ].join('\n');
    expect(meta(text)).toMatchObject({ year: 2019, director: 'Halvard Sæther' });
  });

  it('drops a release notice ("is in cinemas from") and takes an unpunctuated standfirst for the premise', () => {
    const text = [
      "A keeper's daughter and a stranger wait out a storm in Holm's quiet chamber piece",
      'By Anne Ruud',
      ...STORY,
      'The Keeper is in cinemas now.',
    ].join('\n');
    const k = kinds(text).map((x) => x[1]);
    expect(k[0]).toBe('premise');
    expect(k.at(-1)).toBe('boilerplate');
  });

  it('reads "spoils the whole film" and "if you haven\'t seen it" as a spoiler warning', () => {
    const text = ['Fair warning: this recap spoils the whole film, ending and all.', ...STORY].join(
      '\n',
    );
    expect(kinds(text)[0]?.[1]).toBe('warning');
  });
});

describe('metadata: facts in essay, press-kit, disc and diary forms', () => {
  it('reads "Film: Title (Year), dir. Name"', () => {
    expect(
      meta(['Film: The Keeper (2019), dir. Halvard Sæther', ...STORY].join('\n')),
    ).toMatchObject({
      title: 'The Keeper',
      year: 2019,
      director: 'Halvard Sæther',
    });
  });

  it('reads a tech-specs table copied with spaces or dot leaders', () => {
    const text = [
      ...STORY,
      'TECHNICAL SPECIFICATIONS',
      'Year   2019',
      'Running time ...... 91 minutes',
      'CREW',
      'Director ........ Halvard Sæther',
    ].join('\n');
    expect(meta(text)).toMatchObject({
      year: 2019,
      runtimeMinutes: 91,
      director: 'Halvard Sæther',
    });
  });

  it('skips a disc or festival label above the title', () => {
    const text = [
      'COLLECTOR’S EDITION BLU-RAY',
      'Main Competition',
      'SALT AND TALLOW',
      ...STORY,
    ].join('\n');
    expect(meta(text).title).toBe('Salt and Tallow');
  });

  it('splits a diary site\'s "Title 2019" over a credit line', () => {
    const text = ['The Keeper 2019', 'Directed by Halvard Sæther', ...STORY].join('\n');
    expect(meta(text)).toMatchObject({ title: 'The Keeper', year: 2019 });
  });
});

describe('characters: which column of a cast list is the story’s', () => {
  it('turns round a cast table whose names the story uses in its other column', () => {
    const text = [...STORY, 'CAST', 'MARIT   Live Aune', 'JENS   Kaspar Bye'].join('\n');
    expect(storyNames(text)).toEqual(
      expect.arrayContaining([
        { name: 'Marit', actor: 'Live Aune' },
        { name: 'Jens', actor: 'Kaspar Bye' },
      ]),
    );
    expect(storyNames(text).map((c) => c.name)).not.toContain('Live Aune');
  });

  it('turns round "Actor (Character)" pairs, and reads "X plays" and "(Actor, aside)"', () => {
    const text = [
      'Live Aune (Marit Holm) and Kaspar Bye (Jens Vik) star.',
      ...STORY,
      'Trond Lie plays the keeper with a grudging warmth.',
      'Marit (Live Aune, superb) sleeps at last.',
    ].join('\n\n');
    const names = storyNames(text).map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['Marit Holm', 'Jens Vik']));
    expect(names).not.toContain('Live Aune');
    expect(names).not.toContain('Trond Lie');
  });
});
