import type { PageContent, Segment, TextRun } from './page-content.ts';

/** A merged cell of a ruled table on one page: row indices are page-local, x edges in points. */
export interface PageCell {
  r0: number;
  r1: number; // exclusive
  x0: number;
  x1: number;
  runs: TextRun[];
  /** No rule along its top (bottom) edge: at a page end, a cell that runs on from (onto) the next page. */
  openAbove: boolean;
  openBelow: boolean;
}

export interface PageTable {
  page: number;
  top: number;
  bottom: number;
  left: number;
  right: number;
  /** Column edges (x) and row edges (y, top-down) of the elementary grid. */
  xs: number[];
  ys: number[];
  cells: PageCell[];
  /**
   * The first (last) row has no rule above (below) it: the vertical rules run on past the last horizontal one.
   * A browser prints the two parts of a row cut by the page end so, without the rule between them.
   */
  openTop: boolean;
  openBottom: boolean;
  /**
   * The vertical rules start a little above the first horizontal one, too little for a row: the end of a row
   * cut by the page break above, its text all on the page before.
   */
  topSliver: boolean;
  /**
   * Per row, how far below its top edge the highest text of the cells starting in it begins (undefined: no
   * text). A whole row keeps the cell padding; the part of a cut row continued on a new page has none.
   */
  insets: (number | undefined)[];
  /**
   * Under a top sliver: the text of the row cut above that did not fit on the page before and is printed over
   * this page's first row (a browser lets a merged label's last lines overflow so: `满意度` above the break,
   * `指标` over the 总分 row below it). Not in any cell here; the stitcher gives it back to the cut row.
   */
  overflow: TextRun[];
}

/** Rules closer than this are the same rule (double or offset borders). */
const SNAP = 2.5;
/** Bounds on what is taken for a table, so that a page full of drawn lines stays cheap. */
const MAX_RULES = 5000;
const MAX_GRID_POINTS = 40_000;
/** A row open at the top or bottom of a table must be at least this tall to count. */
const ROW_MIN = 6;
/** Vertical rules running this far past the first horizontal one leave a sliver of a row. */
const SLIVER = 1;
/** How far a rule may stop short of a crossing rule and still meet it. */
const REACH = 2.5;

/** Sorted cluster centres of values that lie within SNAP of each other. */
function clusters(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[] = [];
  let group: number[] = [];
  for (const v of sorted) {
    if (group.length > 0 && v - group[group.length - 1]! > SNAP) {
      out.push(group.reduce((s, x) => s + x, 0) / group.length);
      group = [];
    }
    group.push(v);
  }
  if (group.length > 0) out.push(group.reduce((s, x) => s + x, 0) / group.length);
  return out;
}

function meets(h: Segment, v: Segment): boolean {
  return v.x0 >= h.x0 - REACH && v.x0 <= h.x1 + REACH && h.y0 >= v.y0 - REACH && h.y0 <= v.y1 + REACH;
}

/**
 * Joins pieces of one rule drawn cell by cell (browsers, some PDF writers) into one segment, so a piece that
 * crosses no other rule still belongs to its table. Pieces with a real gap between them stay apart.
 */
function joinCollinear(segments: Segment[], horizontal: boolean): Segment[] {
  const at = (s: Segment) => (horizontal ? s.y0 : s.x0);
  const from = (s: Segment) => (horizontal ? s.x0 : s.y0);
  const to = (s: Segment) => (horizontal ? s.x1 : s.y1);
  const sorted = [...segments].sort((a, b) => at(a) - at(b) || from(a) - from(b));
  const out: Segment[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && Math.abs(at(last) - at(s)) <= 0.5 && from(s) <= to(last) + REACH) {
      if (horizontal) last.x1 = Math.max(last.x1, s.x1);
      else last.y1 = Math.max(last.y1, s.y1);
    } else out.push({ ...s });
  }
  return out;
}

/** Groups rules into tables: connected sets of crossing horizontal and vertical rules. */
function components(hs: Segment[], vs: Segment[]): { hs: Segment[]; vs: Segment[] }[] {
  const parent = [...hs, ...vs].map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  for (let i = 0; i < hs.length; i++) {
    for (let j = 0; j < vs.length; j++) {
      if (meets(hs[i]!, vs[j]!)) parent[find(i)] = find(hs.length + j);
    }
  }
  const groups = new Map<number, { hs: Segment[]; vs: Segment[] }>();
  const group = (i: number) => {
    const root = find(i);
    let g = groups.get(root);
    if (!g) {
      g = { hs: [], vs: [] };
      groups.set(root, g);
    }
    return g;
  };
  hs.forEach((h, i) => {
    group(i).hs.push(h);
  });
  vs.forEach((v, j) => {
    group(hs.length + j).vs.push(v);
  });
  return [...groups.values()];
}

/** Does one of the rules lying on this line cover the point `mid` along it? */
function covers(onLine: Segment[], horizontal: boolean, mid: number): boolean {
  return onLine.some((s) =>
    horizontal ? s.x0 - REACH <= mid && s.x1 + REACH >= mid : s.y0 - REACH <= mid && s.y1 + REACH >= mid,
  );
}

/** The rules lying on each edge line (within SNAP), so that each coverage test looks at a few rules only. */
function rulesOnEdges(segments: Segment[], edges: number[], horizontal: boolean): Segment[][] {
  return edges.map((e) => segments.filter((s) => Math.abs((horizontal ? s.y0 : s.x0) - e) <= SNAP));
}

function indexOf(edges: number[], v: number): number {
  for (let i = 0; i + 1 < edges.length; i++) if (v >= edges[i]! && v < edges[i + 1]!) return i;
  return -1;
}

/**
 * Elementary cells joined into merged cells wherever no rule separates them. Greedy from the top-left:
 * a cell grows right until a rule, then down while the rows below are open across its whole width.
 * Every cell is a rectangle, and a missing rule only merges its neighbours, never the whole table.
 */
function mergedCells(hs: Segment[], vs: Segment[], xs: number[], ys: number[]) {
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  const owner: number[] = new Array(rows * cols).fill(-1);
  const cells: { r0: number; r1: number; c0: number; c1: number; openAbove: boolean; openBelow: boolean }[] =
    [];
  const vAt = rulesOnEdges(vs, xs, false);
  const hAt = rulesOnEdges(hs, ys, true);
  const vRule = (c: number, r: number) => covers(vAt[c]!, false, (ys[r]! + ys[r + 1]!) / 2);
  const hRule = (r: number, c: number) => covers(hAt[r]!, true, (xs[c]! + xs[c + 1]!) / 2);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (owner[r * cols + c]! >= 0) continue;
      let c1 = c + 1;
      while (c1 < cols && owner[r * cols + c1]! < 0 && !vRule(c1, r)) c1++;
      let r1 = r + 1;
      const open = (row: number) => {
        for (let k = c; k < c1; k++) {
          if (owner[row * cols + k]! >= 0 || hRule(row, k) || (k > c && vRule(k, row))) return false;
        }
        return true;
      };
      while (r1 < rows && open(r1)) r1++;
      for (let rr = r; rr < r1; rr++) for (let k = c; k < c1; k++) owner[rr * cols + k] = cells.length;
      const ruled = (edge: number) => {
        for (let k = c; k < c1; k++) if (!hRule(edge, k)) return false;
        return true;
      };
      cells.push({ r0: r, r1, c0: c, c1, openAbove: !ruled(r), openBelow: !ruled(r1) });
    }
  }
  return { cells, owner, cols };
}

const WIDE = /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u3000-\u303F]/;

/** Estimated advance of a string: CJK and full-width characters are square, the rest about half. */
function advance(text: string, size: number): number {
  let w = 0;
  for (const ch of text) w += WIDE.test(ch) ? size : size * 0.55;
  return w;
}

/**
 * pdfjs joins neighbouring text into one run (`全年执行数 分值`) even across a cell rule. Such a run is cut
 * into its words (or characters), placed by estimated width: the first and last pieces keep the run's ends.
 */
function splitAcrossRules(run: TextRun, tables: PageTable[]): TextRun[] {
  const end = run.x + run.width;
  const midY = run.top + run.size / 2;
  const crosses = tables.some(
    (t) => midY >= t.top && midY <= t.bottom && t.xs.some((x) => x > run.x + 1 && x < end - 1),
  );
  if (!crosses) return [run];
  const trimmed = run.text.trim();
  const pieces = /\s/.test(trimmed) ? trimmed.split(/\s+/) : [...trimmed];
  if (pieces.length < 2) return [run];
  const estimated = pieces.map((p) => advance(p, run.size));
  const sum = estimated.reduce((a, b) => a + b, 0);
  // estimates wider than the run (narrow digits, punctuation) are shrunk to it: a piece pushed past the run's
  // end would land in the next cell
  const widths = sum > run.width ? estimated.map((w) => (w * run.width) / sum) : estimated;
  const gap = Math.max(0, (run.width - Math.min(sum, run.width)) / (pieces.length - 1));
  const out: TextRun[] = [];
  let x = run.x;
  pieces.forEach((text, i) => {
    out.push({ ...run, text, x, width: widths[i]! });
    x += widths[i]! + gap;
  });
  return out;
}

/** Line steps of one text, relative to the font size: a following line of the same cell starts within these. */
const LINE_STEP = [0.9, 1.6] as const;
/** Two lines of one text start (or are centred) within this much of each other, relative to the font size. */
const ALIGNED = 0.6;

/**
 * The overflow of the row cut above a top sliver (PageTable.overflow): runs that start above the table's first
 * rule (no text of a row starts above its own top rule; the sliver is too low to hold a line), and the lines
 * that follow them down in the same column, one line step apart. Empty without a sliver.
 */
function overflowOf(table: PageTable, runs: readonly TextRun[]): TextRun[] {
  if (!table.topSliver || table.ys.length < 2) return [];
  const column = (run: TextRun) => indexOf(table.xs, run.x + run.width / 2);
  const inTable = (run: TextRun) => {
    const cx = run.x + run.width / 2;
    return run.text.trim() !== '' && cx > table.left && cx < table.right;
  };
  const taken = runs.filter(
    (run) => inTable(run) && run.top < table.top && run.top + run.size > table.top && column(run) >= 0,
  );
  if (taken.length === 0) return [];
  const below = runs
    .filter((run) => inTable(run) && run.top >= table.top && run.top < table.ys[1]!)
    .sort((a, b) => a.top - b.top);
  const centre = (run: TextRun) => run.x + run.width / 2;
  for (const run of below) {
    const step = (t: TextRun) => (run.top - t.top) / run.size;
    // the next line of the same text: one line down, aligned with it (left edges or centres, as it is set)
    const follows = (t: TextRun) =>
      column(t) === column(run) &&
      step(t) >= LINE_STEP[0] &&
      step(t) <= LINE_STEP[1] &&
      (Math.abs(run.x - t.x) <= ALIGNED * run.size ||
        Math.abs(centre(run) - centre(t)) <= ALIGNED * run.size);
    if (taken.some(follows)) taken.push(run);
  }
  return taken;
}

/** The ruled tables of a page, top to bottom, and the text that lies outside them. */
export function pageTables(content: PageContent): { tables: PageTable[]; outside: TextRun[] } {
  const tables: PageTable[] = [];
  const owners: { table: PageTable; cellAt: (x: number, y: number) => PageCell | undefined }[] = [];
  const horizontals = joinCollinear(content.horizontals, true);
  const verticals = joinCollinear(content.verticals, false);
  if (horizontals.length + verticals.length > MAX_RULES) {
    // Thousands of separate rules are a drawing, not a form: read the page as free text.
    horizontals.length = 0;
    verticals.length = 0;
  }
  for (const group of components(horizontals, verticals)) {
    // Rules running past the first or last horizontal rule: a row left open at a page break (browsers draw
    // no top border on the continued part of a table).
    const top = Math.min(...group.vs.map((v) => v.y0));
    const bottom = Math.max(...group.vs.map((v) => v.y1));
    const ys = clusters(group.hs.map((h) => h.y0));
    const openTop = ys.length > 0 && top < ys[0]! - ROW_MIN;
    const topSliver = ys.length > 0 && !openTop && top < ys[0]! - SLIVER;
    const openBottom = ys.length > 0 && bottom > ys[ys.length - 1]! + ROW_MIN;
    if (openTop) ys.unshift(top);
    if (openBottom) ys.push(bottom);
    const xs = clusters(group.vs.map((v) => v.x0));
    // Fewer than 2×2 edges is a lone rule, not a table; a huge lattice is a drawing (or a hostile file).
    if (ys.length < 2 || xs.length < 2 || ys.length * xs.length > MAX_GRID_POINTS) continue;
    const merged = mergedCells(group.hs, group.vs, xs, ys);
    const pageCells: PageCell[] = merged.cells.map((b) => ({
      r0: b.r0,
      r1: b.r1,
      x0: xs[b.c0]!,
      x1: xs[b.c1]!,
      runs: [],
      openAbove: b.openAbove,
      openBelow: b.openBelow,
    }));
    const table: PageTable = {
      page: content.page,
      top: ys[0]!,
      bottom: ys[ys.length - 1]!,
      left: xs[0]!,
      right: xs[xs.length - 1]!,
      xs,
      ys,
      cells: pageCells,
      openTop,
      openBottom,
      topSliver,
      insets: [],
      overflow: [],
    };
    tables.push(table);
    owners.push({
      table,
      cellAt: (x, y) => {
        const r = indexOf(ys, y);
        const c = indexOf(xs, x);
        return r < 0 || c < 0 ? undefined : pageCells[merged.owner[r * merged.cols + c]!];
      },
    });
  }
  const outside: TextRun[] = [];
  const runs = content.texts.flatMap((r) => splitAcrossRules(r, tables));
  const overflowing = new Set<TextRun>();
  for (const table of tables) {
    for (const run of overflowOf(table, runs)) {
      overflowing.add(run);
      table.overflow.push(run);
    }
  }
  for (const run of runs) {
    if (overflowing.has(run)) continue;
    const cx = run.x + run.width / 2;
    const cy = run.top + run.size / 2;
    let cell: PageCell | undefined;
    for (const owner of owners) {
      cell = owner.cellAt(cx, cy);
      if (cell) break;
    }
    // Text straddling a table's bottom rule is a cell's text cut by the page end (browsers print it so).
    if (!cell) {
      const above = owners.find(
        (o) => run.top < o.table.bottom && cy > o.table.bottom && cx > o.table.left && cx < o.table.right,
      );
      cell = above?.cellAt(cx, above.table.bottom - 0.5);
    }
    // Text just under a cell that has no rule under it (a merged label running on to the next page): a browser
    // may set the label's last line there, below the rows it drew on this page.
    if (!cell) {
      const over = owners.find(
        (o) =>
          run.top >= o.table.bottom &&
          run.top - o.table.bottom < 2 * run.size &&
          cx > o.table.left &&
          cx < o.table.right,
      );
      const open = over?.cellAt(cx, over.table.bottom - 0.5);
      if (open?.openBelow) cell = open;
    }
    if (cell) cell.runs.push(run);
    else if (run.text.trim() !== '') outside.push(run);
  }
  for (const table of tables) {
    table.insets = table.ys.slice(1).map(() => undefined);
    for (const cell of table.cells) {
      for (const run of cell.runs) {
        if (run.text.trim() === '') continue;
        const gap = run.top - table.ys[cell.r0]!;
        const now = table.insets[cell.r0];
        table.insets[cell.r0] = now === undefined ? gap : Math.min(now, gap);
      }
    }
  }
  tables.sort((a, b) => a.top - b.top);
  return { tables, outside };
}
