import { useNoticeStore } from '../state/notices';
import { useViewStore } from '../state/store';

/** Opens a film the viewer chose: notices about the previous link no longer apply. */
export function openFilm(id: string): void {
  useNoticeStore.getState().dismiss();
  useViewStore.getState().selectFilm(id);
}
