import type { SceneOrder } from '../state/viewState';
import { SegmentedButtons, type Segment } from './SegmentedButtons';

const ORDERS: readonly Segment<SceneOrder>[] = [
  { value: 'story', label: 'Story order', short: 'Story' },
  { value: 'chrono', label: 'Chronological order', short: 'Chrono' },
];

/** Props of the order toggle. */
export interface OrderToggleProps {
  order: SceneOrder;
  onChange: (order: SceneOrder) => void;
}

/** The order toggle: "Story order" / "Chronological order", the pressed one is current. */
export function OrderToggle({ order, onChange }: OrderToggleProps) {
  return (
    <SegmentedButtons
      groupLabel="Scene order (shortcut: O)"
      segments={ORDERS}
      value={order}
      onChange={onChange}
    />
  );
}
