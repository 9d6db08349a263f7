/** One choice of a segmented control. */
export interface Segment<T extends string> {
  value: T;
  label: string;
  /** Shorter label for narrow screens; the accessible name stays `label`. */
  short?: string;
}

/** Props of a segmented control. */
export interface SegmentedButtonsProps<T extends string> {
  /** Names the group for assistive technology. */
  groupLabel: string;
  segments: readonly Segment<T>[];
  value: T;
  onChange: (value: T) => void;
}

/** A group of toggle buttons of which exactly one is pressed (state in aria-pressed). */
export function SegmentedButtons<T extends string>({
  groupLabel,
  segments,
  value,
  onChange,
}: SegmentedButtonsProps<T>) {
  return (
    <div
      role="group"
      aria-label={groupLabel}
      className="inline-flex rounded-lg bg-slate-200/70 p-0.5 ring-1 ring-slate-300/60"
    >
      {segments.map((s) => {
        const pressed = s.value === value;
        return (
          <button
            key={s.value}
            type="button"
            aria-pressed={pressed}
            aria-label={s.short ? s.label : undefined}
            onClick={() => onChange(s.value)}
            className={`rounded-md px-3 py-1.5 text-sm font-medium whitespace-nowrap transition-colors ${
              pressed
                ? 'bg-white text-slate-900 shadow-sm ring-1 ring-slate-900/10'
                : 'text-slate-600 hover:text-slate-900'
            }`}
          >
            {s.short ? (
              <>
                <span className="hidden sm:inline">{s.label}</span>
                <span className="sm:hidden">{s.short}</span>
              </>
            ) : (
              s.label
            )}
          </button>
        );
      })}
    </div>
  );
}
