import type { Measures, Pattern } from '../model';

/**
 * Display helpers for the structure measures: one table of columns shared by the film
 * summary panel and the compare page, so a measure is labelled and formatted the same everywhere.
 */

/** The measures a table can show and sort by. */
export type MeasureKey = Exclude<keyof Measures, 'pattern'>;

/** One measure as shown: label, one-sentence meaning, formatter. */
export interface MeasureColumn {
  key: MeasureKey;
  label: string;
  description: string;
  format: (value: number) => string;
}

const integer = (v: number): string => String(Math.round(v));
const fixed2 = (v: number): string => v.toFixed(2);
const percent = (v: number): string => `${Math.round(v * 100)}%`;

/** Every measure, in the order the summary and the compare table list them. */
export const MEASURE_COLUMNS: readonly MeasureColumn[] = [
  { key: 'sceneCount', label: 'Scenes', description: 'Number of scenes.', format: integer },
  {
    key: 'backwardJumps',
    label: 'Jumps back',
    description: 'Cuts to an earlier moment than the scene before.',
    format: integer,
  },
  {
    key: 'forwardJumps',
    label: 'Jumps ahead',
    description: 'Cuts that skip ahead in time past the next event.',
    format: integer,
  },
  {
    key: 'kendallTau',
    label: 'Kendall τ',
    description: 'Agreement of the two orders: 1 = told in order, −1 = told backwards.',
    format: fixed2,
  },
  {
    key: 'outOfOrderShare',
    label: 'Out of order',
    description: 'Share of scenes outside the longest run told in chronological order.',
    format: percent,
  },
  {
    key: 'meanJump',
    label: 'Mean jump',
    description: 'Mean distance in time of a jump, in scenes.',
    format: (v) => v.toFixed(1),
  },
  {
    key: 'maxJump',
    label: 'Largest jump',
    description: 'Largest distance in time of a jump, in scenes.',
    format: integer,
  },
  {
    key: 'nonlinearity',
    label: 'Nonlinearity',
    description: 'Story Curves index: total displacement of scenes over its maximum (0 to 1).',
    format: fixed2,
  },
];

/** Human names of the patterns, with the one-line rule a reader can check. */
export const PATTERN_LABELS: Readonly<Record<Pattern, { label: string; rule: string }>> = {
  linear: { label: 'Linear', rule: 'Told in chronological order, no jump.' },
  'in-medias-res': {
    label: 'In medias res',
    rule: 'Opens later in the story, then tells it in order and catches up.',
  },
  'single-flashback': {
    label: 'Single flashback',
    rule: 'One block told out of order, set in the past.',
  },
  'frame-story': {
    label: 'Frame story',
    rule: 'Opens, returns to and closes in a later present that frames the story.',
  },
  alternating: { label: 'Alternating', rule: 'Goes back and forth between present and past.' },
  backwards: { label: 'Told backwards', rule: 'Most cuts go back in time.' },
  nonlinear: { label: 'Nonlinear', rule: 'Out of order with no simpler shape.' },
};
