import { useEffect, useMemo, useRef, useState } from 'react';
import { placement, scoreAnswer, type ExerciseItem } from '../state/exercise';
import { copyText } from './CopyLinkButton';
import { ExerciseCurveChart } from './ExerciseCurveChart';

/** How long the "Link copied" status stays visible. */
const STATUS_MS = 2500;

/** Props of the exercise's score view. */
export interface ExerciseResultProps {
  items: readonly ExerciseItem[];
  /** The student's order: item indices, earliest event first. */
  answer: readonly number[];
  /** The link to this answer, for "Share my answer". */
  answerLink: string;
  /** Back to the list, in the student's order. */
  onRetry: () => void;
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

/**
 * The score of an answer: pairwise agreement as a percentage, the story curve of the student's
 * order against the film's, and each scene's place against its right one.
 */
export function ExerciseResult({ items, answer, answerLink, onRetry }: ExerciseResultProps) {
  const score = useMemo(() => scoreAnswer(items, answer), [items, answer]);
  const filmRanks = useMemo(() => items.map((i) => i.timeRank), [items]);
  const studentRanks = useMemo(() => {
    const ranks = new Array<number>(items.length).fill(0);
    answer.forEach((item, position) => (ranks[item] = position));
    return ranks;
  }, [items, answer]);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [status, setStatus] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  // The score replaces the list: focus follows, so a screen reader reads the result next.
  useEffect(() => headingRef.current?.focus(), []);

  const share = async () => {
    const ok = await copyText(answerLink);
    setStatus(ok ? 'Answer link copied' : 'Could not copy: the link is in the address bar');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setStatus(''), STATUS_MS);
  };

  const inPlace = items.length - score.misplaced;
  return (
    <section aria-labelledby="exercise-score" className="space-y-4" data-testid="exercise-result">
      <div className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-900/5">
        <h2
          id="exercise-score"
          ref={headingRef}
          tabIndex={-1}
          className="font-display text-2xl font-semibold text-slate-900 focus:outline-none"
        >
          Score: <span data-testid="exercise-percent">{percent(score.agreement)}</span>
        </h2>
        <p className="mt-1 text-sm text-slate-700">
          {score.agreeing} of {score.pairs} pairs of scenes in the same order as the film’s events;{' '}
          {inPlace} of {items.length} scenes at their exact place.
        </p>
        <p className="mt-1 text-xs text-slate-600">
          The score is the share of pairs you put the right way round: 100% is the film’s own order,
          a shuffled order scores about 50% and the reverse 0%.
        </p>
        <div className="mt-3 flex flex-wrap items-center gap-2">
          <button
            type="button"
            onClick={() => void share()}
            className="rounded-lg bg-amber-500 px-3 py-1.5 text-sm font-semibold text-slate-950 shadow-sm hover:bg-amber-400"
          >
            Share my answer
          </button>
          <button
            type="button"
            onClick={onRetry}
            className="rounded-lg bg-white px-3 py-1.5 text-sm font-medium text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50"
          >
            Change my order
          </button>
          <span role="status" aria-live="polite" className="text-sm text-slate-700">
            {status}
          </span>
        </div>
        <label className="mt-3 block text-xs text-slate-600">
          Answer link
          <input
            readOnly
            value={answerLink}
            onFocus={(e) => e.currentTarget.select()}
            className="mt-0.5 block w-full rounded border border-slate-300 bg-slate-50 px-2 py-1 font-mono text-xs text-slate-800"
          />
        </label>
      </div>

      <div className="rounded-xl bg-white p-3 shadow-sm ring-1 ring-slate-900/5 sm:p-4">
        <ExerciseCurveChart filmRanks={filmRanks} studentRanks={studentRanks} inPlace={inPlace} />
      </div>

      <div className="overflow-x-auto rounded-xl bg-white p-3 shadow-sm ring-1 ring-slate-900/5 sm:p-4">
        <table className="w-full text-left text-sm">
          <caption className="mb-2 text-left font-semibold text-slate-900">
            Your order, scene by scene
          </caption>
          <thead className="text-xs text-slate-600">
            <tr>
              <th scope="col" className="py-1 pr-3 font-medium">
                Your place
              </th>
              <th scope="col" className="py-1 pr-3 font-medium">
                Scene
              </th>
              <th scope="col" className="py-1 pr-3 font-medium">
                Film’s place
              </th>
              <th scope="col" className="py-1 font-medium">
                Result
              </th>
            </tr>
          </thead>
          <tbody>
            {score.placed.map((p) => {
              const right = p.position === p.correct;
              return (
                <tr
                  key={p.item.index}
                  className="border-t border-slate-100"
                  data-testid="exercise-row"
                >
                  <td className="py-1.5 pr-3 tabular-nums">{p.position + 1}</td>
                  <th scope="row" className="py-1.5 pr-3 font-medium text-slate-900">
                    {p.item.title}
                  </th>
                  <td className="py-1.5 pr-3 tabular-nums">{p.correct + 1}</td>
                  <td className={`py-1.5 ${right ? 'text-emerald-800' : 'text-orange-800'}`}>
                    <span aria-hidden="true">{right ? '✓ ' : '✗ '}</span>
                    {placement(p.position, p.correct)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
