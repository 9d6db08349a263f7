import { describe, expect, it } from 'vitest';
import { cleanPage as clean, kindHolding as kindAt } from '../fixtures/blockKind';

/**
 * Page furniture of the eleventh session (src/pipeline/furniture11.ts and pageTalk.ts): cookie
 * banners, age ratings, house rules, bylines without a year, helpful votes, ads and sponsors,
 * account lines, button rows, footers, other titles, comments signed off by their buttons, closing
 * scores, study prompts, practical notes, listing tips, order notes, a maker's quoted remark, a
 * poster's puzzle, and a Q&A page's buttons and tag line. Each line is set between story paragraphs
 * written for these tests; the negatives are story paragraphs of the same shapes.
 */
const A =
  'Odile Varga runs the night ferry between Kessel and the mainland, and every crossing she counts the cars twice. The river is high that March.';
const B =
  'When a lorry drives off the ramp with no driver in the cab, Odile follows its tyre tracks up the levee and finds a suitcase of wet banknotes in the reeds.';
const C =
  'Her brother Matyas, who keeps the toll booth, tells her to hand the money in, but Odile hides it under the engine housing and says nothing for a week.';

/** The kind given to a line set between two story paragraphs and before a third. */
const between = (line: string): string =>
  kindAt(clean(`The Night Ferry\n\n${A}\n\n${line}\n\n${B}\n\n${C}\n`), line);

describe('furniture11: lines that are not story', () => {
  const furniture = [
    'We use cookies to improve your visit and to show you ads that match your tastes. By staying on this site you agree to our use of cookies. [Accept] [Settings]',
    'Maturity rating: 13+  Mild threat, brief language.',
    'Recommended for ages 10 and up. Contains scenes of peril on water.',
    'Community rules: keep it civil and tag your spoilers.',
    'Posted on 3 June by Henrietta Voss | Filed under: Thrillers | 12 comments',
    'Published June 3 by Amos Kerr',
    '57 out of 61 found this helpful.',
    'Try Streamwell free: your first month free, then £6.99 a month. Terms apply.',
    'Brought to you by Dunmore Coffee - roasted by the river since 1952. dunmore.example/listen',
    'You are not signed in. Sign in to rate this title.',
    'Copies: 2 | Reserve | Add to my list | Print | Share',
    'More reviews by riverreader | Report this review | Back to film page',
    'Questions? Call 0800 555 0123   FAQ   Help Centre   My Account   Terms of Use   Privacy   Careers',
    'Viewers also watched: The Long Ferry · Tideline · Harbour Nights',
    'Great river thrillers | a list of 25 titles',
    'Watched it twice now, still great. Reply',
    '- Explain how the film uses the river crossings to mark the days.',
    '- Odile lies to Matyas twice. Why does the film never show the second lie?',
    'New 35mm print courtesy of the Lowland Film Archive.',
    'The Cinema Club is a registered charity, no. 1234567.',
    'Seating is limited to 60, so please book early.',
    'Reading for this week: Marsh, chapter 4, and the essay on river films in the course pack.',
    'Draft chapter, circulated to students only - please do not cite or distribute.',
    'Page numbers refer to the second draft of the script.',
    'Staff note: the novel this film adapts is shelved at 823.9 VAR.',
    'Look out for: the ferry horn in the last shot, recorded on the real Kessel crossing.',
    'The film is told in the order Odile remembers it, and this section follows the order of the film.',
    '“A river is a clock that never stops,” Varga has said.',
  ];
  for (const line of furniture)
    it(`drops "${line.slice(0, 60)}"`, () => expect(between(line)).toBe('boilerplate'));

  it('drops a review’s closing score in words, and its awards', () => {
    for (const line of [
      'It is a lean, cold little thriller, and Varga is terrific. Four stars.',
      'The middle sags a bit, but the ending is worth it. Three and a half cups of coffee out of five.',
      'Seen it three times now and it gets better each time. Still an 8/10 for me.',
      'Best performance goes to the boy who plays Matyas as a child, who steals every scene.',
      'Is it worth seeing? Yes, for the last twenty minutes alone, though the first hour drags.',
    ])
      expect(between(line)).toBe('boilerplate');
  });

  it('drops a poster’s puzzle to the thread', () => {
    expect(
      between(
        'So: is the man on the levee Matyas? And if he is, why does he run? My sister says it is a dream. I say he took the money. Help.',
      ),
    ).toBe('boilerplate');
  });

  it('drops the buttons and the tag line of a Q&A page', () => {
    const doc = clean(
      `Movies Q&A\n\n${A}\n\nferry-films  night-ferry  ending\nshare  improve this question  follow\nasked by tidewatcher  (2,310 reputation)\n\n${B}\n\n${C}\n`,
    );
    expect(kindAt(doc, 'ferry-films')).toBe('boilerplate');
  });

  it('drops a moderator’s note with the handle in brackets', () => {
    expect(
      between(
        'Moderator note (u/ThreadBot) - Reminder: this thread is for people who have seen the film. Be kind.',
      ),
    ).toBe('boilerplate');
  });
});

describe('furniture11: story paragraphs of the same shapes stay story', () => {
  const story = [
    'She posted the letter on 14 March and waited for an answer that never came.',
    'Supported by Matyas, Odile climbs back onto the ramp and checks the last car.',
    'The sign on the toll booth reads: members only. Odile ignores it and walks through.',
    'Matyas gives her four stars from his old army jacket and tells her to sell them.',
    'They log in to the harbour office computer at midnight and print the manifest.',
    'Odile asks him whether he is sure. He says yes. She asks again.',
    'The new cook, a man called Reply, has worked on the ferry for two weeks.',
    'Three of the five cars are gone by morning, and the fourth has its windows smashed.',
    '“Nobody drives off a ferry without a reason,” Matyas says, and he locks the booth.',
    'Odile follows the order of the lorries up the levee and notes each number plate.',
  ];
  for (const line of story)
    it(`keeps "${line.slice(0, 60)}"`, () => expect(between(line)).toBe('story'));
});

describe('furniture11: sections and lists around the story', () => {
  it('drops the biographies under a press kit’s cast list, and keeps the list going', () => {
    const doc = clean(
      [
        'THE NIGHT FERRY',
        'SYNOPSIS',
        A,
        B,
        C,
        'CAST',
        'MARTA KOVACS — Odile Varga',
        'Marta Kovacs trained in Budapest and has played in more than thirty stage productions. This is her first lead in a feature film.',
        'PAVEL DORN — Matyas Varga',
        'Pavel Dorn is a singer and actor from Szeged. He learned to drive a ferry for the role.',
      ].join('\n\n'),
    );
    expect(kindAt(doc, 'Marta Kovacs trained')).toBe('boilerplate');
    expect(kindAt(doc, 'PAVEL DORN')).toBe('cast');
    expect(kindAt(doc, 'Pavel Dorn is a singer')).toBe('boilerplate');
    expect(doc.cast.map((c) => c.character)).toContain('Matyas Varga');
  });

  it('drops the blurbs of other films listed after the story with their ratings', () => {
    const doc = clean(
      [
        'The Night Ferry',
        A,
        B,
        C,
        'Odile drives the suitcase to the police station at dawn, and the last shot is the ferry leaving without her.',
        'THE SALT ROAD (2018) - Riverflix - 4 stars',
        'Drama | 1 hr 52 min | Dir. Hanna Lind',
        'A lighthouse keeper finds a child asleep in a quarry hut and must decide whom to tell. Slow, salty and lovely.',
      ].join('\n\n'),
    );
    expect(kindAt(doc, 'A lighthouse keeper finds')).toBe('boilerplate');
    expect(kindAt(doc, 'Odile drives the suitcase')).toBe('story');
  });

  it('drops a "Background" section after the story, but not one before it', () => {
    const after = clean(
      `The Night Ferry\n\n${A}\n\n${B}\n\n${C}\n\nOdile drives the suitcase to the police station at dawn, and the last shot is the ferry leaving without her.\n\nBackground\n\nThe ferry in the film is a real one, and the crossing was shot over six nights in March.\n`,
    );
    expect(kindAt(after, 'The ferry in the film')).toBe('boilerplate');
    const before = clean(
      `The Night Ferry\n\nBackground\n\nTwenty years earlier, Odile's father drowned when the old ferry sank in a storm.\n\n${A}\n\n${B}\n\n${C}\n`,
    );
    expect(kindAt(before, "Twenty years earlier, Odile's father")).toBe('story');
  });

  it('drops a disc review’s picture and sound sections', () => {
    const doc = clean(
      `The Night Ferry\n\n${A}\n\n${B}\n\n${C}\n\nPICTURE\n\nThe transfer is sharp and the night crossings are deep and clean, with no banding.\n\nSOUND\n\nThe surround track puts the river all around you when the storm comes.\n`,
    );
    expect(kindAt(doc, 'The transfer is sharp')).toBe('boilerplate');
    expect(kindAt(doc, 'The surround track')).toBe('boilerplate');
  });

  it('keeps a chapter of the story that is named like a sound', () => {
    const doc = clean(`The Night Ferry\n\n${A}\n\nSound of the Horn\n\n${B}\n\n${C}\n`);
    expect(kindAt(doc, B.slice(0, 30))).toBe('story');
  });

  it('takes a review headline and its standfirst for the page’s, not the story’s', () => {
    const doc = clean(
      [
        'Culture › Film › Reviews',
        'The Night Ferry review – a river thriller that counts every car',
        'Dora Lenk’s second feature crosses one river a hundred times and never gets dull',
        'By Amos Kerr',
        A,
        B,
        C,
      ].join('\n\n'),
    );
    expect(kindAt(doc, 'The Night Ferry review')).toBe('heading');
    expect(kindAt(doc, 'Dora Lenk’s second feature')).toBe('boilerplate');
    expect(kindAt(doc, A.slice(0, 30))).toBe('story');
  });

  it('reads a crew line and a grid of cast pairs as credits', () => {
    const doc = clean(
      [
        'The Night Ferry',
        A,
        B,
        C,
        'Crew: Director Dora Lenk · Writer Dora Lenk · Cinematography Ivo Marek',
        '[ Marta Kovacs  Odile Varga ]  [ Pavel Dorn  Matyas Varga ]  [ Dora Lenk  Director ]',
      ].join('\n\n'),
    );
    expect(kindAt(doc, 'Crew: Director')).toBe('meta');
    expect(kindAt(doc, '[ Marta Kovacs')).toBe('meta');
  });
});
