import { describe, expect, it } from 'vitest';
import { convertDocuments } from '../../src/pipeline/convert';
import { Diagnostics } from '../../src/pipeline/diagnostics';

/** The scenes of one document, in story order: [text, chronoIndex, kind, timeCue]. */
const scenes = (text: string) =>
  convertDocuments([{ file: 'x.txt', text }], new Diagnostics())[0]?.scenes.map(
    (s) => [s.text, s.chronoIndex, s.kind, s.timeCue] as const,
  ) ?? [];
const chronoOf = (text: string, start: string) =>
  scenes(text).find(([t]) => t.startsWith(start))?.[1];

describe('a year that dates a thing mentioned in a present-tense sentence', () => {
  const doc = (sentence: string) =>
    [
      'Hannah Roe runs a failing bakery in Dunmore with her brother Felix. The ovens are old and the bank is losing patience with them both.',
      '',
      `At the hearing, the bank's lawyer Mr Stannard ${sentence} Felix storms out of the room.`,
      '',
      'The next morning Hannah opens the bakery alone and sells out of bread by nine. Felix comes back at noon with coffee for both of them.',
    ].join('\n');

  it('keeps the scene in the present when the year hangs on a past verb of a thing named', () => {
    const text = doc('reads out a letter their father wrote in 1961, when he bought the building.');
    expect(scenes(text).map(([, , kind]) => kind)).toEqual(['present', 'present', 'present']);
    expect(scenes(text).find(([t]) => t.includes('1961'))?.[3]).toBeNull();
    expect(chronoOf(text, 'At the hearing')).toBe(1);
  });

  it('still moves to the year when the sentence itself is set then', () => {
    const text = doc(
      'stops reading, and the film moves to the summer of 1961, when their father buys the building.',
    );
    // The year is the scene's own time here (the first year named dates the main line).
    expect(scenes(text).find(([t]) => t.includes('1961'))?.[3]).toMatch(/1961/);
  });
});

describe('a cut the writer narrates ("it jumps back to ...")', () => {
  const doc = (cut: string) =>
    [
      `The film starts with Ada Klein on the roof of the observatory in the snow, holding a gun. ${cut} and we see Ada arrive at the station as its new technician. Her boss, Emil Brandt, barely speaks to her.`,
      '',
      'Over the summer Ada notices that Emil is falsifying the readings he sends to the capital. She confronts him in the instrument room.',
      '',
      'Then we are back on the roof. Ada is holding the gun on Emil, and she lets him go.',
    ].join('\n');

  it('splits the paragraph at the narrated jump and places what follows earlier', () => {
    const text = doc('Then it jumps back to "Six months earlier"');
    expect(chronoOf(text, 'Then it jumps back')).toBe(0);
    expect(chronoOf(text, 'The film starts')).toBeGreaterThan(1);
  });

  it('reads a measured distance named in passing as a mention without the narrated cut', () => {
    const text = doc('She is holding the gun she bought six months earlier,');
    expect(scenes(text)[0]?.[0]).toMatch(/^The film starts with Ada.*Her boss/s);
    expect(scenes(text).length).toBe(3);
  });
});

describe('"ago" counts from the narrative now, not from the last flashback', () => {
  it('places "two winters ago" after a childhood flashback', () => {
    const text = [
      'Declan Rourke wakes on the shingle below the lighthouse with no memory. The nurse, Brid Costello, stitches his head and lets him sleep in the surgery.',
      '',
      'As a boy of twelve, Declan had stood on the pier while his father Tomas argued with Fergal Quinn over a catch. His father had struck Fergal, who had fallen against a bollard.',
      '',
      'Declan asks Brid about his wife, and she tells him gently that Orla had left the island two winters ago and never come back.',
      '',
      'The next morning Declan walks down to the harbour and finds the blue trawler half sunk at the end of the pier.',
    ].join('\n');
    const boy = chronoOf(text, 'As a boy');
    const orla = scenes(text).find(([t]) => t.includes('two winters ago'))?.[1];
    expect(boy).toBe(0);
    expect(orla).toBeDefined();
    expect(orla ?? 0).toBeGreaterThan(boy ?? 0);
  });
});

describe('a past perfect in a clause of sequence ("When he had drunk enough, ...")', () => {
  const doc = (telling: string) =>
    [
      'Megan Howells buried her husband Idris in March. For a week she sat in the front room with the curtains drawn and refused to see anyone.',
      '',
      `After the service she followed Huw Bevan to the pub. ${telling} He had been on the upper gallery with Idris that morning, and they had argued about money. Huw had walked off and left him alone.`,
      '',
      'Megan went home and did not sleep. Towards dawn she walked up the old path to the quarry rim.',
    ].join('\n');

  it('keeps the telling on the main line and cuts the backstory after it', () => {
    const all = scenes(doc('When he had drunk enough, he told her the truth.'));
    const telling = all.find(([t]) => t.includes('told her the truth'));
    const told = all.find(([t]) => t.startsWith('He had been on the upper gallery'));
    expect(telling?.[0]).toMatch(/^After the service/);
    expect(telling?.[2]).toBe('present');
    expect(told?.[1]).toBe(0);
  });

  it('still starts the backstory at a sentence whose own clause is past perfect', () => {
    const all = scenes(doc('Years before, he had lent Idris his savings.'));
    expect(all.find(([t]) => t.startsWith('Years before'))?.[2]).not.toBe('present');
  });
});

describe('an amnesiac memory that comes back "on the ferry, when ..."', () => {
  const doc = (comesBack: string) =>
    [
      'A woman is pulled out of the harbour at Helsingør by two fishermen. In hospital she cannot say her own name, so the doctors call her Anna, and a social worker, Mette Lund, finds her a room.',
      '',
      'Anna walks the town every day. In a bakery a memory surfaces: she is a girl of eight, kneading dough beside her grandmother while snow falls. She buys nothing and leaves.',
      '',
      'That evening she remembers a wedding: she is standing under birch trees, and the man beside her has a scar across his eyebrow. She does not know his name.',
      '',
      `${comesBack} She sees herself standing at this same rail at night, arguing with the man with the scar. Mette finds her later on the deck, shaking.`,
      '',
      'In Helsingborg the police recognise the man from her description: Erik Dahl, who reported his wife Sofia missing two weeks ago.',
    ].join('\n');

  it('keeps the sentence that says when it came back in the present, and cuts the memory after it', () => {
    const all = scenes(
      doc('It comes back to her on the ferry itself, when Mette takes her across to look.'),
    );
    const when = all.find(([t]) => t.startsWith('It comes back to her on the ferry'));
    const memory = all.find(([t]) => t.startsWith('She sees herself'));
    expect(when?.[2]).toBe('present');
    expect(memory?.[2]).toBe('flashback');
    expect(memory?.[1] ?? 99).toBeLessThan(when?.[1] ?? 0);
  });

  it('still reads "It comes back to her: ..." as the memory itself', () => {
    const all = scenes(doc('It comes back to her: the night on the ferry, the rail, the cold.'));
    expect(all.find(([t]) => t.startsWith('the night on the ferry'))?.[2]).toBe('flashback');
    expect(all.find(([t]) => t.startsWith('It comes back to her:'))?.[2]).toBe('present');
  });
});

describe('a flashback opened by its cue sentence alone ("The first letter takes Cerys back to 1953.")', () => {
  const doc = (opener: string) =>
    [
      'In 2013, Cerys Lloyd, a junior doctor in Cardiff, receives a parcel of letters from her grandfather, Emlyn Lloyd, who is ninety and lives alone above the harbour at New Quay.',
      '',
      `${opener} Emlyn was nineteen and worked on his uncle's trawler. He wrote of the morning he first saw Mair Evans mending nets on the slipway.`,
      '',
      'Cerys reads the letter on the night bus home after a double shift. She calls her mother, Delyth, who asks her to leave the letters alone.',
      '',
      'The next weekend Cerys drives west and finds her grandfather in hospital after a fall. He will not talk about the letters.',
    ].join('\n');

  it('takes the block’s tense from what the letter tells, so the present comes back with the present tense', () => {
    const all = scenes(doc('The first letter takes Cerys back to the summer of 1953.'));
    expect(all.find(([t]) => t.startsWith('Cerys reads the letter'))?.[2]).toBe('present');
    expect(all.find(([t]) => t.startsWith('Emlyn was nineteen'))?.[2]).toBe('flashback');
  });
});

describe('a year after a dating participle ("a son, Huw, born in 1955")', () => {
  const doc = (sentence: string) =>
    [
      'Cerys Lloyd, a junior doctor in Cardiff, is sorting through the letters her grandfather Emlyn sent her. Each one is about the summer he spent with Mair Evans.',
      '',
      `At the record office Cerys looks up Mair Evans in the parish books. ${sentence} She photographs the page and drives home.`,
      '',
      'The next weekend Cerys drives west to see Emlyn in hospital, and he asks about Mair.',
    ].join('\n');

  it('dates the person or thing, not the scene', () => {
    for (const sentence of [
      'She also finds a son, Huw, born in 1955.',
      'She finds a photograph taken in 1961 of the whole choir.',
    ]) {
      const all = scenes(doc(sentence));
      expect(all.find(([t]) => t.startsWith('At the record office'))?.[3]).toBeNull();
    }
  });

  it('still reads a year the sentence is set in', () => {
    const all = scenes(
      doc('The film then moves to the spring of 1955, when Mair gives birth to a son.'),
    );
    expect(all.find(([t]) => t.includes('spring of 1955'))?.[3]).toMatch(/1955/);
  });
});
