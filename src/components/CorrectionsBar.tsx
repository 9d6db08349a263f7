import { use, useId, useState } from 'react';
import { CorrectionsContext } from './correctionsContext';

/** The MIME type of the downloaded annotation file. */
const FILE_TYPE = 'application/json';

/** Props of the corrections bar. */
export interface CorrectionsBarProps {
  /** Highest visible storyIndex: the list names revealed scenes and introduced characters only. */
  limit: number;
}

/** Saves text as a file through a short-lived blob: link (no server involved). */
function downloadText(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: FILE_TYPE }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the blob by the next task; freeing it at once can cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * The film's "Corrections (N)" area: the corrections kept in this browser, each with Undo, plus
 * "Download annotations" (the `data/annotations/<film-id>.json` file the converter reads) and
 * "Discard all". Shows nothing when the film has no corrections and nothing to tell.
 */
export function CorrectionsBar({ limit }: CorrectionsBarProps) {
  const corrections = use(CorrectionsContext);
  const headingId = useId();
  const [confirming, setConfirming] = useState(false);
  if (!corrections) return null;
  const { base, corrections: list, problem, notice } = corrections;
  if (list.length === 0 && notice === null) return null;
  const fileName = `${base.id}.json`;

  return (
    <section
      aria-labelledby={headingId}
      className="max-w-4xl rounded-xl bg-amber-50/70 p-3 text-sm ring-1 ring-amber-200"
      data-testid="corrections-bar"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={headingId} className="font-semibold text-slate-900">
          Corrections ({list.length})
          <span className="ml-2 font-normal text-slate-600">kept in this browser</span>
        </h2>
        {list.length > 0 && (
          <div className="flex flex-wrap items-center gap-2">
            <button
              type="button"
              onClick={() => downloadText(fileName, corrections.fileText())}
              title={`Save as data/annotations/${fileName}; npm run build:data applies it`}
              className="rounded-md bg-slate-900 px-2.5 py-1 text-sm font-medium text-white hover:bg-slate-700"
            >
              Download annotations
            </button>
            {confirming ? (
              <span className="flex items-center gap-1.5">
                <span className="text-slate-700">Discard all {list.length}?</span>
                <button
                  type="button"
                  onClick={() => {
                    setConfirming(false);
                    corrections.discardAll();
                  }}
                  className="rounded-md px-2 py-1 font-medium text-red-800 ring-1 ring-red-300 hover:bg-red-50"
                >
                  Discard
                </button>
                <button
                  type="button"
                  onClick={() => setConfirming(false)}
                  className="rounded-md px-2 py-1 text-slate-700 ring-1 ring-slate-300 hover:bg-white"
                >
                  Keep
                </button>
              </span>
            ) : (
              <button
                type="button"
                onClick={() => setConfirming(true)}
                className="rounded-md px-2.5 py-1 text-sm font-medium text-slate-700 ring-1 ring-slate-300 hover:bg-white"
              >
                Discard all
              </button>
            )}
          </div>
        )}
      </div>
      {notice !== null && (
        <p role="status" className="mt-2 flex items-start justify-between gap-2 text-amber-900">
          <span>{notice}</span>
          <button
            type="button"
            onClick={corrections.dismissNotice}
            className="shrink-0 rounded px-1.5 text-amber-900 hover:bg-amber-100"
          >
            Dismiss
          </button>
        </p>
      )}
      {problem !== null && (
        <p role="alert" className="mt-2 text-red-800">
          These corrections do not apply to this film as loaded, so none is shown: {problem}. Undo
          the one at fault, or discard all.
        </p>
      )}
      {list.length > 0 && (
        <ol className="mt-2 max-h-48 space-y-1 overflow-y-auto">
          {list.map((c, i) => {
            const text = corrections.describe(c, limit);
            return (
              <li
                // Entries can repeat (the same merge twice): the position keeps keys unique.
                key={`${i}:${JSON.stringify(c)}`}
                className="flex items-center justify-between gap-2 rounded-md bg-white/80 px-2 py-1"
              >
                <span className="min-w-0 text-slate-800">{text}</span>
                <button
                  type="button"
                  onClick={() => corrections.undo(i)}
                  aria-label={`Undo: ${text}`}
                  className="shrink-0 rounded px-1.5 text-xs font-medium text-amber-900 hover:bg-amber-100"
                >
                  Undo
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
