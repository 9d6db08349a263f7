import { Modal } from './Modal';

/** Props of the first-visit spoiler question. */
export interface SeenDialogProps {
  title: string;
  onAnswer: (seen: boolean) => void;
}

/** Asks, on a first visit to a film, whether the viewer has seen it (the answer is remembered). */
export function SeenDialog({ title, onAnswer }: SeenDialogProps) {
  return (
    <Modal title={`Have you seen ${title}?`}>
      <p>
        Fabula can show the whole structure of the film, or only what you have watched so far. We
        remember your answer for this film on this device.
      </p>
      <div className="mt-5 flex flex-col gap-2 sm:flex-row-reverse">
        <button
          type="button"
          onClick={() => onAnswer(false)}
          className="rounded-lg bg-slate-900 px-4 py-2.5 text-sm font-medium text-white shadow-sm hover:bg-slate-700"
        >
          Not yet — reveal as I go
        </button>
        <button
          type="button"
          onClick={() => onAnswer(true)}
          className="rounded-lg border border-slate-300 bg-white px-4 py-2.5 text-sm font-medium text-slate-800 hover:bg-slate-50"
        >
          I’ve seen it — show everything
        </button>
      </div>
    </Modal>
  );
}
