import { describe, expect, it } from 'vitest';
import { findClocks } from '../../src/pipeline/clock';
import { findCue } from '../../src/pipeline/time';

/**
 * findCue and findClocks keep their answers for text they have read (the stages ask for the same
 * sentences several times). A kept answer must read as a fresh one: equal, never the same object,
 * and never another text's.
 */
describe('memoised cue and clock readings', () => {
  const doc = 'Mara waits at the pier. Two days later, the ferry docks. At 4:30 she boards it.';
  const second = { start: 24, end: 56 };

  it('gives each call of findCue its own copy of the same cue', () => {
    const a = findCue(doc, second.start, second.end);
    const b = findCue(doc, second.start, second.end);
    expect(a).toMatchObject({ kind: 'forward', days: 2, text: 'Two days later' });
    expect(b).toEqual(a);
    expect(b).not.toBe(a);
    if (a) a.days = 99;
    expect(findCue(doc, second.start, second.end)?.days).toBe(2);
  });

  it('reads another text at the same offsets afresh', () => {
    expect(findCue(doc, second.start, second.end)?.kind).toBe('forward');
    const other = 'Mara waits at the pier. Nothing at all happens on this quiet wet day.';
    expect(findCue(other, second.start, second.end)).toBeNull();
    // Back to the first text: its cue again, not the other text's answer.
    expect(findCue(doc, second.start, second.end)?.kind).toBe('forward');
  });

  it('gives each call of findClocks its own copies of the same mentions', () => {
    const a = findClocks('At 4:30 she boards it.');
    const b = findClocks('At 4:30 she boards it.');
    expect(a).toHaveLength(1);
    expect(b).toEqual(a);
    expect(b).not.toBe(a);
    expect(b[0]).not.toBe(a[0]);
    if (a[0]) a[0].hour = 23;
    expect(findClocks('At 4:30 she boards it.')[0]?.hour).toBe(b[0]?.hour);
    // Another text is read afresh: no clock time of the first text leaks into it.
    expect(findClocks('She boards the ferry with no watch at all.')).toEqual([]);
  });
});
