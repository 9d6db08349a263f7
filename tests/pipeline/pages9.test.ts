import { describe, expect, it } from 'vitest';
import { makerNames, isTitleFactsLine } from '../../src/pipeline/pageStyles9';
import { cleanPage, kindHolding } from '../fixtures/blockKind';
import { metadataOfPage, scoredFacts } from '../fixtures/metadataPage';

/**
 * The ninth pages helper's rules (src/pipeline/pageStyles9.ts): a film society's mailing, a
 * festival entry's access notes, a thread's title and its poster's reading of the ending, and a
 * review's talk about the film as a made thing (the director at work, the film's parts, the book
 * beside the film); metadata from a society's programme line and from the director in brackets
 * after the title. Each page is written for the test; each rule has a story sentence that looks
 * like it and must stay.
 */
const STORY = [
  'In the winter of 1971 Marta Kessler, a night nurse in Graz, is sent to a sanatorium in the mountains to look after a dying composer, Anton Reuss.',
  'Anton refuses to see her at first. When he does, he asks Marta to copy out the last pages of a requiem he cannot finish, and she stays up every night at the piano in the empty hall.',
  'Marta finds letters in the piano stool from a woman called Ilse, signed only with a date in 1944, and reads them while Anton sleeps.',
  'On the last night the snow cuts the road to the valley. Anton dies before dawn, and Marta carries the finished pages down the mountain on foot.',
];
const page = (...extra: string[]) =>
  [STORY[0], STORY[1], ...extra, STORY[2], STORY[3]].join('\n\n');

describe('a film society mailing (pageStyles9)', () => {
  it.each([
    'Seating is limited to 60. Please reply to this message or ring Brenda on 01632 960 221 to book a seat.',
    'Places are strictly limited, so please book through the website.',
    'Paul Ahern writes: I first saw this film at a festival in Cork in 1988, and I have wanted the society to show it ever since. The print we have is the restored one.',
    'Our treasurer, Dora Quinn, writes: my mother took me to this in 1972 and I remember every minute of it.',
    'Agenda: apologies, minutes of the last meeting, the treasurer’s report, any other business.',
    'Town Hall, Market Street. Doors open at 7pm.',
    'Members £3, guests £5. Coffee from 6.45pm.',
    'Q&A after the screening, chaired by Colm Byrne. Next month: The Iron Shore (1957). Please return your cups to the kitchen.',
    'Next month in Film Notes: the restored version of The Long Winter.',
    'Our March film is a real discovery, restored last year by the national archive and never before shown in this town.',
  ])('drops %s', (line) => {
    const doc = cleanPage(page(line));
    expect(kindHolding(doc, line.slice(0, 20))).toBe('boilerplate');
    expect(kindHolding(doc, 'Marta finds letters')).toBe('story');
  });

  it('drops the date line under an email’s From and Subject lines', () => {
    const text = `From: Riverside Film Club <club@riverside.example>\nSubject: March\n\nDate: 2 March 2026\n\n${page()}`;
    expect(kindHolding(cleanPage(text), 'Date: 2 March')).toBe('boilerplate');
  });

  it.each([
    // A story sentence about a society's secretary, and seating in the story.
    'She writes to the society secretary in Vienna to ask whether Anton ever finished a requiem before.',
    'Seating in the chapel is limited, so Marta stands at the back through the whole of the funeral and watches the doctor.',
    // A letter of the story read out, by a person of the story.
    'Anton writes: "I have no more music in me, and I do not want any."',
    // A story person calls someone on the telephone.
    'At midnight Marta rings the doctor in the valley, who tells her to call Anton’s brother on the morning train.',
  ])('keeps the story sentence %s', (line) => {
    const doc = cleanPage(page(line));
    expect(kindHolding(doc, line.slice(0, 20))).toBe('story');
  });
});

describe('a festival entry’s access notes (pageStyles9)', () => {
  it.each([
    'Accessibility: the venue has level access throughout.',
    'Captioned screening on Sunday at 14:00, with subtitles for deaf and hard of hearing audiences.',
    'Wheelchair spaces can be booked through the box office.',
    'Audio description is available on request.',
    'Running time includes a twenty-minute Q&A with the director.',
    'Festival passes are valid for this screening.',
  ])('drops %s', (line) => {
    const doc = cleanPage(page(line));
    // (A short line naming a festival may be read as an award line first: no scene either way.)
    expect(['boilerplate', 'award']).toContain(kindHolding(doc, line.slice(0, 20)));
  });

  it('keeps a story sentence with a wheelchair in it', () => {
    const line =
      'Anton has used a wheelchair since the war, and Marta pushes him along the terrace every morning to watch the sun reach the valley.';
    expect(kindHolding(cleanPage(page(line)), 'Anton has used')).toBe('story');
  });
});

describe('a thread: its title and the poster’s reading (pageStyles9)', () => {
  it.each([
    'Can someone explain the ending of The Requiem Room? (spoilers)',
    '[Spoilers] Could anyone help me understand the last scene of The Requiem Room?',
    'What did the ending of The Requiem Room mean?',
  ])('drops the title %s', (line) => {
    const doc = cleanPage(`${line}\n\n${page()}`);
    expect(kindHolding(doc, line.slice(0, 20))).toBe('boilerplate');
  });

  it.each([
    'So the ending means Marta was Ilse’s daughter all along, and the requiem was written for her. That is my reading anyway.',
    'My theory is that Anton knew who she was from the first night. Does that make sense?',
  ])('drops the reading %s', (line) => {
    const doc = cleanPage(page(line));
    expect(kindHolding(doc, line.slice(0, 20))).toBe('boilerplate');
    expect(kindHolding(doc, 'On the last night')).toBe('story');
  });

  it('keeps a story sentence that asks nothing and names the ending of a letter', () => {
    const line =
      'The ending of the last letter is torn off, and Marta spends the night trying to read the marks the pen left on the page below.';
    expect(kindHolding(cleanPage(page(line)), 'The ending of the last')).toBe('story');
  });
});

describe('talk about the film as a made thing (pageStyles9)', () => {
  const credited = (extra: string) => `The Requiem Room (Hedda Vogl, 1979)\n\n${page(extra)}`;

  it('reads the director’s surname from the page’s credits', () => {
    expect([...makerNames('The Requiem Room (Hedda Vogl, 1979)')]).toEqual(['Vogl']);
    expect([...makerNames('Night Ferry, dir. Ola Brun · 2019')]).toEqual(['Brun']);
    expect([...makerNames('Ola Brun’s second feature is a ghost story.')]).toEqual(['Brun']);
    expect(makerNames('Marta reads the letters.').size).toBe(0);
  });

  it.each([
    'Vogl films the sanatorium in long, cold takes, and the piano is the only warm sound in the picture.',
    'Here Vogl plays her cleverest card: for an hour we are allowed to think the letters are Anton’s, and the film never corrects us.',
    'Vogl trained as a sound editor, and it shows in every scene.',
  ])('drops the director at work: %s', (line) => {
    const doc = cleanPage(credited(line));
    expect(kindHolding(doc, line.slice(0, 20))).toBe('boilerplate');
    expect(kindHolding(doc, 'Marta finds letters')).toBe('story');
  });

  it('drops the director at work when the credits line was read with the story', () => {
    const text = `The Requiem Room (Austria, 1979). Directed by Hedda Vogl. Running time: 97 minutes.\n\n${page(
      'Vogl shoots the requiem scenes in one long take each, and we never see the orchestra.',
    )}`;
    expect(kindHolding(cleanPage(text), 'Vogl shoots the requiem')).toBe('boilerplate');
  });

  it('drops a reader of the book missing its chapters', () => {
    const note =
      'Some readers will miss the book’s long chapters on the sanatorium’s history, which the film reduces to two shots of an empty corridor.';
    expect(kindHolding(cleanPage(page(note)), 'Some readers will miss')).toBe('boilerplate');
  });

  it('keeps a story paragraph about a character who bears the director’s surname', () => {
    const text = `The Requiem Room (Hedda Vogl, 1979)\n\n${[
      STORY[0],
      'Old Vogl, the caretaker, shows Marta to her room and tells her the composer has sent three nurses away already.',
      'Vogl shoots the crows off the roof every morning with his father’s rifle, and Marta learns to sleep through it.',
      STORY[2],
    ].join('\n\n')}`;
    expect(kindHolding(cleanPage(text), 'Vogl shoots the crows')).toBe('story');
  });

  it('keeps a story paragraph with a flashback beside talk of the film’s parts', () => {
    const talk =
      'Not every flashback in the second half can be trusted, and the film leaves us to work that out. The first half is gentler with Anton than the second half will be.';
    const story =
      'In a flashback Anton conducts the requiem for the first time, and Ilse sits in the front row. Then the hall is empty again and Marta is playing.';
    const doc = cleanPage(page(talk, story));
    expect(kindHolding(doc, 'In a flashback Anton')).toBe('story');
  });

  it('drops a book set beside the film, and keeps a story sentence about a novel', () => {
    const note =
      'Grete Lanz’s 1975 novel tells all of this in strict order, beginning with the letters of 1944; the film moves them to the middle. Readers of the book will miss its long last chapter.';
    const story =
      'Marta reads aloud from the novel Anton wrote as a young man, and he asks her to stop at the chapter about the war.';
    const doc = cleanPage(page(note, story));
    expect(kindHolding(doc, 'Grete Lanz')).toBe('boilerplate');
    expect(kindHolding(doc, 'Marta reads aloud')).toBe('story');
  });
});

describe('metadata of a society’s and a thread’s pages (pageStyles9)', () => {
  it('reads a programme line: date, time, TITLE (Director, Year)', () => {
    const m = metadataOfPage(
      'RIVERSIDE FILM CLUB · Spring programme\n\nThursday 12 March, 7.30pm: THE REQUIEM ROOM (Hedda Vogl, 1979)\n\nTown Hall. Doors open at 7pm.',
      STORY,
    );
    expect(scoredFacts(m)).toMatchObject({
      title: 'The Requiem Room',
      year: 1979,
      director: 'Hedda Vogl',
    });
  });

  it('reads the programme line the page names again when there are several', () => {
    const m = metadataOfPage(
      'Thursday 12 March, 7.30pm: THE REQUIEM ROOM (Hedda Vogl, 1979)\n\nThursday 19 March, 7.30pm: SALT ROAD (Ola Brun, 1961)',
      [
        ...STORY,
        'The Requiem Room was shelved for ten years. We show The Requiem Room in its restored print; Salt Road is next week.',
      ],
    );
    expect(m.title).toBe('The Requiem Room');
    expect(m.director).toBe('Hedda Vogl');
  });

  it('reads a title line with its facts in brackets, a dotted credit among them', () => {
    expect(isTitleFactsLine('The Requiem Room (Austria, 1979, dir. Hedda Vogl, 97 min)', 9)).toBe(
      true,
    );
    expect(isTitleFactsLine('Marta plays (badly, in 1979) the first bars.', 8)).toBe(false);
    const m = metadataOfPage('The Requiem Room (Austria, 1979, dir. Hedda Vogl, 97 min)', STORY);
    expect(scoredFacts(m)).toEqual({
      title: 'The Requiem Room',
      year: 1979,
      director: 'Hedda Vogl',
      runtimeMinutes: 97,
    });
  });

  it('reads the director in brackets after the title, not a company', () => {
    const m = metadataOfPage(
      'Watched The Requiem Room (Hedda Vogl, 1979) last night and I have questions.',
      STORY,
    );
    expect(m.director).toBe('Hedda Vogl');
    const c = metadataOfPage(
      'Watched The Requiem Room (Northlight Pictures, 1979) last night and I have questions.',
      STORY,
    );
    expect(c.director).toBeNull();
  });

  it('reads the title in capitals over an original title in title case', () => {
    const m = metadataOfPage(
      'THE REQUIEM ROOM\n\nDas Zimmer Des Requiems\n\ndir. Hedda Vogl · 1979 · 97′ · German with English subtitles',
      STORY,
    );
    expect(m.title).toBe('The Requiem Room');
  });
});
