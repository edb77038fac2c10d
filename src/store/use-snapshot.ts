// The dataset as of the timeline's date, for components: re-renders only when the date changes
// (snapshots are cached per date, so the object is stable for a given date).
import { summary } from '../data/dataset';
import { type Snapshot, snapshotAt } from '../data/snapshot';
import { useAppStore } from './store';

export function useSnapshot(): Snapshot {
  const asOf = useAppStore((s) => s.asOf);
  return snapshotAt(summary, asOf);
}
