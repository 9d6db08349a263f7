import { useEffect, useId, useRef, useState } from 'react';
import type { ExportContext } from '../export/exportView';
import type { Film } from '../model/film';
import { useViewStore } from '../state/store';

/** The export code loads on first use (or when the page idles), never in the initial bundle. */
const loadExport = () => import('../export/exportView');
type ExportModule = Awaited<ReturnType<typeof loadExport>>;
/** After the film view settles, the export code is fetched so Ctrl+P can build the print sheet. */
const PRELOAD_DELAY_MS = 1500;

/** Props of the Export menu. */
export interface ExportMenuProps {
  film: Film;
  /** Highest visible storyIndex (spoiler limit). */
  limit: number;
  highlighted: ReadonlySet<string> | null;
  laneCount: number;
}

type Item = { id: 'svg' | 'png' | 'csv' | 'print'; label: string; hint: string };
const ITEMS: readonly Item[] = [
  { id: 'svg', label: 'SVG image', hint: 'the view as a vector picture' },
  { id: 'png', label: 'PNG image', hint: 'the view as a sharp bitmap' },
  { id: 'csv', label: 'CSV table', hint: 'the visible scenes, for a spreadsheet' },
  { id: 'print', label: 'Print…', hint: 'timeline and scene list on paper' },
];

/**
 * "Export": the view on screen as SVG or PNG (with title and legend), the scene table as CSV, and
 * printing. A disclosure button with a short list of actions; Escape or a click outside closes it.
 */
export function ExportMenu({ film, limit, highlighted, laneCount }: ExportMenuProps) {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const listId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const moduleRef = useRef<ExportModule | null>(null);

  const context = (): ExportContext => {
    const s = useViewStore.getState();
    return {
      film,
      view: s.view,
      order: s.order,
      revealLimit: limit,
      sizing: s.sizing,
      zoom: s.zoom,
      chars: s.chars,
      match: s.match,
      highlighted,
      laneCount,
    };
  };
  const contextRef = useRef(context);
  useEffect(() => {
    contextRef.current = context;
  });

  // Ctrl+P (or the browser's menu): build the print sheet just before printing, if the code is in.
  useEffect(() => {
    let alive = true;
    const timer = setTimeout(
      () =>
        void loadExport().then((m) => {
          if (alive) moduleRef.current = m;
        }),
      PRELOAD_DELAY_MS,
    );
    const beforePrint = () => {
      const m = moduleRef.current;
      if (!m) return;
      try {
        m.preparePrintSheet(contextRef.current());
      } catch {
        // Nothing drawn (e.g. premise only): the page prints as it is.
      }
    };
    window.addEventListener('beforeprint', beforePrint);
    return () => {
      alive = false;
      clearTimeout(timer);
      window.removeEventListener('beforeprint', beforePrint);
    };
  }, []);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);

  const run = async (item: Item) => {
    setOpen(false);
    buttonRef.current?.focus();
    setBusy(true);
    setStatus('');
    try {
      const m = moduleRef.current ?? (await loadExport());
      moduleRef.current = m;
      const ctx = context();
      if (item.id === 'svg') setStatus(`Saved ${m.exportSvg(ctx)}`);
      else if (item.id === 'png') setStatus(`Saved ${await m.exportPng(ctx)}`);
      else if (item.id === 'csv') setStatus(`Saved ${m.exportCsv(ctx)}`);
      else {
        m.preparePrintSheet(ctx);
        window.print();
      }
    } catch (error) {
      setStatus(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div
      ref={rootRef}
      className="relative"
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          event.stopPropagation();
          setOpen(false);
          buttonRef.current?.focus();
        }
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={open}
        aria-controls={listId}
        aria-busy={busy || undefined}
        onClick={() => setOpen((o) => !o)}
        onPointerEnter={() => void loadExport().then((m) => (moduleRef.current = m))}
        className="inline-flex items-center gap-1.5 rounded-lg bg-white px-3 py-1.5 text-sm font-medium whitespace-nowrap text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50"
      >
        Export
        <svg width="10" height="10" viewBox="0 0 10 10" aria-hidden="true">
          <path d="M1 3l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.6" />
        </svg>
      </button>
      <ul
        id={listId}
        hidden={!open}
        aria-label="Export"
        className="absolute right-0 z-30 mt-1 w-64 rounded-lg bg-white p-1 shadow-lg ring-1 ring-slate-900/10"
      >
        {ITEMS.map((item) => (
          <li key={item.id}>
            <button
              type="button"
              onClick={() => void run(item)}
              className="flex w-full flex-col rounded-md px-3 py-2 text-left hover:bg-slate-100"
            >
              <span className="text-sm font-medium text-slate-900">{item.label}</span>
              <span className="text-xs text-slate-600">{item.hint}</span>
            </button>
          </li>
        ))}
      </ul>
      <p role="status" className="sr-only">
        {status}
      </p>
      {status.startsWith('Export failed') && (
        <p className="absolute right-0 mt-1 w-72 rounded-md bg-red-50 px-3 py-2 text-xs text-red-800 ring-1 ring-red-200">
          {status}
        </p>
      )}
    </div>
  );
}
