// Converts stored label and quick-reply rows into the protocol's shapes.
import {
  labelColors,
  type Label,
  type LabelColor,
  type QuickReply,
} from '../protocol/inbox.schema';
import type { LabelRow, QuickReplyRow } from '../store/schema';

function isLabelColor(color: string): color is LabelColor {
  return (labelColors as readonly string[]).includes(color);
}

export function toLabel(row: Pick<LabelRow, 'id' | 'name' | 'color'>): Label {
  // Only palette keys are ever stored; a stray value still shows, in grey.
  return { id: row.id, name: row.name, color: isLabelColor(row.color) ? row.color : 'gray' };
}

export function toQuickReply(row: QuickReplyRow): QuickReply {
  return {
    id: row.id,
    shortcut: row.shortcut,
    text: row.text,
    updatedAt: row.updated_at.toISOString(),
  };
}
