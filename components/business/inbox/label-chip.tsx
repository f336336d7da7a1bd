import type { Label } from '@/lib/protocol/inbox.schema';
import { LABEL_CHIP } from './label-colors';

export function LabelChip({ label }: { label: Label }) {
  return (
    <span
      className={`inline-flex max-w-32 items-center truncate rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset ${LABEL_CHIP[label.color]}`}
    >
      {label.name}
    </span>
  );
}
