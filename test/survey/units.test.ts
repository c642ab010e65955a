import jsQR from 'jsqr';
import mammoth from 'mammoth';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { exportDocx } from '../../src/export/docx.ts';
import type { FormRecord, Indicator } from '../../src/record/record.ts';
import { checkRecord } from '../../src/score/check.ts';
import { fillSatisfaction, satisfactionRow } from '../../src/survey/fill.ts';
import { METHOD, type SurveyResult, tally } from '../../src/survey/model.ts';
import { qrPng } from '../../src/survey/qr.ts';
import { baseRecord, withEdit } from '../score/fixtures.ts';

const result = (answers: Record<string, unknown>[]): SurveyResult => ({
  ...tally(answers),
  method: METHOD,
  applied: false,
});
const form = (record: FormRecord, provenance = {}) => ({ record, provenance, check: checkRecord(record) });
const blankRow = (r: FormRecord) => {
  const row = r.indicators[6] as Indicator;
  row.actual = '';
  row.score = null;
  row.scoreRaw = '';
  r.totalScore = 89.5;
};

describe('survey pieces', () => {
  it('the QR code PNG decodes to the survey link', async () => {
    const url = 'https://survey.example.gov.cn/s/0WOqtdPA_WaBq1Yz';
    const png = PNG.sync.read(Buffer.from(await qrPng(url)));
    const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(code?.data).toBe(url);
  });

  it('tallies 满意 = ratings 4–5 over the answers that rated; an answer without a rating is not valid', () => {
    expect(
      tally([
        { overall: 5 },
        { overall: 4 },
        { overall: 3 },
        { overall: 1 },
        { comment: 'x' },
        { overall: 9 },
      ]),
    ).toEqual({
      responses: 6,
      valid: 4,
      satisfied: 2,
      rate: 50,
    });
    expect(tally([]).rate).toBeNull();
    expect(tally([{ overall: 5 }, { overall: 5 }, { overall: 2 }]).rate).toBe(66.7);
  });

  it('fills a blank 满意度 row with the rate and its sample, re-scores the row and a total that added up', () => {
    const record = withEdit(blankRow);
    const before = form(record);
    const filled = fillSatisfaction(
      before,
      'sv-1',
      result([{ overall: 5 }, { overall: 4 }, { overall: 2 }, { overall: 4 }]),
      checkRecord,
      false,
    );
    expect(filled.kind).toBe('write');
    if (filled.kind !== 'write') return;
    const row = filled.record.indicators[6];
    expect(row?.actual).toBe('75%（有效问卷4份）');
    expect(row?.score).toBeCloseTo(8.33, 2);
    expect(filled.record.totalScore).toBeCloseTo(97.83, 2);
    expect(filled.provenance['indicators[6].actual']).toMatchObject({
      method: 'survey',
      ref: 'survey:sv-1',
      survey: { id: 'sv-1', responses: 4, valid: 4, satisfied: 3, method: METHOD },
    });
    // The result's sample satisfies the evidence check.
    expect(checkRecord(filled.record).findings.map((f) => f.code)).not.toContain('SATISFACTION_NO_EVIDENCE');
  });

  it('never replaces a value a person wrote without being told to; a value it wrote itself is updated', () => {
    const typed = form(baseRecord());
    const held = fillSatisfaction(typed, 'sv-1', result([{ overall: 1 }]), checkRecord, false);
    expect(held).toEqual({ kind: 'held', row: 6, current: '95%（有效问卷120份）' });
    const forced = fillSatisfaction(typed, 'sv-1', result([{ overall: 1 }]), checkRecord, true);
    expect(forced.kind === 'write' && forced.record.indicators[6]?.actual).toBe('0%（有效问卷1份）');
    if (forced.kind !== 'write') return;
    const again = fillSatisfaction(
      form(forced.record, forced.provenance),
      'sv-2',
      result([{ overall: 5 }]),
      checkRecord,
      false,
    );
    expect(again.kind === 'write' && again.record.indicators[6]?.actual).toBe('100%（有效问卷1份）');
  });

  it('a form without a 满意度 row gets one (its 分值 is then asked like any missing field)', () => {
    const record = withEdit((r) => {
      r.indicators = r.indicators.slice(0, 6);
    });
    expect(satisfactionRow(record)).toBe(-1);
    const filled = fillSatisfaction(form(record), 'sv-1', result([{ overall: 5 }]), checkRecord, false);
    expect(filled.kind === 'write' && filled.record.indicators[6]).toMatchObject({
      level1: '满意度指标',
      actual: '100%（有效问卷1份）',
      weight: null,
    });
  });

  it('a .docx export carries the evidence too: the lines and every answer', async () => {
    const evidence = {
      sheet: '满意度调查 sv-1',
      lines: ['第1题：您对本项目提供的服务总体是否满意？', '结果：回收 2 份，有效 2 份'],
      columns: ['序号', '提交时间', '第1题'],
      rows: [
        [1, '2026-12-02 10:00', '5 非常满意'],
        [2, '2026-12-02 10:05', '2 不满意'],
      ],
    };
    const bytes = await exportDocx([
      { record: baseRecord(), check: checkRecord(baseRecord()), evidence: [evidence] },
    ]);
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    expect(value).toContain('您对本项目提供的服务总体是否满意？');
    expect(value).toContain('2 不满意');
  });
});
