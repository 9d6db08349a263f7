import { describe, expect, it } from 'vitest';
import { cleanPage as clean, kindHolding as kindAt } from '../fixtures/blockKind';

/**
 * Page furniture of the fourteenth session (src/pipeline/furniture14.ts): a chat export's system
 * lines and the friends' reactions, an audio guide's handset lines and exhibit notes, an auction
 * lot's sections and small print, a crowdfunding page's tiers, a newsletter's club sections, a
 * textbook's figure caption, a disc guide's list label, rows of buttons. Each page is written for
 * these tests; the negatives are story paragraphs with the same words in other roles.
 */
const A =
  'In the wet autumn of 1962 Nessa Quarrie runs the ferry across the Kyle, and every crossing she marks in chalk on the wheelhouse door.';
const B =
  'When a car drives aboard at midnight with no driver in it, Nessa follows the tyre tracks up the slipway to an empty croft above the shore.';
const C =
  'Her brother Fergus, who keeps the hotel bar, tells her to leave it, but Nessa opens the boot and finds a sleeping girl wrapped in a coat.';

const between = (line: string): string =>
  kindAt(clean(`The Night Ferry\n\n${A}\n\n${line}\n\n${B}\n\n${C}\n`), line);

describe('furniture14: single lines of these page forms are furniture', () => {
  const furniture = [
    // A chat export's own lines.
    'Messages and calls are end-to-end encrypted. No one outside of this chat can read them.',
    '<Media omitted>',
    'You deleted this message',
    '[21:40] Marek changed the group name to "Ferry Friday"',
    'Tap to view 5 new messages',
    'YESTERDAY',
    // An audio guide's handset lines and its accessibility line.
    'Press 12 on your keypad to hear the director talk about the ferry.',
    'Next stop: Room 3, "Islands on Film". Please go down the stairs.',
    'Audio-described and large-print versions of this tour are available at the ticket desk.',
    'The oilskin coat in the glass case to your right was worn in the storm scenes. It is on loan from a private collection.',
    // An auction lot's small print.
    "Buyer's premium 27% of the hammer price. Lots marked * are subject to import VAT.",
    'Delivery is available for this lot. See our Terms of Business.',
    // A crowdfunding page's tiers and counters.
    'Pledge $25 or more: a signed poster and your name in the credits',
    '2,418 backers',
    'Risks and challenges: the sound reels are fragile and may not survive scanning.',
    // A textbook's figure, a disc guide's list, a row of buttons, a site's bar.
    'Figure 4.2 Nessa in the wheelhouse. The chalk marks fill the frame.',
    'More interview highlights: the crew on the ferry they hired; the composer on the fog horn.',
    'Track 14. Please continue to the next room.',
    'To hear more about the costumes, press 15.',
    'Only 4 left!',
    '3 See Brannock (2004), p. 12.',
    'Dev reacted 😂 to "the chalk!!"',
    '[Share on Facebook]  [Tweet]  [Copy link]',
    'FILMSPLAIN  |  News  Reviews  Lists  Podcasts  Sign in',
  ];
  for (const line of furniture)
    it(`drops "${line.slice(0, 60)}"`, () => expect(between(line)).toBe('boilerplate'));
});

describe('furniture14: story paragraphs of the same shapes stay story', () => {
  const story = [
    'Fergus presses 4 on the hotel lift panel, and the lift carries the girl up to the attic room.',
    'The ring in the case under the counter was their mother’s, and Nessa takes it out for the first time in years.',
    'Nessa pledges her savings to the harbour trust so the ferry can run through the winter.',
    'The next stop is the island of Soay, where the girl says her father keeps sheep.',
    'Fergus left the message on the slate by the door, and the girl read it before anyone woke.',
    '1. On the morning of the storm Nessa refuses to sail, and the island runs out of bread.',
    'Fergus tells the girl that to hear the foghorn from the croft she must press her ear to the wall.',
    'Only 4 of the crew come back from the island, and Nessa counts them off in chalk.',
  ];
  for (const line of story)
    it(`keeps "${line.slice(0, 60)}"`, () => expect(between(line)).toBe('story'));
});

describe('furniture14: sections of these page forms', () => {
  it('reads an auction lot: its description and the film are read, its provenance and condition are not', () => {
    const page = [
      'HALLORAN & PEAKE · AUCTIONEERS',
      '',
      'Lot 77',
      '',
      'Estimate $2,000 - $3,000',
      '',
      'The film',
      '',
      A,
      '',
      B,
      '',
      C,
      '',
      'Provenance',
      '',
      'Acquired directly from the production designer, thence by descent.',
      '',
      'Condition',
      '',
      'Some fading to the lining. Both sleeves repaired with period thread.',
      '',
      'Shipping',
      '',
      'We can arrange insured carriage worldwide on request.',
    ].join('\n');
    const doc = clean(page);
    expect(kindAt(doc, 'Acquired directly')).toBe('boilerplate');
    expect(kindAt(doc, 'Some fading')).toBe('boilerplate');
    expect(kindAt(doc, 'We can arrange')).toBe('boilerplate');
    expect(kindAt(doc, 'When a car drives')).toBe('story');
  });

  it('reads a crowdfunding page and a club newsletter: rewards, reasons and members’ news are not story', () => {
    const page = [
      'The story',
      '',
      A,
      '',
      B,
      '',
      C,
      '',
      'Rewards',
      '',
      'Back at $10: a digital copy of the restored film.',
      '',
      'Back at $60: the disc and a printed script.',
      '',
      'Why we chose this film',
      '',
      'The whole crew lived on the ferry for a month, and you can feel the cold in every frame of it.',
      '',
      "Members' corner",
      '',
      'Well done to Ines, whose photographs of the canal are showing at the library until March.',
    ].join('\n');
    const doc = clean(page);
    expect(kindAt(doc, 'Back at $60')).toBe('boilerplate');
    expect(kindAt(doc, 'The whole crew')).toBe('boilerplate');
    expect(kindAt(doc, 'Well done to Ines')).toBe('boilerplate');
    expect(kindAt(doc, 'Her brother Fergus')).toBe('story');
  });

  it('reads an audio guide: a stop numbered before its section name heads that section', () => {
    const page = [
      'STOP 8 · THE FERRY',
      '',
      A,
      '',
      B,
      '',
      C,
      '',
      'STOP 9 · BEHIND THE SCENES',
      '',
      'The harbour scenes were shot in a flooded quarry in Wales, and the ferry was a painted barge.',
    ].join('\n');
    const doc = clean(page);
    expect(kindAt(doc, 'The harbour scenes')).toBe('boilerplate');
    expect(kindAt(doc, 'Her brother Fergus')).toBe('story');
  });

  it('reads a screenwriting page: its lessons after the story are not story', () => {
    const page = [
      A,
      '',
      B,
      '',
      C,
      '',
      'WHAT TO STEAL FROM THIS SCRIPT',
      '',
      '1. The chalk marks as a clock. Nobody ever says what day it is.',
    ].join('\n');
    expect(kindAt(clean(page), '1. The chalk marks')).toBe('boilerplate');
  });
});

describe('furniture14: a chat export where one member tells the story', () => {
  const chat = [
    'Messages to this group are now secured with end-to-end encryption.',
    '',
    '[19:02] Tomasz: go on then, you saw it, tell us',
    '[19:04] Ines: THE NIGHT FERRY, 1998. ok so',
    `[19:05] Ines: ${A}`,
    '[19:06] Dev: the chalk!!',
    `[19:08] Ines: ${B}`,
    '[19:09] Tomasz: no way, an empty car',
    `[19:11] Ines: ${C}`,
    '[19:12] Dev: ok but what about the dog',
    '[19:13] Ines: there is no dog Dev',
  ].join('\n');
  it('drops the other members’ reactions and keeps the teller’s story', () => {
    const doc = clean(chat);
    expect(kindAt(doc, 'no way, an empty car')).toBe('boilerplate');
    expect(kindAt(doc, 'ok but what about the dog')).toBe('boilerplate');
    expect(kindAt(doc, 'Messages to this group')).toBe('boilerplate');
    expect(kindAt(doc, 'When a car drives')).toBe('story');
    expect(kindAt(doc, 'Her brother Fergus')).toBe('story');
  });
  it('reads a chat whose headers stand on their own line ("Name, 9:41 PM")', () => {
    const lines = [
      'Ines Arroyo, 9:02 PM',
      A,
      'Dev, 9:03 PM',
      'wait the whole film is on a ferry?',
      'Ines Arroyo, 9:05 PM',
      B,
      'Ines Arroyo, 9:06 PM',
      C,
      'Tomasz, 9:07 PM',
      'I cried at this bit honestly',
    ].join('\n\n');
    const doc = clean(lines);
    expect(kindAt(doc, 'wait the whole film')).toBe('boilerplate');
    expect(kindAt(doc, 'I cried at this bit')).toBe('boilerplate');
    expect(kindAt(doc, 'When a car drives')).toBe('story');
  });
  it('keeps a conversation where no one member tells most of it', () => {
    const even = [
      `[08:01] Ines: ${A}`,
      `[08:02] Dev: ${B}`,
      `[08:03] Tomasz: ${C}`,
      '[08:04] Ines: and then the girl wakes',
      '[08:05] Dev: and asks for her father',
      '[08:06] Tomasz: who is on the island',
    ].join('\n');
    expect(kindAt(clean(even), 'and asks for her father')).not.toBe('boilerplate');
  });
});

describe('furniture14: an essay that opens on its director before the story', () => {
  it('drops the essay’s opening about the director and keeps the chapters', () => {
    const page = [
      'THE NIGHT FERRY',
      'a film by Alasdair Moyne',
      '',
      'Alasdair Moyne refused to storyboard anything. Asked why, he said the sea would not wait for him, and the film asks us to wait instead.',
      '',
      'I. The Chalk',
      '',
      A,
      '',
      B,
      '',
      C,
    ].join('\n');
    const doc = clean(page);
    expect(kindAt(doc, 'Alasdair Moyne refused')).toBe('boilerplate');
    expect(kindAt(doc, 'When a car drives')).toBe('story');
  });
});
