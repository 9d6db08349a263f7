import { describe, expect, it } from 'vitest';
import { convertDocuments } from '../../src/pipeline/convert';
import { Diagnostics } from '../../src/pipeline/diagnostics';
import { blockKindAt as kindOf } from '../fixtures/blockKind';

const HEAD = [
  'THE SALT BELL',
  'Limited Edition Blu-ray',
  '',
  'A film by Ilse Marten',
  'Denmark · 2014 · 104 minutes · Colour · 1.85:1 · Danish with English subtitles',
  '',
  'DISC FEATURES',
  '• New 4K restoration approved by the director',
  '• "Bells Under Water": a documentary on the making of the film (41 mins)',
  '• Booklet featuring a new essay by Tomas Brink',
];
const CONTENTS = [
  '',
  'CONTENTS',
  'The Drowned Parish, by Tomas Brink',
  'About the Restoration',
  'Production Credits',
];
const ESSAY = [
  '',
  'THE DROWNED PARISH',
  'by Tomas Brink',
  '',
  'I. The Bell',
  '',
  'The film begins in autumn. Karen, an old woman now, rows out over the flooded valley with her grandson Nils and lowers a rope where the church once stood.',
  '',
  'II. The Coat',
  '',
  'We are suddenly in 1951. Karen is ten, and her father Jakob rings the bell every evening. When the engineers come to measure the valley for the dam, Jakob refuses to sign their papers and hides the deeds in the tower.',
  '',
  'III. The Ring',
  '',
  'Karen marries Henrik the spring the water rises, and the wedding is the last service held in the church before the doors are nailed shut.',
  '',
  'Tomas Brink is a film critic and the author of Water and Stone: Danish Cinema since 1945.',
  '',
  'ABOUT THE RESTORATION',
  'The film was restored in 4K from the original camera negative at the Danish Film Institute.',
  '',
  'PRODUCTION CREDITS',
  'Disc produced by Northlight Films. Booklet design: Ella Marsh.',
];

describe('clean: a disc booklet whose essay is the only retelling of the story', () => {
  it('reads the essay under its own title as story after a table of contents', () => {
    const text = [...HEAD, ...CONTENTS, ...ESSAY].join('\n');
    expect(kindOf(text, 'DISC FEATURES')).toBe('boilerplate');
    expect(kindOf(text, '• New 4K')).toBe('boilerplate');
    expect(kindOf(text, 'About the Restoration')).toBe('boilerplate');
    expect(kindOf(text, 'Production Credits')).toBe('boilerplate');
    expect(kindOf(text, 'The film begins in autumn')).toBe('story');
    expect(kindOf(text, 'We are suddenly in 1951')).toBe('story');
    expect(kindOf(text, 'Karen marries Henrik')).toBe('story');
    // The sections the contents named still hold no story where they stand.
    expect(kindOf(text, 'The film was restored')).toBe('boilerplate');
    expect(kindOf(text, 'Disc produced by')).toBe('boilerplate');
  });

  it('reads the essay as story without a table of contents, and not the disc features', () => {
    const text = [...HEAD, ...ESSAY].join('\n');
    expect(kindOf(text, '• "Bells Under Water"')).toBe('boilerplate');
    expect(kindOf(text, 'The film begins in autumn')).toBe('story');
    expect(kindOf(text, 'Karen marries Henrik')).toBe('story');
    expect(kindOf(text, 'The film was restored')).toBe('boilerplate');
  });

  it('builds a film with the essay’s people, and its facts line is metadata', () => {
    const text = [...HEAD, ...CONTENTS, ...ESSAY].join('\n');
    const films = convertDocuments([{ file: 'salt-bell.txt', text }], new Diagnostics());
    expect(films).toHaveLength(1);
    const film = films[0]!;
    expect(film.year).toBe(2014);
    expect(film.runtimeMinutes).toBe(104);
    expect(film.title).toBe('The Salt Bell');
    expect(film.characters.map((c) => c.name)).toEqual(expect.arrayContaining(['Karen', 'Jakob']));
    expect(film.characters.map((c) => c.name)).not.toContain('Tomas Brink');
    expect(film.scenes.some((s) => s.text.includes('Danish Film Institute'))).toBe(false);
  });

  it('drops a note on the essay’s author, not a character who writes', () => {
    const text = [...HEAD, ...ESSAY].join('\n');
    expect(kindOf(text, 'Tomas Brink is a film critic')).toBe('boilerplate');
    const story = [
      'Karen Holm is a film critic who has lost her nerve, and she spends the summer at her sister’s farm avoiding the deadline for her column.',
      'Her sister Lise hides the newspaper every morning so that Karen will not read the reviews of her rivals.',
      'When the festival director Ove calls, Karen tells him she is ill, and Lise laughs at her from the doorway.',
    ].join('\n\n');
    expect(kindOf(story, 'Karen Holm is a film critic')).toBe('story');
  });

  it('still lets a contents heading’s entries end at a blank line', () => {
    const text = [
      'CONTENTS',
      'Synopsis',
      'Credits',
      '',
      'SYNOPSIS',
      'Karen rows out over the flooded valley with her grandson Nils and lowers a rope where the church once stood.',
      '',
      'CREDITS',
      'Produced by Northlight Films',
    ].join('\n');
    expect(kindOf(text, 'Synopsis')).toBe('boilerplate');
    expect(kindOf(text, 'SYNOPSIS')).toBe('heading');
    expect(kindOf(text, 'Karen rows out')).toBe('story');
  });
});
