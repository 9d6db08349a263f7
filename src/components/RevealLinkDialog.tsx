import { Modal } from './Modal';

/** Props of the question asked when a link points past the spoiler limit. */
export interface RevealLinkDialogProps {
  /** 1-based position, in story order, of the scene the link opens. */
  sceneNumber: number;
  onReveal: () => void;
  onDecline: () => void;
}

/** Asks before revealing up to a linked scene that lies beyond what the viewer has seen. */
export function RevealLinkDialog({ sceneNumber, onReveal, onDecline }: RevealLinkDialogProps) {
  return (
    <Modal title="Reveal more of the film?" onDismiss={onDecline}>
      <p>This link opens scene {sceneNumber}, beyond what you’ve seen. Reveal up to it?</p>
      <div className="mt-5 flex flex-col gap-2 sm:flex-row-reverse">
        <button
          type="button"
          onClick={onReveal}
          className="rounded-lg bg-slate-900 px-4 py-2.5 text-sm font-medium text-white shadow-sm hover:bg-slate-700"
        >
          Reveal up to scene {sceneNumber}
        </button>
        <button
          type="button"
          onClick={onDecline}
          className="rounded-lg border border-slate-300 bg-white px-4 py-2.5 text-sm font-medium text-slate-800 hover:bg-slate-50"
        >
          Stay spoiler-free
        </button>
      </div>
    </Modal>
  );
}
