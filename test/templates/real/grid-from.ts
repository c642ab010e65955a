/**
 * Writes a transcribed table compactly: each row lists only the cells that start in it, left to right; a cell
 * is `text` or `[text, colSpan, rowSpan]` and lands on the next column no merge from above covers.
 */
import { assertTiled, type Cell, type Grid } from '../model.ts';

export type CellSpec = string | [text: string, colSpan?: number, rowSpan?: number];

export function gridFrom(width: number, rows: CellSpec[][]): Grid {
  const taken = rows.map(() => Array.from({ length: width }, () => false));
  const grid: Grid = {
    width,
    rows: rows.map((specs, r) => {
      let col = 0;
      return specs.map((spec) => {
        const [text, colSpan = 1, rowSpan = 1] = typeof spec === 'string' ? [spec] : spec;
        while (taken[r]![col]) col++;
        if (col + colSpan > width) throw new Error(`row ${r + 1}: "${text}" runs past column ${width}`);
        for (let dr = 0; dr < rowSpan; dr++)
          for (let dc = 0; dc < colSpan; dc++) taken[r + dr]![col + dc] = true;
        const cell: Cell = { text, col, colSpan, rowSpan };
        col += colSpan;
        return cell;
      });
    }),
  };
  assertTiled(grid);
  return grid;
}
