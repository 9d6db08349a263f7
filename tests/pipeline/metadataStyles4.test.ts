import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../src/pipeline/clean';
import { Diagnostics } from '../../src/pipeline/diagnostics';
import { extractMetadata } from '../../src/pipeline/metadata';

/**
 * Metadata in page forms of the sixth session (`src/pipeline/metadataStyles4.ts` and small
 * changes in metadata.ts), each head written for these tests over a short story of its own: a
 * library catalogue record, a newsletter essay, an "ending explained" page, a film club's notes,
 * a recap blog, a study guide and a newspaper review. The negatives give a page's date, a
 * dateline, a star's possessive, a director of photography, a novel, a re-release, a company's
 * credit and a film watched in passing.
 */
const STORY = [
  'Ilse Marten keeps the light on the breakwater, and each night she writes the passing ships into a ledger her father began.',
  'When a trawler comes in with its nets cut and no crew aboard, Ilse rows out alone and finds a child’s coat folded on the wheelhouse floor.',
  'The harbourmaster, Jonas Beck, tells her to forget it, but Ilse follows the tide marks down the coast towards the old quarry.',
];

const meta = (head: string, tail = '') => {
  const m = extractMetadata(
    cleanDocument(
      { file: 'x.txt', text: [head, '', ...STORY, ...(tail ? ['', tail] : [])].join('\n\n') },
      new Diagnostics(),
    ),
  );
  return { title: m.title, year: m.year, director: m.director, runtimeMinutes: m.runtimeMinutes };
};

describe('metadata: runtimes and credits in more forms', () => {
  it('reads "Duration: 01:44:00" as 104 minutes, not 1', () => {
    expect(meta('The Salt Road\n\nDuration: 01:44:00').runtimeMinutes).toBe(104);
  });

  it('reads a facts line the cleaner took for a heading: "Drama · 1h44 · 2019"', () => {
    expect(meta('The Salt Road\n\nDrama · 1h44 · 2019')).toMatchObject({
      year: 2019,
      runtimeMinutes: 104,
    });
  });

  it('reads a festival\'s "France, 2019, 104\'"', () => {
    expect(meta("The Salt Road\n\nFrance, 2019, 104'")).toMatchObject({
      year: 2019,
      runtimeMinutes: 104,
    });
  });

  it('reads a poster credit inside a facts line: "A Mara Holm film · Norway · 2019 · 104 min"', () => {
    expect(meta('The Salt Road\n\nA Mara Holm film · Norway · 2019 · 104 min')).toEqual({
      title: 'The Salt Road',
      year: 2019,
      director: 'Mara Holm',
      runtimeMinutes: 104,
    });
  });

  it('reads a catalogue\'s "Director(s): X"', () => {
    expect(meta('The Salt Road\n\nDirector(s): Mara Holm, Jonas Vik').director).toBe('Mara Holm');
  });

  it('keeps no credit word on the name: "Director Mara Holm’s The Salt Road (2019)"', () => {
    expect(meta('Director Mara Holm’s The Salt Road (2019) is a coastal mystery.').director).toBe(
      'Mara Holm',
    );
  });

  it('reads "From director X comes ..." at a sentence start', () => {
    expect(
      meta('From director Mara Holm comes a coastal mystery about a lighthouse keeper.').director,
    ).toBe('Mara Holm');
  });

  it('does not read a dateline, a page date or a listing of another film as facts', () => {
    expect(meta('The Salt Road\n\nBerlin, 2019').year).toBeNull();
    expect(meta('The Salt Road\n\nSunday 3 March 2024 · 6 min read')).toMatchObject({
      year: null,
      runtimeMinutes: null,
    });
    expect(meta('The Salt Road\n\nA Northlight Pictures film · Norway · 2019').director).toBeNull();
  });
});

describe('metadata: titles in headlines and catalogue records', () => {
  it('turns a catalogue\'s "LANTERN WINTER, THE" round', () => {
    expect(
      meta('CATALOGUE RECORD\n\nLANTERN WINTER, THE\nDirector(s): Sunniva Aarhus\nYear: 2017'),
    ).toMatchObject({ title: 'The Lantern Winter', year: 2017, director: 'Sunniva Aarhus' });
  });

  it('drops a study guide\'s label: "Study Guide: The Long Orchard (2018)"', () => {
    expect(
      meta('Film Studies Unit 4\nStudy Guide: The Long Orchard (2018)\n\nDirected by Hanne Vos.'),
    ).toMatchObject({ title: 'The Long Orchard', year: 2018, director: 'Hanne Vos' });
  });

  it('reads "Review: \'Title\' is ..." and "RECAP: "Title" is ..."', () => {
    expect(meta("Review: 'The Salt Road' is a slow, salty marvel\n\nBy Kit Harper").title).toBe(
      'The Salt Road',
    );
    expect(
      meta('reel talk\n\nRECAP: "The Salt Road" is the coastal movie I needed (spoilers!)').title,
    ).toBe('The Salt Road');
  });

  it('reads "Everything you need to know about Title"', () => {
    expect(meta('Everything you need to know about The Salt Road\n\nBy Kit Harper').title).toBe(
      'The Salt Road',
    );
  });

  it('prefers a review headline over the paper\'s name: "Title review – ..."', () => {
    expect(
      meta(
        'The Courier\n\nCulture › Film\n\nThe Salt Road review – a slow-burning coastal mystery\n\nKit Harper',
      ).title,
    ).toBe('The Salt Road');
  });

  it('keeps a title that ends on a weekday: "Kettle Street Friday (2021) – the full recap"', () => {
    expect(meta('LATE NIGHT REWIND\n\nKettle Street Friday (2021) – the full recap')).toMatchObject(
      { title: 'Kettle Street Friday', year: 2021 },
    );
  });

  it('reads a lead that opens on the title and its credit', () => {
    expect(
      meta('The Salt Road is written and directed by Mara Holm, and it runs 104 minutes.'),
    ).toMatchObject({ title: 'The Salt Road', director: 'Mara Holm', runtimeMinutes: 104 });
  });

  it('reads a title in quotation marks after "we watched" when the page names it again', () => {
    expect(
      meta(
        'Film Club Notes\n\nThis month we watched “The Salt Road”, a coastal mystery. The Salt Road is slow.',
      ).title,
    ).toBe('The Salt Road');
    // Named once, in passing: not the page's film.
    expect(
      meta('Film Club Notes\n\nLast year we watched “Harbour Lights” and hated it.').title,
    ).toBeNull();
  });
});

describe('metadata: facts beside the title anywhere in the page', () => {
  it('reads "Title (2025, dir. X, 118 minutes)" in a blog\'s opening', () => {
    expect(
      meta(
        'RECAP: "Second Serve" is the tennis movie I needed\n\nOkay. I finally watched Second Serve (2025, dir. Tomasz Wierzbicki, 118 minutes) and I have THOUGHTS.',
      ),
    ).toEqual({
      title: 'Second Serve',
      year: 2025,
      director: 'Tomasz Wierzbicki',
      runtimeMinutes: 118,
    });
  });

  it('reads "Title (Original), directed by X, 2021." past the original title', () => {
    expect(
      meta(
        'The Tide Clock review: two women, one island\n\nBy Rosa Telmo\n\nThe Tide Clock (A Maré Parada), directed by Paulo Serrano, 2021. 109 minutes.',
      ),
    ).toMatchObject({ title: 'The Tide Clock', year: 2021, director: 'Paulo Serrano' });
  });

  it('reads the year of "Spoilers for the whole of Title (2022)"', () => {
    expect(
      meta(
        "'The Salt Road' recap: every secret\n\nSpoilers ahead for the whole of The Salt Road (2022), now streaming.",
      ).year,
    ).toBe(2022);
  });

  it('reads a full name owning the title: "Dami Osei\'s The Salt Road finally landed"', () => {
    expect(
      meta(
        'The Salt Road (2021) – the full recap\n\nDami Osei’s The Salt Road finally landed on streaming this week.',
      ).director,
    ).toBe('Dami Osei');
  });

  it("does not take a star's possessive, a DoP's bracket, a novel or a re-release", () => {
    expect(
      meta(
        "The Salt Road\n\nStarring Petra Lund. It is Petra Lund's The Salt Road from the first shot.",
      ).director,
    ).toBeNull();
    expect(
      meta('The Salt Road\n\nThe Salt Road (shot by Jonas Vik) looks like a painting.').director,
    ).toBeNull();
    expect(
      meta('The Salt Road\n\nThe Salt Road, the novel by Tove Lind (1994), was a bestseller.'),
    ).toMatchObject({ director: null });
    expect(
      meta(
        'The Salt Road\n\nThe Salt Road, directed by Mara Holm, returns to cinemas in 2024 in a new restoration.',
      ),
    ).toMatchObject({ director: 'Mara Holm', year: null });
  });

  it('reads a standfirst\'s "X\'s second feature" that the cleaner set aside as commentary', () => {
    expect(
      meta(
        "The Courier\n\nThe Salt Road review – a slow-burning mystery\n\nMara Holm's second feature cuts between 1961 and 2004 to unpick a fire at a glassworks",
      ).director,
    ).toBe('Mara Holm');
  });
});

describe('metadata: more labels, sites and credits', () => {
  it('drops a site name after the title: "The Salt Road (2019) - IMDb"', () => {
    expect(meta('The Salt Road (2019) - IMDb')).toMatchObject({
      title: 'The Salt Road',
      year: 2019,
    });
  });

  it('drops "Our review of" and reads "Watch Title (2019) online"', () => {
    expect(meta('Our review of The Salt Road (2019)').title).toBe('The Salt Road');
    expect(meta('Watch The Salt Road (2019) online | StreamNow')).toMatchObject({
      title: 'The Salt Road',
      year: 2019,
    });
  });

  it('reads a podcast episode that names its film in quotes', () => {
    expect(meta('Episode 112 — “The Salt Road” with Maya and Jonah').title).toBe('The Salt Road');
  });

  it('reads "104m" in a facts line and a labelled "TRT: 104 min"', () => {
    expect(meta('The Salt Road (2019)\n\nDrama | 104m | 15').runtimeMinutes).toBe(104);
    expect(meta('The Salt Road\n\nTRT: 104 min').runtimeMinutes).toBe(104);
  });

  it('reads "Regie:", "Filmmaker:", "X (director)", "helmed by X" and "the X-directed"', () => {
    expect(meta('The Salt Road\n\nRegie: Mara Holm').director).toBe('Mara Holm');
    expect(meta('The Salt Road\n\nFilmmaker: Mara Holm').director).toBe('Mara Holm');
    expect(meta('The Salt Road\n\nMara Holm (director), Jonas Vik (cinematography)').director).toBe(
      'Mara Holm',
    );
    expect(
      meta('The Salt Road\n\nThe Salt Road, helmed by Mara Holm, is a coastal mystery.').director,
    ).toBe('Mara Holm');
    expect(meta('The Salt Road\n\nThe Mara Holm-directed mystery is slow.').director).toBe(
      'Mara Holm',
    );
  });

  it('does not read "(director of photography)" or a self-directed study as a director', () => {
    expect(
      meta('The Salt Road\n\nJonas Vik (director of photography), Lea Berg (editor)').director,
    ).toBeNull();
    expect(
      meta('The Salt Road\n\nIlse Marten begins a self-directed study of the tides.').director,
    ).toBeNull();
  });
});
