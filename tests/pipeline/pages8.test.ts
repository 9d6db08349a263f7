import { describe, expect, it } from 'vitest';
import { cleanLeniently } from '../../src/pipeline/clean';
import { isPageFurniture4 } from '../../src/pipeline/furniture4';
import { possessiveDirector } from '../../src/pipeline/metadataStyles4';
import {
  isPageChrome8,
  isReviewQuestionHeading,
  programmeEntries,
  programmeFilm,
} from '../../src/pipeline/pageStyles8';
import {
  isAnswersMark,
  isThreadChrome,
  isThreadLabel,
  isThreadTalk,
} from '../../src/pipeline/pageTalk';
import { cleanPage, kindHolding } from '../fixtures/blockKind';
import { metadataOfPage, scoredFacts } from '../fixtures/metadataPage';

/**
 * The eighth pages helper's rules: one owner for a thread's labelled chrome, for a Q&A page's
 * answers line and for "X's Title"; and the chrome and facts of a video recap, a parents' guide, an
 * archive's press release, a cinematheque's leaflet and a film society's email. Each page here is
 * written for the test; each rule has a story sentence that looks like it and must stay.
 */
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
const STORY = [
  'Mira Solberg runs the last ferry across the fjord, and every night she counts the passengers twice.',
  'When a passenger goes missing between the two counts, Mira searches the car deck and finds a suitcase full of wet letters.',
  'The harbour police officer, Anders Lie, tells her to forget it, but Mira reads the letters one by one in the wheelhouse.',
  'In the last letter a woman called Hanne Lie asks her brother to meet her on the ferry, and Mira realises who the officer is.',
];

describe('one owner for thread chrome (pageTalk.isThreadLabel)', () => {
  it.each([
    'Mod note: spoiler tags are required for recent films.',
    "Moderator's note — please keep theories in the megathread.",
    'Admin note: this thread is locked.',
    'TL;DR: the fire is in 1975 and the letters come later.',
    'Short version: she lies.',
    'Bottom line: see it on the biggest screen you can.',
    'Edit 2: fixed the year of the fire.',
    'Edited 3 times. Last edit by nightowl.',
    'This post was edited.',
  ])('reads "%s" as a label of the thread, here and in furniture4', (s) => {
    expect(isThreadLabel(s, words(s))).toBe(true);
    expect(isPageFurniture4(s, words(s), true, new Set())).toBe(true);
  });

  it.each([
    'The short version of the song is played at the wedding.',
    'Edited by her father, the ledger lists every ship that passed in 1953.',
    'The mod note pinned to the door tells Ada the shop is closed.',
    'Bottom lines of the ledger are all in red ink, and Ada counts them twice.',
  ])('leaves the story sentence "%s"', (s) => {
    expect(isThreadLabel(s, words(s))).toBe(false);
    expect(isPageFurniture4(s, words(s), true, new Set(['Ada']))).toBe(false);
  });

  it('reads a label line inside a paragraph of other chrome', () => {
    const s = 'asked Mar 2, 2024 at 21:40\nTL;DR: the timeline is two summers.';
    expect(isThreadChrome(s, words(s))).toBe(true);
  });
});

describe("one pattern for a Q&A page's answers line", () => {
  it.each(['2 Answers', '3 answers sorted', 'Accepted answer', '✓ Accepted', 'Best answer:'])(
    'reads "%s" as the answers line, as chrome and as a section end',
    (s) => {
      expect(isAnswersMark(s, words(s))).toBe(true);
      expect(isThreadChrome(s, words(s))).toBe(true);
    },
  );

  it('ends a section only at a short line (four words), as before the merge', () => {
    const s = '3 answers sorted by votes';
    expect(isThreadChrome(s, words(s))).toBe(true);
    expect(isAnswersMark(s, words(s))).toBe(false);
  });

  it('leaves a story sentence about answers', () => {
    for (const s of [
      'She answers the door.',
      'Two answers came back from the lab.',
      'Accepted at last, she moves in.',
    ])
      expect(isAnswersMark(s, words(s))).toBe(false);
  });
});

describe("one rule for X's Title (metadataStyles4.possessiveDirector)", () => {
  const h = {
    parseRuntime: () => null,
    titleCase: (s: string) => s,
    country: /^Norway$/,
    company: /\b(?:Films|Pictures)\b/,
  };

  it('reads the owner right before the title, or before "film runs"', () => {
    expect(
      possessiveDirector(
        "This week: Hedda Vang's Night Crossing, a ferry thriller.",
        'Night Crossing',
        h,
      ),
    ).toBe('Hedda Vang');
    expect(
      possessiveDirector(
        "A ferry thriller, Hedda Vang's 2016 film Night Crossing.",
        'Night Crossing',
        h,
      ),
    ).toBe('Hedda Vang');
    expect(possessiveDirector("Sofie Lund's film runs 108 minutes.", null, h)).toBe('Sofie Lund');
  });

  it('leaves a comparison, a list of names, a star and a company', () => {
    expect(
      possessiveDirector("Like Ingmar Holm's Night Crossing, it is slow.", 'Night Crossing', h),
    ).toBeNull();
    expect(
      possessiveDirector(
        "It borrows from Erik Holm, Lena Brandt and Ingrid Moss's film runs of the eighties.",
        null,
        h,
      ),
    ).toBeNull();
    expect(
      possessiveDirector(
        "Starring Petra Lund. It is Petra Lund's The Salt Road.",
        'The Salt Road',
        h,
      ),
    ).toBeNull();
    expect(
      possessiveDirector("Northlight Films's The Salt Road opens on Friday.", 'The Salt Road', h),
    ).toBeNull();
  });
});

describe('the lenient reading is marked, so it is not tried twice', () => {
  it('marks the strict and the lenient readings', () => {
    const text = ['Night Crossing (2016)', '', ...STORY].join('\n\n');
    expect(cleanPage(text).lenient).toBe(false);
    expect(cleanLeniently({ file: 'x.txt', text }).lenient).toBe(true);
  });
});

describe("a video recap's chrome", () => {
  const page = [
    'NIGHT CROSSING (2016) Full Story Recap | Ending Explained',
    'SPOILERS for the whole film!',
    'Hey everyone, Jonah here, and welcome back to the channel. Today we are doing a slow Norwegian thriller.',
    ...STORY,
    'Thanks again to NordLight for sponsoring this video. Smash that like button and I will see you in the next one.',
  ].join('\n\n');
  const doc = cleanPage(page);

  it('drops the spoiler line, the greeting and the sign-off and keeps the story', () => {
    expect(kindHolding(doc, 'SPOILERS for the whole')).not.toBe('story');
    expect(kindHolding(doc, 'Hey everyone')).toBe('boilerplate');
    expect(kindHolding(doc, 'Thanks again to NordLight')).toBe('boilerplate');
    expect(kindHolding(doc, 'Mira Solberg runs')).toBe('story');
  });

  it('leaves story sentences that look like a channel', () => {
    for (const s of [
      'He subscribes to the paper and reads it on the ferry every morning.',
      'Hey, Mira says, and welcome back to the island, and she takes his bag.',
      'She posts the letter from the harbour office and waits for an answer.',
    ])
      expect(isThreadTalk(s, words(s))).toBe(false);
  });
});

describe("a parents' guide's reviews", () => {
  it('reads "Parents say (12 reviews)" and "Is it any good?" as sections that are not story', () => {
    const page = [
      'The Kite Year',
      "Parents' Guide",
      ...STORY,
      'Is it any good?',
      'It is lovely, and Mira Solberg and Anders Lie are terrific in the storm scene.',
      'Parents say (12 reviews)',
      'My two boys loved it. We talked about their grandad all the way home.',
      '— posted by Marguerite L., age 40',
    ].join('\n\n');
    const doc = cleanPage(page);
    expect(kindHolding(doc, 'It is lovely')).toBe('boilerplate');
    expect(kindHolding(doc, 'My two boys')).toBe('boilerplate');
    expect(kindHolding(doc, '— posted by')).toBe('boilerplate');
    expect(kindHolding(doc, 'In the last letter')).toBe('story');
  });

  it('knows a question heading from a story question', () => {
    expect(isReviewQuestionHeading('Is it any good?', 4)).toBe(true);
    expect(isReviewQuestionHeading('Should you watch it?', 4)).toBe(true);
    expect(isReviewQuestionHeading('Is it any good, the knife?', 6)).toBe(false);
    expect(isReviewQuestionHeading('Is it her review of the case?', 7)).toBe(false);
  });

  it('leaves a review inside the story', () => {
    const s =
      'Her review of the case takes a week, and posted by mistake, it reaches the wrong desk.';
    expect(isPageChrome8(s, words(s))).toBe(false);
  });
});

describe("an archive's press release", () => {
  it.each([
    'Stockholm, 3 February 2025. The Nordic Film Archive is proud to announce the premiere of its new restoration.',
    'Maren Aas (1921-1990) was the first Norwegian woman to direct feature films for a major studio.',
    'Introduced by film historian Sigrid Nakken.',
    'Followed by a Q&A with Halvard Brekke.',
  ])('drops "%s"', (s) => {
    expect(isPageChrome8(s, words(s))).toBe(true);
  });

  it.each([
    'Introduced by Tomas, she joins the choir and sings at the harbour festival.',
    'Her mother is proud to announce the engagement at the harbour festival, and Mira leaves the room.',
    'At the festival Sonja is proud to present her daughter to the mayor.',
  ])('leaves the story sentence "%s"', (s) => {
    expect(isPageChrome8(s, words(s))).toBe(false);
  });

  it('reads the facts after the title and its original title', () => {
    const m = metadataOfPage('PRESS RELEASE\n\nNight Crossing', [
      'The Archive presents its restoration of Night Crossing (Nattfergen), dir. Hedda Vang, 1961, 104 min, at the festival in March.',
      ...STORY,
    ]);
    expect(scoredFacts(m)).toMatchObject({
      title: 'Night Crossing',
      year: 1961,
      director: 'Hedda Vang',
      runtimeMinutes: 104,
    });
  });

  it('reads a restored format and a subtitled language as facts', () => {
    const m = metadataOfPage(
      "Night Crossing (Nattfergen)\nSweden, 1961. Black and white. Swedish with English subtitles.\nRestored 4K DCP, 104'",
      STORY,
    );
    expect(m.year).toBe(1961);
    expect(m.runtimeMinutes).toBe(104);
  });
});

describe("a cinematheque's leaflet of several films", () => {
  const page = [
    'CINEMATEKET BERGEN',
    'Salt Wind (Saltvind)',
    'Norway 1956 · 88 min · 35mm',
    "A fisherman's widow takes over her husband's boat and the whole village bets against her.",
    'FILM OF THE MONTH',
    'Night Crossing (Nattfergen)',
    'Director: Hedda Vang',
    'Norway 1961 · 112 min · DCP',
    ...STORY,
    'Lanterns (Lykter)',
    'Norway 1968 · 79 min · 35mm',
    'A documentary about the lighthouse keepers of Finnmark, made a year before the lights were automated.',
  ].join('\n\n');

  it('takes the facts of the film with the long text, not the first entry', () => {
    expect(scoredFacts(metadataOfPage(page, []))).toMatchObject({
      title: 'Night Crossing',
      year: 1961,
      director: 'Hedda Vang',
      runtimeMinutes: 112,
    });
  });

  it("drops the other films' blurbs and keeps the story", () => {
    const doc = cleanPage(page);
    expect(kindHolding(doc, "A fisherman's widow")).toBe('boilerplate');
    expect(kindHolding(doc, 'A documentary about the lighthouse')).toBe('boilerplate');
    expect(kindHolding(doc, 'Mira Solberg runs')).toBe('story');
  });

  it('finds no film when no entry holds clearly the longest text', () => {
    const doc = cleanPage(
      [
        'Salt Wind',
        'Norway 1956 · 88 min',
        'A widow takes over a boat.',
        'Lanterns',
        'Norway 1968 · 79 min',
        'A documentary about keepers.',
      ].join('\n\n'),
    );
    expect(programmeFilm(programmeEntries(doc.text, doc.blocks))).toBeNull();
  });
});

describe("a film society's email newsletter", () => {
  const page = [
    'From: Harbour Film Society <news@harbourfilms.example>\nTo: members@harbourfilms.example\nSubject: Friday: Night Crossing (2016) + AGM notice\nDate: 3 March 2025',
    'Dear members,',
    ...STORY,
    'Please RSVP to Ingrid by Wednesday so we know how many chairs to put out.',
    'Notice of the Annual General Meeting: the AGM will be held after the screening. Nominations for the committee to the secretary by 1 March.',
    'You are receiving this email because you are a member. Unsubscribe or manage your preferences.',
  ].join('\n\n');
  const doc = cleanPage(page);

  it('drops the headers, the RSVP, the AGM notice and the footer', () => {
    expect(kindHolding(doc, 'From: Harbour')).toBe('boilerplate');
    expect(kindHolding(doc, 'Please RSVP')).toBe('boilerplate');
    expect(kindHolding(doc, 'Notice of the Annual')).toBe('boilerplate');
    expect(kindHolding(doc, 'You are receiving')).toBe('boilerplate');
    expect(kindHolding(doc, 'When a passenger goes missing')).toBe('story');
  });

  it('leaves story sentences about meetings, posts and subscriptions', () => {
    for (const s of [
      "At the pilots' annual meeting in the spring, Jens stands up and tells the whole room what he did.",
      'She posts the letter to the committee and waits for the ferry.',
      'He subscribes to the paper, and every morning he reads the shipping news aloud.',
      'To: the harbour master, she writes on the envelope, and seals it.',
    ])
      expect(isPageChrome8(s, words(s))).toBe(false);
  });
});
