import { describe, expect, it } from 'vitest';
import { chronoRanks, placeSegments } from '../../src/pipeline/order';
import { segmentStory, type Segment } from '../../src/pipeline/segment';
import { applyTimelines, headingEra } from '../../src/pipeline/timelines';
import { segmentParagraphs } from '../fixtures/paragraphs';

/** Sections as [heading or null, paragraph]: the text and its segments (headings as leads). */
const headedSections = (sections: [string | null, string][]): { text: string; segs: Segment[] } => {
  let text = '';
  const ranges: { start: number; end: number; lead?: { start: number; end: number } }[] = [];
  for (const [heading, para] of sections) {
    if (text) text += '\n\n';
    let lead: { start: number; end: number } | undefined;
    if (heading) {
      lead = { start: text.length, end: text.length + heading.length };
      text += heading + '\n\n';
    }
    ranges.push({ start: text.length, end: text.length + para.length, ...(lead ? { lead } : {}) });
    text += para;
  }
  return { text, segs: segmentStory(text, ranges) };
};

/** The chronological rank of the segment holding `needle`. */
const rankOf = (text: string, segs: Segment[], ranks: number[], needle: string): number => {
  const at = text.indexOf(needle);
  const k = segs.findIndex((s) => s.start <= at && at < s.end);
  if (k < 0 || at < 0) throw new Error(`not found: ${needle}`);
  return ranks[k] ?? -1;
};

const place = (
  text: string,
  segs: Segment[],
  names: string[],
  filmYear: number | null = null,
): number[] => chronoRanks(placeSegments(text, segs, filmYear, new Set(names)).map((p) => p.t));

/** Whether applyTimelines reads the document as alternating (on fresh text-order placements). */
const alternates = (text: string, segs: Segment[], names: string[]): boolean =>
  applyTimelines(
    text,
    segs,
    segs.map((_, i) => ({ t: i * 0.01, kind: 'present' as const, timeCue: null })),
    new Set(names),
    'present',
    null,
  );

describe('headingEra', () => {
  it('reads the era a short heading states', () => {
    expect(headingEra('Then')).toEqual({ kind: 'then' });
    expect(headingEra('Now:')).toEqual({ kind: 'now' });
    expect(headingEra('The present day')).toEqual({ kind: 'now' });
    expect(headingEra('1976')).toEqual({ kind: 'year', year: 1976 });
    expect(headingEra('Summer 1958')).toEqual({ kind: 'year', year: 1958 });
  });

  it('reads no era in a heading that names none', () => {
    expect(headingEra('Sequence 4: The loft')).toBeNull();
    expect(headingEra('Plot')).toBeNull();
    expect(headingEra('What happened in the long hot summer of 1976 and after')).toBeNull();
  });
});

// A lighthouse keeper's wife in 1958 and a surveyor in 2015, alternating by paragraph; the
// years are stated once each, then only the people tell the timelines apart.
const lighthouse = [
  'The film opens in 2015 on the cliffs of Kerrow Head. Nadia Sethi, a surveyor for the coastguard, climbs to the abandoned lighthouse and finds the lamp room sealed with tar.',
  'Kerrow Head, winter 1958. Elsie Quayle, the keeper’s young wife, rows the supply boat out alone because her husband Tom is sick with fever. She loses an oar in the swell.',
  'Nadia breaks the tar seal with a chisel and finds a logbook wrapped in oilcloth. Her assistant Priya photographs every page.',
  'Elsie reaches the rocks at dusk and climbs the iron ladder with the lamp oil on her back. Tom watches her from the gallery.',
  'Priya traces the Quayle family through the parish register while Nadia reads the last pages of the logbook in the van.',
  'Elsie lights the lamp herself that night, and in the morning Tom writes her name in the log beside his own.',
];
const lighthouseNames = ['Nadia', 'Sethi', 'Elsie', 'Quayle', 'Tom', 'Priya'];

describe('two timelines alternating by paragraph, told apart by their people', () => {
  it('puts the whole older timeline first, each in its text order', () => {
    const { text, segs } = segmentParagraphs(lighthouse);
    // The module reads the alternation itself (castThreads reads this one too in the pipeline).
    expect(alternates(text, segs, lighthouseNames)).toBe(true);
    const r = place(text, segs, lighthouseNames);
    const older = ['rows the supply boat', 'climbs the iron ladder', 'lights the lamp herself'];
    const newer = ['climbs to the abandoned lighthouse', 'breaks the tar seal', 'Priya traces'];
    const ro = older.map((n) => rankOf(text, segs, r, n));
    const rn = newer.map((n) => rankOf(text, segs, r, n));
    expect(Math.max(...ro)).toBeLessThan(Math.min(...rn));
    expect(ro).toEqual([...ro].sort((a, b) => a - b));
    expect(rn).toEqual([...rn].sort((a, b) => a - b));
  });

  it('sends the older self to the later timeline by the age words on the name', () => {
    const { text, segs } = segmentParagraphs([
      ...lighthouse,
      'The elderly Elsie, now ninety-one, opens the door of her cottage to Nadia and Priya and asks whether the lamp still turns.',
    ]);
    const out = segs.map((_, i) => ({ t: i * 0.01, kind: 'present' as const, timeCue: null }));
    expect(applyTimelines(text, segs, out, new Set(lighthouseNames), 'present', null)).toBe(true);
    const r = chronoRanks(out.map((p) => p.t));
    const cottage = rankOf(text, segs, r, 'opens the door of her cottage');
    expect(cottage).toBeGreaterThan(rankOf(text, segs, r, 'Priya traces'));
    expect(cottage).toBeGreaterThan(rankOf(text, segs, r, 'lights the lamp herself'));
    // Without the age words the same paragraph is Elsie's own timeline, the earlier one.
    const young = segmentParagraphs([
      ...lighthouse,
      'Elsie opens the door of her cottage to the inspector and asks whether the lamp still turns.',
    ]);
    const out2 = young.segs.map((_, i) => ({
      t: i * 0.01,
      kind: 'present' as const,
      timeCue: null,
    }));
    applyTimelines(young.text, young.segs, out2, new Set(lighthouseNames), 'present', null);
    const r2 = chronoRanks(out2.map((p) => p.t));
    expect(rankOf(young.text, young.segs, r2, 'opens the door of her cottage')).toBeLessThan(
      rankOf(young.text, young.segs, r2, 'climbs to the abandoned lighthouse'),
    );
  });

  it('reads no timelines in one flashback among present scenes of the same people', () => {
    const { text, segs } = segmentParagraphs([
      'Ana and Joel run a bakery in Porto. Ana bakes through the night while Joel sleeps.',
      'In 1990, Ana and Joel meet at a dance in Braga. Joel steps on her feet twice.',
      'Ana opens the shop at six. Joel delivers the bread in the van.',
      'Joel forgets the order for the hotel and Ana drives it over herself.',
      'Ana and Joel close the shop early and walk by the river.',
    ]);
    expect(alternates(text, segs, ['Ana', 'Joel'])).toBe(false);
  });

  it('reads no timelines in a chronicle whose years only advance', () => {
    const { text, segs } = segmentParagraphs([
      'In 1962, Marta Lenz arrives in Hamburg and finds work in a shipyard canteen.',
      'Marta meets the welder Otto Brandt and they marry in the spring.',
      'In 1975, their son Felix Brandt wins a place at the conservatory.',
      'Felix plays his first concert in Lübeck while Otto listens on the radio.',
      'In 1989, Felix’s daughter Ines crosses the open border on a bicycle.',
      'Ines finds her grandfather’s letters in a Leipzig flat.',
    ]);
    expect(alternates(text, segs, ['Marta', 'Lenz', 'Otto', 'Brandt', 'Felix', 'Ines'])).toBe(
      false,
    );
  });
});

describe('timelines under "Then" and "Now" headings', () => {
  const sections: [string | null, string][] = [
    [
      'Now',
      'In May 2021 the ranger Owen Pryce finds a burnt-out caravan in the forest above Llyn Dulyn.',
    ],
    [
      'Then',
      'In 2004, the sisters Cerys and Bethan Hale spend the summer in the caravan with their uncle Gwyn.',
    ],
    ['Now', 'Owen takes a sample of the ash to the county laboratory in Bangor.'],
    ['Then', 'Gwyn teaches Cerys to drive the Land Rover on the forestry track.'],
    ['Now', 'Owen reads the fire report and calls the Hale family in Cardiff.'],
    [
      'Then',
      'In April 2021, a month before the fire is found, Cerys drives back to the forest alone and sets the caravan alight.',
    ],
    ['Now', 'Owen finds Cerys waiting at the ranger station with the keys of the Land Rover.'],
  ];
  const names = ['Owen', 'Pryce', 'Cerys', 'Bethan', 'Hale', 'Gwyn'];

  it('puts every "Then" section before the first "Now", the one that catches up included', () => {
    const { text, segs } = headedSections(sections);
    const r = place(text, segs, names, 2023);
    const then = [
      'spend the summer in the caravan',
      'Gwyn teaches Cerys',
      'sets the caravan alight',
    ];
    const now = [
      'finds a burnt-out caravan',
      'takes a sample of the ash',
      'waiting at the ranger station',
    ];
    const rt = then.map((n) => rankOf(text, segs, r, n));
    const rn = now.map((n) => rankOf(text, segs, r, n));
    expect(Math.max(...rt)).toBeLessThan(Math.min(...rn));
    expect(rt).toEqual([...rt].sort((a, b) => a - b));
    expect(rn).toEqual([...rn].sort((a, b) => a - b));
  });

  it('reads no timelines when the sections do not alternate', () => {
    const { text, segs } = headedSections(
      [sections[1], sections[3], sections[0], sections[2]].filter(
        (x): x is [string | null, string] => x !== undefined,
      ),
    );
    expect(alternates(text, segs, names)).toBe(false);
  });
});

describe('three timelines under section headings', () => {
  it('orders three generations by their years, each in text order', () => {
    const { text, segs } = headedSections([
      [
        'Part 1: The well',
        'In June 2010 the engineer Lena Roth arrives in Vrana to close the old village well.',
      ],
      [
        'Part 2: The drought',
        'August 1946. Josip Horvat digs the well with his brother Ante while the village watches.',
      ],
      [
        'Part 3: The wedding',
        'In the spring of 1979, Mirela Horvat, Josip’s daughter, is married beside the well.',
      ],
      [
        'Part 4: The rope',
        'Josip and Ante strike water at forty feet, and Ante nearly drowns in the rush.',
      ],
      [
        'Part 5: The survey',
        'Lena lowers a camera into the shaft and sees a name cut into the stone.',
      ],
      [
        'Part 6: The quarrel',
        'Mirela quarrels with her husband Davor about selling the land around the well.',
      ],
      ['Part 7: The stone', 'Josip cuts his brother’s name into the wall of the well.'],
      ['Part 8: The decision', 'Lena refuses to sign the closure order and drives back to Zagreb.'],
      [
        'Part 9: The leaving',
        'Mirela and Davor leave Vrana on the morning bus with their two children.',
      ],
    ]);
    const names = ['Lena', 'Roth', 'Josip', 'Horvat', 'Ante', 'Mirela', 'Davor'];
    const r = place(text, segs, names, 2014);
    const at = (n: string): number => rankOf(text, segs, r, n);
    const y1946 = [at('digs the well'), at('strike water'), at('cuts his brother')];
    const y1979 = [
      at('is married beside the well'),
      at('quarrels with her husband'),
      at('leave Vrana'),
    ];
    const y2010 = [at('arrives in Vrana'), at('lowers a camera'), at('refuses to sign')];
    expect(Math.max(...y1946)).toBeLessThan(Math.min(...y1979));
    expect(Math.max(...y1979)).toBeLessThan(Math.min(...y2010));
    for (const line of [y1946, y1979, y2010]) expect(line).toEqual([...line].sort((a, b) => a - b));
  });
});

describe('sections headed by the person they follow', () => {
  it('sends a section headed "Ines" to Ines’s timeline though it names no year', () => {
    const { text, segs } = headedSections([
      [
        'Ines',
        'Trieste, 1953. Ines Vuk sews uniforms in a basement workshop and hides her brother Marko from the police.',
      ],
      [
        'Clara',
        'In 2012 Clara Vuk, a sound engineer in Vienna, inherits a reel of tape and a key.',
      ],
      ['Ines', 'Ines carries the forged papers across the square in a basket of bread.'],
      [
        'Clara',
        'Clara plays the tape in her studio and hears a woman singing in a language she does not know.',
      ],
      [
        'Ines',
        'The police take the workshop apart. Marko escapes over the roofs and she never sees him again.',
      ],
      ['Clara', 'Clara drives to Trieste and opens the lock of an empty basement with the key.'],
    ]);
    const names = ['Ines', 'Vuk', 'Marko', 'Clara'];
    const out = segs.map((_, i) => ({ t: i * 0.01, kind: 'present' as const, timeCue: null }));
    expect(applyTimelines(text, segs, out, new Set(names), 'present', 2016, true)).toBe(true);
    const r = chronoRanks(out.map((p) => p.t));
    const at = (n: string): number => rankOf(text, segs, r, n);
    // "The police take the workshop apart" names no one of Ines's: its heading sends it there.
    const past = [
      at('sews uniforms'),
      at('carries the forged papers'),
      at('take the workshop apart'),
    ];
    const now = [at('inherits a reel'), at('plays the tape'), at('opens the lock')];
    expect(Math.max(...past)).toBeLessThan(Math.min(...now));
  });
});

describe('an undated opening before the first year', () => {
  it('reads the opening paragraphs as the present when they have people of their own', () => {
    const paras = [
      'Nadia Sethi, a surveyor for the coastguard, climbs to the abandoned lighthouse on Kerrow Head and finds the lamp room sealed with tar.',
      ...lighthouse.slice(1),
    ];
    const { text, segs } = segmentParagraphs(paras);
    const out = segs.map((_, i) => ({ t: i * 0.01, kind: 'present' as const, timeCue: null }));
    expect(applyTimelines(text, segs, out, new Set(lighthouseNames), 'present', null)).toBe(true);
    const r = chronoRanks(out.map((p) => p.t));
    expect(rankOf(text, segs, r, 'lights the lamp herself')).toBeLessThan(
      rankOf(text, segs, r, 'climbs to the abandoned lighthouse'),
    );
  });

  it('does not when the film year puts the first year in the present', () => {
    const { text, segs } = segmentParagraphs([
      'Nadia Sethi, a surveyor for the coastguard, climbs to the abandoned lighthouse on Kerrow Head.',
      'In 2014, Nadia and her assistant Priya map the cliffs below the lighthouse.',
      'Priya finds a logbook in the lamp room and Nadia reads it in the van.',
      'Nadia drives to the archive in Truro while Priya stays on the cliffs.',
    ]);
    const out = segs.map((_, i) => ({ t: i * 0.01, kind: 'present' as const, timeCue: null }));
    expect(applyTimelines(text, segs, out, new Set(lighthouseNames), 'present', 2016)).toBe(false);
  });
});
