import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  isCallToAction,
  isCardLine,
  isCommentary,
  isOtherFurniture,
  storyPartOf,
} from '../../src/pipeline/furniture3';
import { cleanPage as clean, kindHolding as kindAt } from '../fixtures/blockKind';

/**
 * Page furniture and a reviewer's commentary in the middle of a story (src/pipeline/furniture3.ts):
 * four invented pages (a podcast's show notes, a fan forum thread, a streaming page, a film
 * course's module page) and lines of furniture set between story paragraphs, each rule with
 * negatives: story paragraphs with numbers, a character who "shares" something, plot lines that
 * say "the film", "We see" or "In the final scene".
 */
const DIR = join(import.meta.dirname, 'fixtures/furniture3');

const A =
  'Maren Holt arrives in Skarvik on the night ferry in March 1989 and takes a room above the harbour café, where the owner, Sigrun, tells her the lighthouse has been dark for a year.';
const B =
  'The next morning Maren walks out to the lighthouse and finds the keeper, Ole Brekke, asleep in his chair with a rifle across his knees and the lamp room locked from the inside.';
const C =
  'That evening Sigrun tells Maren that Ole lost his son to the sea in 1979, and that he has not spoken to anyone in the village since the funeral.';

/** The kind given to a line set between two story paragraphs and before a third. */
const between = (line: string): string => kindAt(clean(`${A}\n\n${B}\n\n${line}\n\n${C}\n`), line);

describe('furniture between story paragraphs', () => {
  const furniture = [
    // Ads, sponsors, newsletters, calls to action.
    'Storm season is coming. Protect what matters and get a quote in under two minutes. Learn more',
    'Support the show! Join 1,200 other listeners on Patreon for bonus episodes. Every pound helps.',
    'This episode is sponsored by Hearthbox, the meal kit that makes weeknights easy.',
    "Today's show is brought to you by Loomcraft.",
    'Thanks to our sponsor, Northwind VPN.',
    'Get the best of Film delivered to your inbox every Friday.',
    'What did you think of Skarvik? Let us know in the comments below.',
    'Need help? Contact the course team or visit the Student Hub.',
    'Continue watching for Rosa M.',
    'This review contains affiliate links. We may earn a commission if you buy through them.',
    // Comment and review cards, counts, timestamps.
    'mirabelle_k · 2 days ago',
    'Reply · 41 likes',
    'seawitch77: "The tape scenes absolutely wrecked me." ▲ 88',
    '@tallgrass_92 thanks for this!! I was so confused about the boathouse part.',
    'Kevin D. says:',
    'Helpful? 31 · Report',
    'Reviewed in the United Kingdom on 3 April 2024',
    'Last modified on Fri 6 Mar 2026 11.42 GMT',
    'Great recap, thanks! I totally missed the thing with the ring.',
    'Honestly one of the best recaps on this site.',
    // Ratings, bios, release notes, captions, course and podcast furniture.
    'Four and a half stars out of five.',
    'Jonah Pell is a freelance critic based in Leeds. His writing has appeared in Sight and Sound.',
    'Jonah Pell covers film and television for the Northern Film Review.',
    'Judith Amery writes on European cinema for Sight Lines and teaches at the University of Leeds.',
    'Skarvik is in UK and Irish cinemas from 13 March.',
    'Skarvik is streaming now on Netflix.',
    'Skarvik is available to rent on Prime Video.',
    'Tickets from £9.50 at the box office.',
    'Director Ines Vartan on set in Skarvik.',
    'Pictured: Harriet Vale as Maren in Skarvik.',
    'This article originally appeared in the Herald.',
    'The film was shot on location in Lofoten over six weeks in the winter of 2022.',
    'Note: the film was shot in Brno over 28 days; you do not need to know this for the exam.',
    'Before next class, watch the first 30 minutes again and take notes on the use of sound.',
    'Next week: Harbour of Glass (2001). Watch along with us!',
    'Find us on Bluesky and Instagram @skarvikpod.',
    'Our producer is Dana Lee and our theme music is by the Cairn Trio.',
    'Fans of slow-burn mysteries will find plenty to love here.',
    'The Weir (2021) dir. Sam Ortiz – A slow, gorgeous study of grief that never quite comes alive.',
    '(Spoilers end here.)',
  ];
  for (const line of furniture)
    it(`drops "${line.slice(0, 60)}"`, () => {
      expect(between(line)).not.toBe('story');
    });

  const story = [
    'Ruth shares a cigarette with Ines on the pier and tells her about the funeral.',
    'At 4:10 the ferry leaves, and forty-two passengers watch the lighthouse go dark.',
    'Two days ago, Sigrun says, a man came asking for Ole.',
    'Ole’s son reviews the harbour accounts and finds 31 missing entries.',
    'Maren signs up for the night shift at the cannery and follows Ole home.',
    "Maren reads the parish newsletter and finds Ole's name in the list of the dead.",
    'Ole shoots the intruder in the lamp room and calls the police.',
    'Arne stages a fire at the cannery to claim the insurance, and the police arrest him three weeks later.',
    'The performance at the chapel is cancelled when the storm hits.',
    'Their story continues below the cliffs, where the boat is waiting.',
    'Maren is streaming the radio broadcast on her laptop when the power fails.',
    'Tickets for the ferry are sold out, so Maren stays another night.',
    'Next week, Maren promises, she will take Ole to the hospital in Bodø.',
    'Ines watches the film of her grandfather that Ruth has kept since 1988.',
    "Ole's performance as a drunk fools the whole village.",
    'In the third act of the school play, Maren’s daughter forgets her lines.',
  ];
  for (const line of story)
    it(`keeps "${line.slice(0, 60)}"`, () => {
      expect(between(line)).toBe('story');
    });
});

describe("a reviewer's commentary", () => {
  const names = new Set(['Lotte', 'Margarethe', 'Hendrik', 'Maren', 'Ole']);
  it('reads paragraphs about the film as a made thing as commentary', () => {
    for (const s of [
      'Brandt shoots the 1961 chapters on grainy Super 16, all amber lamplight, while the 2004 scenes have a fluorescent chill. It is an obvious contrast, but an effective one.',
      'The performances are uniformly strong.',
      'What the film understands is that a ledger is a kind of diary, and that what people leave out of it tells you more than what they put in. That idea carries it a long way.',
      'The screenplay is less sure-footed in the final stretch. The letter arrives with far too much explanation, and a subplot about Lotte goes nowhere.',
      'The third act stumbles.',
      'Ines Vartan’s Skarvik is a slow, haunting study of guilt, and one of the best films of the year.',
      'Harriet Vale is extraordinary as Maren, all clenched jaw and sidelong glances.',
    ])
      expect(isCommentary(s, names), s).toBe(true);
  });
  it('keeps story told through the film, with a time or with its people', () => {
    for (const s of [
      'The film opens in 2004, in a notary’s office in Ghent, where Lotte signs for the ledger.',
      'Here the film cuts back to 1987, and the third act of the rescue begins.',
      'We first see Margarethe in the spring of 1961, keeping the books for her father.',
      'In the final scene the first rain in five months falls on the reservoir, a gorgeous, devastating image.',
      'In the third act, Lotte finds Anneke in Rotterdam and reads the letters.',
      'She plays the tape of her father’s voice again and again; the performance is for no one.',
      'The water runs further than anyone expected and sweeps the clerk’s car off the causeway.',
    ])
      expect(isCommentary(s, names), s).toBe(false);
  });
  it('cuts commentary sentences off either end of a story paragraph, never its story', () => {
    const s =
      'Venn shoots the 1958 chapters in grainy 16mm, and the effect is lovely. In 1958, Margarethe sells a case of tumblers to Hendrik. The screenplay is less sure-footed here, and the final stretch over-explains.';
    const part = storyPartOf(s, names);
    expect(part && s.slice(part.from, part.to)).toBe(
      'In 1958, Margarethe sells a case of tumblers to Hendrik.',
    );
    expect(
      storyPartOf('Lotte drives back to Bruges. She tears out a page in the final scene.', names),
    ).toBeNull();
  });
});

describe('the shape rules on their own', () => {
  it('a call to action orders its reader; a story sentence does not', () => {
    expect(isCallToAction('Sign up now, it’s free.', 5)).toBe(true);
    expect(isCallToAction('Listen on Apple Podcasts or Spotify.', 6)).toBe(true);
    expect(isCallToAction('Maren signs up for the night shift.', 7)).toBe(false);
    expect(isCallToAction('"Sign up now," the recruiter tells Ole.', 7)).toBe(false);
  });
  it('a card line has a user, a count or a timestamp and no sentence', () => {
    expect(isCardLine('harbourrat · 1 day ago', 4)).toBe(true);
    expect(isCardLine('Audience Score 81% · 1,000+ Ratings', 6)).toBe(true);
    expect(isCardLine('Two days ago, Sigrun says, a man came asking for Ole.', 11)).toBe(false);
    expect(isCardLine('The council counts 118 votes for the dam.', 8)).toBe(false);
  });
  it('other furniture: a rating in words, a bio, a release note', () => {
    expect(isOtherFurniture('Three and a half stars.', 5)).toBe(true);
    expect(isOtherFurniture('About the director: Amara Osei was born in Rotterdam.', 9)).toBe(true);
    expect(isOtherFurniture('Maren counts the stars from the lamp room.', 8)).toBe(false);
    expect(isOtherFurniture('Ole writes to his son in Bergen every week.', 9)).toBe(false);
  });
});

interface Page {
  file: string;
  furniture: string[];
  story: string[];
}

const PAGES: Page[] = [
  {
    file: '01_podcast-notes.txt',
    furniture: [
      'Episodes | About',
      'Episode 214:',
      '58 min · Released',
      'Listen on Apple Podcasts',
      'This week Mel and Joanna',
      '00:00 Intro',
      'This episode is brought to you by Loomcraft',
      'Support the show!',
      "Mel's rating",
      'Next week: Harbour of Glass',
      'Follow us on Instagram',
      'Music: "Slate Blues"',
      'Transcript available',
    ],
    story: [
      'Quarry Lights opens in the winter of 1994',
      'The film then jumps back six weeks',
      'Three weeks before the collapse',
      'Back in the present of the film',
      'In the last scene Moira meets them',
    ],
  },
  {
    file: '02_fan-forum.txt',
    furniture: [
      'CineHaven Forums ›',
      'Started by tallgrass_92',
      'Member · 1,042 posts',
      'Posted 3 weeks ago',
      'Quote · Report · Like (37)',
      '@tallgrass_92 thanks',
      'Like (4) · Reply',
      'Edited by tallgrass_92',
      'Best film I',
      'Go to page',
    ],
    story: [
      'The film opens in 2019 in a hospice',
      'The film cuts to the winter of 1944',
      'Back in 2019, Per reads the nine letters',
      'The film ends with Per driving south',
    ],
  },
  {
    file: '03_streaming-page.txt',
    furniture: [
      'Home   Films',
      '98% match',
      'Rate: 👍 👎',
      'Because you watched',
      '#4 in Films today',
      'Continue watching for Rosa M.',
      'Episode 3 · 24 min left',
      'The Salt Road · 2019',
      'A widow takes her late husband',
      'Download to watch offline',
    ],
    story: [
      'The film begins in 2016 with Xiana Roca',
      'In 1998, when Xiana was twelve',
      'who shares his boat and his lunch with her',
      'Ramón finally tells her',
      'In the final scene Xiana reads the true log',
    ],
  },
  {
    file: '04_course-page.txt',
    furniture: [
      'Home › Modules',
      'Module 6 of 12',
      'Mark as complete',
      'Reading: Chapter 9',
      'Note: the film was shot in Brno',
      'Discussion forum: 14 new posts',
      'Quiz: Week 6',
      'Next: Week 7',
      'Previous: Week 5',
      'Need help?',
    ],
    story: [
      'The Reel Grandmother begins in 2005',
      'The reels take us back to 1968',
      'In the weeks after the invasion',
      'In 2005 Hana plays the last reel',
    ],
  },
];

describe('four pages with furniture in the middle of their story', () => {
  for (const page of PAGES) {
    const doc = clean(readFileSync(join(DIR, page.file), 'utf8'));
    it(`${page.file}: furniture is not story`, () => {
      for (const f of page.furniture) expect(kindAt(doc, f), f).not.toBe('story');
    });
    it(`${page.file}: story paragraphs stay story`, () => {
      for (const s of page.story) expect(kindAt(doc, s), s).toBe('story');
    });
  }
});
