import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../src/pipeline/clean';
import { Diagnostics } from '../../src/pipeline/diagnostics';
import { extractMetadata } from '../../src/pipeline/metadata';

const meta = (text: string) =>
  extractMetadata(cleanDocument({ file: 'x.txt', text }, new Diagnostics()));

/** An invented story, long enough to read as one. */
const STORY = [
  'In the spring of 1971 Wren Calloway takes over the ferry at Scarth from her uncle, who has broken his hip. The islanders do not trust her with the engine, and the mail boat captain tells her so to her face.',
  'By midsummer Wren has rebuilt the gearbox with her own hands. She carries the doctor across in a gale, and the captain, Hollis Brand, buys her a drink at the harbour bar without a word.',
  'In the autumn the council votes to close the crossing. Wren takes the ferry out one last time with the whole village aboard, and Hollis follows in the mail boat, sounding his horn all the way.',
].join('\n\n');

describe('metadata forms (session 11)', () => {
  it("reads a disc's feature length beside bonus features: 'Feature running time 94 mins', 'Feature presentation (131 mins)'", () => {
    const a = meta(
      `NORTHFORD VIDEO — COLLECTOR'S EDITION\n\nTHE SCARTH CROSSING\n\nA film by Ilse Moran\n\n• Making the Storm, a featurette (14 mins)\n\nRegion 2 | English mono | Feature running time 94 mins | Colour\n\nTHE STORY\n\n${STORY}`,
    );
    expect(a.runtimeMinutes).toBe(94);
    const b = meta(
      `THE SCARTH CROSSING\n\nA film by Ilse Moran\n\nTHE STORY\n\n${STORY}\n\nON THE DISC\n\n• Feature presentation (131 mins), new restoration\n• An interview with the editor (21 mins)`,
    );
    expect(b.runtimeMinutes).toBe(131);
  });

  it('skips a short bracketed length for the first one a film runs: "(12 mins)" then "(1974, 103 minutes)"', () => {
    const m = meta(
      `The Scarth Crossing\n\nIlse Moran made a short, Ferry Song (12 mins), before her feature The Scarth Crossing (1974, 103 minutes), restored this year.\n\n${STORY}`,
    );
    expect(m.runtimeMinutes).toBe(103);
  });

  it("reads 'Country/year: Norway, 2016' as the year", () => {
    const m = meta(
      `The Scarth Crossing\n\n${STORY}\n\nFACTS\n\nCountry/year: Norway, 2016\nDirector: Ilse Moran\nRunning time: 99 mins`,
    );
    expect(m.year).toBe(2016);
  });

  it('reads a listing\'s facts set as prose: "(1974) Drama. Dir. Ilse Moran. 98 min."', () => {
    const m = meta(
      `TONIGHT'S FILMS\n\nThe Scarth Crossing\n\nChannel Six, 10.15pm\n\n(1974) Drama. Director: Ilse Moran. 98 min. Subtitled.\n\nA lovely, patient film that was barely seen on its release and deserves a second life.\n\nTHE STORY\n\n${STORY}`,
    );
    expect(m).toMatchObject({ year: 1974, director: 'Ilse Moran', runtimeMinutes: 98 });
  });

  it("takes no forum rank, thread flair or poster's handle for the title, and reads the question's title", () => {
    const m = meta(
      `FilmTalk Boards › Spoiler Zone\n\nThread: Could someone explain the ending of The Scarth Crossing (1974)? [SPOILERS]\n\nsalt_and_rust\n\nSenior Member\n\nJoined: May 2012 · Posts: 1,204\n\n${STORY}\n\nSo why does Hollis follow her in The Scarth Crossing? I never understood it.`,
    );
    expect(m).toMatchObject({ title: 'The Scarth Crossing', year: 1974 });
    const n = meta(
      `r/MovieQuestions\n\nPosted by u/ferry_fan_71 · 3h\n\n[Spoilers] What happened at the end of THE SCARTH CROSSING (1974)? Help me out here\n\nDiscussion | Spoilers\n\n${STORY}`,
    );
    expect(n).toMatchObject({ title: 'The Scarth Crossing', year: 1974 });
  });

  it("reads a forum post's 'X directed it' in its opening prose", () => {
    const m = meta(
      `r/MovieQuestions\n\nPosted by u/ferry_fan_71 · 3h\n\n[Spoilers] What happened at the end of THE SCARTH CROSSING (1974)?\n\nDiscussion\n\nSaw this on a rainy Sunday and I still cannot decide how I feel about it. Ilse Moran directed it and she clearly trusts the audience more than most, so here is the whole plot as I understood it.\n\n${STORY}`,
    );
    expect(m.director).toBe('Ilse Moran');
  });

  it('takes no section label, festival name or joined release labels for the title', () => {
    const a = meta(
      `HARBOURSIDE FILM SOCIETY\n\nThis Week's Screening\n\nThe Scarth Crossing (1974)\n\nDirected by Ilse Moran • 98 minutes\n\n${STORY}`,
    );
    expect(a).toMatchObject({ title: 'The Scarth Crossing', year: 1974 });
    const b = meta(
      `NORDHAVN INTERNATIONAL FILM FESTIVAL 2024\n\nMAIN COMPETITION — WORLD PREMIERE\n\nTHE SCARTH CROSSING\n\na film by Ilse Moran\n\nNorway | 2024 | 99 min\n\nSYNOPSIS\n\n${STORY}`,
    );
    expect(b).toMatchObject({ title: 'The Scarth Crossing', director: 'Ilse Moran' });
  });

  it("reads the film's side of an essay's or an episode's colon, when the page names that side alone", () => {
    const a = meta(
      `BOOK & SCREEN\n\nFEATURES / ADAPTATIONS\n\nThe Scarth Crossing: What the New Film Keeps From Agnes Holt's Ferry Diaries\n\nBy Tom Ure\n\n${STORY}\n\nThe Scarth Crossing keeps the diaries' order; The Scarth Crossing also keeps their silences.`,
    );
    expect(a.title).toBe('The Scarth Crossing');
    const b = meta(
      `THE SECOND REEL\n\nEpisode 12 -- "Gearboxes, Gales and Grudges: The Scarth Crossing (1974)"\n\nHosted by Ann Pike and Lew Orr.\n\n${STORY}\n\nWe loved The Scarth Crossing. The Scarth Crossing is the best ferry film ever made.`,
    );
    expect(b).toMatchObject({ title: 'The Scarth Crossing', year: 1974 });
    // A title with a short subtitle stays whole.
    const c = meta(`Wren Calloway: A Ferry Tale (1974)\n\n${STORY}`);
    expect(c.title).toBe('Wren Calloway: A Ferry Tale');
  });

  it("reads a quoted title with its year inside a press release's headline", () => {
    const m = meta(
      `NORTHERN SCREEN ARCHIVE\n\nFOR IMMEDIATE RELEASE\n\nNORTHERN SCREEN ARCHIVE RESTORES "THE SCARTH CROSSING" (1974) FOR ITS FIFTIETH YEAR\n\n${STORY}`,
    );
    expect(m).toMatchObject({ title: 'The Scarth Crossing', year: 1974 });
  });

  it('reads a recap headline whose sentence opens on the title and year', () => {
    const m = meta(
      `FERRY FRIGHTS\n\nhorror and heartbreak on the water\n\nRECAP: The Scarth Crossing (1974) is a ferry story, a ghost story and a love story at once\n\nPosted by Mo Keel · 12 comments\n\n${STORY}`,
    );
    expect(m).toMatchObject({ title: 'The Scarth Crossing', year: 1974 });
  });

  it("reads a quoted title inside an adaptation piece's headline when the page names it", () => {
    const m = meta(
      `PAGE TO SCREEN\n\nFrom novel to film: how "The Scarth Crossing" reached the screen\n\nAgnes Holt's ferry diaries were called unfilmable. Ilse Moran has now made them into The Scarth Crossing (Norway, 2016, 99 minutes).\n\n${STORY}\n\nThe Scarth Crossing ends on the horn.`,
    );
    expect(m).toMatchObject({ title: 'The Scarth Crossing' });
  });

  it("drops a review headline's label before a quoted title that 'is a ... film'", () => {
    const m = meta(
      `Review: "The Scarth Crossing" is a slow tide of a film\n\nPosted by Mo Keel · 3 comments\n\n${STORY}`,
    );
    expect(m.title).toBe('The Scarth Crossing');
  });

  it('reads a runtime set between commas after the director: "directed by X, 99 minutes,"', () => {
    const m = meta(
      `The Scarth Crossing\n\nToday we are doing The Scarth Crossing, the 1974 ferry drama directed by Ilse Moran, 99 minutes, and it is lovely.\n\n${STORY}`,
    );
    expect(m.runtimeMinutes).toBe(99);
  });

  it('reads the year of a programme\'s credits line set as prose: "Norway 1974. Dir. X."', () => {
    const m = meta(
      `HARBOUR CINEMATHEQUE\n\nTHE SCARTH CROSSING\n\nNorway 1974. Dir. Ilse Moran. With Ane Dahl, Per Lund. 99 minutes. 35mm.\n\n${STORY}`,
    );
    expect(m.year).toBe(1974);
  });
});
