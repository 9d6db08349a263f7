import {
  useCallback,
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent as ReactPointerEvent,
} from 'react';

/** How long after a drag a click on the handle is taken as the drag's own click, not a pick-up. */
const DRAG_CLICK_GRACE_MS = 400;
/** Pointer travel (px) before a press on the handle becomes a drag. */
const DRAG_THRESHOLD_PX = 4;

/** One card of the list: a stable key (never shown) and what the student reads. */
export interface ReorderEntry {
  key: number;
  title: string;
  text: string;
}

/** Props of the reorderable list. */
export interface ReorderListProps {
  /** The cards in their current order. */
  entries: readonly ReorderEntry[];
  /** Moves the card at `from` to `to` (the parent owns the order). */
  onMove: (from: number, to: number) => void;
  /** Accessible name of the list. */
  label: string;
}

/** Which control of a card should hold focus after a move. */
type FocusTarget = { key: number; control: 'handle' | 'up' | 'down' };

interface Drag {
  key: number;
  pointerId: number;
  startY: number;
  active: boolean;
}

const quoted = (title: string) => `“${title}”`;

/**
 * A list the student puts in order, three ways: drag a card by its handle (pointer events, so mouse,
 * pen and touch), the keyboard on the handle (Space picks a card up, the arrow keys move it, Space
 * drops it, Escape puts it back), or the Move up / Move down buttons (which screen readers in
 * browse mode reach too). Every move is announced in a polite live region.
 */
export function ReorderList({ entries, onMove, label }: ReorderListProps) {
  const instructionsId = useId();
  const [grabbed, setGrabbed] = useState<{ key: number; from: number } | null>(null);
  const [dragging, setDragging] = useState<number | null>(null);
  /** The pointer pressing a handle (a drag may follow), or null. */
  const [press, setPress] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const itemRefs = useRef(new Map<number, HTMLLIElement>());
  const controlRefs = useRef(new Map<string, HTMLButtonElement>());
  const pendingFocus = useRef<FocusTarget | null>(null);
  const drag = useRef<Drag | null>(null);
  const suppressClickUntil = useRef(0);

  const count = entries.length;
  const positionText = useCallback((index: number) => `position ${index + 1} of ${count}`, [count]);
  const announce = (text: string) =>
    // A repeated identical message would not be read again: vary it invisibly.
    setAnnouncement((prev) => (prev === text ? `${text}\u00a0` : text));

  const controlKey = (key: number, control: FocusTarget['control']) => `${key}:${control}`;
  const setControlRef =
    (key: number, control: FocusTarget['control']) => (el: HTMLButtonElement | null) => {
      if (el) controlRefs.current.set(controlKey(key, control), el);
      else controlRefs.current.delete(controlKey(key, control));
    };

  // A moved card's DOM node is re-inserted, which drops focus: put it back where it was.
  useLayoutEffect(() => {
    const target = pendingFocus.current;
    if (!target) return;
    pendingFocus.current = null;
    const index = entries.findIndex((e) => e.key === target.key);
    let control = target.control;
    // A card moved to an end cannot go further that way: its other button takes focus.
    if (control === 'up' && index === 0) control = 'down';
    if (control === 'down' && index === entries.length - 1) control = 'up';
    controlRefs.current.get(controlKey(target.key, control))?.focus();
  }, [entries]);

  const move = (from: number, to: number, focus: FocusTarget['control']) => {
    const entry = entries[from];
    if (!entry || to < 0 || to >= count || to === from) return false;
    pendingFocus.current = { key: entry.key, control: focus };
    onMove(from, to);
    return true;
  };

  const moveByButton = (index: number, delta: -1 | 1) => {
    const entry = entries[index];
    if (!entry) return;
    if (move(index, index + delta, delta < 0 ? 'up' : 'down'))
      announce(`${quoted(entry.title)} moved to ${positionText(index + delta)}.`);
  };

  const toggleGrab = (index: number) => {
    const entry = entries[index];
    if (!entry) return;
    if (grabbed?.key === entry.key) {
      setGrabbed(null);
      announce(`${quoted(entry.title)} dropped at ${positionText(index)}.`);
    } else {
      setGrabbed({ key: entry.key, from: index });
      announce(
        `Picked up ${quoted(entry.title)}, ${positionText(index)}. Use the up and down arrow keys to move it, Space to drop it, Escape to put it back.`,
      );
    }
  };

  const onHandleKey = (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
    const entry = entries[index];
    if (!entry) return;
    const held = grabbed?.key === entry.key;
    const targets: Record<string, number> = {
      ArrowUp: index - 1,
      ArrowDown: index + 1,
      Home: 0,
      End: count - 1,
    };
    const to = targets[event.key];
    if (to !== undefined) {
      event.preventDefault();
      if (held) {
        if (move(index, to, 'handle'))
          announce(
            `${quoted(entry.title)}: ${positionText(Math.max(0, Math.min(count - 1, to)))}.`,
          );
        return;
      }
      // Not holding a card: the arrows walk from handle to handle.
      const next = entries[Math.max(0, Math.min(count - 1, to))];
      if (next) controlRefs.current.get(controlKey(next.key, 'handle'))?.focus();
      return;
    }
    if (event.key === 'Escape' && held && grabbed) {
      event.preventDefault();
      if (grabbed.from !== index) move(index, grabbed.from, 'handle');
      setGrabbed(null);
      announce(`Put back: ${quoted(entry.title)} at ${positionText(grabbed.from)}.`);
    }
  };

  const onHandleBlur = (key: number) => {
    // Moving a card re-inserts its node and blurs it for a moment; only a real leave drops it.
    requestAnimationFrame(() => {
      const handle = controlRefs.current.get(controlKey(key, 'handle'));
      if (handle && document.activeElement === handle) return;
      setGrabbed((g) => (g?.key === key ? null : g));
    });
  };

  // Pointer drag: listeners on the window, since the dragged card's node moves under the pointer.
  // A layout effect, so they are in place before the press's own pointerup can arrive.
  useLayoutEffect(() => {
    if (press === null) return;
    const onPointerMove = (event: PointerEvent) => {
      const d = drag.current;
      if (!d || event.pointerId !== d.pointerId) return;
      if (!d.active) {
        if (Math.abs(event.clientY - d.startY) < DRAG_THRESHOLD_PX) return;
        d.active = true;
        setDragging(d.key);
      }
      event.preventDefault();
      const from = entries.findIndex((e) => e.key === d.key);
      // The card goes below every other card whose middle the pointer has passed.
      let to = 0;
      for (const e of entries) {
        if (e.key === d.key) continue;
        const rect = itemRefs.current.get(e.key)?.getBoundingClientRect();
        if (rect && event.clientY > rect.top + rect.height / 2) to++;
      }
      if (from >= 0 && to !== from) {
        pendingFocus.current = { key: d.key, control: 'handle' };
        onMove(from, to);
      }
    };
    const onPointerEnd = (event: PointerEvent) => {
      const d = drag.current;
      if (!d || event.pointerId !== d.pointerId) return;
      drag.current = null;
      setPress(null);
      if (!d.active) return;
      setDragging(null);
      suppressClickUntil.current = event.timeStamp + DRAG_CLICK_GRACE_MS;
      const index = entries.findIndex((e) => e.key === d.key);
      const entry = entries[index];
      if (entry) setAnnouncement(`${quoted(entry.title)} dropped at ${positionText(index)}.`);
    };
    window.addEventListener('pointermove', onPointerMove);
    window.addEventListener('pointerup', onPointerEnd);
    window.addEventListener('pointercancel', onPointerEnd);
    return () => {
      window.removeEventListener('pointermove', onPointerMove);
      window.removeEventListener('pointerup', onPointerEnd);
      window.removeEventListener('pointercancel', onPointerEnd);
    };
  }, [press, entries, onMove, positionText]);

  const onHandlePointerDown = (event: ReactPointerEvent<HTMLButtonElement>, key: number) => {
    if (event.button !== 0 || drag.current) return;
    drag.current = { key, pointerId: event.pointerId, startY: event.clientY, active: false };
    setGrabbed(null);
    setPress(event.pointerId);
  };

  const onHandleClick = (event: MouseEvent<HTMLButtonElement>, index: number) => {
    if (event.timeStamp < suppressClickUntil.current) return;
    toggleGrab(index);
  };

  return (
    <div>
      <p id={instructionsId} className="sr-only">
        Press Space to pick this scene up, the up and down arrow keys to move it, Space to drop it
        and Escape to put it back.
      </p>
      <ol aria-label={label} className="space-y-2">
        {entries.map((entry, index) => {
          const held = grabbed?.key === entry.key;
          const lifted = held || dragging === entry.key;
          return (
            <li
              key={entry.key}
              ref={(el) => {
                if (el) itemRefs.current.set(entry.key, el);
                else itemRefs.current.delete(entry.key);
              }}
              className={`flex items-stretch gap-3 rounded-xl bg-white p-3 shadow-sm ring-1 transition-shadow ${
                lifted ? 'shadow-lg ring-2 ring-amber-500' : 'ring-slate-900/10'
              }`}
            >
              <button
                type="button"
                ref={setControlRef(entry.key, 'handle')}
                aria-pressed={held}
                aria-describedby={instructionsId}
                aria-label={`${quoted(entry.title)}, ${positionText(index)}`}
                onClick={(e) => onHandleClick(e, index)}
                onKeyDown={(e) => onHandleKey(e, index)}
                onBlur={() => onHandleBlur(entry.key)}
                onPointerDown={(e) => onHandlePointerDown(e, entry.key)}
                className={`flex w-12 shrink-0 cursor-grab touch-none flex-col items-center justify-center gap-1 rounded-lg text-sm font-semibold tabular-nums select-none focus-visible:ring-2 focus-visible:ring-amber-500 focus-visible:outline-none active:cursor-grabbing ${
                  held ? 'bg-amber-100 text-amber-900' : 'bg-slate-100 text-slate-700'
                }`}
              >
                <span aria-hidden="true">{index + 1}</span>
                <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
                  {[3, 7, 11].map((y) => (
                    <g key={y}>
                      <circle cx="4.5" cy={y} r="1.3" fill="currentColor" />
                      <circle cx="9.5" cy={y} r="1.3" fill="currentColor" />
                    </g>
                  ))}
                </svg>
              </button>
              <div className="min-w-0 flex-1">
                <h3 className="font-display text-base font-semibold text-slate-900">
                  {entry.title}
                </h3>
                <p className="mt-0.5 text-sm leading-relaxed text-slate-700">{entry.text}</p>
              </div>
              <div className="flex shrink-0 flex-col justify-center gap-1">
                <button
                  type="button"
                  ref={setControlRef(entry.key, 'up')}
                  disabled={index === 0}
                  aria-label={`Move ${quoted(entry.title)} up`}
                  onClick={() => moveByButton(index, -1)}
                  className="rounded-md px-2 py-1 text-xs font-medium text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50 disabled:opacity-40"
                >
                  <span aria-hidden="true">↑ Up</span>
                </button>
                <button
                  type="button"
                  ref={setControlRef(entry.key, 'down')}
                  disabled={index === count - 1}
                  aria-label={`Move ${quoted(entry.title)} down`}
                  onClick={() => moveByButton(index, 1)}
                  className="rounded-md px-2 py-1 text-xs font-medium text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50 disabled:opacity-40"
                >
                  <span aria-hidden="true">↓ Down</span>
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <p role="status" aria-live="polite" className="sr-only" data-testid="reorder-announcement">
        {announcement}
      </p>
    </div>
  );
}
