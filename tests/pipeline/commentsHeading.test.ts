import { describe, expect, it } from 'vitest';
import { blockKindAt } from '../fixtures/blockKind';

/** A script coverage report: synopsis, then the reader's comments on the same people. */
const report = (heading: string) =>
  [
    'COVERAGE: "THE LOW ROAD"',
    '',
    'SYNOPSIS',
    '',
    'Dana Reyes drives her father Walt back to the farm he sold twenty years ago. On the way they stop at a diner where Walt picks a fight with the cook, and Dana has to pay for the broken plates.',
    '',
    'At the farm the new owner, Mrs. Tull, lets them walk the fields. Walt finds the tree where he buried Dana’s mother’s ring, and Dana digs it up with her hands while he watches from the truck.',
    '',
    heading,
    '',
    'Dana and Walt are well drawn, and the long middle stretch in which Walt slowly admits what he did to Dana’s mother is the strongest writing in the draft, although the diner scene overstays its welcome and the ending leans on the ring too heavily.',
  ].join('\n');

describe('a bare "Comments" heading after the story', () => {
  it('keeps what follows out of the story (a report’s comments name its people)', () => {
    expect(blockKindAt(report('COMMENTS'), 'Dana and Walt are well drawn')).not.toBe('story');
  });

  it('still reads the story above it', () => {
    expect(blockKindAt(report('COMMENTS'), 'Dana Reyes drives')).toBe('story');
  });
});

describe('a label’s list of its other titles after the story', () => {
  const cover = (last: string) =>
    [
      'THE HARBOUR LETTERS',
      '',
      'Cerys Lloyd receives a parcel of letters from her grandfather Emlyn, who is ninety and lives alone above the harbour. Each letter takes her back to the summer he fell in love with Mair Evans.',
      '',
      'Cerys drives west and finds Emlyn in hospital after a fall. A nurse tells her that he asks every day for someone called Mair.',
      '',
      last,
    ].join('\n');

  it('is furniture', () => {
    const text = cover(
      'Also available from Harbourside Films: The Long Tide · Salt Marsh Summer · A Quiet Coast',
    );
    expect(blockKindAt(text, 'Also available from')).not.toBe('story');
  });

  it('does not take a story sentence that says "also available"', () => {
    const text = cover(
      'Cerys finds that Mair is also available to meet him: she lives two streets from the hospital.',
    );
    expect(blockKindAt(text, 'Cerys finds that Mair')).toBe('story');
  });
});
