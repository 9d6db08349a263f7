import { describe, expect, it } from 'vitest';
import { convertDocuments } from '../../src/pipeline/convert';
import { Diagnostics } from '../../src/pipeline/diagnostics';
import { findCue } from '../../src/pipeline/time';
import { sentenceRanges } from '../../src/pipeline/text';
import { blockKindAt as kindOf } from '../fixtures/blockKind';

const cue = (s: string) => findCue(s, 0, s.length);

/** A forum thread with a numbered scene breakdown, written for these tests. */
const THREAD = [
  'CineBoards › Drama › "Saltmarsh" - what happened at the end?',
  'Thread started by marrowfield · 17 replies · 980 views',
  'marrowfield wrote:',
  "Watched Saltmarsh last night and I'm confused. My notes are below, can someone put it in order?",
  '1. Opening: a fisherman finds a body in the reeds at low tide. It is Edda Lind, the ferry clerk. Sergeant Oran Pike takes the case.',
  "2. Oran questions Edda's brother Hal on the quay. Hal says Edda went to the lighthouse on Sunday night.",
  "3. A week before the death: Edda and Hal quarrel in the ferry office about their father's boat.",
  '4. Oran finds the boat sold and Hal drunk in the harbour bar.',
  '5. Flashback, 1999: Edda and Hal as children watch their father sail out and never come back.',
  '6. Present: Oran arrests the buyer of the boat, and Hal scatters flowers on the water.',
  'So did Hal know? And why is the boat never shown again?',
  'Reply #1 · gullwing:',
  'Hal knew the whole time, watch his face in the bar scene.',
  'Forum rules · Report post · Back to top',
].join('\n\n');

describe('a forum thread with a numbered scene breakdown', () => {
  it('drops the forum furniture, the poster’s questions and the replies', () => {
    expect(kindOf(THREAD, 'CineBoards ›')).toBe('boilerplate');
    expect(kindOf(THREAD, 'Thread started by')).toBe('boilerplate');
    expect(kindOf(THREAD, 'marrowfield wrote:')).toBe('boilerplate');
    expect(kindOf(THREAD, '1. Opening')).toBe('story');
    expect(kindOf(THREAD, '6. Present')).toBe('story');
    expect(kindOf(THREAD, 'So did Hal know?')).toBe('boilerplate');
    expect(kindOf(THREAD, 'Reply #1')).toBe('boilerplate');
    expect(kindOf(THREAD, 'Hal knew the whole time')).toBe('boilerplate');
    expect(kindOf(THREAD, 'Forum rules')).toBe('boilerplate');
  });

  it('keeps a story paragraph that asks one question among statements', () => {
    const text =
      'Hal rows out to the lighthouse. Is Edda there? The lamp is dark, and he climbs the stairs alone.';
    expect(kindOf(text, 'Hal rows out')).toBe('story');
  });

  it('orders the breakdown: the week before the death and the childhood go back, "Present:" returns', () => {
    const films = convertDocuments([{ file: 'saltmarsh.txt', text: THREAD }], new Diagnostics());
    const scenes = films[0]?.scenes ?? [];
    const at = (s: string) => scenes.find((x) => x.text.includes(s));
    const body = at('finds a body in the reeds');
    const week = at('A week before the death');
    const child = at('Flashback, 1999');
    const present = at('6. Present');
    expect(week?.kind).toBe('flashback');
    expect(child?.kind).toBe('flashback');
    expect(present?.kind).toBe('present');
    expect(child!.chronoIndex).toBeLessThan(week!.chronoIndex);
    expect(week!.chronoIndex).toBeLessThan(body!.chronoIndex);
    expect(body!.chronoIndex).toBeLessThan(present!.chronoIndex);
  });
});

describe('cues in list items and in the writer’s voice', () => {
  it('reads a list number as no part of the sentence', () => {
    const s = '5. A week before the death: Edda visits Hal. They argue.';
    expect(sentenceRanges(s, 0, s.length).map((r) => s.slice(r.start, r.end))).toEqual([
      '5. A week before the death: Edda visits Hal.',
      'They argue.',
    ]);
    expect(cue(s)?.opening).toBe(true);
    // A sentence ending in a number still ends there.
    const t = 'She counts to 5. Then she runs.';
    expect(sentenceRanges(t, 0, t.length)).toHaveLength(2);
  });

  it('reads "Present:" as a return only as a label', () => {
    expect(cue('10. Present: Oran arrests the buyer.')?.kind).toBe('return');
    expect(cue('The present: Oran arrests the buyer.')?.kind).toBe('return');
    expect(cue('Present company laughs at the joke.')).toBeNull();
  });

  it('takes no cue from the writer’s aside or question', () => {
    expect(cue("This one is grainy, so I think it's meant to be a flashback too?")).toBeNull();
    expect(cue('I first saw it in 2004, on a ferry.')).toBeNull();
    expect(cue('Is this a flashback?')).toBeNull();
    expect(cue('In a flashback, Hal watches his father sail out.')?.kind).toBe('flashback');
  });
});
