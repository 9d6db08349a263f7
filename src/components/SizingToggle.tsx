import type { Sizing } from '../state/viewState';
import { SegmentedButtons, type Segment } from './SegmentedButtons';

const SIZINGS: readonly Segment<Sizing>[] = [
  { value: 'text', label: 'By text length', short: 'By text' },
  { value: 'equal', label: 'Equal widths', short: 'Equal' },
];

/** Props of the sizing toggle. */
export interface SizingToggleProps {
  sizing: Sizing;
  onChange: (sizing: Sizing) => void;
}

/** Chooses whether marks are sized by their scene's text length or all equal. */
export function SizingToggle({ sizing, onChange }: SizingToggleProps) {
  return (
    <SegmentedButtons
      groupLabel="Mark widths"
      segments={SIZINGS}
      value={sizing}
      onChange={onChange}
    />
  );
}
