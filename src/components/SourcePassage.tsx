import { useEffect, useRef } from 'react';
import type { Film, Span } from '../model/film';

/** Characters of context shown on each side of the scene's span. */
const CONTEXT_CHARS = 280;

/** Props of a source passage. */
export interface SourcePassageProps {
  film: Film;
  span: Span;
  /** Highest visible storyIndex: text of later scenes never shows as context. */
  limit: number;
}

/**
 * The part of a document that may be shown around a span under a spoiler limit: never inside a
 * hidden scene's span, and, while anything is hidden, never past the last visible scene's text
 * (what follows it, scene or not, is still to come).
 */
export function contextBounds(
  film: Film,
  span: Span,
  limit: number,
  docLength: number,
): { lo: number; hi: number } {
  let lo = 0;
  let hi = docLength;
  if (limit >= film.scenes.length - 1) return { lo, hi };
  let visibleEnd = span.end;
  for (const scene of film.scenes) {
    for (const other of scene.sources) {
      if (other.file !== span.file) continue;
      if (scene.storyIndex <= limit) {
        visibleEnd = Math.max(visibleEnd, other.end);
      } else {
        if (other.end <= span.start) lo = Math.max(lo, other.end);
        if (other.start >= span.end) hi = Math.min(hi, other.start);
      }
    }
  }
  return { lo, hi: Math.min(hi, visibleEnd) };
}

/** Cuts at a word boundary so the context never starts or ends mid-word. */
const trimStart = (text: string): string => {
  const i = text.search(/\s/);
  return i >= 0 && i < 40 ? text.slice(i + 1) : text;
};
const trimEnd = (text: string): string => {
  const i = text.search(/\s\S*$/);
  return i > text.length - 40 ? text.slice(0, i) : text;
};

/** Blank lines between paragraphs become single breaks, so more of the context fits. */
const tighten = (text: string): string => text.replace(/\n\s*\n/g, '\n');

/** The scene's source passage within its document, the span itself highlighted with <mark>. */
export function SourcePassage({ film, span, limit }: SourcePassageProps) {
  const boxRef = useRef<HTMLQuoteElement>(null);
  const markRef = useRef<HTMLElement>(null);
  // Bring the highlighted span to the middle of the scrollable passage.
  useEffect(() => {
    const box = boxRef.current;
    const mark = markRef.current;
    if (!box || !mark) return;
    box.scrollTop = Math.max(0, mark.offsetTop - box.clientHeight / 3);
  }, [span.file, span.start, span.end]);
  const doc = film.sources.find((d) => d.file === span.file);
  const text = doc?.text;
  const label = doc?.title ?? span.file;
  if (text === undefined || span.end > text.length) {
    return (
      <p className="text-xs text-slate-600">
        From <span className="font-medium">{label}</span> (characters {span.start}–{span.end}); the
        document’s text is not included in this build.
      </p>
    );
  }
  const bounds = contextBounds(film, span, limit, text.length);
  const from = Math.max(bounds.lo, span.start - CONTEXT_CHARS);
  const to = Math.min(bounds.hi, span.end + CONTEXT_CHARS);
  const before =
    from > bounds.lo ? trimStart(text.slice(from, span.start)) : text.slice(from, span.start);
  const after = to < bounds.hi ? trimEnd(text.slice(span.end, to)) : text.slice(span.end, to);
  return (
    <figure>
      <blockquote
        ref={boxRef}
        className="relative max-h-64 overflow-y-auto rounded-lg bg-slate-50 p-3 font-display text-[0.95rem] leading-relaxed whitespace-pre-line text-slate-600 ring-1 ring-slate-200"
      >
        {from > 0 && '… '}
        {tighten(before)}
        <mark ref={markRef} className="text-slate-900">
          {text.slice(span.start, span.end)}
        </mark>
        {tighten(after)}
        {to < text.length && ' …'}
      </blockquote>
      <figcaption className="mt-1 text-xs text-slate-600">
        Source: {label} · characters {span.start}–{span.end}
      </figcaption>
    </figure>
  );
}
