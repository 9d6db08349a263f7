import { describe, expect, it } from 'vitest';
import { findCue } from '../../src/pipeline/time';
import { segmentParagraphs } from '../fixtures/paragraphs';
import { convertText, sceneHolding } from '../fixtures/filmScenes';

const cueOf = (s: string) => findCue(s, 0, s.length);

describe('"the previous spring", "the previous autumn"', () => {
  it('reads every season before as a jump of about a year back', () => {
    for (const s of [
      'He first met her the previous autumn, on the towpath.',
      'The previous spring the orchard had flooded.',
      'She had bought the boat the previous summer.',
    ]) {
      const c = cueOf(s);
      expect(c?.kind).toBe('back');
      expect(c?.days).toBe(-365);
    }
  });

  it('places a telling of the previous autumn before the frame that tells it', () => {
    const f = convertText(
      [
        'It is a cold Tuesday at the county police station. Sergeant Ilse Brandt sits down with Tomas Roe, a ferryman who has come in to talk about the death of the innkeeper, Mara Quill.',
        'Brandt stops the tape and asks why he has come in now. Roe says he wants it written down properly.',
        'Back at the front desk, the duty constable tells Brandt that the ferry was seen at the landing the previous autumn as well.',
        'Brandt goes home late and cannot sleep.',
      ].join('\n\n'),
    );
    const seen = sceneHolding(f, 'the ferry was seen at the landing');
    expect(seen.chronoIndex).toBeLessThan(sceneHolding(f, 'It is a cold Tuesday').chronoIndex);
  });

  it('keeps the cue of a sentence that comes back to the frame first ("Back at the hearing, ...")', () => {
    const { text, segs } = segmentParagraphs([
      'In March 1990 a hearing opens in a county hall.',
      "Back at the hearing, the pilot's widow testifies that her husband had been warned about the engine the previous spring.",
    ]);
    const seg = segs.find((s) => text.slice(s.start, s.end).includes('Back at the hearing'));
    expect(seg?.cue ?? null).toBeNull();
    // Without the way back to the frame the sentence is what the widow tells.
    const told = segmentParagraphs([
      'In March 1990 a hearing opens in a county hall.',
      "The pilot's widow testifies that her husband had been warned about the engine the previous spring.",
    ]);
    expect(told.segs.some((s) => s.cue?.kind === 'back')).toBe(true);
  });
});
