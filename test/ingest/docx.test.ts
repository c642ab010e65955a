import { Document, PageBreak, Paragraph, Table, TableCell, TableRow } from 'docx';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/ingest/document.ts';
import { readDocxGrids } from '../../src/ingest/docx.ts';
import { type Grid, rowCells } from '../../src/ingest/grid.ts';
import { docxWithBody, p, packDocx, r, span, tbl, tc, tr, vContinue, vRestart } from './office-build.ts';

const texts = (grid: Grid, row: number): string[] => rowCells(grid, row).map((cell) => cell.text);
const cell = (text: string, opts: { columnSpan?: number; rowSpan?: number } = {}) =>
  new TableCell({ children: [new Paragraph(text)], ...opts });

describe('readDocxGrids on documents built with the docx library', () => {
  it('reads gridSpan and vMerge, two tables split by a page break, title paragraphs as leading rows', async () => {
    const form = (name: string) =>
      new Table({
        rows: [
          new TableRow({ children: [cell('项目名称', { columnSpan: 2 }), cell(name, { columnSpan: 2 })] }),
          new TableRow({
            children: [cell('产出指标', { rowSpan: 2 }), cell('数量指标'), cell('场次'), cell('20')],
          }),
          new TableRow({ children: [cell('质量指标'), cell('合格率'), cell('10')] }),
        ],
      });
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph('项目支出绩效自评表'),
            new Paragraph('（2023年度）'),
            form('甲项目'),
            new Paragraph({ children: [new PageBreak()] }),
            new Paragraph('项目支出绩效自评表'),
            form('乙项目'),
          ],
        },
      ],
    });
    const grids = await readDocxGrids(await packDocx(doc), DEFAULT_LIMITS);
    expect(grids).toHaveLength(2);
    const [first, second] = grids as [Grid, Grid];
    expect(texts(first, 0)).toEqual(['项目支出绩效自评表']);
    expect(texts(first, 1)).toEqual(['（2023年度）']);
    expect(texts(first, 2)).toEqual(['项目名称', '甲项目']);
    expect(first.at(2, 1)?.text).toBe('项目名称');
    expect(texts(first, 3)).toEqual(['产出指标', '数量指标', '场次', '20']);
    // The continuation row repeats the merged origin (fill-down).
    expect(texts(first, 4)).toEqual(['产出指标', '质量指标', '合格率', '10']);
    const merged = first.at(4, 0)!;
    expect(merged).toBe(first.at(3, 0));
    expect(merged.rowSpan).toBe(2);
    expect(merged.src.ref).toBe('T1 R2C1');
    expect(first.at(4, 3)?.src.ref).toBe('T1 R3C4');
    expect(first.at(0, 0)?.src.ref).toBe('T1 P1');
    // After the page break only the one title paragraph leads the second table.
    expect(texts(second, 0)).toEqual(['项目支出绩效自评表']);
    expect(texts(second, 1)).toEqual(['项目名称', '乙项目']);
    expect(second.at(1, 2)?.src.ref).toBe('T2 R1C3');
  });

  it('keeps the paragraphs under the last table as its trailing rows (项目负责人：… 财务负责人：… of 四川 2023)', async () => {
    const form = (name: string) =>
      new Table({ rows: [new TableRow({ children: [cell('项目名称'), cell(name)] })] });
    const doc = new Document({
      sections: [
        {
          children: [
            form('甲项目'),
            new Paragraph('项目负责人：张三　　　　财务负责人：李四'),
            form('乙项目'),
            new Paragraph(''),
            new Paragraph('项目负责人：　　　　财务负责人：王五'),
          ],
        },
      ],
    });
    const [first, second] = (await readDocxGrids(await packDocx(doc), DEFAULT_LIMITS)) as [Grid, Grid];
    // under an earlier table the paragraph leads the next one, as before
    expect(texts(first, 0)).toEqual(['项目名称', '甲项目']);
    expect(first.rows).toBe(1);
    expect(texts(second, 0)).toEqual(['项目负责人：张三　　　　财务负责人：李四']);
    // under the last one it trails it, blank paragraphs left out
    expect(second.rows).toBe(3);
    expect(texts(second, 2)).toEqual(['项目负责人：　　　　财务负责人：王五']);
    expect(second.at(2, 0)?.src.ref).toBe('T2 Q1');
  });

  it('reads a nested table as a grid of its own and keeps the outer cell text', async () => {
    const inner = new Table({ rows: [new TableRow({ children: [cell('内表A'), cell('内表B')] })] });
    const outer = new Table({
      rows: [
        new TableRow({
          children: [
            cell('外表'),
            new TableCell({ children: [new Paragraph('说明'), inner, new Paragraph('')] }),
          ],
        }),
      ],
    });
    const grids = await readDocxGrids(
      await packDocx(new Document({ sections: [{ children: [outer] }] })),
      DEFAULT_LIMITS,
    );
    expect(grids).toHaveLength(2);
    expect(texts(grids[0]!, 0)).toEqual(['外表', '说明']);
    expect(texts(grids[1]!, 0)).toEqual(['说明']);
    expect(texts(grids[1]!, 1)).toEqual(['内表A', '内表B']);
    expect(grids[1]!.at(1, 1)?.src.ref).toBe('T2 R1C2');
  });
});

describe('readDocxGrids on hand-written WordprocessingML', () => {
  it('reads a table wrapped in a content control, rows in w:sdt and gridBefore/gridAfter', async () => {
    const body =
      p(r('标题')) +
      '<w:sdt><w:sdtPr><w:alias w:val="表"/></w:sdtPr><w:sdtContent>' +
      tbl(
        tr(tc('项目名称') + tc('丙项目', span(2))) +
          '<w:sdt><w:sdtPr/><w:sdtContent>' +
          tr(tc('产出指标', vRestart) + tc('数量指标') + tc('5')) +
          '</w:sdtContent></w:sdt>' +
          tr(tc('', vContinue) + tc('质量指标') + tc('6')) +
          tr(tc('只占第二列'), '<w:gridBefore w:val="1"/><w:gridAfter w:val="1"/>'),
      ) +
      '</w:sdtContent></w:sdt>';
    const [grid] = await readDocxGrids(await docxWithBody(body), DEFAULT_LIMITS);
    expect(grid).toBeDefined();
    expect(texts(grid!, 0)).toEqual(['标题']);
    expect(texts(grid!, 1)).toEqual(['项目名称', '丙项目']);
    expect(texts(grid!, 2)).toEqual(['产出指标', '数量指标', '5']);
    expect(texts(grid!, 3)).toEqual(['产出指标', '质量指标', '6']);
    expect(grid!.at(3, 0)?.rowSpan).toBe(2);
    expect(grid!.at(4, 0)).toBeUndefined();
    expect(grid!.at(4, 1)?.text).toBe('只占第二列');
    expect(grid!.at(4, 1)?.src.ref).toBe('T1 R4C2');
  });

  it('skips deleted text, keeps insertions, takes the mc:Fallback, reads tabs, breaks and paragraphs', async () => {
    const content =
      '<w:p>' +
      r('保留') +
      '<w:del w:id="1" w:author="a"><w:r><w:delText>删除</w:delText></w:r></w:del>' +
      '<w:ins w:id="2" w:author="a">' +
      r('插入') +
      '</w:ins>' +
      '<w:r><w:tab/><w:t>制表</w:t><w:br/><w:t>换行</w:t></w:r>' +
      '<mc:AlternateContent><mc:Choice Requires="wps">' +
      r('新版') +
      '</mc:Choice><mc:Fallback>' +
      r('兼容') +
      '</mc:Fallback></mc:AlternateContent>' +
      '</w:p>' +
      p(r('第二段'));
    const [grid] = await readDocxGrids(await docxWithBody(tbl(tr(tc(content)))), DEFAULT_LIMITS);
    expect(grid!.at(0, 0)?.text).toBe('保留插入\t制表\n换行兼容\n第二段');
  });

  it('reads text boxes and character references', async () => {
    const content =
      '<w:p>' +
      r('前&#20013;&#x6587;&amp;') +
      '<w:r><w:pict><v:shape><v:textbox><w:txbxContent>' +
      p(r('框内')) +
      '</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>';
    const [grid] = await readDocxGrids(await docxWithBody(tbl(tr(tc(content)))), DEFAULT_LIMITS);
    expect(grid!.at(0, 0)?.text).toBe('前中文&\n框内');
  });

  it('reads a legacy hMerge as a horizontal span', async () => {
    const body = tbl(tr(tc('合并', '<w:hMerge w:val="restart"/>') + tc('', '<w:hMerge/>') + tc('右')));
    const [grid] = await readDocxGrids(await docxWithBody(body), DEFAULT_LIMITS);
    expect(grid!.at(0, 1)?.text).toBe('合并');
    expect(grid!.at(0, 0)?.colSpan).toBe(2);
    expect(grid!.at(0, 2)?.text).toBe('右');
  });

  it('returns no grids for a document without tables', async () => {
    expect(await readDocxGrids(await docxWithBody(p(r('只有文字'))), DEFAULT_LIMITS)).toEqual([]);
  });

  it('stops at maxRows with a Chinese message', async () => {
    const rows = Array.from({ length: 50 }, (_, i) => tr(tc(String(i)))).join('');
    await expect(
      readDocxGrids(await docxWithBody(tbl(rows)), { ...DEFAULT_LIMITS, maxRows: 10 }),
    ).rejects.toMatchObject({
      code: 'FILE_TOO_LARGE',
      userMessage: expect.stringContaining('表格过大'),
    });
  });

  it('refuses a huge table from its tag counts and too much content before parsing', async () => {
    const rows = '<w:tr><w:tc><w:p/></w:tc></w:tr>'.repeat(600_000); // 19 MB of rows, 100 KB zipped
    await expect(readDocxGrids(await docxWithBody(tbl(rows)), DEFAULT_LIMITS)).rejects.toMatchObject({
      code: 'FILE_TOO_LARGE',
      userMessage: expect.stringContaining('表格过大'),
    });
    const text = p(r('很长的段落'.repeat(20))).repeat(2000);
    await expect(
      readDocxGrids(await docxWithBody(text), { ...DEFAULT_LIMITS, maxCells: 1000 }),
    ).rejects.toMatchObject({
      code: 'FILE_TOO_LARGE',
      userMessage: expect.stringContaining('文档内容过多'),
    });
  });

  it('refuses absurdly deep nesting (bounded recursion) as a broken document', async () => {
    const deep = `${'<w:sdt><w:sdtContent>'.repeat(200)}${p(r('x'))}${'</w:sdtContent></w:sdt>'.repeat(200)}`;
    await expect(readDocxGrids(await docxWithBody(deep), DEFAULT_LIMITS)).rejects.toMatchObject({
      code: 'FILE_UNREADABLE',
      userMessage: expect.stringContaining('另存为 .docx'),
    });
  });

  it('refuses a DTD (entity expansion) with a Chinese message', async () => {
    const base = await docxWithBody(p(r('x')));
    const { unzipSync, zipSync, strFromU8, strToU8 } = await import('fflate');
    const files = unzipSync(base);
    const xml = strFromU8(files['word/document.xml']!);
    files['word/document.xml'] = strToU8(
      xml.replace('?>', '?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]>'),
    );
    await expect(readDocxGrids(zipSync(files), DEFAULT_LIMITS)).rejects.toMatchObject({
      code: 'FORMAT_UNSUPPORTED',
    });
  });
});
