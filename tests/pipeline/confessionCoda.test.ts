import { describe, expect, it } from 'vitest';
import { convertText, sceneHolding } from '../fixtures/filmScenes';
import { findCue } from '../../src/pipeline/time';

// A small-town mystery reviewed: an old death named early as the town's history, a present
// investigation, and a confession near the end told without a flashback. The confession names
// a room of the trade ("the rewind room", "the rewind bench") and the review says the film
// shows it "without a single flashback": neither is the film moving in time, so the coda after
// it is the present's last moment.
const MILLPOND = [
  'Millpond review: a patient village mystery',
  'Millpond (2016, 94 minutes) opens on a drowning. A boy is pulled from the mill pond at Ashby on a wet night in 2015, and by morning the whole village is talking about the other drowning. In 1977 a girl, Ruth Penn, drowned in the same pond, and her stepfather was blamed for it.',
  "Into this walks Tessa Vane, a coroner's officer from Derby, who takes a room at the Plough and starts asking questions.",
  "She visits Ruth's brother, Alan Penn, who shows her the ribbon Ruth wore that day. At the county archive she finds the old inquest notes, with a page missing.",
  "Then the confession. Tessa brings Alan to the old projectionist, Sid Crowe, and he tells them what happened. In the summer of 1977 Sid was splicing film in the rewind room of the village hall when he heard Ruth shout from the pond, and he did not go. The film stages this without a single flashback, on the old man's face.",
  'The coda is brief. Sid is charged, and in the last scene Tessa and Alan watch the pond being drained.',
].join('\n\n');

const STATIC = [
  'Static (2009) review',
  'Static (2009, 88 minutes) is a radio-station mystery. The station at Carrow burns down one winter night in 2008, and nobody is surprised: everyone knows about the fire of 1984, when a presenter, Gail Moss, died in the same building and a cleaner was jailed for it.',
  'Into this comes Ruth Ames, an insurance investigator, who rents a caravan by the harbour.',
  "Ruth tracks down the old engineer, Harold Finch, at his allotment. He says he was at home that night. At the library she reads the 1984 newspapers and notices that the station's owner bought a new transmitter a month after the fire.",
  'Then the kitchen. Ruth sits with Harold and his daughter, and the old man finally tells them what happened. In the spring of 1984 the owner paid him to start a fire, and Harold left a cigarette burning on the rewind bench in the tape library. He did not know Gail was still upstairs. The director shows it without a single flashback.',
  'In the last scene Harold is driven away in a police car while Ruth watches from the harbour wall.',
].join('\n\n');

const cue = (s: string) => findCue(s, 0, s.length);

describe('a confession with no flashback, then the coda (time.ts, flashbackEnds.ts)', () => {
  it('keeps the coda after the investigation and the told past before it', () => {
    const f = convertText(MILLPOND);
    const coda = sceneHolding(f, 'Sid is charged').chronoIndex;
    for (const earlier of [
      'Into this walks Tessa Vane',
      'She visits Ruth',
      'Tessa brings Alan',
      'Sid was splicing film',
      'A boy is pulled from the mill pond',
    ])
      expect(coda).toBeGreaterThan(sceneHolding(f, earlier).chronoIndex);
    expect(sceneHolding(f, 'Sid was splicing film').chronoIndex).toBeLessThan(
      sceneHolding(f, 'Into this walks Tessa Vane').chronoIndex,
    );
  });

  it('keeps the review of the staging in the present, after the confession', () => {
    const f = convertText(STATIC);
    const staging = sceneHolding(f, 'without a single flashback').chronoIndex;
    expect(staging).toBeGreaterThan(sceneHolding(f, 'Ruth sits with Harold').chronoIndex);
    expect(staging).toBeLessThan(sceneHolding(f, 'Harold is driven away').chronoIndex);
    expect(sceneHolding(f, 'the owner paid him').chronoIndex).toBeLessThan(
      sceneHolding(f, 'Into this comes Ruth Ames').chronoIndex,
    );
  });

  it('reads no cue in a room or a bench of the trade, nor in a flashback denied', () => {
    expect(cue('He left the reel to burn in the rewind room and ran.')).toBeNull();
    expect(cue('She hid the letter under a rewind bench.')).toBeNull();
    expect(cue('The director shows it without a single flashback.')).toBeNull();
    expect(cue('There is no flashback: only his face.')).toBeNull();
    expect(cue('The film rewinds to the afternoon.')?.kind).toBe('back');
    expect(cue('The story flashes back to the wedding.')?.kind).toBe('flashback');
  });

  it('reads no year in a film credit with its running time', () => {
    expect(cue('Part Time (2014, 97 minutes) opens on a wedding in a seaside town.')).toBeNull();
    expect(cue('Part Two (1988) opens in a prison.')?.year).toBe(1988);
  });
});
