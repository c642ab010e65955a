import type { FormRecord, Provenance } from '../record/record.ts';
import { cellValue } from './normalize.ts';
import { cellKey, type Row, type RowCell } from './rows.ts';

/**
 * Labelled texts other provinces' templates print around the tables (docs/RECORD.md "Optional fields"):
 * 评价结论 / 存在问题 / 改进措施, 偏差大或目标未完成原因分析, 其他需要说明事项, 财务负责人, 项目类别 / 项目属性,
 * 单位名称 / 填报日期, 项目实施内容及过程概述. Each is a label cell followed by its value cell, or `label：value`
 * in one cell. A field is set only when its label is on the form (absent = the template has no slot).
 */

export type TextField =
  | 'conclusion'
  | 'problems'
  | 'improvements'
  | 'deviationSummary'
  | 'otherNotes'
  | 'financeOwner'
  | 'projectCategory'
  | 'projectAttribute'
  | 'reportingUnit'
  | 'fillDate'
  | 'implementationSummary';

/** Label keys (NFKC, no whitespace) → field; `part` labels may carry a numbering (`2.项目实施内容及过程概述`). */
const TEXT_LABELS: ReadonlyArray<{ field: TextField; labels: readonly string[]; part?: true }> = [
  { field: 'conclusion', labels: ['评价结论', '自评结论'] },
  { field: 'problems', labels: ['存在问题', '存在的问题'] },
  { field: 'improvements', labels: ['改进措施', '改进措施及结果应用方案', '整改措施'] },
  { field: 'deviationSummary', labels: ['偏差大或目标未完成原因分析'] },
  { field: 'otherNotes', labels: ['其他需要说明事项', '其他需要说明的事项'] },
  { field: 'financeOwner', labels: ['财务负责人'] },
  { field: 'projectCategory', labels: ['项目类别'] },
  { field: 'projectAttribute', labels: ['项目属性'] },
  { field: 'reportingUnit', labels: ['单位名称', '填报单位'] },
  { field: 'fillDate', labels: ['填报日期'] },
  { field: 'implementationSummary', labels: ['项目实施内容及过程概述'], part: true },
];

/** Template hint text left in a cell (`对照年度目标,说明…(100字以内)`, `请填写…`): not a value. */
export function isHintText(text: string): boolean {
  const key = text.normalize('NFKC').replace(/\s+/g, '');
  return /\(\d+字以内\)|^请(?:填写|根据|对照)|^对照年度目标/.test(key);
}

/** A value as the record keeps it: trimmed, hint texts read as `""`. */
export function textValue(text: string): string {
  const value = cellValue(text);
  return isHintText(value) ? '' : value;
}

const TICKED = '☑■√✓✔';
const BOXES = `${TICKED}□☐`;

/** `☑部门预算项目 □市直专项` → `部门预算项目`; text without check boxes as written. */
export function tickedOption(text: string): string {
  if (![...text].some((ch) => BOXES.includes(ch))) return cellValue(text);
  const ticked: string[] = [];
  for (const match of text.matchAll(new RegExp(`([${BOXES}])\\s*([^${BOXES}\\s]+)`, 'gu'))) {
    if (TICKED.includes(match[1] ?? '')) ticked.push(match[2] ?? '');
  }
  return ticked.join('、');
}

/** The key (NFKC, no whitespace, no trailing colon) is the label of a labelled text (评价结论, 存在问题 …). */
export function isTextLabel(key: string): boolean {
  const label = labelOf(key);
  return label !== undefined && label.inline === undefined;
}

function labelOf(key: string): { field: TextField; inline?: string } | undefined {
  for (const { field, labels, part } of TEXT_LABELS) {
    for (const label of labels) {
      if (key === label || (part && key.endsWith(label) && key.length <= label.length + 3)) return { field };
      if (key.startsWith(`${label}:`)) return { field, inline: key.slice(label.length + 1) };
    }
  }
  return undefined;
}

/** A gap of spaces between two labelled texts on one line (`单位名称：…　　　　填报日期：…`). */
const GAP = /[ \t\u3000]{2,}/;

/** `label：` of any labelled text (longest first, so 改进措施及结果应用方案 is not read as 改进措施). */
const LABEL_COLON = new RegExp(
  `(?:${[...TEXT_LABELS.flatMap((t) => t.labels), '项目负责人']
    .sort((a, b) => b.length - a.length)
    .join('|')})\\s*[:：]`,
  'g',
);

/**
 * A cell holding several `label：value` texts (`单位名称：…　　填报日期：…`), as one pseudo-cell each (same
 * ref): apart by gaps, or run together where a page or a browser's copy dropped the gap between them
 * (`单位名称：保山市农业农村局填报日期：2023年1月20日`): split before each `label：` after the first.
 */
function segments(cell: RowCell): RowCell[] {
  const colons = cell.text.match(/[:：]/g)?.length ?? 0;
  const starts = colons < 2 ? [] : [...cell.text.matchAll(LABEL_COLON)].map((m) => m.index);
  if (starts.length >= 2 && cell.text.slice(0, starts[0]).trim() === '') {
    return starts.map((at, k) => ({ text: cell.text.slice(at, starts[k + 1]), ref: cell.ref }));
  }
  if (!GAP.test(cell.text)) return [cell];
  const parts = cell.text.split(GAP).filter((p) => p.trim() !== '');
  const labelled = parts.filter((p) => {
    const key = cellKey({ text: p, ref: cell.ref });
    return key === '项目负责人' || key.startsWith('项目负责人:') || labelOf(key) !== undefined;
  });
  return labelled.length >= 1 && parts.length > 1 ? parts.map((text) => ({ text, ref: cell.ref })) : [cell];
}

/**
 * A cell beside `项目负责人` that itself names a header field (`项目负责人未填写；请补充。`, `联系电话`: the list of
 * findings or missing fields under an exported form) is a remark about the fields, not the person's name.
 */
function mentionsOwnerLabel(cell: RowCell): boolean {
  return /负责人|电话/.test(cellKey(cell));
}

/** The text after the colon of `label：value`, as written. */
function inlineValue(cell: RowCell): string {
  return cellValue(cell.text.replace(/^[^:：]*[:：]/, ''));
}

/**
 * Reads the labelled texts of a form's rows into the record; also `项目负责人：` written under the table (the
 * owner, when the header had no 项目负责人 row; the phone stays as the header left it).
 */
export function readLabelledTexts(record: FormRecord, provenance: Provenance, rows: readonly Row[]): void {
  const set = record as Record<string, unknown>;
  // The 财政部 2020 template holds the owner in its header: a form of it without that row has none, and a
  // 项目负责人 below its table is something else (the findings listed under an exported form).
  const ownerBelow = record.template !== 'mof-2020';
  for (const original of rows) {
    const row = original.flatMap(segments);
    row.forEach((cell, j) => {
      const key = cellKey(cell);
      if (key === '' || key.length > 40) return;
      if (ownerBelow && record.owner === null && (key === '项目负责人' || key.startsWith('项目负责人:'))) {
        // under the table, label and name in one cell (`项目负责人：` with the name left blank reads as "")
        const inline = /[:：]/.test(cell.text);
        const next = inline ? undefined : row.slice(j + 1).find((c) => cellKey(c) !== '');
        if (next && mentionsOwnerLabel(next)) return;
        record.owner = inline
          ? inlineValue(cell)
          : next && !labelOf(cellKey(next))
            ? cellValue(next.text)
            : '';
        provenance.owner = { ref: (next ?? cell).ref, method: 'rule' };
        return;
      }
      const label = labelOf(key);
      if (!label || set[label.field] !== undefined) return;
      let source = cell;
      let text: string;
      if (label.inline !== undefined) text = inlineValue(cell);
      else {
        // the value is the next cell of the row that is not itself a label (blank when there is none)
        const next = row.slice(j + 1).find((c) => cellKey(c) !== '' && cellKey(c) !== key);
        if (next && labelOf(cellKey(next))) text = '';
        else {
          text = next?.text ?? '';
          source = next ?? cell;
        }
      }
      const value =
        label.field === 'projectCategory' || label.field === 'projectAttribute'
          ? tickedOption(text)
          : textValue(text);
      set[label.field] = value;
      provenance[label.field] = { ref: source.ref, method: 'rule' };
    });
  }
}
