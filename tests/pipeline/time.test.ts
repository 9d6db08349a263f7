import { describe, expect, it } from 'vitest';
import { findCue } from '../../src/pipeline/time';

const cue = (s: string) => findCue(s, 0, s.length);

describe('findCue', () => {
  it('reads a label "Present." opening a numbered paragraph as a return, not the word in a sentence', () => {
    expect(cue('3. Present.')).toMatchObject({ kind: 'return' });
    expect(cue('Present. Mara visits the widow.')).toMatchObject({ kind: 'return' });
    expect(cue('The present is all she has.')).toBeNull();
  });

  it('reads "the following spring" as a step on of about half a year', () => {
    expect(cue('The following spring, Ada comes back to the farm.')).toMatchObject({
      kind: 'forward',
      days: 180,
    });
    expect(cue('By the next autumn the orchard is sold.')).toMatchObject({ kind: 'forward' });
    expect(cue('She loves the spring in the valley.')).toBeNull();
  });

  it('reads the film going back to a day or a night, or showing what really happened', () => {
    expect(
      cue('The film cuts back to the day Ilse first met him, a rainy afternoon.'),
    ).toMatchObject({ kind: 'flashback' });
    expect(cue('Then we flash back to the night of the fire.')).toMatchObject({
      kind: 'flashback',
    });
    expect(cue('The film then shows us what really happened at the lock.')).toMatchObject({
      kind: 'flashback',
    });
    // A person or the main line's morning coming back is no jump back.
    expect(cue('The film then cuts back to Sam at the bar.')).toBeNull();
    expect(cue('The film returns to the morning of the wedding.')?.kind).not.toBe('flashback');
  });

  it('reads a quantified jump back', () => {
    expect(cue('Twelve years ago, he had committed a crime.')).toMatchObject({
      kind: 'back',
      days: -12 * 365,
      opening: true,
    });
  });

  it('lets a year opening the sentence place it before a cue further in', () => {
    expect(
      cue("Back in 1969, Ada finds Jan's brother, who says Jan was arrested that night."),
    ).toMatchObject({ kind: 'year', year: 1969, opening: true });
  });

  it('reads "interrupts his story" as a return to the frame', () => {
    expect(cue('At the gate, Tamsin interrupted his story to ask about the map.')).toMatchObject({
      kind: 'return',
    });
  });

  it('reads forward steps', () => {
    expect(cue('The following day, Ana leaves.')).toMatchObject({ kind: 'forward', days: 1 });
    expect(cue('Several weeks later, the mask comes off.')).toMatchObject({
      kind: 'forward',
      days: 21,
    });
  });

  it('reads flashback openers and returns', () => {
    expect(cue('An extended flashback occurs.')?.kind).toBe('flashback');
    expect(cue('Back in the present, she wakes.')?.kind).toBe('return');
    expect(cue('It is now morning.')?.kind).toBe('return');
  });

  it('reads years with months and seasons', () => {
    expect(cue('In the winter of 2003, the power fails.')).toMatchObject({
      kind: 'year',
      year: 2003,
    });
    expect(cue('The story begins in August 1944.')).toMatchObject({ kind: 'year', year: 1944 });
  });

  it('ignores time words inside quoted speech', () => {
    expect(cue('He shouts "ten years ago I was king" and leaves.')).toBeNull();
  });

  it('reads a named weekday ahead as a step forward', () => {
    const s = 'On the following Sunday, the twins drive to the coast.';
    expect(findCue(s, 0, s.length)).toMatchObject({ kind: 'forward', days: 3 });
  });

  it('reads a heading that ends on its year in brackets, but not a film named with its year', () => {
    expect(cue('4. The fire (1990).')).toMatchObject({ kind: 'year', year: 1990, opening: true });
    expect(cue('2. The salt works (1989).')).toMatchObject({ kind: 'year', year: 1989 });
    expect(cue('The drive north (2016): the sisters leave at dawn.')).toMatchObject({
      kind: 'year',
      year: 2016,
    });
    expect(cue('Scene 4: 1985, later that summer.')).toMatchObject({ kind: 'year', year: 1985 });
    expect(cue('She watches Casablanca (1942).')).toBeNull();
    expect(cue('The Salt Road (2017) is a Norwegian drama.')).toBeNull();
  });

  it('reads a dateline ("Trieste, 1953.") as the year of its sentence', () => {
    const s = 'Trieste, 1953. A harbour pilot counts the ships.';
    expect(findCue(s, 0, s.length)).toMatchObject({ kind: 'year', year: 1953, opening: true });
  });

  it('reads "the film rewinds to the afternoon" as a step back of hours', () => {
    const s = 'It rewinds once more, to that morning, when Cal borrows money.';
    expect(cue(s)).toMatchObject({ kind: 'back', opening: true });
    expect(cue(s)?.days ?? 0).toBeGreaterThan(-1);
  });

  it('reads a retelling from another viewpoint as a return to the opening', () => {
    expect(cue("From Otto's side, the night begins with a phone call.")).toMatchObject({
      kind: 'return',
      toOpening: true,
    });
    expect(cue("We see the same night again through the guard's eyes.")).toMatchObject({
      kind: 'return',
      toOpening: true,
    });
  });

  it('reads a vision of what is to come as a flash-forward, but not a dream', () => {
    expect(cue('Lena has a vision of the bridge collapsing.')?.kind).toBe('flashforward');
    expect(cue('Lena dreams of her mother.')).toBeNull();
  });

  it('reads a replay "from X\'s point of view" later in a sentence as a return to the opening', () => {
    expect(cue("The film then replays the robbery from Dana's point of view.")).toMatchObject({
      kind: 'return',
      toOpening: true,
    });
  });

  it('reads "goes back thirty years" as a flashback of that size, but not "goes back two days later"', () => {
    expect(cue('The last block goes back thirty years: a boy sits on the bar.')).toMatchObject({
      kind: 'flashback',
      days: -30 * 365,
    });
    expect(cue('Then the film jumps back ten years.')).toMatchObject({ kind: 'flashback' });
    expect(cue('It flashes back ten years.')).toMatchObject({ kind: 'flashback', days: -3650 });
    expect(cue('She goes back two days later to collect her coat.')?.kind).toBe('forward');
    expect(cue('He went back three weeks after the funeral.')).toBeNull();
  });

  it('reads a witness\'s version ("In her version, ...") as a told jump back', () => {
    expect(cue('In her version, Kemp follows Owen out into the rain.')).toMatchObject({
      kind: 'back',
      told: true,
      opening: true,
    });
    expect(cue("According to Jade's account, Pike leaves first.")).toMatchObject({ told: true });
    expect(cue('She reads a version of the script aloud.')).toBeNull();
  });
});
