import { create } from 'zustand';

/**
 * Transient messages for the viewer (what a link asked for that could not be honoured). Kept out of
 * the view store: they are not view state and never go into the URL.
 */
export interface NoticeStore {
  /** Parameters of the current link that were ignored, as readable lines. */
  ignored: readonly string[];
  setIgnored: (lines: readonly string[]) => void;
  addIgnored: (lines: readonly string[]) => void;
  dismiss: () => void;
}

/** The notices store. */
export const useNoticeStore = create<NoticeStore>()((set) => ({
  ignored: [],
  setIgnored: (lines) => set({ ignored: [...lines] }),
  addIgnored: (lines) =>
    set((s) => ({ ignored: [...s.ignored, ...lines.filter((l) => !s.ignored.includes(l))] })),
  dismiss: () => set({ ignored: [] }),
}));
