import { describe, expect, it } from 'vitest';
import { convertText, sceneHolding } from '../fixtures/filmScenes';
import { settingLead } from '../../src/pipeline/settingLead';
import { findCue } from '../../src/pipeline/time';
import { toldInPassing } from '../../src/pipeline/toldAside';
import { tellingEnds, tellingGoesOn, tellingInterrupted } from '../../src/pipeline/flashbackEnds';

// A frame in the past tense: a diary (a tape) read aloud to the family (the residents) after a
// funeral, the reading interrupted by the listeners ("In the parlour, at this point, ..."), taken
// up again ("The diary went on.", "The tape played on."), and ended ("When Clara closed the
// diary", "When the tape ended"). The opening paragraph tells in passing that the diary was left
// "the previous winter": the frame's own scene goes on in the next sentence. The reading moves
// into its year after a first clause ("Clara began to read, and the story moved into ... the
// spring of 1952"), and the same year named again after the reading resumes goes on from where
// the reading was.
const DIARY = [
  "The Beekeeper's Diary (2004)",
  'Synopsis',
  "In October 1971 the family of Edwin Marsh gathered at his farmhouse near Ludlow after his funeral. The solicitor, Mr Pryce, told them that Edwin had left a diary with him the previous winter, to be read aloud to the family after he was buried. Edwin's daughter Clara, a nurse in Shrewsbury, asked to hear it that evening. Her husband Leonard thought it could wait, and was ignored.",
  "Clara began to read, and the story moved into Edwin's voice and into the spring of 1952. Edwin had lost his wife that year. A boy from the children's home in Leominster, Tommy Hale, was sent to help with the hives, and Edwin, who wanted nobody, let him stay.",
  'The next week Tommy was stung so badly that his eyes closed, and Edwin sat up with him all night.',
  'In the parlour, at this point, Leonard got up and poured himself a whisky, and said that none of this was news to anyone. Clara told him to sit down. He sat.',
  'The diary went on. Through the summer of 1952 Tommy learned to handle the frames without gloves. In August a fire took the barn, and the police blamed the boy from the home.',
  'Edwin knew that his own brother had started it for the insurance, and he said nothing, and Tommy was sent away to a borstal in Kent.',
  'In the parlour, nobody spoke for a long time. An old man by the window, whom only Clara had greeted, took off his glasses.',
  'When Clara closed the diary, the old man stood up. He said he was Tom Hale, and that he had kept bees in Kent for forty years.',
  'The next morning Clara and Tom walked up to the hives together, and Tom lifted the first frame with his bare hands.',
].join('\n\n');

const TAPE = [
  'ECHOES ON TAPE — film notes',
  'The film opened in May 1989 at a nursing home in Dundee, where the staff held a small memorial for a resident, Agnes Brodie. Afterwards the matron told the other residents that Agnes had recorded a tape for them the previous autumn, with instructions that it be played at her memorial. A young carer, Callum, found the cassette player and pressed play.',
  "Agnes's voice began, and the film shifted into the winter of 1940, to the fish market in Aberdeen where she gutted herring. A Norwegian sailor, Lars, came to her stall every morning for a week.",
  'The next morning Lars asked her to walk with him along the harbour, and she said yes.',
  'In the lounge, at this point, a retired minister, Mr Ogilvie, asked Callum to switch the thing off. Callum ignored him.',
  'The tape played on. Through the winter of 1940 Agnes and Lars met by the harbour whenever his ship was in. In March 1941 his ship was lost off Shetland.',
  'In the lounge, the residents sat very still. Mr Ogilvie took out a handkerchief.',
  "When the tape ended, Callum rewound it and put it in an envelope for Agnes's niece.",
  "In the last scene, that evening, Callum walked down to the harbour and read the name of Lars's ship on the memorial.",
].join('\n\n');

const first = (text: string, words: string) => sceneHolding(convertText(text), words).chronoIndex;

describe('a diary or a tape read aloud to a gathering, in the past tense', () => {
  it('keeps the gathering in the frame and the diary in its year', () => {
    const f = convertText(DIARY);
    const c = (w: string) => sceneHolding(f, w).chronoIndex;
    const frame = [
      'gathered at his farmhouse',
      'Leonard got up',
      'nobody spoke',
      'the old man stood up',
      'walked up to the hives',
    ];
    const diary = [
      'Tommy Hale, was sent',
      'Tommy was stung',
      'Tommy learned to handle',
      'his own brother had started it',
    ];
    for (const d of diary) for (const fr of frame) expect(c(d)).toBeLessThan(c(fr));
    for (let k = 1; k < frame.length; k++)
      expect(c(frame[k] ?? '')).toBeGreaterThan(c(frame[k - 1] ?? ''));
    for (let k = 1; k < diary.length; k++)
      expect(c(diary[k] ?? '')).toBeGreaterThan(c(diary[k - 1] ?? ''));
    // The diary left "the previous winter" is told in passing: the frame's scene.
    expect(sceneHolding(f, 'the previous winter').text).toContain('gathered at his farmhouse');
  });

  it('does so for a tape played at a memorial', () => {
    const f = convertText(TAPE);
    const c = (w: string) => sceneHolding(f, w).chronoIndex;
    const frame = [
      'held a small memorial',
      'asked Callum to switch',
      'the residents sat very still',
      'Callum rewound it',
      'read the name',
    ];
    const tape = [
      'Lars, came to her stall',
      'Lars asked her to walk',
      'Agnes and Lars met',
      'his ship was lost',
    ];
    for (const t of tape) for (const fr of frame) expect(c(t)).toBeLessThan(c(fr));
    for (let k = 1; k < tape.length; k++)
      expect(c(tape[k] ?? '')).toBeGreaterThan(c(tape[k - 1] ?? ''));
    expect(first(TAPE, 'Callum rewound it')).toBeGreaterThan(
      first(TAPE, 'the residents sat very still'),
    );
  });
});

describe('the pieces', () => {
  it('reads a jump back told in passing before a plain sentence (toldAside.ts)', () => {
    const s = 'The warden told them that Ruth had left the key with him the previous summer.';
    const cue = findCue(s, 0, s.length);
    expect(cue?.kind).toBe('back');
    expect(toldInPassing(s, 0, cue, true)).toBe(true);
    // The told story goes on in the past perfect: a jump.
    expect(toldInPassing(s, 0, cue, false)).toBe(false);
    const plain = 'Two winters before, Ruth had hidden the key under the stair.';
    expect(toldInPassing(plain, 0, findCue(plain, 0, plain.length), true)).toBe(false);
  });

  it('reads the film moving to a time after a first clause (settingLead.ts)', () => {
    expect(settingLead('Agnes began to speak, and the film slipped into ')).toBe(false);
    expect(settingLead('Agnes began to speak, and the film shifted into the winter of ')).toBe(
      true,
    );
    expect(settingLead('Agnes began to speak, and the story moved to ')).toBe(true);
    expect(settingLead('Agnes began to speak, and Lars moved to ')).toBe(false);
  });

  const seg = (t: string) =>
    ({ paragraphStart: true, sentences: [{ start: 0, end: t.length }] }) as never;
  it('reads a reading ended, resumed and interrupted (flashbackEnds.ts)', () => {
    for (const t of [
      'When Aunt Vera folded the letter, the room was quiet.',
      'Once she closed the diary, Tom left.',
      'When the tape ended, nobody moved.',
    ])
      expect(tellingEnds(t, seg(t))).toBe(true);
    expect(
      tellingEnds('When the war ended, Tom came home.', seg('When the war ended, Tom came home.')),
    ).toBe(false);
    for (const t of ['The tape played on.', 'She read on, faster now.'])
      expect(tellingGoesOn(t, seg(t))).toBe(true);
    expect(tellingGoesOn('Hugo played on the beach.', seg('Hugo played on the beach.'))).toBe(
      false,
    );
    const t = 'In the kitchen, at this point, Rosa got up and left.';
    expect(tellingInterrupted(t, seg(t), () => 'Rosa began to read the letter.')).toBe(true);
    expect(tellingInterrupted(t, seg(t), () => 'The war came to the valley.')).toBe(false);
  });
});
