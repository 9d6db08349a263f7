import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../src/pipeline/clean';
import { convertDocuments } from '../../src/pipeline/convert';
import { creditedNames } from '../../src/pipeline/credits';
import { Diagnostics } from '../../src/pipeline/diagnostics';
import {
  isHostTalk,
  isThreadLabel,
  isThreadChrome,
  isThreadTalk,
  pagePeople,
  storyBeforeAside,
} from '../../src/pipeline/pageTalk';

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
const film = (text: string) => convertDocuments([{ file: 'x.txt', text }], new Diagnostics())[0];
/** The text of every scene, joined. */
const scenes = (text: string) => (film(text)?.scenes ?? []).map((s) => s.text).join('\n');
const characters = (text: string) => (film(text)?.characters ?? []).map((c) => c.name);
const storyBlocks = (text: string) =>
  cleanDocument({ file: 'x.txt', text }, new Diagnostics())
    .blocks.filter((b) => b.kind === 'story')
    .map((b) => text.slice(b.start, b.end));

const SHOW = [
  'Second Reel — a film podcast',
  '',
  'Episode 41: The Brass Key (1994)',
  'Host: Odile Marchetti',
  'Guests: Sam Whitcombe, Rhea Dunmore',
  '',
  'Chapters',
  '00:00:00 Welcome and corrections',
  '00:14:20 The first night at the hotel',
  '00:37:05 The key goes missing',
  '',
  '00:14:20 The first night at the hotel',
  '',
  'The film opens in March 1952 at the Hotel Verlaine in Lyon. Clémence Aubry, a night porter, finds a brass key under the carpet of room nine and hides it in her locker. Her manager, Victor Sauvage, asks every guest about the key the next morning.',
  '',
  'Sam points out that the hotel corridor is one set used four times. We argue about this for a while, so skip ahead if you only want the plot.',
  '',
  '00:37:05 The key goes missing',
  '',
  'Two nights later the key is gone from the locker. Clémence follows Victor to the cellar, where he opens a trunk full of letters. At 00:40 the alarm in the lobby sounds, and Victor locks her in the cellar with the trunk.',
  '',
  'The Host of the hotel bar, a man everyone calls the Host, lets Clémence out at dawn. She records a podcast episode years later about that night, the film tells us in its last scene, and Victor is never seen again.',
  '',
  'Ratings: Odile 4 out of 5, Sam 3.5 out of 5, Rhea 5 out of 5.',
  'Listener mail from @keyholder_9: "Is the trunk the same one from the opening shot?"',
].join('\n');

describe('podcast show notes: hosts, chapters and chatter are not the story', () => {
  it('reads the labelled hosts and guests as the page people', () => {
    const people = pagePeople(SHOW);
    for (const n of ['Odile Marchetti', 'Odile', 'Sam Whitcombe', 'Sam', 'Rhea Dunmore', 'Rhea'])
      expect(people).toContain(n);
    expect(creditedNames(SHOW)).toContain('Sam');
  });

  it('keeps the story and drops timestamps, host talk, ratings and mail', () => {
    const text = scenes(SHOW);
    expect(text).toContain('finds a brass key under the carpet');
    expect(text).toContain('opens a trunk full of letters');
    expect(text).not.toContain('00:14:20');
    expect(text).not.toContain('Sam points out');
    expect(text).not.toContain('skip ahead');
    expect(text).not.toContain('Ratings:');
    expect(text).not.toContain('Listener mail');
  });

  it('keeps a clock time in the story, a character called the Host and a podcast in the story', () => {
    const text = scenes(SHOW);
    expect(text).toContain('At 00:40 the alarm in the lobby sounds');
    expect(text).toContain('a man everyone calls the Host');
    expect(text).toContain('She records a podcast episode years later');
  });

  it('names the story people, not the hosts', () => {
    const people = characters(SHOW);
    // The manager, named once in apposition ("Her manager, Victor Sauvage"), by his full name.
    expect(people).toEqual(expect.arrayContaining(['Clémence', 'Victor Sauvage']));
    for (const n of ['Odile', 'Odile Marchetti', 'Sam', 'Sam Whitcombe', 'Rhea'])
      expect(people).not.toContain(n);
  });

  it('keeps a paragraph that opens on a host but tells the story', () => {
    const people = new Set(['Odile', 'Sam']);
    const story = new Set(['Clémence', 'Victor']);
    expect(
      isHostTalk(
        "Sam's favourite stretch comes next: Clémence hides the key in her locker.",
        people,
        story,
      ),
    ).toBe(false);
    expect(isHostTalk('Sam thinks the corridor is one set used four times.', people, story)).toBe(
      true,
    );
    // A story person who shares no name with the page is never host talk.
    expect(isHostTalk('Victor asks every guest about the key.', people, story)).toBe(false);
    expect(isHostTalk('Sam thinks so.', new Set(), story)).toBe(false);
  });
});

const THREAD = [
  'r/MovieTheories · Posted by u/brinefield · 5 days ago',
  '▲ 2.1k · 340 comments · Share · Save',
  '',
  '[Spoilers] Winter Ferry (2017) - the ending, explained',
  '',
  'Mod note: Spoiler tags are required in titles for recent films. — u/AutoModerator',
  '',
  'The film opens on the ferry in December 2016. Ines Valdo, a deckhand, pulls a stranger out of the freezing water. The stranger, Piet Haas, will not say how he fell.',
  '',
  "Three weeks earlier, Piet sells his brother Jan's boat without telling him. Jan finds out on Christmas Eve and follows Piet onto the ferry. (This is the only flashback in the film, so keep it in mind.)",
  '',
  'Back on the ferry, Ines hides Piet in the engine room until the ferry docks, and Jan walks off alone.',
  '',
  'Edit: thanks for the awards! Edit 2: fixed the month.',
  '',
  'u/saltline · 4 days ago · ▲ 512',
  'Great writeup. Jan is clearly the one who pushed him, the coat gives it away.',
  '',
  'u/quayside_ghost · 3 days ago · ▲ 77',
  'Anyone know if this is streaming anywhere?',
].join('\n');

describe('a forum thread: notes, edits and replies are not the story', () => {
  it("drops the mod note, the edit line, the writer's aside and the replies", () => {
    const text = scenes(THREAD);
    expect(text).toContain('pulls a stranger out of the freezing water');
    expect(text).toContain('Jan finds out on Christmas Eve');
    expect(text).toContain('Ines hides Piet in the engine room');
    expect(text).not.toContain('Mod note');
    expect(text).not.toContain('only flashback in the film');
    expect(text).not.toContain('Edit: thanks');
    expect(text).not.toContain('Great writeup');
    expect(text).not.toContain('Anyone know');
  });

  it('reads the posters as page people, not characters', () => {
    expect(pagePeople(THREAD)).toEqual(
      new Set(['brinefield', 'AutoModerator', 'saltline', 'quayside_ghost']),
    );
    const people = characters(THREAD);
    expect(people).toEqual(expect.arrayContaining(['Ines', 'Piet Haas', 'Jan']));
    expect(people).not.toContain('OP');
  });
});

const QA = [
  'Movies & TV Stack Exchange',
  '',
  'Why does the lighthouse keeper burn the logbook in Long Light (2009)?',
  'Asked 3 years ago · Modified 2 years ago · Viewed 9k times',
  '',
  '12',
  "I saw Long Light yesterday and I'm confused about the logbook scene. Can someone explain why Aldo burns it?",
  '',
  'plot-explanation long-light',
  'share · improve this question · follow',
  'asked Jan 4, 2022 at 8:10 by petrel_k (311 reputation)',
  '',
  'Is this the one set on Skye? – gannet99 Jan 4, 2022 at 9:00',
  '',
  '1 Answer · Sorted by: Highest score',
  '',
  '✓ Accepted answer',
  '',
  'Short version: the logbook proves the ship was warned in 1987. Long version below.',
  '',
  'The film opens in 2009, when Aldo Brenn, the last keeper, is told the light will be automated. Aldo spends his final week copying the old logbook by hand. On the last night he reads the 1987 entry, in which his father Teodor wrote that the lamp failed on the night the trawler sank.',
  '',
  'answered Jan 5, 2022 at 10:05 by keeper_of_lights (2,877 reputation)',
  '',
  "To add to the accepted answer: the trawler's name is on the wall of the pub in the first scene.",
].join('\n');

describe('a Q&A page: question, chrome, signed comments and replies are not the story', () => {
  it("keeps the answer's story and drops the rest", () => {
    const blocks = storyBlocks(QA).join('\n');
    expect(blocks).toContain('Aldo Brenn, the last keeper');
    for (const x of [
      'Can someone explain',
      'plot-explanation',
      'asked Jan 4, 2022',
      'Is this the one set on Skye?',
      'Short version',
      'answered Jan 5, 2022',
      'To add to the accepted answer',
      '12',
    ])
      expect(blocks).not.toContain(x);
  });

  it('reads the users as page people and leaves dates out of the characters', () => {
    expect(pagePeople(QA)).toEqual(new Set(['petrel_k', 'gannet99', 'keeper_of_lights']));
    const people = characters(QA);
    expect(people).toEqual(expect.arrayContaining(['Aldo', 'Teodor']));
    for (const n of ['Jan', "I'm", 'petrel_k']) expect(people).not.toContain(n);
  });
});

describe('single lines and paragraphs', () => {
  const chrome = (s: string) => isThreadChrome(s, words(s));
  const talk = (s: string) => isThreadTalk(s, words(s));

  it('reads thread and Q&A chrome lines', () => {
    for (const x of [
      'Mod note: Please keep theories in the megathread.',
      'EDIT 3: spelling',
      'asked Mar 2, 2024 at 21:40 by haldor_v (1,204 reputation)',
      'edited May 9, 2024 · answered Mar 3, 2024 at 10:05 by someone (877 reputation)',
      'share · improve this answer · follow',
      '3 Answers · Sorted by: Highest score',
      '✓ Accepted answer',
      'Post Your Answer',
      'This should be the top answer. – fjordlight Mar 3, 2024 at 12:48',
      'time-travel plot-explanation the-long-light',
      'Ratings: Dana 4 out of 5, Felix 3/5',
      'Listener mail from Ohio: "Was the brother in on it?"',
    ])
      expect(chrome(x), x).toBe(true);
  });

  it('leaves story lines with the same words alone', () => {
    for (const x of [
      'The mod note pinned to the door tells Ada the shop is closed.',
      'Ada is asked by the inspector where she was on the night of the fire.',
      'She edits the letter twice before she sends it – and then regrets it.',
      'At 00:40 the alarm sounds and the guards run to the vault.',
      'The ratings of the show collapse after the scandal.',
      "Years later, the listener mail piles up in Mara's studio.",
      'Mara and Tom walk home along the sea-wall.',
      '1999',
    ])
      expect(chrome(x), x).toBe(false);
  });

  it("reads the asker's question and replies, not a character's question", () => {
    expect(talk("I watched it twice and I'm still lost. Can someone explain the timeline?")).toBe(
      true,
    );
    expect(talk("To add to the accepted answer: the van is Poul's.")).toBe(true);
    expect(talk('Great writeup. One more thing about the boat.')).toBe(true);
    expect(talk('Anyone know if it is streaming anywhere?')).toBe(true);
    // A character asking in the story.
    expect(talk('Ada asks the priest, "Can someone explain why my father lied?"')).toBe(false);
    expect(talk('Agreeing to the deal, Tomás signs the papers.')).toBe(false);
  });

  it("reads a lecturer's talk to the class, not a story's 'let's' or a plot's start", () => {
    expect(talk("[slide 1] Okay, let's get started. Today we're looking at The Bell Tower.")).toBe(
      true,
    );
    expect(talk('For next week, read Chatman, chapter three. Any questions?')).toBe(true);
    expect(talk('Right, phones away, please.')).toBe(true);
    expect(talk('[slide 2] So, the plot. The film opens at a village fête.')).toBe(false);
    expect(talk("Let's say the vicar lied, Ivy tells the sergeant.")).toBe(false);
    expect(talk('Today we see Ivy at the tower for the last time.')).toBe(false);
  });

  it('reads a summary line, not a story sentence about a short version', () => {
    expect(isThreadLabel('TL;DR: the fire is in 1999 and the leaving in 1998.', 12)).toBe(true);
    expect(isThreadLabel('Short version: she lies.', 4)).toBe(true);
    expect(isThreadLabel('The short version of the song is played at the wedding.', 11)).toBe(
      false,
    );
  });

  it('cuts a bracketed aside to the reader, not a bracketed story sentence', () => {
    const names = new Set(['Piet', 'Jan']);
    const a = 'Jan follows Piet onto the ferry. (Keep this in mind, you will need it later.)';
    expect(storyBeforeAside(a, names)).toBe('Jan follows Piet onto the ferry.'.length);
    expect(
      storyBeforeAside('Jan follows Piet onto the ferry. (She never sees him again.)', names),
    ).toBeNull();
    expect(
      storyBeforeAside('Jan follows Piet. (Piet, it turns out, saw him in the film.)', names),
    ).toBeNull();
    expect(storyBeforeAside('Jan follows Piet onto the ferry (in the rain).', names)).toBeNull();
  });
});

/** Three parts of one weekend under timestamped chapter headings, one with backstory. */
const PARTS = [
  'Episode 9: Low Tide (2003)',
  'Hosts: Ines Mora and Walt Ferrer',
  '',
  '00:05:10 Part one: Hanne',
  '',
  'The film opens on a Friday evening in a harbour town. Hanne Lund, a ferry clerk, locks the ticket office and walks home along the quay.',
  '',
  'On Saturday morning Hanne sells the last tickets of the season and argues with her sister about the house.',
  '',
  'At eleven on Saturday night Hanne hears the ferry horn and sees the lights go out on the pier.',
  '',
  '00:21:40 Part two: Osvald',
  '',
  'The second part goes back to that same Friday evening. Osvald Berg, the pier watchman, is told by the harbour master that the pier will close for good.',
  '',
  'Years ago, Osvald tells the harbour master, he pulled a drowned boy from under the pier and never told the police.',
  '',
  'On Saturday Osvald drinks at the harbour bar and tells everyone the pier is cursed.',
  '',
  'At eleven on Saturday night Osvald cuts the power to the pier and the lights go out.',
  '',
  'The film closes on Monday. Hanne opens the ticket office again, and Osvald watches her from the pier.',
].join('\n');

describe('parts under timestamped chapter headings', () => {
  const order = () => {
    const f = film(PARTS);
    const at = (needle: string) => {
      const s = f?.scenes.find((x) => x.text.includes(needle));
      expect(s, needle).toBeDefined();
      return s?.chronoIndex ?? -1;
    };
    return at;
  };

  it('reads the timestamped headings as the parts and interleaves them by their days', () => {
    const at = order();
    // The second part goes back to Friday: before the first part's Saturday.
    expect(at('Osvald Berg, the pier watchman')).toBeLessThan(at('sells the last tickets'));
    expect(at('drinks at the harbour bar')).toBeLessThan(at('hears the ferry horn'));
    // Backstory told in a part is earlier than everything.
    expect(at('pulled a drowned boy')).toBeLessThan(at('locks the ticket office'));
    // "The film closes on Monday" after the weekend: the next Monday, last.
    expect(at('Hanne opens the ticket office again')).toBeGreaterThan(at('cuts the power'));
  });

  it('keeps the chapter timestamps out of the scenes', () => {
    const text = scenes(PARTS);
    expect(text).not.toMatch(/\d\d:\d\d:\d\d/);
  });
});

const VIDEO = [
  'The Ending of SLOW WATER (2018) Explained | Full Recap',
  '148,203 views · 12 Mar 2024',
  '',
  'In this video I break down Slow Water, the 2018 thriller, from start to finish. Timestamps below!',
  '',
  '0:00 Intro',
  '1:12 The flood',
  '4:45 Marta finds the boat',
  '',
  'The film opens in 2011, when a river flood drowns the village of Lenka. Marta Vukov, a nurse, rows her neighbours to the church roof and loses her brother Tomo in the current.',
  '',
  "Seven years later Marta finds Tomo's boat upside down in a reservoir. She asks the dam keeper, Ivo Ban, who sold it, and Ivo lies to her twice.",
  '',
  'Remember to check the gates every night, Ivo tells the new keeper. At 2:40 in the morning Marta breaks into the dam office and finds the flood log.',
  '',
  "Don't forget to like and subscribe, and hit the bell for more endings explained!",
].join('\n');

describe("a video's description: the maker's talk and the chapter stamps are not the story", () => {
  it('keeps the story, its clock time and a story sentence with "remember to"', () => {
    const text = scenes(VIDEO);
    expect(text).toContain('a river flood drowns the village');
    expect(text).toContain('Remember to check the gates every night');
    expect(text).toContain('At 2:40 in the morning Marta breaks into the dam office');
    expect(text).not.toContain('In this video');
    expect(text).not.toContain('like and subscribe');
    expect(text).not.toContain('1:12 The flood');
  });
});
