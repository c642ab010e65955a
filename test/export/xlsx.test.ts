import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { layoutForm } from '../../src/export/layout.ts';
import { exportXlsx } from '../../src/export/xlsx.ts';
import type { FormRecord } from '../../src/record/record.ts';
import type { CheckResult } from '../../src/score/types.ts';
import { fixturePath } from '../helpers/corpus.ts';

const record = (id: string) =>
  JSON.parse(readFileSync(fixturePath('files', `${id}.json`), 'utf8')) as FormRecord;

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer as ArrayBuffer);
  return wb;
}

/** Text of every origin cell (a merge's covered cells are skipped). */
function cellTexts(wb: ExcelJS.Workbook): Map<string, string> {
  const out = new Map<string, string>();
  wb.worksheets[0]!.eachRow((row) => {
    row.eachCell((cell) => {
      if (cell.master !== cell || cell.value === null) return;
      const text = cell.text.trim();
      if (text) out.set(cell.address, text);
    });
  });
  return out;
}

function check(rec: FormRecord): CheckResult {
  return {
    score: {
      budget: { weight: 10, rate: 100, statedRate: 100, computed: 10, stated: 10 },
      levels: [
        { level1: '产出指标', weight: 50, stated: 50, computed: 48 },
        { level1: '效益指标', weight: 20, stated: 20, computed: 20 },
        { level1: '满意度指标', weight: 20, stated: 20, computed: 20 },
      ],
      indicators: [
        {
          index: 0,
          level1: '产出指标',
          level2: '数量指标',
          name: rec.indicators[0]!.name,
          kind: 'positive',
          weight: 5,
          stated: 5,
          computed: 3,
        },
      ],
      total: { stated: 100, computed: 98, byRules: 98, weight: 100 },
      grade: '优',
      precision: 2,
      scheme: 'standard',
    },
    findings: [
      {
        code: 'INDICATOR_SCORE_DIFFERS',
        severity: 'warning',
        path: 'indicators[0].score',
        stated: 5,
        expected: 3,
        message: '得分与规则核算不一致，请核对。',
      },
      { code: 'FIELD_MISSING', severity: 'error', path: 'owner', message: '请填写项目负责人。' },
    ],
    missing: [{ path: 'owner', label: '项目负责人', group: 1 }],
  };
}

describe('xlsx export layout', () => {
  it(`lays a form out cell for cell like the corpus file, merges included`, async () => {
    for (const id of ['000-001', '004-001']) {
      const mine = await load(await exportXlsx([{ record: record(id) }]));
      const theirs = new ExcelJS.Workbook();
      await theirs.xlsx.readFile(fixturePath('files', `${id}.xlsx`));
      const sheet = mine.worksheets[0]!;
      const ref = theirs.worksheets[0]!;
      // The corpus leaves the title rows unmerged in single-form files; everything else must match.
      const merges = (ws: ExcelJS.Worksheet) =>
        ((ws.model as { merges?: string[] }).merges ?? []).filter((m) => !/^A[12]:/.test(m)).sort();
      expect(merges(sheet)).toEqual(merges(ref));
      const a = cellTexts(mine);
      const b = cellTexts(theirs);
      for (const [address, text] of b) {
        expect(a.get(address)?.replace(/\s+/g, ''), `${id} ${address}`).toBe(text.replace(/\s+/g, ''));
      }
    }
  });

  it('leaves the 项目负责人 row out when the form has none, and keeps it when blank', () => {
    const without = layoutForm(record('004-001'));
    expect(without.cells.some((c) => c.text === '项目负责人')).toBe(false);
    const blank = { ...record('000-001'), owner: '' };
    const cell = layoutForm(blank).cells.find((c) => c.path === 'owner');
    expect(cell).toMatchObject({ text: '', r: 4, c: 2, colSpan: 3 });
  });

  it('stacks several forms and puts recomputed scores and findings on the cells and a second sheet', async () => {
    const rec = record('000-001');
    const wb = await load(
      await exportXlsx([{ record: rec, check: check(rec) }, { record: record('002-001') }]),
    );
    const [forms, results] = wb.worksheets;
    expect(forms!.name).toBe('自评表');
    const titles: number[] = [];
    forms!.eachRow((row, n) => {
      if (row.getCell(1).text === '项目支出绩效自评表') titles.push(n);
    });
    expect(titles).toHaveLength(2);
    expect(titles[0]).toBe(1);
    // Row 14 is the first indicator of 000-001: its 得分 cell (H) carries the recomputed score and the finding.
    const score = forms!.getCell('H14');
    expect(score.value).toBe(5);
    expect(String(score.note)).toContain('按规则计算得分：3（仅供参考）');
    expect(String(score.note)).toContain('得分与规则核算不一致');
    expect(String(forms!.getCell('I39').note)).toContain('核算总分：98');
    expect(results!.name).toBe('核查结果');
    const text: string[] = [];
    results!.eachRow((row) => {
      text.push(row.values ? (row.values as unknown[]).filter(Boolean).join('|') : '');
    });
    expect(text).toContain('产出指标|50|50|50|48');
    expect(text.some((t) => t.includes('错误|项目负责人|请填写项目负责人。'))).toBe(true);
    expect(text.some((t) => t.startsWith('项目负责人'))).toBe(true);
  });

  it('marks the cells changed since reading, with the value first read in a note; totals at the form’s precision', async () => {
    const rec: FormRecord = {
      ...record('000-001'),
      owner: '王小明',
      totalScore: 95.66072065643954,
    };
    rec.indicators = rec.indicators.map((i, k) => (k === 0 ? { ...i, deviation: '第1行：人员调整' } : i));
    const wb = await load(
      await exportXlsx([
        {
          record: rec,
          changes: [
            { path: 'owner', oldValue: '' },
            { path: 'owner', oldValue: '王晓明' },
            { path: 'phone', oldValue: rec.phone }, // changed back: not marked
          ],
        },
      ]),
    );
    const texts = cellTexts(wb);
    const ws = wb.worksheets[0]!;
    const owner = [...texts].find(([, t]) => t === '王小明')?.[0] ?? '';
    expect(String(ws.getCell(owner).note)).toContain('已修改，原填写：（空）');
    expect((ws.getCell(owner).fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FFE2F0D9');
    const phone = [...texts].find(([, t]) => t === rec.phone)?.[0] ?? '';
    expect(ws.getCell(phone).note).toBeUndefined();
    const values = [...texts.values()];
    expect(values).toContain('95.66');
    expect(values.some((t) => t.includes('95.6607'))).toBe(false);
    expect(values).toContain('人员调整');
    expect(values.some((t) => t.startsWith('第1行'))).toBe(false);
  });
});
