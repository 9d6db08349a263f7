import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../src/pipeline/clean';
import { Diagnostics } from '../../src/pipeline/diagnostics';

const kinds = (text: string) => {
  const doc = cleanDocument({ file: 'a.txt', text }, new Diagnostics());
  return doc.blocks.map((b) => [text.slice(b.start, b.end).slice(0, 12), b.kind]);
};

describe('cleanDocument', () => {
  it('reads a masthead of parts between bars as furniture, so the title line under it is a heading', () => {
    const text = [
      'RIVERSIDE RADIO TIMES | 3-9 May | TV & Radio',
      'FILM OF THE WEEK',
      'THE SALT ROAD (2012)',
      'Drama. 98 mins. Director: Ines Abel.',
      '',
      'Mara Holt drives the salt road north in the first snow. She stops at the inn where her brother worked.',
    ].join('\n');
    const k = kinds(text);
    expect(k[0]).toEqual(['RIVERSIDE RA', 'boilerplate']);
    expect(k.find(([t]) => t === 'THE SALT ROA')?.[1]).toBe('heading');
    // A sentence between bars is no masthead.
    expect(kinds('Mara drives north. | She stops at the inn. | The snow falls.')[0]?.[1]).toBe(
      'story',
    );
  });

  it('reads an encyclopaedia infobox copied with tabs as facts, and its hatnote as furniture', () => {
    const text = [
      'The Ferryman of Ost',
      'This article is about the 2011 film. For the opera, see The Ferryman of Ost (opera).',
      'Directed by\tLise Armand',
      'Starring\tPaul Brenner, Ida Voss',
      'Music by\tKarl Oster',
      'Running time\t97 minutes',
      'The Ferryman of Ost is a 2011 drama film directed by Lise Armand.',
      'Plot',
      'Jonas rows the last ferry across the lake and finds a stranger asleep under the bench.',
    ].join('\n');
    expect(kinds(text).map((k) => k[1])).toEqual([
      'heading',
      'boilerplate',
      'meta',
      'meta',
      'meta',
      'meta',
      'meta',
      'heading',
      'story',
    ]);
  });

  it('takes a one-sentence pitch before the story for the premise, not the first scene', () => {
    const text = [
      'Watch Now · 2019 · 1h 42m',
      'A radio operator on a remote island has one night to find out who is calling from a ship that sank long ago.',
      'Play · Add to My List · Trailer',
      'At 18:30 Ines takes over the evening shift at the coastguard hut. Her colleague leaves on the last boat.',
      'At 20:10 the first call comes through on channel 16.',
    ].join('\n');
    expect(kinds(text).map((k) => k[1])).toEqual([
      'meta',
      'premise',
      'boilerplate',
      'story',
      'story',
    ]);
    // A first scene that names no one yet but tells an event stays a scene.
    const scene = [
      'A young nurse arrives at the mountain clinic in the first snow of 1951.',
      'She is given the room of the nurse who left, and finds her diary under the mattress.',
    ].join('\n');
    expect(kinds(scene).map((k) => k[1])).toEqual(['story', 'story']);
  });

  it("drops the blurbs of other films on a listings page, keeps the featured film's synopsis", () => {
    const text = [
      "WHAT'S ON TONIGHT",
      '1.10pm Film4 · The Long Thaw (1968) ★★★★',
      'A trapper and his son wait out a winter that will not end.',
      '3.45pm BBC Two · Harbour Lights (1972) ★★★',
      'A lighthouse keeper takes in a shipwrecked singer.',
      '9.00pm More4 · GLASS RIVER (2015) ★★★★',
      'Ray Delgado has driven the same bus route for thirty years and has five days left before he retires.',
      'On Tuesday a doctor finds nothing wrong with him, but Ray keeps seeing a girl in a yellow raincoat.',
      'Listings may be subject to change.',
    ].join('\n');
    expect(kinds(text).map((k) => k[1])).toEqual([
      'heading',
      'boilerplate',
      'boilerplate',
      'boilerplate',
      'boilerplate',
      'boilerplate',
      'story',
      'story',
      'boilerplate',
    ]);
  });

  it("keeps a disc's chapter list blurbs: timed chapters of one film, not other films", () => {
    const text = [
      'SCENE SELECTION',
      '00:00  Chapter 1 · The Crossing',
      'Marta rows the mail boat across the fjord for the last time before the bridge opens.',
      '21:15  Chapter 2 · The Bridge',
      'The bridge opens and nobody needs the boat. Marta ties it up under the new span.',
      '47:30  Chapter 3 · The Storm',
      'A storm closes the bridge, and Marta rows the doctor across to a child with fever.',
    ].join('\n');
    expect(kinds(text).map((k) => k[1])).toEqual([
      'heading',
      'boilerplate',
      'story',
      'boilerplate',
      'story',
      'boilerplate',
      'story',
    ]);
  });

  it("drops a page's closing furniture: trivia, helpfulness votes, a critic's bio", () => {
    const text = [
      'Leon sells the last piano in the shop and walks to the station in the rain.',
      'Was this breakdown helpful? [Yes] [No] — 212 of 240 users found it helpful.',
      'Leon boards the night train with the ledger in his coat.',
    ].join('\n');
    expect(kinds(text).map((k) => k[1])).toEqual(['story', 'boilerplate', 'boilerplate']);
    const bio =
      'Jojo sells peaches by the road all summer and waits for her father.\nPriya Vandermeer is a film critic at The Weekend Screen. Follow her on Bluesky.';
    expect(kinds(bio).map((k) => k[1])).toEqual(['story', 'boilerplate']);
  });

  it('marks everything after "Last Updated" as boilerplate', () => {
    const text =
      'Anna Berg walks into the station and buys a ticket to the coast.\n' +
      'Last Updated: May 1, 2024\nAnna Berg returns later that day with a suitcase.';
    expect(kinds(text).map((k) => k[1])).toEqual(['story', 'boilerplate', 'boilerplate']);
  });

  it('ends a wiki page at its navigation box and at "This page was last edited"', () => {
    const story = 'Maren Coyle lights the lamp at Skellig Head and waits for the white boat.';
    expect(
      kinds(`${story}\nNavigation: Saltmarsh Films · 2010s drama films\nMaren Coyle sleeps.`).map(
        (k) => k[1],
      ),
    ).toEqual(['story', 'boilerplate', 'boilerplate']);
    expect(
      kinds(`${story}\nThis page was last edited on 2 March 2024.\nMaren Coyle sleeps.`).map(
        (k) => k[1],
      ),
    ).toEqual(['story', 'boilerplate', 'boilerplate']);
    // A story sentence about navigating or editing stays.
    expect(
      kinds(`${story}\nNavigation was Finn's job, and Maren edited his logbook that night.`).map(
        (k) => k[1],
      ),
    ).toEqual(['story', 'story']);
  });

  it('keeps cast and crew tables out of the story and reads the cast rows', () => {
    const text =
      'Tom Hale meets his brother at the harbour and they argue about money.\n' +
      'Actor Character\nJane Doe Mira\nJohn Roe Tom Hale\nCrew Name\nDirector Lee Park\n';
    const doc = cleanDocument({ file: 'a.txt', text }, new Diagnostics());
    expect(doc.blocks.filter((b) => b.kind === 'story')).toHaveLength(1);
    expect(doc.cast).toEqual([
      { actor: 'Jane Doe', character: 'Mira' },
      { actor: 'John Roe', character: 'Tom Hale' },
    ]);
  });

  it('drops title-with-year link lists and SEO paragraphs after the story', () => {
    const text =
      'Mira leaves the farm at dawn and never looks back at her father.\n' +
      'Discover movies like Harvest that share similar themes, and explore curated collections you will love.\n' +
      'Harvest (1999) Full Plot Breakdown\n';
    expect(kinds(text).map((k) => k[1])).toEqual(['story', 'boilerplate', 'boilerplate']);
  });

  it('recognises a spoiler warning', () => {
    const text =
      'A quiet teacher finds a map.\nWarning: spoilers below!\nShe follows the map north.';
    // The blurb before it is a pitch ("A quiet teacher finds..."): the premise either way.
    expect(kinds(text).map((k) => k[1])).toEqual(['premise', 'warning', 'story']);
  });

  it('reads press-kit sections: a logline is premise, a statement is not story', () => {
    const text = [
      'LOGLINE',
      'A widow inherits a lighthouse and a secret.',
      'SYNOPSIS',
      'Mara arrives at the lighthouse and finds a locked room.',
      "DIRECTOR'S STATEMENT",
      'I grew up near the sea and always wanted to film it.',
    ].join('\n');
    expect(kinds(text).map((k) => k[1])).toEqual([
      'heading',
      'premise',
      'heading',
      'story',
      'boilerplate',
      'boilerplate',
    ]);
  });

  it("drops a blog header and the writer's own asides but keeps story told around them", () => {
    const text = [
      'Full recap, spoilers and all. Posted by reelnotes on June 9, 2019',
      'So I caught this at a late screening and honestly I loved it.',
      'Bruno repairs clocks in a basement shop. A stranger brings him a watch that runs backwards.',
      'Bruno opens the watch and I have to say the next part surprised me. He finds a photograph inside.',
      'Let me know what you thought in the comments!',
    ].join('\n\n');
    expect(kinds(text).map((k) => k[1])).toEqual([
      'boilerplate',
      'boilerplate',
      'story',
      'story',
      'boilerplate',
    ]);
  });

  it('keeps an encyclopaedia lead and its reception notes out of the story', () => {
    const text = [
      'Iron Meadow is a 1998 Danish war film directed by Per Holm.',
      'Karl hides two airmen in the hay barn while the patrol searches the farm.',
      'The film premiered at the Berlin Festival and grossed $2 million at the box office. Critics praised the cast.',
    ].join('\n\n');
    expect(kinds(text).map((k) => k[1])).toEqual(['meta', 'story', 'boilerplate']);
  });

  it('treats production and reception sections as boilerplate', () => {
    const text = [
      'Plot',
      'Mira steals a boat and sails for the lighthouse.',
      'Reception',
      'Reviews were warm across the board.',
    ].join('\n\n');
    expect(kinds(text).map((k) => k[1])).toEqual([
      'heading',
      'story',
      'boilerplate',
      'boilerplate',
    ]);
  });

  it('treats an ending-explained analysis paragraph and FAQ questions as boilerplate', () => {
    const text = [
      'Selma buries the key under the pear tree and walks back to the farmhouse alone.',
      'Why does Selma bury the key?',
      'The ending is open to interpretation: the key works as a metaphor for memory, and the director leaves viewers to decide whether Selma ever returns.',
      'Selma lights the stove and waits for the bus to the city.',
    ].join('\n\n');
    expect(kinds(text).map((k) => k[1])).toEqual(['story', 'boilerplate', 'boilerplate', 'story']);
  });

  it('drops a page intro that talks to its reader about streaming, and an analysis of the last shot', () => {
    const text = [
      'Salt Line is streaming now on Netflix, and this guide tells you how it ends.',
      'Oona rows the mail boat to the island and finds the lighthouse door open.',
      'The final shot of the empty lamp room implies Oona never left the island. It is a haunting image.',
    ].join('\n\n');
    expect(kinds(text).map((k) => k[1])).toEqual(['boilerplate', 'story', 'boilerplate']);
  });

  it('drops TV-listing entries, blog navigation and a spoilers-from-here line', () => {
    const text = [
      'Tonight on Four',
      '20:15 Channel Nine — Low Tide (2004) Two sisters inherit a failing oyster farm.',
      'In short: a gentle comedy about debts and tides.',
      'Spoilers from here on.',
      'Mirela sells the last boat and drives north to find her father in Gdańsk.',
      '« Previous post',
      'Next post »',
    ].join('\n\n');
    expect(kinds(text).map((k) => k[1])).toEqual([
      'heading',
      'boilerplate',
      'boilerplate',
      'boilerplate',
      'story',
      'boilerplate',
      'boilerplate',
    ]);
  });

  it('reads an encyclopaedia lead naming a thriller (no word "film") as metadata', () => {
    const text = [
      'Cold Harbour is a 2015 Norwegian crime thriller directed by Sigrid Holm.',
      'Einar finds a body wedged under the ferry ramp and calls his sister.',
    ].join('\n\n');
    expect(kinds(text).map((k) => k[1])).toEqual(['meta', 'story']);
  });

  it('reads character and performer pairs from a one-line cast list', () => {
    const text =
      'Cast: Ama Owusu as Nadia, Tom Reed as Wes Pike\n\nNadia hides the key under the mat.';
    const doc = cleanDocument({ file: 'a.txt', text }, new Diagnostics());
    expect(doc.cast).toEqual([
      { actor: 'Ama Owusu', character: 'Nadia' },
      { actor: 'Tom Reed', character: 'Wes Pike' },
    ]);
  });

  it('drops star-rating lines of a listing', () => {
    const text = [
      '★★★☆☆',
      '4/5 stars',
      'Mirela sells the last boat and drives north to find her father.',
    ].join('\n\n');
    expect(kinds(text).map((k) => k[1])).toEqual(['boilerplate', 'boilerplate', 'story']);
  });

  it('drops a site navigation bar of short items between dots', () => {
    const text =
      'Home · Reviews · Lists · About · Subscribe\n\nKara Voss steals a tugboat and heads for the open sea.';
    expect(kinds(text).map((k) => k[1])).toEqual(['boilerplate', 'story']);
  });

  it('reads a cast row whose character has a title and a quoted alias', () => {
    const text =
      'Kara Voss steals a tugboat and heads for the open sea.\n\nCast\n\nLena Moor as Kara Voss\nHugo Brand as Sir Alan Pike / "Mr. Grey"\nIda Lund as Dr. Ruiz';
    const doc = cleanDocument({ file: 'a.txt', text }, new Diagnostics());
    expect(doc.blocks.filter((b) => b.kind === 'story')).toHaveLength(1);
    expect(doc.cast.map((r) => r.actor)).toEqual(['Lena Moor', 'Hugo Brand', 'Ida Lund']);
  });

  it('reads a title in capitals with its original title in brackets as a heading, not story', () => {
    const text =
      'THE NIGHT PORTER OF OSTEND (De Nachtportier)\n\nWim Claes finds a guest dead in room 12 and lights a cigarette.';
    expect(kinds(text).map((k) => k[1])).toEqual(['heading', 'story']);
  });

  it('drops breadcrumbs, a search box, coupon ads, screening slots, "Read next" and release notices', () => {
    const text = [
      'FilmBase › Breakdowns › S › Salt House',
      'Search the site...',
      'Save 15% on CineMax yearly plans with code SALT15.',
      'Ana and her brother Tiago return to the salt works to sell it.',
      'Wed 15 Oct, 21:30 — Teatro Verdi',
      'Read next: our ten favourite road movies',
      'The Salt House opens in cinemas on 21 March.',
    ].join('\n\n');
    expect(kinds(text).map((k) => k[1])).toEqual([
      'boilerplate',
      'boilerplate',
      'boilerplate',
      'story',
      'boilerplate',
      'boilerplate',
      'boilerplate',
    ]);
  });

  it('reads the story again leniently when a heading such as "REVIEW" swallowed all of it', () => {
    const text = [
      'REVIEW',
      'Ruth Calder runs a relay station on the stage road with her son Eli, who is fourteen and restless. When a wounded stranger, Amos Pike, stumbles in out of a dust storm, Ruth stitches his shoulder and asks nothing.',
      'Over the next week Pike mends the corral and teaches Eli to shoot, while the company men ride through looking for a thief. Then the foreman, Sloane, arrives and tells Ruth that Pike stole the payroll.',
    ].join('\n\n');
    expect(
      kinds(text)
        .map((k) => k[1])
        .filter((k) => k === 'story'),
    ).toHaveLength(2);
  });

  it('drops a "may give away plot points" warning, alone or opening a paragraph of story', () => {
    const alone =
      'The summary below may give away key plot details.\n\nTeo sells the boat and leaves the island for good.';
    expect(kinds(alone).map((k) => k[1])).toEqual(['warning', 'story']);
    const opening =
      'Spoilers follow for the whole film. Teo sells the boat to his cousin, packs one bag and takes the last ferry off the island before the storm.';
    const blocks = cleanDocument({ file: 'a.txt', text: opening }, new Diagnostics()).blocks;
    expect(blocks.map((b) => [opening.slice(b.start, b.end).slice(0, 12), b.kind])).toEqual([
      ['Spoilers fol', 'warning'],
      ['Teo sells th', 'story'],
    ]);
  });

  it("drops the writer's verdict in the first person after the story", () => {
    const text = [
      'Teo sells the boat to his cousin and takes the last ferry off the island.',
      'I went back and forth on the ending. The pacing sags in the middle, but the payoff earned it for me, and the performances are terrific.',
    ].join('\n\n');
    expect(kinds(text).map((k) => k[1])).toEqual(['story', 'boilerplate']);
  });
});
