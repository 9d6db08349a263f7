import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanDocument, type CleanDoc } from '../../src/pipeline/clean';
import { Diagnostics } from '../../src/pipeline/diagnostics';

/**
 * Six invented pages in styles whose furniture leaked into scenes (a TV listings entry, a
 * film-school study guide, a recap blog, a streaming page, a review with a fact box and a paywall,
 * a recap whose "The verdict" section retells the story): every furniture line is not story, every
 * story paragraph is story, including story sentences that look like furniture ("Tonight's storm",
 * "the questions the police never asked", a tribunal's verdict).
 */
const DIR = join(import.meta.dirname, 'fixtures/furniture2');

interface Page {
  file: string;
  /** Text of paragraphs that must not be story. */
  furniture: string[];
  /** Text of paragraphs that must be story. */
  story: string[];
}

const PAGES: Page[] = [
  {
    file: '01_tv-listings.txt',
    furniture: [
      "TONIGHT'S TV",
      'Film of the day',
      '9.00pm Channel 5 · The Lantern Keeper',
      'Drama. 118 mins.',
      'Calloway is magnificent',
      'Also tonight',
      '8.00pm BBC Four',
      '10.40pm Film4',
      'Also on: Talking Pictures',
      'Subtitles [S] · Audio description',
      'Listings may change at short notice',
      'Watch again on Channel 5',
    ],
    story: [
      'Out on the Hebrides',
      'Callum sleeps in the empty cottage',
      "Tonight's storm tests them both",
      'In the morning the boat is safe',
    ],
  },
  {
    file: '02_study-guide.txt',
    furniture: [
      'Film Studies Resource Pack',
      'Learning objectives',
      'By the end of this unit',
      'Describe how the film uses',
      'Explain the significance of the orchard',
      "Compare the two sisters' points of view",
      'Key terms',
      'Diegetic sound:',
      'Cyclical structure:',
      'Discussion questions',
      'Why does the film open and close',
      'How does the director use colour',
      "Is Edith's decision at the fete",
      'Activities',
      'Activity 1:',
      'Activity 2:',
      'Teacher notes:',
      'Further viewing',
      'The Hop Pickers (1961)',
      'Worksheet 3 of 5',
    ],
    story: [
      'In a Kentish village after the war',
      'Through the spring the sisters quarrel',
      'In the summer Edith discovers',
      'At harvest the grafted trees',
    ],
  },
  {
    file: '03_recap-blog.txt',
    furniture: [
      'Share on Facebook',
      'By Tamsin Roe',
      'Advertisement',
      'Read more: Ashfall Episode 3',
      'ADVERTISEMENT',
      'Rating: 4 out of 5',
      'Tamsin Roe writes about television',
      'Share this recap',
      'Sponsored Stories',
      'These 10 Kitchen Gadgets',
      '14 Comments',
      'millgirl88:',
    ],
    story: [
      'Dara drags the foreman',
      "At the inn, Dara's sister Orla",
      'Meanwhile Brand discovers',
      "The episode's best scene comes near the end",
      "In the final minutes, Brand's men",
    ],
  },
  {
    file: '04_streaming.txt',
    furniture: [
      'Home > Films > Drama',
      '2020 · 1h 44m',
      '98% match',
      'Audio: English',
      'Subtitles: English [CC]',
      'Play · Trailer · My List',
      'Episodes & extras',
      'Making Glasshouse (12m)',
      'Trailer (2m)',
      'Because you watched Glasshouse',
      'The Fernery · 2018',
      'Winter Garden · 2015',
      'More like this',
      'Rating: 12 · moderate threat',
      'Available in HD and 4K',
    ],
    story: [
      "On her first night Nadia finds the curator's notebooks",
      'Nadia keeps the glasshouse open',
      'Wilf catches her at the door',
      'In the tunnels Nadia finds Beatrice alive',
    ],
  },
  {
    file: '05_review-paywall.txt',
    furniture: [
      '★★★★☆',
      'Directed by Oskar Lind | 2h 6m',
      "The Cartographer's Widow at a glance",
      'Genre: Period drama',
      'Country: Sweden, Denmark',
      'Language: Swedish',
      'You have 2 free articles left',
      'Subscribe to continue reading',
      'Already a subscriber? Log in',
      "Lind's film is handsome but slow",
      'Verdict: a flawed but haunting film',
      'is in cinemas from Friday.',
      'Support our journalism',
      'Most read',
      '1. The ten best films',
      '2. Interview: Maja Ek',
    ],
    story: [
      'Sigrid finds that the admiralty',
      'Along the coast Sigrid learns',
      'In the winter storms they are trapped',
    ],
  },
  {
    file: '06_verdict-recap.txt',
    furniture: [
      'The charge',
      'The witnesses',
      'The verdict',
      'A sturdy, old-fashioned courtroom drama',
      'Our rating: 3/5',
      'Comments (3)',
    ],
    story: [
      'On Monday the colliery board',
      'That night Irene goes through',
      'On Tuesday the treasurer',
      'On Friday morning Platt retires',
      'That evening Billy comes',
    ],
  },
  {
    file: '07_tv-guide-inline.txt',
    furniture: [
      'Saturday 14 March',
      "Pick of the day: Ferryman's Daughter",
      'BBC Two, 10.00pm (S, AD)',
      'Thriller. 101 mins.',
      'Tense, wind-blasted and beautifully shot',
      'Later tonight: 11.45pm ITV3',
      "Tomorrow: Sunday's films",
      'Programme times and details may vary',
      'Catch up on BBC iPlayer',
    ],
    story: [
      'On a tidal island off the Essex coast',
      'Halfway over, in the dark',
      'Vic arrives on the morning tide',
      'The last act plays out on the causeway',
    ],
  },
  {
    file: '08_class-handout.txt',
    furniture: [
      'Year 10 Media Studies',
      'Aims of this lesson',
      'To understand how suspense',
      'To practise writing about camera',
      'Questions for discussion',
      'a) How is the sound of the bell',
      'b) Why do you think the director',
      'c) Which character do you sympathise',
      'Key vocabulary',
      'Mise-en-scène – everything',
      'Sound bridge – a sound',
      'Homework: Rewrite the final scene',
      'Extension task: Research',
      "Teacher's note – the film is rated",
    ],
    story: [
      'In a village in County Clare',
      'Peter hands his class a sheet of discussion questions',
      'Peter questions the villagers',
      "The name is Tierney's",
    ],
  },
  {
    file: '09_streaming-series.txt',
    furniture: [
      'Season 1 · 6 episodes',
      'S1:E3 · The Allotment · 48m',
      'Up next: S1:E4',
      'Audio: English, English - Audio Description',
      'More episodes',
      'S1:E1 · Moving Day',
      "S1:E2 · The Residents' Meeting",
      'Viewers also watched',
      'The Tollgate · Drama · 2022',
      'Ninefield · Crime · 2021',
      'Contains violence and strong language',
    ],
    story: [
      'Detective Ruth Ngata follows the trail',
      "Ruth's partner, Dev Sandhu",
      "The figure is Harold's granddaughter",
      'orders the embankment dug up',
    ],
  },
  {
    file: '10_paywall-review.txt',
    furniture: [
      'Reviews | Film',
      '3 out of 5 stars',
      'This article is for subscribers only',
      'At a glance: Director Mei Tanaka',
      'To keep reading, sign in',
      'Already registered? Sign in',
      'Tanaka directs with great delicacy',
      'Verdict – handsome, moving, overlong',
      "You've read 3 of 5 free articles",
      'Topics: Japanese cinema',
    ],
    story: [
      'In a coastal town in Kyushu',
      'Hideo shuts his workshop',
      "As the festival approaches, Sachi's first test shell",
      'On the night of the festival father and daughter',
    ],
  },
];

const kindAt = (doc: CleanDoc, needle: string): string => {
  const at = doc.text.indexOf(needle);
  if (at < 0) throw new Error(`fixture lacks: ${needle}`);
  const block = doc.blocks.find((b) => b.start <= at && at < b.end);
  return block?.kind ?? 'none';
};

describe('page furniture of listings, study guides, recap blogs, streaming pages, paywalls', () => {
  for (const page of PAGES) {
    describe(page.file, () => {
      const text = readFileSync(join(DIR, page.file), 'utf8');
      const doc = cleanDocument({ file: page.file, text }, new Diagnostics());
      it.each(page.furniture)('furniture not story: %s', (needle) => {
        expect(kindAt(doc, needle)).not.toBe('story');
      });
      it.each(page.story)('story kept: %s', (needle) => {
        expect(kindAt(doc, needle)).toBe('story');
      });
    });
  }
});

/** The kinds of the paragraphs of a short document, keyed by their first words. */
const kinds = (text: string): ((needle: string) => string) => {
  const doc = cleanDocument({ file: 'x.txt', text }, new Diagnostics());
  return (needle) => kindAt(doc, needle);
};

const STORY =
  'Mara Voss arrives at the lighthouse on the first night of winter and finds the keeper, Tobias Quint, dead at the foot of the stairs. ' +
  'She sends for the constable, Eliot Hart, and spends the night going through the logbook by the light of the lamp.\n\n' +
  'In the morning Hart questions the fishermen. Each of them saw a boat leave the rocks at midnight, and each of them names a different man at its oars.\n\n';

describe('a bare "The verdict" heading', () => {
  it('keeps the story verdict that follows it (the story people acting, nothing graded)', () => {
    const kind = kinds(
      STORY +
        'The verdict\n\nAt the inquest the coroner hears Mara last. Hart reads the logbook aloud, and the jury returns a verdict of murder by persons unknown. Mara leaves the hall and walks back to the lighthouse alone.\n',
    );
    expect(kind('The verdict')).not.toBe('story');
    expect(kind('At the inquest the coroner')).toBe('story');
  });

  it('drops a critic’s verdict under it: graded, rated, or about people the story never named', () => {
    const kind = kinds(
      STORY +
        'Verdict\n\nLindqvist stages the inquiry with real care, though the mystery is obvious by the half-way point.\n\n' +
        'Kessler is quietly devastating, and the coastline has never looked colder.\n\n' +
        'Four stars out of five.\n',
    );
    expect(kind('Lindqvist stages')).not.toBe('story');
    expect(kind('Kessler is quietly devastating')).not.toBe('story');
    expect(kind('Four stars out of five')).not.toBe('story');
  });
});

describe('single lines', () => {
  it('drops a critic’s graded line after the story, but keeps story with one such word', () => {
    const kind = kinds(
      STORY +
        'Hart finds the boat pulled up on the shingle, and Mara recognises the superb old oars her father carved.\n\n' +
        'Hale is magnificent as the keeper, and the storm sequence is as gripping as anything this year.\n',
    );
    expect(kind('Hart finds the boat')).toBe('story');
    expect(kind('Hale is magnificent')).not.toBe('story');
  });

  it('reads on past an inline "Read more:" link, but "Read more" alone still ends the page', () => {
    const inline = kinds(
      STORY +
        'Read more: our recap of episode two\n\nThat night Mara takes the logbook to the harbour master, who recognises the handwriting in the last entry.\n',
    );
    expect(inline('Read more: our recap')).not.toBe('story');
    expect(inline('That night Mara takes the logbook')).toBe('story');
    const end = kinds(
      STORY +
        'Read more\n\nThat night Mara takes the logbook to the harbour master, who recognises the handwriting.\n',
    );
    expect(end('That night Mara takes the logbook')).not.toBe('story');
  });

  it('drops paywall and listings notes, keeps story sentences that start alike', () => {
    const kind = kinds(
      STORY +
        'You have 3 free articles left this month.\n\n' +
        'Programme times may vary.\n\n' +
        'Contains strong language and scenes of violence.\n\n' +
        'Tonight the storm reaches the island, and Mara climbs to the lamp room to keep the light burning until dawn.\n\n' +
        'Watch again on catch-up for 30 days.\n',
    );
    expect(kind('You have 3 free articles')).not.toBe('story');
    expect(kind('Programme times may vary')).not.toBe('story');
    expect(kind('Contains strong language')).not.toBe('story');
    expect(kind('Watch again on catch-up')).not.toBe('story');
    expect(kind('Tonight the storm reaches')).toBe('story');
  });
});
