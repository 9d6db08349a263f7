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
