import { describe, expect, it } from 'vitest';
import { convertDocuments } from '../../src/pipeline/convert';
import { Diagnostics } from '../../src/pipeline/diagnostics';
import { segmentStory } from '../../src/pipeline/segment';
import { findCue } from '../../src/pipeline/time';

const cue = (s: string) => findCue(s, 0, s.length);
const segmentCue = (text: string) => segmentStory(text, [{ start: 0, end: text.length }])[0]?.cue;

describe('the film’s jumps narrated in other words', () => {
  it('opens a tale told in a past-tense synopsis on its distance ("Her story was about ... seventy years before")', () => {
    expect(
      segmentCue(
        'Her story was about a lighthouse keeper named Tadhg who lived alone on the rock seventy years before.',
      )?.days,
    ).toBe(-70 * 365);
    // The simple past mentioning a distance is not a jump: "She found the rooms as she left them".
    expect(
      segmentCue('She found the rooms exactly as her brother left them seventy years before.'),
    ).toBeNull();
  });

  it('reads "It is 1922" and "The year is 1922" as a year', () => {
    expect(findCue('It is 1922 on the island, and the boats are out.', 0, 48)?.year).toBe(1922);
    expect(findCue('The year is 1922.', 0, 17)?.year).toBe(1922);
    expect(findCue('It is late, and the boats are out.', 0, 34)).toBeNull();
  });

  it('reads a quoted caption that ends on a comma (a caption: Forty-eight hours earlier,)', () => {
    const cue = findCue(
      '"Forty-eight hours earlier," says a caption, and we are in the valley in sunshine.',
      0,
      83,
    );
    expect(cue?.kind).toBe('back');
    expect(cue?.days).toBe(-2);
    // Quoted talk that is not a caption stays talk.
    expect(findCue('"We met in the spring," she says, and pours the tea.', 0, 52)).toBeNull();
  });

  it('reads "half a year" as six months, back and forward', () => {
    expect(cue('The story jumps back half a year.')).toMatchObject({
      kind: 'flashback',
      days: -182.5,
    });
    expect(cue('Half a year later, Ilse drives the pass again.')).toMatchObject({
      kind: 'forward',
      days: 182.5,
    });
  });

  it('reads "skips back to March" and "backtracks to the autumn" as flashbacks', () => {
    expect(cue('The story then skips back to March.')).toMatchObject({ kind: 'flashback' });
    expect(cue('The narrative backtracks to the autumn, when the mill closed.')).toMatchObject({
      kind: 'flashback',
    });
  });

  it('reads "the bakery where the film began" as a place, "we return to the compartment where it began" as a return', () => {
    expect(cue('The three sit in the back room of the bakery where the film began.')).toBeNull();
    expect(cue('She now runs the café where it all started, pouring coffee.')).toBeNull();
    for (const s of [
      'This is where the film began.',
      'We return to the sleeper compartment where the film began.',
      'It returns to the same spot where we came in.',
      'And so we are back where we began.',
    ])
      expect(cue(s)).toMatchObject({ kind: 'return', toOpening: true });
  });

  it('does not take a place named after a season for a jump', () => {
    expect(cue('The film returns to the summer house, where Ilse sleeps.')).toBeNull();
    expect(cue('The story goes back to the winter camp and its cold tents.')).toBeNull();
  });

  it('keeps "takes us six months back" and "the film jumps a year back" as the film’s own cut', () => {
    expect(
      segmentCue('A caption takes us six months back. Ilse is a driving instructor.'),
    ).toMatchObject({ kind: 'back', days: -180 });
    expect(
      segmentCue('The film then jumps a year back. Ilse is a driving instructor.'),
    ).toMatchObject({
      kind: 'back',
      days: -365,
    });
  });

  it('still reads "six months back" as a mention when a person, not the film, did it', () => {
    expect(
      segmentCue('Ilse meets the driver she trained six months back and he waves.'),
    ).toBeNull();
  });
});

/** A Blu-ray review whose film "begins at the end" and comes back to it. */
const REVIEW = [
  'Ironside Pass (Blu-ray). Directed by Ruth Okafor, Ironside Pass (2023) is a mountain thriller.',
  'We begin at the end: a bus lies on its side in the snow below the pass. A woman in a red parka, Ilse Marek, crawls out of a broken window with a little boy in her arms. Behind her, the bus catches fire.',
  'A caption takes us six months back. Ilse is a driving instructor in Graz who has just lost her licence. Her brother Pavel offers her a job driving the winter bus over the pass to the village of Hallen.',
  'The first weeks are quiet. Ilse learns the road from the old driver, Anton Weiss, and rents a room above the bakery. The baker’s son Jakob rides the bus to school every morning.',
  'By January the storms come every week. Ilse finds that the brakes on the old bus are worn and writes to the company twice. Nobody answers.',
  'On the night of the avalanche warning, the manager orders the bus out anyway. Near the top of the pass the brakes fail and the bus rolls down the slope.',
  'This is where the film began. Ilse crawls out through the broken window with Jakob in her arms, and the bus burns behind her.',
  'She carries Jakob four kilometres through the snow to the village of Oberau. All nine passengers are brought down alive by morning.',
].join('\n\n');

describe('a film that begins at the end, told in a review', () => {
  const film = convertDocuments([{ file: 'review.txt', text: REVIEW }], new Diagnostics())[0];
  const scene = (phrase: string) => {
    const s = film?.scenes.find((x) => x.text.includes(phrase));
    if (!s) throw new Error(`no scene holds "${phrase}"`);
    return s;
  };

  it('puts the six months before the opening, and the opening at its return', () => {
    const opening = scene('a bus lies on its side');
    expect(scene('Ilse is a driving instructor').chronoIndex).toBeLessThan(opening.chronoIndex);
    expect(scene('the brakes fail').chronoIndex).toBeLessThan(opening.chronoIndex);
    expect(scene('She carries Jakob').chronoIndex).toBeGreaterThan(opening.chronoIndex);
    expect(opening.kind).toBe('flashforward');
  });
});

describe('a short sentence before a jump into the past', () => {
  const pieces = (text: string) =>
    segmentStory(text, [{ start: 0, end: text.length }]).map((s) => text.slice(s.start, s.end));

  it('is a piece of its own when the next sentence opens on a year', () => {
    expect(
      pieces(
        'The next Sunday she goes on. In August 1944 a storm catches the ferry halfway across the estuary.',
      ),
    ).toEqual([
      'The next Sunday she goes on.',
      'In August 1944 a storm catches the ferry halfway across the estuary.',
    ]);
  });

  it('stays with the next sentence when that one only steps forward', () => {
    expect(
      pieces(
        'The next Sunday she goes on. Two days later a storm catches the ferry halfway across.',
      ),
    ).toHaveLength(1);
  });

  it('stays whole when shorter than a sentence of telling', () => {
    expect(
      pieces('She waits. In August 1944 a storm catches the ferry halfway across.'),
    ).toHaveLength(1);
  });
});

/** A film opening on its last image, told from the spring on, which then arrives at that image. */
const ARRIVAL = [
  'The first image is smoke. The grain store at Vell is burning on an October night, and a girl, Lotte Brink, stands in the yard with a lantern while the farmhands carry buckets.',
  'In April, Lotte comes to Vell as a kitchen maid and meets the steward, Aaron Kell, who keeps the grain accounts and lets nobody into the store.',
  'By the summer Lotte sees that the accounts list twice the grain that the store holds, and she copies the numbers into her prayer book.',
  'In September the owner arrives from the city, and Aaron tells him that rats have eaten the missing grain. Lotte says nothing.',
  'And so we arrive where we began: the grain store burning on the October night, Lotte in the yard with her lantern. This time she walks to the owner with the prayer book.',
  'In the last scene Aaron is taken away in a cart, and Lotte keeps the accounts herself.',
].join('\n\n');

describe('an opening image the story arrives at', () => {
  const chronoOf = (text: string, phrase: string) => {
    const film = convertDocuments([{ file: 'a.txt', text }], new Diagnostics())[0];
    const s = film?.scenes.find((x) => x.text.includes(phrase));
    if (!s) throw new Error(`no scene holds "${phrase}"`);
    return s.chronoIndex;
  };

  it('moves the opening to where "we arrive where we began"', () => {
    const opening = chronoOf(ARRIVAL, 'The first image is smoke');
    expect(chronoOf(ARRIVAL, 'In September the owner arrives')).toBeLessThan(opening);
    expect(chronoOf(ARRIVAL, 'In April, Lotte comes to Vell')).toBeLessThan(opening);
    expect(chronoOf(ARRIVAL, 'Aaron is taken away')).toBeGreaterThan(opening);
  });
});

/** A thread's summary of a film told in reverse chunks, each ending where the one before began. */
const REVERSED = [
  'The whole movie runs in reverse, in chunks of about fifteen minutes, and each chunk ends right where the one before it started.',
  'The movie opens with Nadia Kerr sitting on the sea wall at dawn with blood on her sleeves, throwing a phone into the harbour. A police officer, Dev, asks if she is all right.',
  'The second chunk starts the night before. Nadia is at her brother Callum’s flat, and they argue about money he owes to a man called Rourke. She takes his phone, walks out to the harbour and sits down on the sea wall.',
  'Which is exactly where the movie began.',
  'Then we go back to that afternoon. Nadia finishes her shift at the hospital laundry and drives to the boatyard where Rourke keeps his office. She cuts her hand on the fence as she climbs back out.',
  'The fourth chunk goes back a week. Callum borrows the money from Rourke to pay for their mother’s care home.',
  'The last chunk is the earliest: at their father’s funeral, Nadia promises their mother that she will look after Callum.',
  '**u/harbourlights** (3 days ago)',
  'Great write-up. The dawn in the last scene mirrors the first one.',
  '**u/filmnerd_88** (2 days ago)',
  'I thought Dev knew about Rourke. Did anyone else catch that?',
].join('\n\n');

describe('a film told in reverse, summarised in a thread', () => {
  const film = convertDocuments([{ file: 'thread.txt', text: REVERSED }], new Diagnostics())[0];
  const chrono = (phrase: string) => {
    const s = film?.scenes.find((x) => x.text.includes(phrase));
    if (!s) throw new Error(`no scene holds "${phrase}"`);
    return s.chronoIndex;
  };

  it('puts each chunk before the one told before it, and "where the movie began" after its own chunk', () => {
    const order = [
      'at their father’s funeral',
      'Callum borrows the money',
      'Nadia finishes her shift',
      'Nadia is at her brother',
      'Which is exactly where the movie began',
      'sitting on the sea wall at dawn',
    ].map(chrono);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});
