import { describe, expect, it } from 'vitest';
import { cleanPage as clean, kindHolding as kindAt } from '../fixtures/blockKind';

/**
 * Page furniture of the sixth session (src/pipeline/furniture4.ts): pull quotes, footnotes and
 * works cited, labelled lists (tags, subjects, holdings, special features), a table of contents in
 * one paragraph, author boxes, "Read next" items, podcast timestamps and credits, summary boxes,
 * course tasks, sign-offs, and a transcript's speaker labels. Each line is set between story
 * paragraphs written for these tests; the negatives are story paragraphs of the same shapes.
 */
const A =
  'Ilse Marten keeps the light on the breakwater, and each night she writes the passing ships into a ledger her father began. The harbour is quiet that winter.';
const B =
  'When a trawler comes in with its nets cut and no crew aboard, Ilse rows out alone and finds a child’s coat folded on the wheelhouse floor. She takes it home.';
const C =
  'The harbourmaster, Jonas Beck, tells her to forget it, but Ilse follows the tide marks down the coast towards the old quarry, where she finds the boy asleep.';

/** The kind given to a line set between two story paragraphs and before a third. */
const between = (line: string): string =>
  kindAt(clean(`The Salt Road\n\n${A}\n\n${line}\n\n${B}\n\n${C}\n`), line);

describe('furniture4: lines that are not story', () => {
  const furniture = [
    '“Nothing in this film is ever quite finished, least of all the past.”',
    '"A film that breathes like the sea." — The Northern Echo',
    '[1] The war memorial scene is the only one shot on a handheld camera.',
    '² Holm has said in interviews that she wrote the fire scene first.',
    'Ferrand, Odile. Interview with Cahiers du Cinéma, October 2021.',
    'Aarhus, S. (Director). (2017). The Lantern Winter [DVD]. Nordic Screen Distribution.',
    'Tags: Saltmarsh Hymn, Piet Hagedoorn, Dutch cinema, ending explained, floods',
    'Subjects: Lighthouses -- Norway -- Drama; Grief; Memory in motion pictures',
    'Holdings: 2 copies · 1 available · Loan period 7 days',
    'Special features: Interview with Sunniva Aarhus (18 min); Restoration comparison (6 min); Trailer.',
    'Posted in Reviews | Tagged lighthouse, Norway | 3 Comments',
    'Chapter 1. Skarv, 1988 -- Chapter 2. The logbook -- Chapter 3. Winter, 1957 -- Chapter 4. The dark nights.',
    "Femke Oosterhuis is Screenhound's streaming editor. She lives in Utrecht and has never opened a sluice.",
    'Timestamps: 00:00 Intro · 04:12 Plot recap · 38:50 Ending · 55:10 Listener mail',
    '(04:12) Plot recap',
    'Edited by Sam Ortiz. Artwork by Pia Lund.',
    'Thread starter nightowl · Start date 3 March 2024',
    'Task 2: Write 300 words on the use of flashbacks.',
    'Submit your answers by Friday.',
    'Thanks for listening!',
    'Fact check: the lighthouse in the film is on Skarv, not Sula.',
    'Correction: an earlier version of this article gave the wrong year.',
    'TL;DR: a slow, salty marvel.',
    'Bottom line: see it on the biggest screen you can.',
    'Pros: beautiful photography. Cons: slow.',
    'Learning outcome: students will be able to describe non-linear structure.',
    "Suggested answer: the coat belongs to the drowned skipper's son.",
    'Moderator note: spoilers must be tagged.',
    'Edited 3 times. Last edit by nightowl.',
    'This post was edited.',
    'Full transcript below.',
    'This transcript was generated automatically and may contain errors.',
  ];
  for (const line of furniture)
    it(`drops "${line.slice(0, 60)}"`, () => expect(between(line)).toBe('boilerplate'));

  it('drops another episode listed after the story', () => {
    const doc = clean(
      `The Salt Road\n\n${A}\n\n${B}\n\n${C}\n\nEp. 14 - The Long Dyke (1987): our podcast on the other great flood film\n`,
    );
    expect(kindAt(doc, 'Ep. 14')).toBe('boilerplate');
  });
});

describe('furniture4: story paragraphs of the same shapes stay story', () => {
  const story = [
    '“Go back to the light,” Jonas says, and Ilse turns the boat round in the dark water.',
    '“I know what you did,” she tells him. He does not answer.',
    'In chapter 3 Ilse finds the boy asleep in the quarry hut and carries him home.',
    "Jonas Beck is the paper's editor, and he refuses to print Ilse's letter about the trawler.",
    'Marten, soaked to the skin, climbs the tower at midnight, 1953, and lights the lamp.',
    'Timestamps on the CCTV show Ilse leaving the harbour at 10:14 and returning at 11:40.',
    'Task force officers arrive on the Tuesday and question Ilse about the coat.',
    "Thanks to the coat, Ilse finds the boy's mother by the end of the week.",
    "Correction officers escort Ilse's brother from the prison to the funeral.",
    'Posted in the lighthouse for thirty years, Ilse has never seen a crew vanish.',
    'Part 1 of the ledger covers 1951 -- part 2 covers 1952 -- part 3 covers 1953, and the last page is cut out.',
    '1. A week before the death: Ilse sees the trawler leave with its full crew.',
    'Ep. 3 of the radio serial plays in the kitchen while Ilse mends the nets.',
    'Submit, Jonas tells her, or lose the lighthouse.',
    'Karen Holm is a film critic who has lost her nerve, and she spends the summer at her sister’s farm.',
    'Edited by her father, the ledger lists every ship that passed in 1953, and the last page is missing.',
    'The transcript of the inquiry shows that Jonas lied about the night of the storm.',
  ];
  for (const line of story)
    it(`keeps "${line.slice(0, 60)}"`, () => expect(between(line)).toBe('story'));
});

describe("furniture4: a transcript's speaker labels", () => {
  const transcript = [
    'Ep. 112 - The Salt Road (2019)',
    "MAYA: Okay, so the film opens with Ilse Marten on the breakwater, writing the ships into her father's ledger.",
    'JONAH: And then the trawler comes in with its nets cut and nobody aboard, and Ilse rows out alone.',
    "[00:14:32] MAYA: She finds a child's coat folded on the wheelhouse floor, which is the whole mystery.",
    "[00:15:10] JONAH: Then Jonas Beck, the harbourmaster, tells her to forget it, and of course she doesn't.",
  ].join('\n\n');

  it('cuts the labels off and keeps what was said as story', () => {
    const doc = clean(transcript);
    const stories = doc.blocks.filter((b) => b.kind === 'story');
    expect(stories).toHaveLength(4);
    for (const b of stories)
      expect(doc.text.slice(b.start, b.end)).not.toMatch(/^(?:\[|MAYA|JONAH)/);
    expect(kindAt(doc, 'Okay, so the film opens')).toBe('story');
  });

  it('leaves a single label alone: one "Note:" line or one speaker is no transcript', () => {
    const doc = clean(
      `The Salt Road\n\n${A}\n\nNote: the trawler is never named in the film, but Ilse calls it the grey boat.\n\nJONAS: Forget it, he says, and walks away.\n\n${B}`,
    );
    const note = doc.text.indexOf('Note:');
    expect(doc.blocks.some((b) => b.start === note)).toBe(true);
    const jonas = doc.text.indexOf('JONAS:');
    expect(doc.blocks.some((b) => b.start === jonas)).toBe(true);
  });
});
