import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useRef, useState } from 'react';
import { PASTED_FILE, type SummaryInput } from '../pipeline/summary';
import {
  fileTooLarge,
  MAX_FILM_FILE_BYTES,
  MAX_TEXT_FILE_BYTES,
  parseFilmFile,
} from '../queries/filmFile';
import { convertInWorker } from '../workers/convertClient';
import { storeAndOpen } from './localFilmActions';

/** How often the working state's elapsed time is redrawn. */
const TICK_MS = 100;

type Status =
  | { kind: 'idle' }
  | { kind: 'working'; what: string; started: number }
  | { kind: 'error'; message: string };

const messageOf = (error: unknown): string =>
  error instanceof Error ? error.message : String(error);

const extension = (name: string): string => name.toLowerCase().match(/\.[^.]+$/)?.[0] ?? '';

/** Props of the add-summary panel. */
export interface AddSummaryPanelProps {
  onClose: () => void;
}

/**
 * "Your own summary": paste a plot summary (or drop a .txt file) and it becomes a film, converted
 * in a Web Worker, stored in this browser and opened; a .json film file is checked and opened too.
 */
export default function AddSummaryPanel({ onClose }: AddSummaryPanelProps) {
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [title, setTitle] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  const [elapsed, setElapsed] = useState(0);
  const abort = useRef<AbortController | null>(null);
  const textId = useId();
  const titleId = useId();
  const fileId = useId();
  const working = status.kind === 'working';

  const started = working ? status.started : null;
  useEffect(() => {
    if (started === null) return;
    const timer = setInterval(() => setElapsed(performance.now() - started), TICK_MS);
    return () => {
      clearInterval(timer);
      setElapsed(0);
    };
  }, [started]);
  useEffect(() => () => abort.current?.abort(), []);

  const convert = async (input: SummaryInput) => {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setStatus({ kind: 'working', what: input.file, started: performance.now() });
    try {
      const { film } = await convertInWorker(input, controller.signal);
      await storeAndOpen(queryClient, film);
    } catch (error) {
      if (controller.signal.aborted) return;
      setStatus({ kind: 'error', message: messageOf(error) });
    }
  };

  const openFile = async (file: File) => {
    const ext = extension(file.name);
    if (ext !== '.txt' && ext !== '.json') {
      setStatus({
        kind: 'error',
        message: `“${file.name}” cannot be opened: drop a .txt summary or a .json film file.`,
      });
      return;
    }
    const limit = ext === '.json' ? MAX_FILM_FILE_BYTES : MAX_TEXT_FILE_BYTES;
    const tooLarge = fileTooLarge(file.name, file.size, limit);
    if (tooLarge) {
      setStatus({ kind: 'error', message: tooLarge });
      return;
    }
    let content: string;
    try {
      content = await file.text();
    } catch (error) {
      setStatus({
        kind: 'error',
        message: `“${file.name}” could not be read (${messageOf(error)}).`,
      });
      return;
    }
    if (ext === '.txt') {
      await convert({ text: content, file: file.name, title: title.trim() || null });
      return;
    }
    const parsed = parseFilmFile(file.name, content);
    if (!parsed.ok) {
      setStatus({ kind: 'error', message: parsed.error });
      return;
    }
    setStatus({ kind: 'working', what: file.name, started: performance.now() });
    try {
      await storeAndOpen(queryClient, parsed.value);
    } catch (error) {
      setStatus({
        kind: 'error',
        message: `“${file.name}” could not be opened: ${messageOf(error)}`,
      });
    }
  };

  const onFiles = (files: FileList | null) => {
    const file = files?.[0];
    if (!file) return;
    if (files.length > 1) {
      setStatus({ kind: 'error', message: 'Drop one file at a time.' });
      return;
    }
    void openFile(file);
  };

  const submit = () => {
    if (working) return;
    void convert({ text, file: PASTED_FILE, title: title.trim() || null });
  };

  return (
    <section
      aria-labelledby={`${textId}-heading`}
      className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-900/5 sm:p-5"
    >
      <div className="flex items-start justify-between gap-3">
        <div>
          <h2
            id={`${textId}-heading`}
            className="font-display text-xl font-semibold text-slate-900"
          >
            Your own summary
          </h2>
          <p className="mt-1 text-sm text-slate-600">
            Paste a plot summary in English and Fabula turns it into a film. It is converted in your
            browser and kept there: nothing is sent anywhere.
          </p>
        </div>
        <button
          type="button"
          onClick={onClose}
          className="shrink-0 rounded-lg px-2 py-1 text-sm text-slate-600 ring-1 ring-slate-300 hover:bg-slate-50"
        >
          Close
        </button>
      </div>

      <form
        className="mt-4 space-y-3"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <div>
          <label htmlFor={titleId} className="text-sm font-semibold text-slate-800">
            Title{' '}
            <span className="font-normal text-slate-600">(optional; else read from the text)</span>
          </label>
          <input
            id={titleId}
            type="text"
            value={title}
            maxLength={200}
            onChange={(e) => setTitle(e.currentTarget.value)}
            className="mt-1 w-full rounded-lg border border-slate-300 px-3 py-2 text-sm focus:border-amber-500"
          />
        </div>
        <div>
          <label htmlFor={textId} className="text-sm font-semibold text-slate-800">
            Plot summary
          </label>
          <textarea
            id={textId}
            value={text}
            rows={8}
            onChange={(e) => setText(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                submit();
              }
            }}
            placeholder="In the winter of 2003, a power cut plunges an apartment block into darkness…"
            className="mt-1 w-full rounded-lg border border-slate-300 px-3 py-2 font-mono text-sm leading-relaxed focus:border-amber-500"
          />
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <button
            type="submit"
            disabled={working || text.trim() === ''}
            className="rounded-lg bg-slate-900 px-4 py-2 text-sm font-semibold text-white hover:bg-slate-700 disabled:cursor-not-allowed disabled:opacity-50"
          >
            Make the film
          </button>
          {working && (
            <button
              type="button"
              onClick={() => {
                abort.current?.abort();
                setStatus({ kind: 'idle' });
              }}
              className="rounded-lg px-3 py-2 text-sm text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50"
            >
              Cancel
            </button>
          )}
          <span role="status" aria-live="polite" className="text-sm text-slate-700">
            {working && (
              <span className="inline-flex items-center gap-2">
                <span
                  aria-hidden="true"
                  className="inline-block size-3.5 animate-spin rounded-full border-2 border-amber-500 border-t-transparent motion-reduce:animate-none"
                />
                Making the film from “{status.what}”… {(elapsed / 1000).toFixed(1)} s
              </span>
            )}
          </span>
        </div>
      </form>

      {status.kind === 'error' && (
        <p
          role="alert"
          className="mt-3 rounded-lg bg-red-50 px-3 py-2 text-sm text-red-900 ring-1 ring-red-200"
        >
          {status.message}
        </p>
      )}

      <div
        data-testid="summary-drop-zone"
        onDragEnter={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragOver={(e) => {
          e.preventDefault();
          e.dataTransfer.dropEffect = 'copy';
        }}
        onDragLeave={(e) => {
          if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
        }}
        onDrop={(e) => {
          e.preventDefault();
          setDragging(false);
          if (!working) onFiles(e.dataTransfer.files);
        }}
        className={`mt-4 rounded-lg border-2 border-dashed px-4 py-5 text-center text-sm ${
          dragging ? 'border-amber-500 bg-amber-50' : 'border-slate-300 text-slate-600'
        }`}
      >
        Drop a <strong>.txt</strong> summary or a <strong>.json</strong> film file here, or{' '}
        <input
          id={fileId}
          type="file"
          accept=".txt,.json,text/plain,application/json"
          disabled={working}
          onChange={(e) => {
            onFiles(e.currentTarget.files);
            e.currentTarget.value = '';
          }}
          className="peer sr-only"
        />
        <label
          htmlFor={fileId}
          className="cursor-pointer rounded font-semibold text-amber-800 underline underline-offset-2 peer-focus-visible:ring-2 peer-focus-visible:ring-amber-500 hover:text-amber-900"
        >
          open a file
        </label>
        .
      </div>
    </section>
  );
}
