/**
 * Refuse rather than guess (issue 12): an indicator table whose number columns hold text (its cells were placed
 * under the wrong headers) or that has no rows is marked unread, its rows are not returned, the check says so
 * and asks for the section, and the LLM (when configured) is asked for that section only.
 */
import { describe, expect, it } from 'vitest';
import { indicatorsUnreadable, numberColumnsSwapped } from '../../src/extract/confidence.ts';
import { planForForm } from '../../src/extract/llm-extract.ts';
import { readDocument } from '../../src/ingest/read-document.ts';
import type { Indicator } from '../../src/record/record.ts';
import { checkRecord } from '../../src/score/check.ts';
import { fixtureRecords, fixtureTextFiles } from '../helpers/corpus.ts';
import type { Grid } from '../templates/model.ts';
import { docxFile } from '../templates/render/docx.ts';
import { baseStyle, printForm, type RecordLike } from './form.ts';
import { wordTextPaste } from './word-text.ts';

const word = fixtureTextFiles().find((f) => f.startsWith('000'))!;
const reference = fixtureRecords(word)[0] as RecordLike;

/** The header's label cells over two columns swapped, the rows left as they are: the cells no longer fit. */
function swapHeader(grid: Grid, a: string, b: string): void {
  const header = grid.rows.find((row) => row.some((c) => c.text === a) && row.some((c) => c.text === b))!;
  const ca = header.find((c) => c.text === a)!;
  const cb = header.find((c) => c.text === b)!;
  [ca.text, cb.text] = [cb.text, ca.text];
}

async function read(bytes: Uint8Array) {
  const forms = (await readDocument(bytes)).forms;
  expect(forms).toHaveLength(1);
  return forms[0]!;
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('an indicator table whose cells do not fit its columns', () => {
  const printed = printForm(reference, baseStyle());
  swapHeader(printed.table, '年度指标值', '分值');
  swapHeader(printed.table, '实际完成值', '得分');

  it.each([
    ['pasted text', async () => utf8(wordTextPaste([printed]))],
    ['.docx', async () => docxFile([printed], true)],
  ])('%s: rows not returned, the section marked unread and asked for', async (_, bytes) => {
    const form = await read(await bytes());
    expect(form.record.indicators).toEqual([]);
    expect(form.record.unreadSections).toEqual(['indicators']);
    expect(form.notes.join('\n')).toMatch(/分值\/得分栏中是文字而不是数字.*绩效指标未读取/);
    // the rest of the form is still read
    expect(form.record.projectName).toBe(reference.projectName);
    expect(form.record.totalScore).toBe(reference.totalScore);
    const checked = checkRecord(form.record);
    expect(checked.findings.some((f) => f.code === 'FORM_INCOMPLETE' && f.path === 'indicators')).toBe(true);
    expect(checked.missing.map((m) => m.label)).toContain('产出指标（至少一项）');
    // with a model the indicator section alone is asked for, not the whole form
    const plan = planForForm(form);
    expect(plan.report.wholeForm).toBe(false);
    expect([...new Set(plan.report.gaps.map((g) => g.key))]).toEqual(['indicators']);
    expect(plan.prompt).not.toBeNull();
  });

  it('the same form with its header right is read whole (nothing refused)', async () => {
    const form = await read(utf8(wordTextPaste([printForm(reference, baseStyle())])));
    expect(form.record.unreadSections).toBeUndefined();
    expect(form.record.indicators).toHaveLength(reference.indicators.length);
    expect(checkRecord(form.record).findings.some((f) => f.code === 'FORM_INCOMPLETE')).toBe(false);
  });
});

describe('an indicator table with no rows', () => {
  it('is marked unread and asked for', async () => {
    const empty: RecordLike = { ...reference, indicators: [] };
    const form = await read(utf8(wordTextPaste([printForm(empty, baseStyle())])));
    expect(form.record.indicators).toEqual([]);
    expect(form.record.unreadSections).toEqual(['indicators']);
    expect(checkRecord(form.record).findings.map((f) => f.code)).toContain('FORM_INCOMPLETE');
  });
});

describe('indicatorsUnreadable', () => {
  const row = (weightRaw: string, scoreRaw: string, placeholder = false): Indicator => ({
    level1: '产出指标',
    level2: '数量指标',
    name: placeholder ? '指标2：' : '完成数量',
    target: '',
    actual: '',
    weight: null,
    score: null,
    deviation: '',
    weightRaw,
    scoreRaw,
    ...(placeholder ? { placeholder: true as const } : {}),
  });

  it('keeps one odd cell of a form (a grade written as the score)', () => {
    expect(
      indicatorsUnreadable([row('10', '良'), row('10', '10'), row('20', '18'), row('5', '5')]),
    ).toBeUndefined();
  });

  it('keeps numbers, blanks, 分 and %, not-applicable marks and stray punctuation', () => {
    expect(
      indicatorsUnreadable([
        row('10', '9.5'),
        row('5分', '100%'),
        row('—', '/'),
        row('', ''),
        row(':', '。', true),
      ]),
    ).toBeUndefined();
  });

  it('refuses two rows with text in the number columns, or one of few rows', () => {
    expect(indicatorsUnreadable([row('完成', '10'), row('10', '≥95%满意'), row('5', '5')])).toEqual([1, 2]);
    expect(indicatorsUnreadable([row('按时完成', '完成'), row('5', '5')])).toEqual([1]);
  });
});

describe('分值 and 得分 read the wrong way round', () => {
  // a form that scores some rows below their weight and whose 总分 row adds up: read swapped, it shows both
  const scored = fixtureTextFiles()
    .flatMap((f) => fixtureRecords(f) as (RecordLike & { id: string })[])
    .find((r) => r.id === '004-007')!;

  it('.docx whose rows hold each score under 分值 and each weight under 得分: the section marked unread', async () => {
    // the cells under the wrong headers, the 总分 row right: what a misplaced column gives
    const swapped = structuredClone(scored);
    for (const r of swapped.indicators) [r.weightRaw, r.scoreRaw] = [r.scoreRaw, r.weightRaw];
    const form = await read(await docxFile([printForm(swapped, baseStyle())], true));
    expect(form.record.indicators).toEqual([]);
    expect(form.record.unreadSections).toEqual(['indicators']);
    expect(form.notes.join('\n')).toMatch(/分值、得分两栏可能对调/);
  });

  it('the same form with its headers right is read whole', async () => {
    const form = await read(await docxFile([printForm(scored, baseStyle())], true));
    expect(form.record.unreadSections).toBeUndefined();
    expect(form.record.indicators).toHaveLength(scored.indicators.length);
  });

  const row = (weight: number, score: number): Indicator => ({
    level1: '产出指标',
    level2: '数量指标',
    name: '完成数量',
    target: '',
    actual: '',
    weight,
    score,
    deviation: '',
    weightRaw: String(weight),
    scoreRaw: String(score),
  });
  const budget = { weight: 10, score: 10 };

  it('doubts the columns only when a score above its weight coincides with the sums', () => {
    // read swapped: 得分 ≥ 分值 everywhere, Σ 得分 = 90 (the 总分 分值 less the budget), Σ 分值 = 85 + 10 = 95
    const swapped = [row(30, 30), row(25, 30), row(30, 30)];
    expect(numberColumnsSwapped({ indicators: swapped, totalWeight: 100, totalScore: 95, budget })).toBe(
      true,
    );
  });

  it("leaves a form's own arithmetic alone (weights off, no score above its weight)", () => {
    // weights 95 = the 总分 得分 by chance, scores 90 = 100 − 10: a finding for the validators, not a misreading
    const own = [row(30, 30), row(30, 30), row(35, 30)];
    expect(numberColumnsSwapped({ indicators: own, totalWeight: 100, totalScore: 95, budget })).toBe(false);
    // a score above its weight but the weights add up: the form's mistake too
    expect(
      numberColumnsSwapped({
        indicators: [row(40, 45), row(50, 45)],
        totalWeight: 100,
        totalScore: 100,
        budget,
      }),
    ).toBe(false);
  });
});
