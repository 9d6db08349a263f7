import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../src/pipeline/clean';
import { Diagnostics } from '../../src/pipeline/diagnostics';
import { extractMetadata } from '../../src/pipeline/metadata';

/**
 * Metadata in forms of the fifteenth session (`src/pipeline/metadataForms15.ts`), each page
 * written for these tests: quizzes whose answers carry the year and the director, the release
 * told in a transcript's or a blog's prose, a length told as "all N minutes of it", headings that
 * wrap the title in the page's label, a slide's credit with a country, and a page header that is
 * the page's furniture; with the traps (a founding year, a meeting date, a poster, a shoot, a
 * source novel, a running time with an interval) that must stay empty.
 */
const STORY = [
  'Ilse Marten runs the ferry between the two halves of a drowned village, and every evening she counts the passengers twice.',
  'When a boy called Rafe Oduya misses the last crossing, Ilse rows him over herself and finds his satchel full of stolen keys.',
  'The parish clerk, Tobias Wren, wants the boy sent to the workhouse, but Ilse hides him in the boathouse and teaches him to row.',
  'By the spring flood Rafe has returned every key, and Ilse writes his name on the ferry board beside her own.',
];

const meta = (page: string) => {
  const m = extractMetadata(cleanDocument({ file: 'x.txt', text: page }, new Diagnostics()));
  return { title: m.title, year: m.year, director: m.director, runtimeMinutes: m.runtimeMinutes };
};
const page = (head: string[], tail: string[] = []) =>
  [...head, '', ...STORY.flatMap((p) => [p, '']), ...tail].join('\n');

describe("a quiz's question and its answer line", () => {
  it('reads the year and the director from the answers, not from the wrong options', () => {
    const quiz = [
      'TriviaTown | Home · Film Quizzes · Log in',
      '',
      'How much do you know about The Ferry at Holmwater?',
      '',
      'Question 1. When did The Ferry at Holmwater come out?',
      'A) 1979 B) 2004 C) 2013 D) 2021',
      "Correct answer: B) 2004. The calendar on the clerk's wall says 1979, a joke of the art department.",
      '',
      'Question 2. Who was the director of the film?',
      'Answer - C. Ragnhild Osei. She cast the ferry before the actors.',
    ];
    expect(meta(page(quiz))).toMatchObject({
      title: 'The Ferry at Holmwater',
      year: 2004,
      director: 'Ragnhild Osei',
    });
  });

  it('reads "Who directed it?" with a lettered answer', () => {
    const quiz = [
      'FILM NIGHT QUIZ: The Ferry at Holmwater',
      '',
      'In which year was The Ferry at Holmwater released?',
      'Answer: 2011',
      'Who directed it?',
      'Answer: D) Marek Lindqvist',
    ];
    expect(meta(page(quiz))).toMatchObject({ year: 2011, director: 'Marek Lindqvist' });
  });

  it("leaves a question about the story's own year alone", () => {
    const quiz = [
      'QUIZ: The Ferry at Holmwater',
      '',
      'In what year does the story take place?',
      'Answer: A) 1983. The ferry board says so.',
    ];
    expect(meta(page(quiz)).year).toBeNull();
  });
});

describe('the release and the maker told in the prose', () => {
  it("reads a video essay's possessive credit and its length, not the channel's header", () => {
    const essay = [
      'Cutting Room Notes · 48K subscribers · Subscribe',
      'Home · Videos · Playlists · About',
      '',
      'Why The Ferry at Holmwater Ends Twice',
      '',
      'Transcript',
      '',
      "Hi all. This week: Ragnhild Osei's The Ferry at Holmwater, released in 2004, all 118 minutes of it, and why its ending works.",
    ];
    expect(meta(page(essay))).toEqual({
      title: 'The Ferry at Holmwater',
      year: 2004,
      director: 'Ragnhild Osei',
      runtimeMinutes: 118,
    });
  });

  it("reads a blog's release sentence and a director after the film's length, not the blogger's years", () => {
    const blog = [
      'Tea & Tapes · Recipes · Film Nights · Shop',
      'Save Recipe · Print Recipe',
      '',
      'Back in 1991 my grandad kept a rowing boat on the lake, so when The Ferry at Holmwater finally came out in 2013 I had to see it. It is an hour and forty-two minutes of quiet northern sadness, directed by Marek Lindqvist, and I loved every minute.',
    ];
    expect(meta(page(blog))).toEqual({
      title: 'The Ferry at Holmwater',
      year: 2013,
      director: 'Marek Lindqvist',
      runtimeMinutes: 102,
    });
  });

  it('reads a trail page\'s "Name\'s ghost story was shot in 2003 and released in 2005": the release', () => {
    const trail = [
      'Visit the Fens · Things to Do · Maps',
      '',
      'The Ferry at Holmwater Film Trail',
      '',
      "Holmwater was on every front page when Ragnhild Osei's ghost story was filmed here in the winter of 2003 and released in 2005. The trail below visits the jetty, the boathouse and the church.",
    ];
    expect(meta(page(trail))).toMatchObject({
      title: 'The Ferry at Holmwater',
      year: 2005,
      director: 'Ragnhild Osei',
    });
  });

  it('reads "Title is directed by Name" in an email, not the source novel\'s year', () => {
    const email = [
      'From: Dana Kettle <d.kettle@example.org>',
      'Subject: Friday screening + reading list',
      '',
      'As agreed, here is the plot of the film for the seminar.',
      '',
      "The Ferry at Holmwater is directed by Marek Lindqvist and adapted from Ada Brough's 1962 novel, which you need not read.",
    ];
    expect(meta(page(email))).toEqual({
      title: 'The Ferry at Holmwater',
      year: null,
      director: 'Marek Lindqvist',
      runtimeMinutes: null,
    });
  });

  it("keeps a blog's film over the source book named with its author's possessive and year", () => {
    const blog = [
      'PAGE AND SCREEN: The Ferry at Holmwater',
      '',
      "I finally watched The Ferry at Holmwater (dir. Marek Lindqvist, 2016) because Ada Brough's Low Water Ferry (1962) is a book I have loved since school, and The Ferry at Holmwater keeps most of it.",
    ];
    expect(meta(page(blog))).toMatchObject({ title: 'The Ferry at Holmwater', year: 2016 });
  });

  it('reads no length from "about two hours with the interval" nor from a drive', () => {
    const minutes = [
      'HOLMWATER FILM CLUB (founded 1984)',
      'Minutes of the meeting held on Monday 3 March 2025',
      '',
      '2. Screening of 14 March: The Ferry at Holmwater',
      '',
      "RT said the evening would run to about two hours with the interval. It's two hours of driving to the venue for some members, which was noted.",
    ];
    expect(meta(page(minutes))).toEqual({
      title: 'The Ferry at Holmwater',
      year: null,
      director: null,
      runtimeMinutes: null,
    });
  });
});

describe("a heading's label around the title", () => {
  it('reads a fan archive\'s "Fandom: Title (2012)" over "Works in Title (2012)"', () => {
    const archive = [
      'Quillbox · Browse · Search · Log In',
      '',
      'Works in The Ferry at Holmwater (2012)',
      '',
      'Low Water',
      'by inkwell_rower',
      '',
      'Fandom: The Ferry at Holmwater (2012)',
      'Relationships: Ilse Marten & Rafe Oduya',
    ];
    expect(meta(page(archive))).toMatchObject({ title: 'The Ferry at Holmwater', year: 2012 });
  });

  it('reads a guide\'s "Parents\' Guide: Title (2019)" and a shop\'s "Title [DVD] [1997]"', () => {
    const guide = [
      "KidSafe Films | Movies · Parents' Guides · Sign in",
      '',
      "Parents' Guide: The Ferry at Holmwater (2019)",
      'Drama · 1h 44min · Add a rating',
    ];
    expect(meta(page(guide))).toMatchObject({
      title: 'The Ferry at Holmwater',
      year: 2019,
      runtimeMinutes: 104,
    });
    const shop = [
      'BuyRight | Basket (0) · Your Account',
      '',
      'The Ferry at Holmwater [DVD] [1997]',
      '',
      'Actors: Nell Carrow, Joss Imber',
      'Studio: Fenlight Home Video · Date first available: 2 May 2020',
    ];
    expect(meta(page(shop))).toMatchObject({ title: 'The Ferry at Holmwater', year: 1997 });
  });

  it("reads a society's agenda heading, not its founding year or the meeting's date", () => {
    const minutes = [
      'OXLEY FILM CIRCLE (founded 1971)',
      'Minutes of the meeting held on Wednesday 9 April 2025, 7 pm, Church Hall',
      'Apologies: none',
      '',
      '1. Minutes of the last meeting were approved.',
      '',
      '2. Screening of 2 May: The Ferry at Holmwater',
      '',
      'MB presented the film and gave the whole plot for the programme note.',
    ];
    expect(meta(page(minutes))).toEqual({
      title: 'The Ferry at Holmwater',
      year: null,
      director: null,
      runtimeMinutes: null,
    });
  });

  it("reads a slide's credit with a country: (Name, Country, Year, N min)", () => {
    const slides = [
      'FLM 310 Time and Place · Week 4 · Slides (text export)',
      'Exported 2 March · 12 slides · Notes included',
      '',
      'Slide 2 of 12',
      'Case study',
      'The Ferry at Holmwater (Ragnhild Osei, Denmark, 1973, 94 min)',
      '• based on a memoir published in 1958',
      'Speaker notes: the 1958 memoir is not the film. Osei shot it in one winter.',
    ];
    expect(meta(page(slides))).toEqual({
      title: 'The Ferry at Holmwater',
      year: 1973,
      director: 'Ragnhild Osei',
      runtimeMinutes: 94,
    });
  });

  it('keeps a title with a possessive in it whole', () => {
    const recap = ["RECAP: The Ferryman's Daughter (2016) — Explained, Ending and All"];
    expect(meta(page(recap)).title).toBe("The Ferryman's Daughter");
  });
});
