/** Props of a loading skeleton. */
export interface SkeletonProps {
  /** What is loading, for screen readers ("Loading Memento"). */
  label: string;
  variant: 'film' | 'list';
}

const bar = 'rounded bg-slate-200 motion-safe:animate-pulse';

/** A designed loading state shaped like what is coming (film view or film list). */
export function Skeleton({ label, variant }: SkeletonProps) {
  return (
    <div role="status" aria-live="polite" aria-busy="true" className="space-y-4">
      <span className="sr-only">{label}</span>
      {variant === 'film' ? (
        <>
          <div className={`${bar} h-8 w-72`} />
          <div className={`${bar} h-4 w-full max-w-2xl`} />
          <div className={`${bar} h-4 w-2/3 max-w-xl`} />
          <div className="mt-6 flex h-28 items-end gap-1 rounded-xl bg-white p-4 ring-1 ring-slate-900/5">
            {Array.from({ length: 24 }, (_, i) => (
              <div
                key={i}
                className={`${bar} h-10 flex-1`}
                style={{ animationDelay: `${i * 40}ms` }}
              />
            ))}
          </div>
        </>
      ) : (
        <div className="grid gap-2 sm:grid-cols-2">
          {Array.from({ length: 6 }, (_, i) => (
            <div key={i} className="rounded-lg bg-white p-3 ring-1 ring-slate-900/5">
              <div className={`${bar} h-5 w-48`} />
              <div className={`${bar} mt-2 h-3 w-32`} />
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
