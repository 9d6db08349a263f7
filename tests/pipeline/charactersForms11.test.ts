import { describe, expect, it } from 'vitest';
import { convertDocuments } from '../../src/pipeline/convert';
import { creditedNames } from '../../src/pipeline/credits';
import { Diagnostics } from '../../src/pipeline/diagnostics';

const names = (text: string): string[] =>
  convertDocuments([{ file: 'x.txt', text }], new Diagnostics())[0]?.characters.map(
    (c) => c.name,
  ) ?? [];

describe('characters: words and names that are no one in the story (session 11)', () => {
  it('takes no genre word of a catalogue\'s subject headings for a person: "Drama", "Family"', () => {
    const got = names(
      [
        'In 1952 the clockmaker Ottilie Marsh repairs the tower clock on Gull Island for her father, Amos Marsh. The library shelves the story under Clockmakers -- Drama and Islands -- Drama.',
        '',
        "When Amos reads the letter that Ottilie finds in the clock case, the catalogue's Fathers -- Family and Secrets -- Family headings make sense: Amos had a son on the mainland, Teodor Brisk.",
        '',
        'In the spring Teodor Brisk comes to the island, and Ottilie and Teodor wind the clock together while Amos watches from the square.',
      ].join('\n'),
    );
    for (const w of ['Drama', 'Family']) expect(got).not.toContain(w);
    expect(got).toContain('Amos Marsh');
  });

  it('takes no festival, mining company or farm named "Acre" for a person', () => {
    const got = names(
      [
        'In 1979 Bryn Tallis surveys the hills above Carrow for Dunmore Minerals. He lodges at Cold Acre, a sheep farm run by Martha Pryce.',
        '',
        "Dunmore Minerals wants the farm. Bryn tells Martha what the survey found, and Cold Acre's well is the first thing the company would poison.",
        '',
        'Years later Bryn shows his photographs of Cold Acre at the Kestrel Film Festival. Kestrel Film Festival audiences cheer Martha when she stands up.',
      ].join('\n'),
    );
    expect(got).toContain('Bryn Tallis');
    for (const w of [
      'Dunmore Minerals',
      'Dunmore',
      'Cold Acre',
      'Kestrel Film Festival',
      'Kestrel',
    ])
      expect(got).not.toContain(w);
  });

  it("reads a numbered paragraph's first word as a sentence's: '(iv) Frost has come'", () => {
    const got = names(
      [
        '(i) In 1940 Marek Sowa hides a wounded pilot, Ellis Crane, in the mill at Dobra.',
        '',
        '(ii) Frost has come to the valley. Marek carries soup to the mill every night, and Ellis teaches him English words.',
        '',
        '(iii) In March Marek leads Ellis over the pass, and Ellis promises to come back.',
      ].join('\n'),
    );
    expect(got).toEqual(expect.arrayContaining(['Marek Sowa', 'Ellis Crane']));
    expect(got).not.toContain('Frost');
  });

  it("credits a works-cited entry, a reading list's surname, an author's affiliation and a source story's author", () => {
    const text = [
      'Dr. Amara Lindqvist | Department of Film Studies',
      'Reading: Brandt, chapters 3-4.',
      'Oyelaran, Tunde. "Frames of Memory." Screen Notes, Spring issue.',
      'Based on: "The Salt Gate" by Corin Vale.',
      "Adapted from Nell Ashby's short story of the same name.",
    ].join('\n');
    const credited = creditedNames(text);
    for (const n of [
      'Amara Lindqvist',
      'Lindqvist',
      'Brandt',
      'Tunde Oyelaran',
      'Oyelaran',
      'Corin Vale',
      'Nell Ashby',
    ])
      expect(credited).toContain(n);
  });

  it("drops the first name of a director credited inverted, 'Haldane, Runa'", () => {
    const got = names(
      [
        'The Lamp Room',
        '',
        'Director: Runa Haldane',
        '',
        'Catalogue entry: Haldane, Runa, director.',
        '',
        'In 1961 Ivar Lund keeps the light at Skarv with his wife, Bodil Lund. A storm cuts them off for a month.',
        '',
        'Bodil nurses a shipwrecked sailor, Piet Hals, and Ivar grows jealous. In the spring Piet leaves on the supply boat and Ivar writes up the log.',
        '',
        'Runa recalls the winter in the last scene, an old woman reading the log.',
      ].join('\n'),
    );
    expect(got).not.toContain('Runa');
  });

  it('takes no website, composer, or dated screening row under a cast list for a person', () => {
    const got = names(
      [
        'In 1963 Nia Pryce learns the piano from videos her brother Tom Pryce finds on YouTube. Every evening Nia plays the Bach prelude that their mother loved, and Tom listens from the stairs.',
        '',
        'When the chapel organist falls ill, Nia plays Bach at the Sunday service. Tom films her and posts the clip on YouTube, and by Monday the whole valley has seen it.',
        '',
        'In the spring Nia Pryce auditions in Cardiff and plays Schubert for the panel. Tom waits outside, and Schubert gets her the place.',
      ].join('\n'),
    );
    expect(got).toEqual(expect.arrayContaining(['Nia Pryce', 'Tom Pryce']));
    for (const w of ['YouTube', 'Schubert', 'Bach']) expect(got).not.toContain(w);
    const film = convertDocuments(
      [
        {
          file: 'x.txt',
          text: [
            'The Salt Gate',
            '',
            'CAST',
            '',
            'Mared Lloyd — Nia Pryce',
            'Gareth Wynne — Tom Pryce',
            '',
            'SCREENINGS',
            '',
            '14 November — Kestrel Arts Festival, Cardiff',
            '21 November — Lantern Cinema, Swansea',
            '',
            'SYNOPSIS',
            '',
            'In 1963 Nia Pryce learns the piano from videos her brother Tom Pryce finds on YouTube. Every evening Nia plays the Bach prelude that their mother loved, and Tom listens from the stairs.',
            '',
            'When the chapel organist falls ill, Nia Pryce plays Bach at the Sunday service. Tom Pryce films her and posts the clip on YouTube, and by Monday the whole valley has seen it.',
          ].join('\n'),
        },
      ],
      new Diagnostics(),
    )[0];
    const rows = film?.characters.filter((c) => /Festival|Cinema/.test(c.name)) ?? [];
    expect(rows).toEqual([]);
  });

  it("credits performers cast in prose: 'casts A (Owen) and B (young Nell)', 'that X is in it'", () => {
    const credited = creditedNames(
      'I went in knowing only that Imogen Sallis is in it. The director casts Rhodri Vane (Owen) and Ffion Teague (young Nell), and they look alike.',
    );
    for (const n of ['Imogen Sallis', 'Rhodri Vane', 'Ffion Teague']) expect(credited).toContain(n);
    // A character "in it" up to the neck is no credit.
    expect(creditedNames('By May, Owen Rhys is in it up to his neck.')).not.toContain('Owen Rhys');
  });

  it("takes no character for the film's own title read as a person ('Skelmarsh wakes early')", () => {
    const got = names(
      [
        'SKELMARSH',
        '',
        'Directed by Ilse Moran. 99 minutes.',
        '',
        'Skelmarsh wakes early. The harbour town has one baker, Tamsin Rook, and one policeman, Owen Vale, and in the winter of 1983 Skelmarsh loses both.',
        '',
        'Tamsin finds a body under the pier and tells Owen, who tells her to keep quiet. Skelmarsh learns of it anyway, and by Friday Tamsin has closed the bakery.',
        '',
        'In the spring Owen leaves on the ferry. Tamsin reopens the bakery, and Skelmarsh forgives her.',
      ].join('\n'),
    );
    // ("one baker, Tamsin Rook": her full name, now that a trade before it says a person follows.)
    expect(got.some((n) => n.startsWith('Tamsin'))).toBe(true);
    expect(got).not.toContain('Skelmarsh');
  });
});
