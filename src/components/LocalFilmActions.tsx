import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { filmQuery } from '../queries/filmQueries';
import { encodeSummaryFragment } from '../state/summaryLink';
import { copyText } from './CopyLinkButton';
import { deleteAndForget, downloadFilm } from './localFilmActions';

/** Props of the local film actions. */
export interface LocalFilmActionsProps {
  filmId: string;
}

type Share =
  | { kind: 'none' }
  | { kind: 'link'; url: string; copied: boolean }
  | { kind: 'error'; message: string };

const BUTTON =
  'rounded-lg px-3 py-1.5 text-sm font-medium text-slate-800 ring-1 ring-slate-300 hover:bg-slate-50';

/**
 * The viewer's own film: a share link carrying its summary (when it is small enough), its film
 * JSON to download, and delete. Works on the stored film, not on the corrected view of it.
 */
export default function LocalFilmActions({ filmId }: LocalFilmActionsProps) {
  const queryClient = useQueryClient();
  const film = useQuery(filmQuery(filmId)).data;
  const [share, setShare] = useState<Share>({ kind: 'none' });
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const linkId = useId();
  if (!film) return null;

  const onShare = async () => {
    const source = film.sources[0];
    if (film.sources.length !== 1 || source?.text === undefined) {
      setShare({
        kind: 'error',
        message: `This film was made from ${film.sources.length} documents, so no link can carry it: download the film JSON instead.`,
      });
      return;
    }
    const encoded = await encodeSummaryFragment({
      text: source.text,
      title: film.title,
      file: source.file,
    });
    if (!encoded.ok) {
      setShare({ kind: 'error', message: encoded.error });
      return;
    }
    const url = `${window.location.origin}${window.location.pathname}#${encoded.fragment}`;
    setShare({ kind: 'link', url, copied: await copyText(url) });
  };

  const onDelete = async () => {
    try {
      await deleteAndForget(queryClient, filmId);
    } catch (e) {
      setError(`The film could not be deleted (${e instanceof Error ? e.message : String(e)}).`);
    }
  };

  return (
    <section
      aria-label="Your film"
      className="rounded-xl bg-amber-50 px-3 py-2 ring-1 ring-amber-200"
    >
      <div className="flex flex-wrap items-center gap-2">
        <span className="rounded bg-amber-200 px-1.5 py-0.5 text-xs font-semibold text-amber-950">
          Yours
        </span>
        <span className="mr-auto text-sm text-amber-950">Your film, kept in this browser.</span>
        <button type="button" onClick={() => void onShare()} className={BUTTON}>
          Share link
        </button>
        <button type="button" onClick={() => downloadFilm(film)} className={BUTTON}>
          Download film JSON
        </button>
        {confirming ? (
          <span className="flex items-center gap-1 text-sm">
            Delete this film?
            <button
              type="button"
              onClick={() => void onDelete()}
              className="rounded-lg bg-red-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-800"
            >
              Delete
            </button>
            <button type="button" onClick={() => setConfirming(false)} className={BUTTON}>
              Keep
            </button>
          </span>
        ) : (
          <button
            type="button"
            onClick={() => setConfirming(true)}
            className={`${BUTTON} text-red-800`}
          >
            Delete
          </button>
        )}
      </div>
      {share.kind === 'link' && (
        <div className="mt-2 flex flex-wrap items-center gap-2">
          <label htmlFor={linkId} className="text-sm text-amber-950">
            Share link
          </label>
          <input
            id={linkId}
            readOnly
            value={share.url}
            onFocus={(e) => e.currentTarget.select()}
            className="min-w-0 flex-1 rounded-md border border-amber-300 bg-white px-2 py-1 font-mono text-xs text-slate-800"
          />
          <span role="status" className="text-xs text-amber-950">
            {share.copied ? 'Copied' : 'Copy it from the box'}
          </span>
        </div>
      )}
      {share.kind === 'error' && (
        <p role="alert" className="mt-2 text-sm text-red-900">
          {share.message}
        </p>
      )}
      {error && (
        <p role="alert" className="mt-2 text-sm text-red-900">
          {error}
        </p>
      )}
    </section>
  );
}
