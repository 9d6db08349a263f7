import type { Film } from '../model/film';
import { useViewStore } from '../state/store';
import { requestFullscreenQuietly } from './fullscreen';

/** Opens present mode (and asks for full screen, since this click is a user gesture). */
export function PresentButton({ film }: { film: Film }) {
  return (
    <button
      type="button"
      onClick={() => {
        requestFullscreenQuietly();
        useViewStore.getState().enterPresent(film);
      }}
      title="One scene at a time, full screen, for a projector (Esc leaves)"
      className="inline-flex items-center gap-1.5 rounded-lg bg-white px-3 py-1.5 text-sm font-medium whitespace-nowrap text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50"
    >
      <svg width="14" height="12" viewBox="0 0 14 12" aria-hidden="true">
        <rect
          x="0.75"
          y="0.75"
          width="12.5"
          height="8"
          rx="1"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
        />
        <path d="M7 9v2.5M4.5 11.5h5" stroke="currentColor" strokeWidth="1.5" />
      </svg>
      Present
    </button>
  );
}
