/**
 * Refuse rather than guess (issue 12): an indicator table whose number columns hold text (its cells were placed
 * under the wrong headers) or that has no rows is marked unread, its rows are not returned, the check says so
 * and asks for the section, and the LLM (when configured) is asked for that section only.
 */
import { describe, expect, it } from 'vitest';
import { indicatorsUnreadable } from '../../src/extract/confidence.ts';
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
