import { describe, expect, it } from 'vitest';
import { cleanPage, kindHolding } from '../fixtures/blockKind';
import { convertText } from '../fixtures/filmScenes';
import {
  guideSectionOf,
  isEntryVote,
  isLanguageCount,
  isStoryListItem,
  isTimedTranscript,
  storyAmongAsides,
  storyClauseBeforeAside,
  viewerYouCount,
} from '../../src/pipeline/storyShapes14';
import { splitPremise } from '../../src/pipeline/spoilers';

/**
 * Story in shapes the cleaner read as furniture (src/pipeline/storyShapes14.ts), and a spoiler
 * warning after the story (src/pipeline/spoilers.ts). Sentences written for these tests.
 */
describe('isStoryListItem', () => {
  it('reads a bullet with a subject and a verb as an event', () => {
    expect(isStoryListItem('• Oda sells the mill')).toBe(true);
    expect(isStoryListItem('- The sheriff burns the letters')).toBe(true);
    expect(isStoryListItem('3. His sister never writes back')).toBe(true);
    expect(isStoryListItem('▪ She buries the key under the well')).toBe(true);
  });
  it('leaves outlines, instructions, questions and labels alone', () => {
    expect(isStoryListItem('• Narrative structure and point of view')).toBe(false);
    expect(isStoryListItem('- Compare the two endings')).toBe(false);
    expect(isStoryListItem('• Who narrates the fire?')).toBe(false);
    expect(isStoryListItem('2. Themes')).toBe(false);
    expect(isStoryListItem('Oda sells the mill')).toBe(false);
  });
});

describe('isTimedTranscript', () => {
  const spoken = [
    '00:00 Intro',
    '00:12 hello and welcome back, today the film is a western',
    '01:40 the story starts when Lyle rides into the valley at night',
    '02:05 he finds the ranch burned and his brother gone',
    '02:51 so Lyle hires a tracker who used to ride with the gang',
  ];
  it('knows a transcript timed from its start, line by line', () => {
    expect(isTimedTranscript(spoken)).toBe(true);
    expect(isTimedTranscript(spoken.map((l) => l.replace(/^(\d\d:\d\d)/, '[00:$1]')))).toBe(true);
  });
  it('is not a listings page or a chapter list', () => {
    const listing = [
      '18:00 Channel 5 — The Big Country (1958) Two men fight over water rights in Texas',
      '20:30 BBC Four — Le Samouraï (1967) A hitman is seen by a witness at a club',
      '22:15 Film4 — Hud (1963) A rancher and his son fall out over a herd of cattle',
      '23:45 Talking Pictures — Brief Encounter (1945) Two strangers meet at a railway station',
    ];
    expect(isTimedTranscript(listing)).toBe(false);
    expect(
      isTimedTranscript(['00:00 INTRO', '04:10 THE PLOT', '29:15 THE FRAME', '55:02 RATINGS']),
    ).toBe(false);
  });
});

describe('storyClauseBeforeAside', () => {
  const aside = (x: string): boolean => /\b(?:I|honestly|loved|you)\b/.test(x);
  it('finds the story told before a trailing aside', () => {
    expect(
      storyClauseBeforeAside('Nell steals the ferry at dawn, and honestly I cheered.', aside),
    ).toBe('Nell steals the ferry at dawn');
    expect(storyClauseBeforeAside('Then the bailiff seizes the piano, which I loved.', aside)).toBe(
      'Then the bailiff seizes the piano',
    );
  });
  it('is null for a sentence in the speaker voice or about the film', () => {
    expect(storyClauseBeforeAside('I cried at the end, and so did my dad.', aside)).toBeNull();
    expect(
      storyClauseBeforeAside(
        'It is a very simple revenge story, and I think that is the point.',
        aside,
      ),
    ).toBeNull();
  });
});

describe('viewerYouCount', () => {
  it('counts the viewer following the story, not the reader addressed', () => {
    expect(viewerYouCount('You see him pocket the ring, and you can tell he regrets it.')).toBe(2);
    expect(viewerYouCount('If you watch it twice you will love it.')).toBe(0);
    expect(viewerYouCount('You should see this film.')).toBe(0);
  });
});

describe('isLanguageCount', () => {
  it("knows a guide's count of swearing", () => {
    expect(isLanguageCount('About twenty uses of "bloody" and one of "bugger".', 9)).toBe(true);
    expect(isLanguageCount('- Occasional mild swearing in French.', 6)).toBe(true);
  });
  it('leaves the story alone', () => {
    expect(isLanguageCount('Two soldiers swear an oath to find the deserter.', 8)).toBe(false);
    expect(isLanguageCount('Some of the villagers curse the new priest.', 7)).toBe(false);
  });
});

describe('the cleaner keeps story in these shapes', () => {
  it('keeps a slide bullet that tells an event', () => {
    const page = cleanPage(
      'Week 3: The Salt Marsh\n\nSlide 4 of 12\nPlot (1)\n• Ansel inherits the marsh farm in 1931\n• His sister Ruth sells the cattle behind his back and leaves for the city\n\nSlide 5 of 12\nPlot (2)\n• The sea wall fails\n• Ansel rows the neighbours to the church on the hill\n',
    );
    expect(kindHolding(page, '• The sea wall fails')).toBe('story');
    expect(kindHolding(page, '• Ansel inherits the marsh farm')).toBe('story');
  });
  it("keeps a spoken line under a video's chapter stamp", () => {
    const text = [
      '00:00 Intro',
      '02:10 Act one',
      '09:30 The ending',
      '',
      '00:00 hey, welcome back, this one is a forgotten heist film from 1971.',
      '02:10 Act one',
      '02:14 the story begins in Marseille, where a locksmith named Paul Serra owes money to a boxer.',
      '02:31 the boxer makes him open a jeweller’s safe on the night of the carnival, and I love this bit.',
      '03:02 Paul opens the safe but the jewels are already gone.',
      '09:30 The ending',
      '09:34 in the end Paul finds the jewels hidden in the carnival float and gives them back to the jeweller.',
    ].join('\n');
    const page = cleanPage(text);
    expect(kindHolding(page, '02:14 the story begins')).toBe('story');
    expect(kindHolding(page, '02:31 the boxer makes him')).toBe('story');
  });
  it('keeps a spoken paragraph that follows the story as "you see"', () => {
    const page = cleanPage(
      "The Long Field\n\nAct one\n\nSo the film opens on a farm in Alberta in 1962. You see Hal Brandt fixing the combine, and you can tell he hasn't slept. His daughter June drives the grain truck into a ditch.\n\nHal pulls the truck out with the tractor, and June tells him she is leaving for Calgary.\n",
    );
    expect(kindHolding(page, 'So the film opens on a farm')).toBe('story');
  });
});

describe('a spoiler warning after the story', () => {
  it('leaves the story told before it as story, not a premise', () => {
    const text = [
      'The Quarry Bell (1966) - Parents Guide',
      'Plot summary',
      'In a Welsh slate town in 1966, the quarry foreman Emlyn Price is blamed when a blast kills two men. His son Dai finds the blasting log and learns that the owner ordered the charge doubled. Dai hides the log in the chapel organ, and at the inquest he reads it aloud. The owner is charged, and Emlyn goes back to work in the quarry in the spring.',
      'Spoiler warning: the items below reveal the ending.',
      '- Emlyn survives.',
    ].join('\n\n');
    const film = convertText(text);
    expect(film.scenes.some((s) => s.text.includes('Dai hides the log'))).toBe(true);
    const split = splitPremise(cleanPage(text));
    expect(split.premise).toEqual([]);
  });
  it('still takes a short blurb before the warning as the premise', () => {
    const text = [
      'The Quarry Bell (1966)',
      'A quarry foreman is blamed for a deadly blast in a Welsh slate town.',
      'Spoiler warning: the synopsis below reveals the ending.',
      'In 1966 the quarry foreman Emlyn Price is blamed when a blast kills two men. His son Dai finds the blasting log and learns that the owner ordered the charge doubled. Dai hides the log in the chapel organ, and at the inquest he reads it aloud.',
      'The owner is charged, and Emlyn goes back to work in the quarry in the spring.',
    ].join('\n\n');
    const split = splitPremise(cleanPage(text));
    expect(split.premise.length).toBe(1);
  });
});

describe('storyAmongAsides', () => {
  const aside = (x: string): boolean => /\b(?:I|honestly|best)\b/.test(x);
  const names = (x: string): number => (/\b(?:Pia|Oskar)\b/.test(x) ? 1 : 0);
  it("keeps the story's sentences between the speaker's", () => {
    const s =
      'And this is the bit I love. Pia burns the deed in the stove. The next morning Oskar rides to the county court. I honestly think it is the best moment.';
    const r = storyAmongAsides(s, aside, names);
    expect(r && s.slice(r.from, r.to)).toBe(
      'Pia burns the deed in the stove. The next morning Oskar rides to the county court.',
    );
  });
  it('finds none in a verdict or in talk about the film', () => {
    expect(
      storyAmongAsides(
        'I loved it. The score is lovely and Pia is played by a newcomer.',
        aside,
        names,
      ),
    ).toBeNull();
  });
});

describe("a parents' guide's votes and headings", () => {
  it('knows a vote or a report link under one entry', () => {
    expect(isEntryVote('Was this helpful? Yes | No')).toBe(true);
    expect(isEntryVote('Was this summary helpful?')).toBe(true);
    expect(isEntryVote('Report this')).toBe(true);
    expect(isEntryVote('Was this the man she had seen at the quay? Nobody knows.')).toBe(false);
  });
  it('knows its content headings, their ratings and its spoilers heading', () => {
    expect(guideSectionOf('Violence & Gore: Moderate')).toBe('notes');
    expect(guideSectionOf('Language — Mild')).toBe('notes');
    expect(guideSectionOf('Sex & Nudity')).toBe('notes');
    expect(guideSectionOf('Frightening & Intense Scenes: 3/5')).toBe('notes');
    expect(guideSectionOf('Moderate')).toBe('rating');
    expect(guideSectionOf('Spoilers')).toBe('spoilers');
    expect(guideSectionOf('Plot summary')).toBeNull();
    expect(guideSectionOf('Violence breaks out at the harbour')).toBeNull();
  });
  it('keeps the summary paragraphs after a vote under the first one', () => {
    const first =
      'In the autumn of 1964 the lock keeper Hanne Voss lives with her son Pieter beside the canal at Zwolle, where the barges queue for her lock every morning. When a shipping company offers to buy the lock house for its new depot, Hanne refuses, and the company manager, Dekker, starts sending his barges through at night to catch her asleep. Pieter, who is ten, sets an alarm of tin cans along the towpath so that his mother never misses a barge.';
    const text = [
      'Plot summary (spoilers)',
      `${first}\nWas this helpful? Yes | No`,
      'Dekker cuts the tin cans down one night, and a barge rams the lock gate.\nWas this helpful? Yes | No',
      'Hanne mends the gate herself before dawn, and in the spring the company gives up its depot.',
      'Violence & Gore: Mild',
      'A man falls into the canal and is pulled out.',
    ].join('\n\n');
    const page = cleanPage(text);
    expect(kindHolding(page, 'Dekker cuts the tin cans')).toBe('story');
    expect(kindHolding(page, 'Hanne mends the gate')).toBe('story');
    expect(kindHolding(page, 'A man falls into the canal')).toBe('boilerplate');
  });
});

describe('a long story before a spoiler warning', () => {
  it('is story, not a premise, when it tells more events than a blurb', () => {
    const summary = [
      'In 1949 the cook Lotte Brenner takes a job on a river steamer on the Elbe.',
      'The captain, Jansen, hires her brother Paul as a stoker.',
      'Paul steals the payroll at Magdeburg.',
      'Lotte finds the money in the coal bunker.',
      'She hides it in the galley to protect him.',
      'Jansen discovers the theft and stops the steamer at Wittenberg.',
      'Paul runs, and the police catch him on the bridge.',
      'Lotte gives the money back and leaves the river for good.',
    ].join(' ');
    const notes = Array.from(
      { length: 8 },
      (_, i) =>
        `Note ${i + 1}: there is some shouting and a scuffle in one scene, with no blood shown at all.`,
    );
    const text = [
      'The River Cook (1951)',
      summary,
      'Some of the notes below contain spoilers.',
      ...notes,
    ].join('\n\n');
    expect(splitPremise(cleanPage(text)).premise).toEqual([]);
  });
});
