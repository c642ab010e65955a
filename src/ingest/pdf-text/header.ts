import type { FieldSource } from '../../record/record.ts';
import { lineRef, spacedLabel, type TextLine } from './lines.ts';

export type HeaderField = 'projectName' | 'department' | 'implementingUnit' | 'owner' | 'phone';

const LABELS: ReadonlyArray<[HeaderField, string]> = [
  ['projectName', '项目名称'],
  ['department', '主管部门'],
  ['implementingUnit', '实施单位'],
  ['owner', '项目负责人'],
  ['phone', '联系电话'],
];

export interface HeaderRead {
  values: Partial<Record<HeaderField, string>>;
  sources: Partial<Record<HeaderField, FieldSource>>;
}

/**
 * Reads the header block (`项目名称 … 联系电话 …`). Labels may be wrapped (`实施单\n位`), so the block
 * is read as one string with line breaks kept as `\n`; a value is the text between its label and
 * the next label, with the breaks removed (a break inside a cell is a wrap, not a space).
 */
export function readHeader(lines: readonly TextLine[]): HeaderRead {
  const text = lines.map((l) => l.text).join('\n');
  // offset in `text` → index of its line
  const lineAt: number[] = [];
  lines.forEach((l, i) => {
    for (let k = 0; k <= l.text.length; k++) lineAt.push(i);
  });
  const found: Array<{ field: HeaderField; start: number; end: number }> = [];
  for (const [field, label] of LABELS) {
    const match = new RegExp(spacedLabel(label)).exec(text);
    if (match) found.push({ field, start: match.index, end: match.index + match[0].length });
  }
  found.sort((a, b) => a.start - b.start);
  const out: HeaderRead = { values: {}, sources: {} };
  found.forEach((label, i) => {
    const next = found[i + 1]?.start ?? text.length;
    const slice = text.slice(label.end, next);
    out.values[label.field] = slice.replace(/\s*\n\s*/g, '').trim();
    const first = lineAt[label.start] ?? 0;
    const last = lineAt[Math.max(label.end, next - 1)] ?? first;
    out.sources[label.field] = { ref: lineRef(lines.slice(first, last + 1)), method: 'rule' };
  });
  return out;
}
