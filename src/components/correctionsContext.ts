import { createContext } from 'react';
import type { Film } from '../model/film';
import type { Annotations } from '../pipeline/annotations';
import type { Correction } from '../state/corrections';

/** What the correction controls can see and do for the film on screen (see useCorrections.ts). */
export interface CorrectionsContextValue {
  /** The film as loaded, before the corrections. */
  base: Film;
  /** The corrections kept in this browser, in the converter's file format. */
  annotations: Annotations;
  /** The same corrections as one list, in the order the converter applies them. */
  corrections: readonly Correction[];
  /** Why the kept corrections are not shown (they no longer apply to this film), else null. */
  problem: string | null;
  /** A one-line notice about the kept corrections (dropped as unreadable, not saved), else null. */
  notice: string | null;
  /** Adds a correction; returns null when it applied, else the one-line reason it was refused. */
  add: (correction: Correction) => string | null;
  /** Removes the correction at this index of `corrections`. */
  undo: (index: number) => void;
  /** Removes every correction of this film. */
  discardAll: () => void;
  dismissNotice: () => void;
  /** One correction in words, naming only what the spoiler limit reveals. */
  describe: (correction: Correction, limit: number) => string;
  /** The annotation file's text, for data/annotations/<film-id>.json. */
  fileText: () => string;
  /** Whether the scene panel's edit controls are open (kept while stepping through scenes). */
  editing: boolean;
  setEditing: (open: boolean) => void;
}

/** The corrections of the film on screen; null where corrections are not offered. */
export const CorrectionsContext = createContext<CorrectionsContextValue | null>(null);
