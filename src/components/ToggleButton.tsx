import type { ReactNode } from 'react';

/** Props of an on/off button. */
export interface ToggleButtonProps {
  pressed: boolean;
  onToggle: () => void;
  children: ReactNode;
  title?: string;
}

/** An on/off button whose state is in aria-pressed (lanes, table view). */
export function ToggleButton({ pressed, onToggle, children, title }: ToggleButtonProps) {
  return (
    <button
      type="button"
      aria-pressed={pressed}
      onClick={onToggle}
      title={title}
      className={`inline-flex items-center gap-1.5 rounded-lg px-3 py-1.5 text-sm font-medium whitespace-nowrap ring-1 transition-colors ${
        pressed
          ? 'bg-slate-900 text-white ring-slate-900'
          : 'bg-white text-slate-700 ring-slate-300 hover:bg-slate-50'
      }`}
    >
      <span
        aria-hidden="true"
        className={`h-2 w-2 rounded-full ${pressed ? 'bg-amber-400' : 'bg-slate-300'}`}
      />
      {children}
    </button>
  );
}
