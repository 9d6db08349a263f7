import { useNoticeStore } from '../state/notices';

/** How many ignored parts a notice lists by name (a link of garbage can have hundreds). */
const NOTICE_LINES = 6;

/** Tells the viewer which parts of a link could not be honoured (unknown scene, bad value...). */
export function NoticeBar() {
  const ignored = useNoticeStore((s) => s.ignored);
  const dismiss = useNoticeStore((s) => s.dismiss);
  if (ignored.length === 0) return null;
  return (
    <div
      role="status"
      className="flex items-start justify-between gap-3 rounded-lg bg-sky-50 px-3 py-2 text-sm text-sky-900 ring-1 ring-sky-200"
    >
      <p>
        <span className="font-medium">Part of this link was ignored:</span>{' '}
        {ignored.slice(0, NOTICE_LINES).join('; ')}
        {ignored.length > NOTICE_LINES && `; and ${ignored.length - NOTICE_LINES} more`}.
      </p>
      <button
        type="button"
        onClick={dismiss}
        className="shrink-0 rounded px-1.5 text-sky-800 hover:bg-sky-100"
      >
        Dismiss
      </button>
    </div>
  );
}
