import { useId } from 'react';
import { BLOCK_RELATIONS, type Film } from '../model';
import { computeBlocks, computeMeasures } from '../pipeline/measures';
import { RELATION_STYLES } from '../timeline/blockBrackets';
import { MEASURE_COLUMNS, PATTERN_LABELS } from '../timeline/structureFormat';

/** Props of the film summary panel. */
export interface FilmSummaryProps {
  film: Film;
  /** Highest storyIndex the viewer may see; measures show only when this is the last scene. */
  revealLimit: number;
  /** Heading level text; defaults to "Structure". */
  heading?: string;
}

/**
 * The film's structure measures, pattern and blocks. Under a spoiler limit it shows nothing but
 * why: the measures describe the whole telling (how many jumps back, whether it is told
 * backwards), so they would give the structure away before the viewer has seen it.
 */
export function FilmSummary({ film, revealLimit, heading = 'Structure' }: FilmSummaryProps) {
  const headingId = useId();
  const everything = revealLimit >= film.scenes.length - 1;
  // Films built before the structure stage existed carry no measures: the same pure code fills in.
  const measures = film.measures ?? computeMeasures(film);
  const blocks = film.blocks ?? computeBlocks(film);
  const pattern = PATTERN_LABELS[measures.pattern];
  return (
    <section
      aria-labelledby={headingId}
      className="rounded-lg border border-slate-200 bg-white p-4 text-sm"
      data-testid="film-summary"
    >
      <h2 id={headingId} className="mb-2 text-base font-semibold text-slate-900">
        {heading}
      </h2>
      {!everything ? (
        <p className="text-slate-600">
          The structure measures appear once the whole film is revealed: they would give away how it
          is told.
        </p>
      ) : (
        <>
          <p className="mb-3">
            <span className="font-medium text-slate-900">{pattern.label}</span>
            <span className="text-slate-600"> — {pattern.rule}</span>
          </p>
          <dl className="grid grid-cols-2 gap-x-4 gap-y-1 sm:grid-cols-4">
            {MEASURE_COLUMNS.map((col) => (
              <div key={col.key} className="flex flex-col">
                <dt className="text-xs text-slate-500" title={col.description}>
                  {col.label}
                </dt>
                <dd className="font-medium tabular-nums text-slate-900" data-measure={col.key}>
                  {col.format(measures[col.key])}
                </dd>
              </div>
            ))}
          </dl>
          <p className="mt-3 text-xs text-slate-600">
            {blocks.length} {blocks.length === 1 ? 'block' : 'blocks'} told in sequence:{' '}
            {BLOCK_RELATIONS.map(
              (rel) => [rel, blocks.filter((b) => b.relation === rel).length] as const,
            )
              .filter(([, count]) => count > 0)
              .map(([rel, count]) => `${count} ${RELATION_STYLES[rel].label.toLowerCase()}`)
              .join(', ')}
            .
          </p>
        </>
      )}
    </section>
  );
}
