import { useEffect, useMemo, useState } from 'react';
import type { Film } from '../model/film';
import type { Annotations } from '../pipeline/annotations';
import { useViewStore } from '../state/store';
import { replacingHistory } from '../state/useUrlSync';
import type { CorrectionsContextValue } from './correctionsContext';

// The corrections module brings zod and the converter's applier: it loads beside the film, not in
// the initial bundle (the film's own fetch loads zod anyway).
const loadCorrections = () => import('../state/corrections');
type CorrectionsModule = Awaited<ReturnType<typeof loadCorrections>>;

/** What useCorrections gives the explorer. */
export interface UseCorrections {
  /** The film to show: corrected when corrections apply, else as loaded; undefined until loaded. */
  film: Film | undefined;
  /** True while the corrections module is still loading (the film waits, so it never flashes). */
  pending: boolean;
  /** The context for the correction controls; null until both film and module are loaded. */
  context: CorrectionsContextValue | null;
}

/**
 * Characters chosen in the filter that a merge folds away are chosen as the character they joined,
 * so the filter keeps its meaning (and the link check does not call them unknown).
 */
function followMerge(from: readonly string[], into: string): void {
  const chosen = () => useViewStore.getState().chars;
  if (!from.some((id) => chosen().includes(id))) return;
  replacingHistory(() => {
    const { toggleCharacter } = useViewStore.getState();
    for (const id of from) if (chosen().includes(id)) toggleCharacter(id);
    if (!chosen().includes(into)) toggleCharacter(into);
  });
}

interface Loaded {
  mod: CorrectionsModule;
  annotations: Annotations;
  notice: string | null;
}

/**
 * A film's browser corrections: reads them from localStorage, applies them to the loaded film
 * (every view then shows the corrected film), and offers adding, undoing and discarding them.
 */
export function useCorrections(filmId: string, base: Film | undefined): UseCorrections {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [failed, setFailed] = useState(false);
  const [editing, setEditing] = useState(false);

  useEffect(() => {
    let live = true;
    loadCorrections().then(
      (mod) => {
        if (!live) return;
        const stored = mod.readCorrections(filmId);
        setLoaded({ mod, ...stored });
      },
      () => {
        // Without the module the film is shown as loaded, without correction controls.
        if (live) setFailed(true);
      },
    );
    return () => {
      live = false;
    };
  }, [filmId]);

  // Corrections made in another tab of the same browser show here too.
  const mod = loaded?.mod;
  useEffect(() => {
    if (!mod) return;
    const onStorage = (event: StorageEvent) => {
      if (event.key !== null && event.key !== mod.CORRECTIONS_KEY_PREFIX + filmId) return;
      setLoaded({ mod, ...mod.readCorrections(filmId) });
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [mod, filmId]);

  const applied = useMemo(
    () => (loaded && base ? loaded.mod.applyCorrections(base, loaded.annotations) : null),
    [loaded, base],
  );

  const context = useMemo((): CorrectionsContextValue | null => {
    if (!loaded || !base || !applied) return null;
    const { mod, annotations } = loaded;
    const keep = (next: Annotations) => {
      const saved = mod.writeCorrections(next);
      setLoaded({
        mod,
        annotations: next,
        notice: saved
          ? null
          : 'This browser would not keep the corrections (storage full or disabled): download them before leaving.',
      });
    };
    return {
      base,
      annotations,
      corrections: mod.correctionsOf(annotations),
      problem: applied.error,
      notice: loaded.notice,
      add: (correction) => {
        const proposal = mod.proposeCorrection(base, annotations, correction);
        if (!proposal.ok) return proposal.error;
        if (correction.list === 'mergeCharacters')
          followMerge(correction.entry.from, correction.entry.into);
        keep(proposal.annotations);
        return null;
      },
      undo: (index) => keep(mod.withoutCorrection(annotations, index)),
      discardAll: () => keep(mod.emptyAnnotations(filmId)),
      dismissNotice: () => setLoaded({ ...loaded, notice: null }),
      describe: (correction, limit) => mod.describeCorrection(correction, base, limit),
      fileText: () => mod.annotationFileText(annotations),
      editing,
      setEditing,
    };
  }, [loaded, base, applied, editing, filmId]);

  return {
    film: applied?.film ?? base,
    pending: loaded === null && !failed,
    context,
  };
}
