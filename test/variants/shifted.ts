/**
 * Misaligned variants (issue 12, "refuse rather than guess"): a printed form whose header labels stand one column
 * off their cells, as when a header cell is missing or one too many and every cell after it lines up under its
 * neighbour's label. A right reader cannot know which cell belongs where and must mark the section unread, never
 * return the cells under the wrong fields. The shift is made on the printed grid, so every renderer prints it.
 */
import type { Cell, Grid, PrintedForm } from '../templates/model.ts';

export type Section = 'indicators' | 'funds';
export type Direction = 'right' | 'left';

export interface Shift {
  section: Section;
  /** Index, among the section header's label cells, of the first label that moves. */
  from: number;
  direction: Direction;
}

/** The label cells of a section's header row, left to right (the block label and blank cells excluded). */
function headerLabels(grid: Grid, section: Section): Cell[] {
  const first = section === 'indicators' ? '一级指标' : '年初预算数';
  const row = grid.rows.find((r) => r.some((c) => c.text === first));
  if (!row) throw new Error(`no ${section} header`);
  const at = row.findIndex((c) => c.text === first);
  return row.slice(at);
}

/** How many label cells a section's header has (the shifts of a section run over them). */
export function labelCount(section: Section): number {
  // 一级 二级 三级 年度指标值 实际完成值 分值 得分 偏差原因; 年初预算数 全年预算数 全年执行数 分值 执行率 得分
  return section === 'indicators' ? 8 : 6;
}

/**
 * Moves the labels of one header from `from` on by one column: to the right (a blank label cell at `from`, the
 * last label falls off the table) or to the left (the label at `from` is gone, a blank label cell at the end).
 * Cell sizes stay, so each value column now stands under its neighbour's label.
 */
export function shiftHeader(form: PrintedForm, shift: Shift): PrintedForm {
  const out = structuredClone(form);
  const cells = headerLabels(out.table, shift.section);
  const texts = cells.map((c) => c.text);
  const moved =
    shift.direction === 'right'
      ? [...texts.slice(0, shift.from), '', ...texts.slice(shift.from, -1)]
      : [...texts.slice(0, shift.from), ...texts.slice(shift.from + 1), ''];
  cells.forEach((c, i) => {
    c.text = moved[i] ?? '';
  });
  return out;
}

/** Every shift of a section: each start column, both directions. */
export function shiftsOf(section: Section): Shift[] {
  return Array.from({ length: labelCount(section) }, (_, from) =>
    (['right', 'left'] as const).map((direction) => ({ section, from, direction })),
  ).flat();
}

/**
 * Labels that fell off in place: the label cells at `indexes` (among the section header's labels, as in `Shift`)
 * left blank, every other label and every value where it was. Nothing moves: the values under a blank label are
 * there, unnamed.
 */
export function blankLabels(form: PrintedForm, section: Section, indexes: readonly number[]): PrintedForm {
  const out = structuredClone(form);
  const cells = headerLabels(out.table, section);
  for (const i of indexes) {
    const cell = cells[i];
    if (cell) cell.text = '';
  }
  return out;
}
