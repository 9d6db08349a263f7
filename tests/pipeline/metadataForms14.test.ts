import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../src/pipeline/clean';
import { Diagnostics } from '../../src/pipeline/diagnostics';
import { extractMetadata } from '../../src/pipeline/metadata';
import { settingLead } from '../../src/pipeline/settingLead';
import { chronoOfPhrases } from '../fixtures/filmScenes';

/**
 * Metadata in forms of the fourteenth session (`src/pipeline/metadataForms14.ts`), each page
 * written for these tests: a society's mailing with the film credited in brackets in its prose, a
 * social post's "TITLE (2016, Name)", a chat's "TITLE, 2015, directed by X. it's 1h 38m", a museum
 * guide's "ROOM 12 · TITLE (2003)", a campaign's "In 1979 X completed the film", a disc guide's
 * "commentary with director X"; and the traps that must stay empty.
 */
const STORY = [
  'Marit Solberg keeps the tide gauge on a rock off the northern coast, and every morning she rows out to read it and write the figure in a ledger.',
  'When a storm carries away the gauge, Marit finds a stranger, Aurel Dancu, clinging to the rock with a broken oar and no name for the ship he came from.',
  'The harbour master, Edvin Rask, wants the stranger sent south on the first boat, but Marit hides him in the net loft and teaches him to mend the gauge.',
  'By the spring thaw Aurel has rebuilt the gauge with his own hands, and Marit writes his name in the ledger beside the morning figure.',
];

const meta = (page: string) => {
  const m = extractMetadata(cleanDocument({ file: 'x.txt', text: page }, new Diagnostics()));
  return { title: m.title, year: m.year, director: m.director, runtimeMinutes: m.runtimeMinutes };
};
const page = (head: string[], tail: string[] = []) =>
  [...head, '', ...STORY.flatMap((p) => [p, '']), ...tail].join('\n');

describe("a title credited with its facts in brackets, in the page's prose", () => {
  const mailing = (credit: string) =>
    page(
      [
        'WESTHOLM CINEMA SOCIETY',
        'Bulletin 42 | For members',
        '',
        `Dear friends, after the success of the autumn season we are pleased to show ${credit} on the first Friday of the month. The notes below tell the whole plot.`,
        '',
        'THIS MONTH: THE TIDE GAUGE',
      ],
      [
        'You are receiving this because you joined the Westholm Cinema Society list.',
        'Westholm Cinema Society, 4 Quay Lane',
      ],
    );

  it('reads "(2009, dir. X, 97 min)" and takes the title over the society\'s name', () => {
    expect(meta(mailing('The Tide Gauge (2009, dir. Liv Aarnes, 97 min)'))).toEqual({
      title: 'The Tide Gauge',
      year: 2009,
      director: 'Liv Aarnes',
      runtimeMinutes: 97,
    });
  });

  it('reads the facts in any order, runtimes in hours and minutes too', () => {
    expect(meta(mailing('The Tide Gauge (88 min, dir. Liv Aarnes, 2003)'))).toMatchObject({
      title: 'The Tide Gauge',
      year: 2003,
      director: 'Liv Aarnes',
      runtimeMinutes: 88,
    });
    expect(meta(mailing('The Tide Gauge (directed by Liv Aarnes; 2011; 1h 52m)'))).toMatchObject({
      title: 'The Tide Gauge',
      year: 2011,
      director: 'Liv Aarnes',
      runtimeMinutes: 112,
    });
  });

  it('takes nothing from a film in passing, credited once in lower case', () => {
    const p = page(
      ['THE TIDE GAUGE', 'A review by Hal Crane', ''],
      [
        'Like Salt Marsh Hymn (1998, dir. Oskar Brenna), The Tide Gauge trusts its weather. The Tide Gauge is out on Friday.',
      ],
    );
    expect(meta(p)).toMatchObject({ year: null, director: null });
    expect(meta(p).title).not.toBe('Salt Marsh Hymn');
  });

  it('keeps a title whose year the page gave before, not a sequel linked with its own year', () => {
    const p = [
      'Gauge Wiki',
      '',
      'The Tide Gauge (film)',
      '',
      'The Tide Gauge is a 2009 Norwegian drama film directed by Liv Aarnes.',
      '',
      'Followed by: The Tide Gauge II: Spring Tide (2014)',
      '',
      ...STORY.flatMap((p) => [p, '']),
      'See also: The Tide Gauge II: Spring Tide (2014)',
    ].join('\n');
    expect(meta(p)).toMatchObject({ title: 'The Tide Gauge', year: 2009 });
  });
});

describe("a post's or a chat's credit: the title in capitals, its year and its maker", () => {
  it('reads "TITLE (2016, Name)" with the name as the director when the page names them again', () => {
    const p = page(
      [
        'Home   Search   Alerts   Inbox',
        '',
        '← Thread',
        '',
        'Pia Lund @pialund',
        'just caught GREY HARBOUR LIGHTS (2016, Tomasz Weller) at the rep cinema and I have thoughts. thread 🧵 1/',
        '',
        'what Weller does with the fog in the first ten minutes is unreal 2/',
      ],
      [
        "the ending wrecked me. It's 1h 53m and I'd watch another hour. Grey Harbour Lights forever 9/",
      ],
    );
    expect(meta(p)).toEqual({
      title: 'Grey Harbour Lights',
      year: 2016,
      director: 'Tomasz Weller',
      runtimeMinutes: 113,
    });
  });

  it('leaves the name beside the year unread when the page never names the person again', () => {
    const p = page([
      '← Thread',
      '',
      'just caught GREY HARBOUR LIGHTS (2016, Tomasz Weller) and it is something. 1/',
    ]);
    expect(meta(p)).toMatchObject({ title: 'Grey Harbour Lights', year: 2016, director: null });
  });

  it('reads "TITLE, 2015, directed by X. it\'s 1h 38m" in a chat message', () => {
    const p = page([
      'Quiz Night Crew (4 members)',
      '',
      '[19:02] Ben: go on then, tell us about the film',
      "[19:04] Rosa: THE NORTHERN LEDGER, 2015, directed by Agnes Moberg. it's 1h 38m. all on one rock in the sea",
    ]);
    expect(meta(p)).toEqual({
      title: 'The Northern Ledger',
      year: 2015,
      director: 'Agnes Moberg',
      runtimeMinutes: 98,
    });
  });
});

describe("a guide's heading: a label, then the title and its year", () => {
  it('takes "ROOM 12 · TITLE (2003)" over the museum\'s name, and "runs N minutes"', () => {
    const p = page([
      'HALSTEAD GALLERY OF FILM AND SOUND',
      'Audio tour · Exhibition: "Weather on Screen" · Floor 2',
      '',
      'ROOM 12 · THE SALT ORCHARD (2003)',
      '',
      'Welcome to room 12. The Salt Orchard was directed by Petra Linde and runs 118 minutes. Press 13 to skip the plot.',
    ]);
    expect(meta(p)).toEqual({
      title: 'The Salt Orchard',
      year: 2003,
      director: 'Petra Linde',
      runtimeMinutes: 118,
    });
  });
});

describe('runtimes in digits in the prose', () => {
  const head = (line: string) => page(['THE TIDE GAUGE', '', line]);
  it.each([
    ['The film is 2 hr 5 min long, and every minute of it is weather.', 125],
    ['Aarnes cut an unhurried 104-minute feature from four summers of footage.', 104],
    ['It became a 131-minute anthology about one lighthouse and its keepers.', 131],
    ['The whole thing runs for 1h 47m, credits included.', 107],
  ])('reads %j', (line, minutes) => {
    expect(meta(head(line)).runtimeMinutes).toBe(minutes);
  });

  it.each([
    'By Hal Crane · 8 min read',
    'Page count: 104',
    'The commentary track runs 96 minutes and covers every scene.',
    'The ferry runs 45 minutes late every Sunday.',
    'The disc adds a 52-minute making-of documentary.',
  ])('leaves %j unread', (line) => {
    expect(meta(head(line)).runtimeMinutes).toBeNull();
  });
});

describe("the making of the film with its year; the director named by a role's word", () => {
  it('reads "In 1979 X completed the film" as the film\'s year and director', () => {
    const p = page([
      'Bring Back "The Tide Gauge": a restoration',
      '',
      'In 1979 Liv Aarnes completed the film she had spent a decade trying to finance: The Tide Gauge, shown once on television and then lost.',
    ]);
    expect(meta(p)).toMatchObject({ year: 1979, director: 'Liv Aarnes' });
  });

  it('reads "commentary with director X", not the year the commentary was recorded', () => {
    const p = page([
      'HARBOURSIDE DISCS · SPECIAL FEATURES',
      '',
      'THE TIDE GAUGE',
      'Commentary with director Liv Aarnes and producer Jonas Brekke (recorded 2011)',
    ]);
    expect(meta(p)).toMatchObject({ title: 'The Tide Gauge', year: null, director: 'Liv Aarnes' });
  });

  it("leaves a role of another trade and a contest's year unread", () => {
    const p = page([
      'THE 2026 NORTHERN SCREENPLAY PRIZE',
      'Round two · Reader notes',
      '',
      'Title: THE TIDE GAUGE',
      'Page count: 104',
      '',
      'A beautiful design from art director Sunniva Holt, and the writer knows the sea.',
    ]);
    expect(meta(p)).toMatchObject({ year: null, director: null, runtimeMinutes: null });
  });
});

describe('a sentence that sets a part of the telling in a year', () => {
  it('reads "The first story took place in the winter of 1952" as the part\'s era', () => {
    expect(settingLead('The first story took place in the winter of ')).toBe(true);
    expect(settingLead('The third tale was set in Lyon in ')).toBe(true);
    expect(settingLead('The film opened in a Leeds bakery in ')).toBe(true);
    expect(settingLead('The old man reminded him of the fight in ')).toBe(false);
    expect(settingLead('She bought the house in ')).toBe(false);
  });

  it('orders an anthology of eras told in the past, out of order, by the years its parts are set in', () => {
    const chrono = chronoOfPhrases(
      [
        'The film began in a pawnshop in Lisbon in the spring of 1990. Clara Reis, the owner, was given a brass compass to value, and when she opened its case she found a name scratched inside the lid: T. Amaral.',
        'The first story took place on a fishing boat off the Azores in the summer of 1958. Young Tomé Amaral steered by the compass through a gale while his uncle Duarte lay sick below, and brought the boat home.',
        "The second story was set in Porto in 1921. A clockmaker, Inês Vaz, built the compass for a ship's captain who never came back to pay for it, and she kept it in her window for years.",
        'The third story unfolded in Paris in 1974. An exile, Rui Moniz, carried the compass through the streets at night, and when he was arrested he pressed it into the hand of a girl on a bench.',
        'The film closed where it had opened, in the Lisbon pawnshop in 1990. Clara polished the brass, set the compass in her window, and refused every offer for it.',
      ],
      [
        'was given a brass compass to value',
        'steered by the compass through a gale',
        'built the compass for a ship',
        'carried the compass through the streets',
        'refused every offer for it',
      ],
    );
    const [frame, y1958, y1921, y1974, end] = chrono as [number, number, number, number, number];
    expect(y1921).toBeLessThan(y1958);
    expect(y1958).toBeLessThan(y1974);
    expect(y1974).toBeLessThan(frame);
    expect(frame).toBeLessThanOrEqual(end);
  });
});
