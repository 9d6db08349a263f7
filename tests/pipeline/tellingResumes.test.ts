import { describe, expect, it } from 'vitest';
import { chronoOfPhrases } from '../fixtures/filmScenes';
import { tellingResumesAtEnd } from '../../src/pipeline/tellingResumes';

/**
 * A telling that resumes at the end of a frame sentence ("She came back on Sunday with a cake,
 * and Karl went on. That autumn the bombing started ..."): the sentence is the frame's, what
 * follows is the told story going on. Every document here was written for these tests.
 */

describe('a telling resuming at the end of a sentence', () => {
  it('is read when the words close the sentence', () => {
    expect(tellingResumesAtEnd('She came back on Sunday with a cake, and Karl went on.')).toBe(
      true,
    );
    expect(tellingResumesAtEnd('The old woman continued.')).toBe(true);
    expect(
      tellingResumesAtEnd('The next day Ruth returned and Mr Adler picked up his story.'),
    ).toBe(true);
  });

  it('is not read when more follows, or for other goings-on', () => {
    expect(
      tellingResumesAtEnd('She came back on Sunday, and Karl went on talking about the weather.'),
    ).toBe(false);
    expect(tellingResumesAtEnd('The rain went on.')).toBe(false);
    expect(tellingResumesAtEnd('The search continued into the night.')).toBe(false);
  });
});

const LAMPLIGHT = [
  'Lamplight',
  'In the winter of 1990, a schoolteacher, Anna Berg, visited her grandfather Karl in his flat above the bakery to ask him about the war. Karl made coffee and at last agreed to talk.',
  'He began with the summer he joined the fire brigade in Hamburg. He was seventeen and afraid of ladders, and his captain, Otto, made him climb the tower every morning.',
  "Anna stopped the tape recorder when Karl's hands began to shake, and she went home early.",
  "She came back on Sunday with a cake, and Karl went on. That autumn the bombing started, and Otto carried a child out of a burning school on Karl's ladder. A week later Otto was killed when a wall came down.",
  'On the last evening Anna played the tapes back to him, and Karl wept.',
];

const WELLS = [
  'The Well Keeper',
  'In 2011 a hydrologist, Sipho Dube, was sent to survey the dry wells of a village in the Karoo. He lodged with the widow Mrs Adams, who had kept the village well for fifty years.',
  'She began with the summer of the great drought, when she was a girl. Her father, Hendrik, dug three wells that year and found nothing, and the family lived on the water the railway brought.',
  'Sipho spent the next day measuring the old wells with a tape and a torch.',
  'That night he asked about the third well, and Mrs Adams continued. In the spring her father went down the third well on a rope and did not come up, and the village sealed it with stones.',
  'On his last morning Sipho opened the third well and found water.',
];

describe('a told story resuming after a frame sentence', () => {
  it('goes on from where the telling stopped', () => {
    const [joined, child, killed, visited, stopped, sunday, played] = chronoOfPhrases(LAMPLIGHT, [
      'joined the fire brigade',
      'Otto carried a child out',
      'Otto was killed',
      'visited her grandfather Karl',
      'Anna stopped the tape recorder',
      'She came back on Sunday',
      'Anna played the tapes back',
    ]);
    expect(joined).toBeLessThan(child ?? -1);
    expect(child).toBeLessThan(killed ?? -1);
    expect(killed).toBeLessThan(visited ?? -1);
    expect(visited).toBeLessThan(stopped ?? -1);
    expect(stopped).toBeLessThan(sunday ?? -1);
    expect(sunday).toBeLessThan(played ?? -1);
  });

  it('goes on in another telling ("and Mrs Adams continued.")', () => {
    const [dug, rope, sent, measuring, asked, opened] = chronoOfPhrases(WELLS, [
      'dug three wells that year',
      'went down the third well on a rope',
      'was sent to survey',
      'measuring the old wells',
      'he asked about the third well',
      'opened the third well',
    ]);
    expect(dug).toBeLessThan(rope ?? -1);
    expect(rope).toBeLessThan(sent ?? -1);
    expect(sent).toBeLessThan(measuring ?? -1);
    expect(measuring).toBeLessThan(asked ?? -1);
    expect(asked).toBeLessThan(opened ?? -1);
  });
});
