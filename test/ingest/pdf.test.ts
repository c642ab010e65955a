import { describe, expect, it } from 'vitest';
import { FormUnreadable } from '../../src/errors.ts';
import { DEFAULT_LIMITS } from '../../src/ingest/document.ts';
import { rowCells } from '../../src/ingest/grid.ts';
import { startsOwnRow } from '../../src/ingest/pdf/stitch.ts';
import { readPdf, readPdfGrids } from '../../src/ingest/pdf.ts';
import { garbage } from './detect-build.ts';
import { buildPdf, edges } from './pdf-build.ts';

const texts = (grid: { rows: number } & Parameters<typeof rowCells>[0], r: number) =>
  rowCells(grid, r).map((c) => c.text);

async function unreadable(promise: Promise<unknown>): Promise<FormUnreadable> {
  const err = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(FormUnreadable);
  return err as FormUnreadable;
}

describe('readPdfGrids: ruled tables', () => {
  it('rebuilds rows, cells, spans and page refs from rules and text positions', async () => {
    const pdf = buildPdf([
      {
        lines: [[200, 40, 'Form title']],
        tables: [
          {
            xs: edges(50, 100, 4),
            ys: edges(80, 20, 4),
            texts: [
              ['Name', 'Alpha project'],
              ['Level1', 'L2a', 'n1', '10'],
              [undefined, 'L2b', 'n2', '20'],
              ['Total', undefined, undefined, '30'],
            ],
            merges: [
              [0, 1, 0, 3], // 'Alpha project' spans three columns
              [1, 0, 2, 0], // 'Level1' spans two rows
              [3, 0, 3, 2],
            ],
          },
        ],
      },
    ]);
    const grids = await readPdfGrids(pdf, DEFAULT_LIMITS);
    expect(grids).toHaveLength(1);
    const grid = grids[0]!;
    // The free text above the table comes first, as a full-width row.
    expect(texts(grid, 0)).toEqual(['Form title']);
    expect(grid.cols).toBe(4);
    expect(texts(grid, 1)).toEqual(['Name', 'Alpha project']);
    expect(grid.at(1, 1)).toMatchObject({
      colSpan: 3,
      text: 'Alpha project',
      src: { kind: 'pdf', page: 1, ref: 'p1 R1C2' },
    });
    expect(texts(grid, 2)).toEqual(['Level1', 'L2a', 'n1', '10']);
    expect(texts(grid, 3)).toEqual(['Level1', 'L2b', 'n2', '20']);
    expect(grid.at(2, 0)).toMatchObject({ rowSpan: 2, text: 'Level1' });
    expect(grid.at(3, 0)).toBe(grid.at(2, 0));
    expect(texts(grid, 4)).toEqual(['Total', '30']);
  });

  it('splits a text run that pdfjs joined across a cell rule', async () => {
    // One Tj drawing two words that sit in two cells.
    const pdf = buildPdf([
      {
        tables: [{ xs: [50, 70, 120], ys: [80, 100], texts: [[]] }],
        raw: 'BT /F1 9 Tf 53 749 Td (Left) Tj 20 0 Td (Right) Tj ET\n',
      },
    ]);
    const [grid] = await readPdfGrids(pdf, DEFAULT_LIMITS);
    expect(texts(grid!, 0)).toEqual(['Left', 'Right']);
  });

  it('stitches a table continued on the next page: drops the repeated header, continues vertical merges', async () => {
    const xs = edges(50, 100, 3);
    const header = ['Level', 'Name', 'Score'];
    const pdf = buildPdf([
      {
        lines: [[200, 40, 'Form title']],
        tables: [
          {
            xs,
            ys: edges(700, 20, 3),
            texts: [header, ['Output', 'a', '1'], [undefined, 'b', '2']],
            merges: [[1, 0, 2, 0]],
          },
        ],
      },
      {
        lines: [[280, 800, '2']], // a page number does not break the table
        tables: [{ xs, ys: edges(40, 20, 3), texts: [header, [undefined, 'c', '3'], ['Effect', 'd', '4']] }],
      },
    ]);
    const grids = await readPdfGrids(pdf, DEFAULT_LIMITS);
    expect(grids).toHaveLength(1);
    const grid = grids[0]!;
    expect([...Array(grid.rows).keys()].map((r) => texts(grid, r))).toEqual([
      ['Form title'],
      header,
      ['Output', 'a', '1'],
      ['Output', 'b', '2'],
      ['Output', 'c', '3'],
      ['Effect', 'd', '4'],
    ]);
    expect(grid.at(2, 0)).toMatchObject({ rowSpan: 3 });
    expect(grid.at(4, 1)?.src.ref).toBe('p2 R2C2');
  });

  it('keeps stitching under a running header, which stays only before the first page', async () => {
    const xs = edges(50, 100, 3);
    const header: [number, number, string] = [50, 20, 'Street office 2023'];
    const pdf = buildPdf([
      {
        lines: [header],
        tables: [
          {
            xs,
            ys: edges(760, 20, 2),
            texts: [
              ['L', 'a', '1'],
              ['L', 'b', '2'],
            ],
          },
        ],
      },
      { lines: [header], tables: [{ xs, ys: edges(40, 20, 1), texts: [['L', 'c', '3']] }] },
    ]);
    const grids = await readPdfGrids(pdf, DEFAULT_LIMITS);
    expect(grids).toHaveLength(1);
    expect([...Array(grids[0]!.rows).keys()].map((r) => texts(grids[0]!, r))).toEqual([
      ['Street office 2023'],
      ['L', 'a', '1'],
      ['L', 'b', '2'],
      ['L', 'c', '3'],
    ]);
  });

  it('joins a row cut by the page break into one row', async () => {
    const xs = edges(50, 100, 3);
    const pdf = buildPdf([
      {
        tables: [
          {
            xs,
            ys: edges(760, 20, 2),
            texts: [
              ['L', 'first', '1'],
              ['L', 'long name', '5'],
            ],
          },
        ],
      },
      {
        tables: [
          {
            xs,
            ys: edges(40, 20, 2),
            texts: [
              [undefined, 'continued', undefined],
              ['L', 'next', '6'],
            ],
          },
        ],
      },
    ]);
    const [grid] = await readPdfGrids(pdf, DEFAULT_LIMITS);
    expect([...Array(grid!.rows).keys()].map((r) => texts(grid!, r))).toEqual([
      ['L', 'first', '1'],
      ['L', 'long name continued', '5'],
      ['L', 'next', '6'],
    ]);
  });

  it('takes a bare `指标` at the top of a page for the rest of a label cut by the break (`生态效益` | `指标`)', () => {
    for (const own of ['生态效益指标', '指标1：保持', '指标 2：', '5', '100%', '……', '无', '—'])
      expect(startsOwnRow(own), own).toBe(true);
    for (const rest of ['指标', '持良好生态效益', '境']) expect(startsOwnRow(rest), rest).toBe(false);
  });

  it('takes a whole row label of the form at the top of a page for a row of its own (`存在问题` | `改进措施`)', () => {
    for (const own of ['改进措施', '评价结论', '其他资金', '其中：财政资金', '合计', '总分', '项目负责人'])
      expect(startsOwnRow(own), own).toBe(true);
    for (const rest of ['措施', '提出下一步改进措施(100字以内)', '资金使用规范'])
      expect(startsOwnRow(rest), rest).toBe(false);
  });

  it('reads a continued table whose first row has no top rule (browser output)', async () => {
    const xs = edges(50, 100, 3);
    // Page 2: the vertical rules start at y=40 but the first horizontal rule is at y=60.
    let open = '0.5 w\n';
    for (const x of xs) open += `${x} ${842 - 40} m ${x} ${842 - 80} l S\n`;
    for (const y of [60, 80]) open += `${xs[0]} ${842 - y} m ${xs[3]} ${842 - y} l S\n`;
    open +=
      'BT /F1 9 Tf 153 789 Td (c) Tj 100 0 Td (3) Tj ET\nBT /F1 9 Tf 53 769 Td (Effect) Tj 100 0 Td (d) Tj 100 0 Td (4) Tj ET\n';
    const pdf = buildPdf([
      {
        tables: [
          {
            xs,
            ys: edges(760, 20, 2),
            texts: [
              ['Output', 'a', '1'],
              [undefined, 'b', '2'],
            ],
            merges: [[0, 0, 1, 0]],
          },
        ],
      },
      { raw: open },
    ]);
    const [grid] = await readPdfGrids(pdf, DEFAULT_LIMITS);
    expect([...Array(grid!.rows).keys()].map((r) => texts(grid!, r))).toEqual([
      ['Output', 'a', '1'],
      ['Output', 'b', '2'],
      ['Output', 'c', '3'],
      ['Effect', 'd', '4'],
    ]);
  });

  it('gives the lines of a merged label that overflow past the break (over the row under a sliver) back to it', async () => {
    // Page 1 (browser output): a 满意度 group whose merged label runs off the page (no rule under the last row).
    // Page 2: the vertical rules start 3 pt above the first horizontal rule (the sliver of the cut row), and the
    // label's last lines 指 / 标 are printed from above that rule down over the 总分 row, whose cell spans the
    // label's column: they are the label's, not the total row's (which would no longer be found as 总分).
    const [x0, x1, x2, x3] = [50, 150, 250, 350];
    const rule = (a: number, b: number, c: number, d: number) => `${a} ${842 - b} m ${c} ${842 - d} l S\n`;
    let first = '0.5 w\n';
    first += rule(x0, 740, x3, 740) + rule(x1, 760, x3, 760);
    for (const x of [x0, x1, x2, x3]) first += rule(x, 740, x, 800);
    let second = '0.5 w\n';
    second += rule(x0, 60, x3, 60) + rule(x0, 80, x3, 80);
    for (const x of [x0, x2, x3]) second += rule(x, 57, x, 80);
    second += rule(x1, 57, x1, 60); // a tick: the cut row's column edge, no edge of the 总分 cell
    const pdf = buildPdf([
      {
        raw: first,
        cjk: [
          [60, 744, '满意度'],
          [160, 744, '满意度调查'],
          [260, 744, '10'],
          [160, 764, '问卷回收率'],
          [260, 764, '9'],
        ],
      },
      {
        raw: second,
        cjk: [
          [60, 55, '指'],
          [60, 67, '标'],
          [120, 65, '总分'],
          [260, 65, '19'],
        ],
      },
    ]);
    const [grid] = await readPdfGrids(pdf, DEFAULT_LIMITS);
    expect([...Array(grid!.rows).keys()].map((r) => texts(grid!, r))).toEqual([
      ['满意度指标', '满意度调查', '10'],
      ['满意度指标', '问卷回收率', '9'],
      ['总分', '19'],
    ]);
  });

  it('reads a rotated (landscape) page as it is shown', async () => {
    const pdf = buildPdf([
      {
        landscape: true,
        lines: [[300, 30, 'Wide form']],
        tables: [
          {
            xs: edges(50, 180, 4),
            ys: edges(60, 20, 2),
            texts: [
              ['a', 'b', 'c', 'd'],
              ['e', 'f', 'g', 'h'],
            ],
          },
        ],
      },
    ]);
    const [grid] = await readPdfGrids(pdf, DEFAULT_LIMITS);
    expect([...Array(grid!.rows).keys()].map((r) => texts(grid!, r))).toEqual([
      ['Wide form'],
      ['a', 'b', 'c', 'd'],
      ['e', 'f', 'g', 'h'],
    ]);
  });

  it('reads values typed into fillable form fields', async () => {
    const pdf = buildPdf([
      {
        tables: [{ xs: edges(50, 100, 2), ys: edges(80, 20, 2), texts: [['Name'], ['Score']] }],
        fields: [
          [152, 82, 96, 16, 'Alpha project'],
          [152, 102, 96, 16, '95'],
        ],
      },
    ]);
    const [grid] = await readPdfGrids(pdf, DEFAULT_LIMITS);
    expect([texts(grid!, 0), texts(grid!, 1)]).toEqual([
      ['Name', 'Alpha project'],
      ['Score', '95'],
    ]);
  });

  it('reads Chinese in a non-embedded font through the CMaps installed with pdfjs-dist', async () => {
    const pdf = buildPdf([
      {
        cjk: [[200, 40, '项目支出绩效自评表']],
        tables: [{ xs: edges(50, 100, 2), ys: edges(80, 20, 1), texts: [[]] }],
        raw: 'BT /F2 9 Tf 53 749 Td <987976EE540D79F0> Tj ET\n', // 项目名称
      },
    ]);
    const [grid] = await readPdfGrids(pdf, DEFAULT_LIMITS);
    expect([texts(grid!, 0), texts(grid!, 1)]).toEqual([['项目支出绩效自评表'], ['项目名称', '']]);
  });

  it('also gives the pages as plain text, for the LLM path', async () => {
    const pdf = buildPdf([
      {
        lines: [[50, 50, 'Title']],
        tables: [{ xs: edges(50, 100, 2), ys: edges(80, 20, 1), texts: [['Name', 'Alpha']] }],
      },
      { lines: [[50, 50, 'Second page']] },
    ]);
    const { text } = await readPdf(pdf, DEFAULT_LIMITS);
    expect(text).toBe('Title\nName Alpha\n\nSecond page');
  });

  it('starts a new table when text (a form title) comes between', async () => {
    const table = {
      xs: edges(50, 100, 2),
      ys: edges(100, 20, 2),
      texts: [
        ['a', 'b'],
        ['c', 'd'],
      ],
    };
    const pdf = buildPdf([{ tables: [table] }, { lines: [[200, 40, 'Next form']], tables: [table] }]);
    const grids = await readPdfGrids(pdf, DEFAULT_LIMITS);
    expect(grids).toHaveLength(2);
    expect(texts(grids[1]!, 0)).toEqual(['Next form']);
  });

  it('reads text without rules as one line per row', async () => {
    const pdf = buildPdf([
      {
        lines: [
          [50, 50, 'first line'],
          [50, 70, 'second line'],
        ],
      },
    ]);
    const [grid] = await readPdfGrids(pdf, DEFAULT_LIMITS);
    expect([texts(grid!, 0), texts(grid!, 1)]).toEqual([['first line'], ['second line']]);
  });
});

describe('readPdfGrids: hostile and broken files', () => {
  it('refuses a PDF without any text (a scan) with PDF_NO_TEXT', async () => {
    const pdf = buildPdf([{ tables: [{ xs: edges(50, 100, 2), ys: edges(100, 20, 2), texts: [] }] }]);
    const err = await unreadable(readPdfGrids(pdf, DEFAULT_LIMITS));
    expect(err.code).toBe('PDF_NO_TEXT');
    expect(err.userMessage).toContain('扫描件');
    expect(err.userMessage).toContain('文字层');
  });

  const manyPages = buildPdf(
    Array.from({ length: 200 }, (_, i) => ({
      lines: [[200, 40, `Form ${i + 1}`]] as [number, number, string][],
      tables: [
        {
          xs: edges(50, 100, 3),
          ys: edges(80, 20, 3),
          texts: [
            ['a', 'b', 'c'],
            ['d', 'e', 'f'],
            ['g', 'h', `${i}`],
          ],
        },
      ],
    })),
  );

  it('reads a 200-page PDF within the default limits', async () => {
    const grids = await readPdfGrids(manyPages, DEFAULT_LIMITS);
    expect(grids).toHaveLength(200);
    expect(texts(grids[199]!, 3)).toEqual(['g', 'h', '199']);
  });

  it('refuses a PDF above maxPages before reading its pages', async () => {
    const err = await unreadable(readPdfGrids(manyPages, { ...DEFAULT_LIMITS, maxPages: 100 }));
    expect(err.code).toBe('FILE_TOO_LARGE');
    expect(err.userMessage).toContain('200 页');
    expect(err.userMessage).toContain('拆分');
  });

  it('stops when the signal is aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(readPdfGrids(manyPages, DEFAULT_LIMITS, controller.signal)).rejects.toThrow();
  });

  it('refuses a table above maxRows', async () => {
    const err = await unreadable(readPdfGrids(manyPages, { ...DEFAULT_LIMITS, maxRows: 50 }));
    expect(err.code).toBe('FILE_TOO_LARGE');
  });

  it('reads a page drawn full of lines (a lattice, thousands of strokes) as free text', async () => {
    let lattice = '0.1 w\n';
    for (let i = 0; i < 250; i++) {
      const at = 20 + i * 2;
      lattice += `20 ${at} m 520 ${at} l S ${at} 20 m ${at} 520 l S\n`;
    }
    let dashes = '0.1 w\n';
    for (let i = 0; i < 6000; i++)
      dashes += `${20 + (i % 100) * 5} ${600 + Math.floor(i / 100) * 3} m ${22 + (i % 100) * 5} ${600 + Math.floor(i / 100) * 3} l S\n`;
    const pdf = buildPdf([
      { raw: `${lattice}BT /F1 9 Tf 100 800 Td (lattice page) Tj ET\n` },
      { raw: `${dashes}BT /F1 9 Tf 100 800 Td (dashes page) Tj ET\n` },
    ]);
    const [grid, ...rest] = await readPdfGrids(pdf, DEFAULT_LIMITS);
    expect(rest).toHaveLength(0);
    expect([texts(grid!, 0), texts(grid!, 1)]).toEqual([['lattice page'], ['dashes page']]);
  });

  it('asks to remove the password of an encrypted PDF', async () => {
    const pdf = buildPdf([{ lines: [[50, 50, 'secret form']] }], { userPassword: 'secret' });
    const err = await unreadable(readPdfGrids(pdf, DEFAULT_LIMITS));
    expect(err.code).toBe('FILE_ENCRYPTED');
    expect(err.userMessage).toContain('密码');
  });

  it('gives a Chinese message for a truncated PDF', async () => {
    const whole = buildPdf([
      { tables: [{ xs: edges(50, 100, 2), ys: edges(100, 20, 1), texts: [['a', 'b']] }] },
    ]);
    const err = await unreadable(readPdfGrids(whole.subarray(0, 200), DEFAULT_LIMITS));
    expect(err.code).toBe('FILE_UNREADABLE');
    expect(err.userMessage).toMatch(/PDF.*(损坏|不完整)/);
  });

  it('gives a Chinese message for garbage behind a PDF header', async () => {
    const bytes = garbage(4096, 7);
    bytes.set(new TextEncoder().encode('%PDF-1.7\n'));
    const err = await unreadable(readPdfGrids(bytes, DEFAULT_LIMITS));
    expect(['FILE_UNREADABLE', 'PDF_NO_TEXT']).toContain(err.code);
  });
});
