import { useEffect } from 'react';

/** What the shortcuts do; each handler is optional while its target is absent. */
export interface ShortcutHandlers {
  step?: (delta: 1 | -1) => string | null | void;
  toggleOrder?: () => void;
  closePanel?: () => void;
}

/** Whether keys typed here belong to a field (text, slider, select) rather than to the page. */
const isTyping = (target: EventTarget | null): boolean => {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag !== 'INPUT') return false;
  const type = (target as HTMLInputElement).type;
  return type !== 'checkbox' && type !== 'radio' && type !== 'button';
};

/**
 * Page shortcuts: Left/Right step through scenes in the current order, `o` switches the order,
 * Escape closes the scene panel; never while typing in a field or while a modal dialog is open.
 */
export function useKeyboardShortcuts(handlers: ShortcutHandlers): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      if (isTyping(event.target)) return;
      if (document.querySelector('[aria-modal="true"]')) return;
      const key = event.key;
      if ((key === 'ArrowRight' || key === 'ArrowLeft') && handlers.step) {
        event.preventDefault();
        const focusedMark = document.activeElement?.closest?.('[data-scene-id]');
        const next = handlers.step(key === 'ArrowRight' ? 1 : -1);
        // Keep keyboard focus on the selected mark when stepping from a mark.
        if (focusedMark && typeof next === 'string') {
          requestAnimationFrame(() =>
            document.querySelector<HTMLElement>(`[data-scene-id="${CSS.escape(next)}"]`)?.focus(),
          );
        }
      } else if ((key === 'o' || key === 'O') && !event.shiftKey && handlers.toggleOrder) {
        event.preventDefault();
        handlers.toggleOrder();
      } else if (key === 'Escape' && handlers.closePanel) {
        handlers.closePanel();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [handlers]);
}
