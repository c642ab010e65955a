/**
 * Refuse rather than guess, on generated misaligned forms (test/variants/shifted.ts): the header labels of the
 * indicator table or of the funds block moved one column, so every cell stands under its neighbour's label. The
 * reader must never return a cell under the wrong field: the section comes out unread (and is asked for), or at
 * most a value is left blank where its label went missing. The same forms printed right are read whole.
 */
import { describe, expect, it } from 'vitest';
import { fundsColumnsShifted, indicatorColumnsShifted } from '../../src/extract/confidence.ts';
import { readDocument } from '../../src/ingest/read-document.ts';
import type { Indicator } from '../../src/record/record.ts';
import { compareRecordLists, type Disagreement } from '../helpers/compare-records.ts';
import { fixtureRecords, fixtureTextFiles } from '../helpers/corpus.ts';
import { docxFile } from '../templates/render/docx.ts';
import { xlsxFile } from '../templates/render/xlsx.ts';
import { baseStyle, printForm, type RecordLike } from './form.ts';
import { blankLabels, type Section, type Shift, shiftHeader, shiftsOf } from './shifted.ts';
import { wordTextPaste } from './word-text.ts';

type Ref = RecordLike & { id: string };
// the word-text forms of the subset (the pdf-text records are ~93 % right and would test the reference)
const forms = fixtureTextFiles()
  .filter((f) => !f.startsWith('003'))
  .flatMap((f) => fixtureRecords(f) as Ref[]);

const utf8 = (text: string) => new TextEncoder().encode(text);

async function readOne(bytes: Uint8Array) {
  const read = (await readDocument(bytes)).forms;
  expect(read).toHaveLength(1);
  return read[0]!;
}

/** Whether a disagreement (`<id> <path>`) lies in the section. */
const inSection = (section: Section, d: Disagreement) => {
  const path = d.path.split(' ').at(-1) ?? '';
  return section === 'funds' ? path.startsWith('funds.') : path.startsWith('indicators');
};
/** A value the reader wrote that the form does not hold there (a blank left where a label went missing is not). */
const written = (d: Disagreement) => d.produced !== null && d.produced !== undefined && d.produced !== '';

/**
 * Shifts in which a value column moves under a neighbour's label, or a header loses 三级指标 (from label 2 to the
 * left): the section is unread on (nearly) every form. Moving the last label alone leaves its column unnamed,
 * which only matters where that column holds values (see 'a label that fell off').
 */
const moving = (s: Shift) => (s.section === 'funds' ? s.from < 5 : s.from < 7);

describe.each(['indicators', 'funds'] as const)('%s header one column off', (section) => {
  it.each(shiftsOf(section).map((s) => [`from label ${s.from} ${s.direction}`, s] as const))(
    'pasted text, %s: the section unread, or no value under a wrong field',
    async (_, shift) => {
      let unread = 0;
      for (const reference of forms) {
        const form = await readOne(
          utf8(wordTextPaste([shiftHeader(printForm(reference, baseStyle()), shift)])),
        );
        if (form.record.unreadSections?.includes(section)) {
          unread++;
          expect(form.notes.join('\n')).toMatch(
            /可能错了一栏|无法确定各栏|两栏可能对调|没有栏目名却填有内容/,
          );
          // the other sections are still read (the 总分 row is read by the indicator header's columns: a
          // total left blank where its label went missing is no misreading)
          const other = compareRecordLists([form.record], [reference]).disagreements.filter(
            (d) => !inSection(section, d) && (written(d) || !/ total(Weight|Score)$/.test(d.path)),
          );
          expect(other, reference.id).toEqual([]);
          continue;
        }
        const wrong = compareRecordLists([form.record], [reference])
          // the 总分 row is read through the indicator header too
          .disagreements.filter((d) => inSection(section, d) || / total(Weight|Score)$/.test(d.path))
          .filter(written);
        expect(wrong, `${reference.id}: values under a wrong field`).toEqual([]);
      }
      if (moving(shift)) expect(unread).toBeGreaterThanOrEqual(forms.length - 3);
    },
    60_000,
  );

  it('.docx, a shift of each kind: the section unread', async () => {
    const reference = forms[0]!;
    for (const shift of shiftsOf(section)
      .filter(moving)
      .filter((_, i) => i % 3 === 0)) {
      const form = await readOne(
        await docxFile([shiftHeader(printForm(reference, baseStyle()), shift)], true),
      );
      expect(form.record.unreadSections, JSON.stringify(shift)).toEqual([section]);
    }
  }, 60_000);
});

/** Whether a reference's non-template rows hold anything in an indicator column. */
const indicatorColumnFilled = (reference: Ref, column: 'deviation') =>
  reference.indicators.some(
    (r) => !(r as { placeholder?: boolean }).placeholder && (r[column] ?? '').trim() !== '',
  );
const fundsColumnFilled = (reference: Ref, column: 'score') =>
  Object.values(reference.funds).some((row) => (row?.[column]?.raw ?? '').trim() !== '');

describe('a label that fell off', () => {
  const printed = (reference: Ref) => printForm(reference, baseStyle());
  const cases = [
    ['三级指标 blank in place', 'indicators', (r: Ref) => blankLabels(printed(r), 'indicators', [2])],
    [
      '三级指标 and 年度指标值 blank',
      'indicators',
      (r: Ref) => blankLabels(printed(r), 'indicators', [2, 3]),
    ],
    [
      '年初预算数 and 全年执行数 blank (the funds header no longer found)',
      'funds',
      (r: Ref) => blankLabels(printed(r), 'funds', [0, 2]),
    ],
  ] as const;

  it.each(cases)(
    '%s: the section unread and asked for by the labels it lacks, the rest read',
    async (_, section, make) => {
      for (const reference of forms) {
        const form = await readOne(utf8(wordTextPaste([make(reference)])));
        expect(form.record.unreadSections, reference.id).toEqual([section]);
        expect(form.notes.join('\n')).toMatch(/表头缺少“[^”]+”，无法确定各栏的对应关系/);
        // without the indicator header the 总分 row is read by the template's order: a lone number left blank
        const other = compareRecordLists([form.record], [reference]).disagreements.filter(
          (d) => !inSection(section, d) && (written(d) || !/ total(Weight|Score)$/.test(d.path)),
        );
        expect(other, reference.id).toEqual([]);
      }
    },
    60_000,
  );

  it('the same in a .docx and an .xlsx, and a blank 偏差原因 over reasons there too', async () => {
    const reasoned = forms.find((r) => indicatorColumnFilled(r, 'deviation'))!;
    const lost = [
      ...cases.map(([, section, make]) => [section, make(forms[0]!)] as const),
      ['indicators', blankLabels(printed(reasoned), 'indicators', [7])] as const,
    ];
    for (const [section, form] of lost) {
      for (const bytes of [await docxFile([form], true), await xlsxFile([form], ['表1'], 'stacked')]) {
        expect((await readOne(bytes)).record.unreadSections).toEqual([section]);
      }
    }
  }, 60_000);

  it.each([
    ['indicators', 7, (r: Ref) => indicatorColumnFilled(r, 'deviation')],
    ['funds', 5, (r: Ref) => fundsColumnFilled(r, 'score')],
  ] as const)(
    '%s: the last label (偏差原因 / 得分) blank: unread exactly where its column holds values, nothing written',
    async (section, index, filled) => {
      let withValues = 0;
      for (const reference of forms) {
        for (const make of [
          (r: Ref) => blankLabels(printed(r), section, [index]),
          (r: Ref) => shiftHeader(printed(r), { section, from: index, direction: 'right' }),
        ]) {
          const form = await readOne(utf8(wordTextPaste([make(reference)])));
          const unread = form.record.unreadSections?.includes(section) === true;
          expect(unread, reference.id).toBe(filled(reference));
          if (unread) expect(form.notes.join('\n')).toMatch(/一栏没有栏目名却填有内容（可能是“[^”]+”）/);
          const wrong = compareRecordLists([form.record], [reference]).disagreements.filter(written);
          expect(wrong, reference.id).toEqual([]);
        }
        if (filled(reference)) withValues++;
      }
      // the rule is seen to refuse (and, for 偏差原因, left blank on many forms, to let through)
      expect(withValues).toBeGreaterThan(0);
    },
    60_000,
  );
});

describe('the same forms printed right', () => {
  it('are read whole: nothing unread, every field as the reference', async () => {
    for (const reference of forms) {
      const form = await readOne(utf8(wordTextPaste([printForm(reference, baseStyle())])));
      expect(form.record.unreadSections, reference.id).toBeUndefined();
      const a = compareRecordLists([form.record], [reference]);
      expect(a.disagreements, reference.id).toEqual([]);
    }
  }, 60_000);
});

const row = (fields: Partial<Indicator>): Indicator => ({
  level1: '产出指标',
  level2: '数量指标',
  name: '完成数量',
  target: '≥95%',
  actual: '100%',
  weight: 10,
  score: 10,
  deviation: '',
  weightRaw: '10',
  scoreRaw: '10',
  ...fields,
});
const table = (
  indicators: Indicator[],
  totals: Partial<{ totalWeight: number; totalScore: number }> = {},
) => ({
  indicators,
  totalWeight: totals.totalWeight ?? 100,
  totalScore: totals.totalScore ?? 100,
  budget: { weight: 10, score: 10 },
});

describe('indicatorColumnsShifted keeps what real forms write', () => {
  it('labels with typos, printed points, the 2021 cost group, a blank 一级 filled down', () => {
    const rows = [
      row({ level1: '产出标指', level2: '数量指标' }),
      row({ level1: '产出指标（50分）', level2: '时效 指标' }),
      row({ level1: '成本指标', level2: '经济成本指标' }),
      row({ level1: '效益指标', level2: '可持续影响指标' }),
      row({ level1: '', level2: '服务对象满意度标' }),
    ];
    expect(indicatorColumnsShifted(table(rows))).toBeUndefined();
  });

  it('one odd label among known ones, and counts as targets that happen to be numbers', () => {
    const rows = [
      row({ level2: '项目管理', target: '12', actual: '12' }),
      row({ target: '3', actual: '3' }),
      row({ target: '5', actual: '4' }),
    ];
    expect(indicatorColumnsShifted(table(rows))).toBeUndefined();
  });

  it('scores left blank on a form with no 总分 score are the form’s gap, not a shift', () => {
    const rows = [row({ score: null, scoreRaw: '' }), row({ score: null, scoreRaw: '' })];
    expect(indicatorColumnsShifted({ ...table(rows), totalScore: null })).toBeUndefined();
  });

  it('doubts 二级 labels under 一级, names under 二级, numbers as reasons, a column adding up to the total', () => {
    expect(
      indicatorColumnsShifted(table([row({ level1: '数量指标' }), row({ level1: '质量指标' }), row({})])),
    ).toBe('一级指标');
    expect(
      indicatorColumnsShifted(table([row({ level2: '培训人次' }), row({ level2: '按期完成率' }), row({})])),
    ).toBe('二级指标');
    expect(indicatorColumnsShifted(table([row({ deviation: '10' }), row({ deviation: '8.5' })]))).toBe(
      '偏差原因分析及改进措施',
    );
    const weightsAsActual = [row({ actual: '40' }), row({ actual: '30' }), row({ actual: '20' })];
    expect(indicatorColumnsShifted(table(weightsAsActual))).toBe('实际完成值');
    const noScores = [row({ score: null, scoreRaw: '' }), row({ score: null, scoreRaw: '见附件' })];
    expect(indicatorColumnsShifted(table(noScores))).toBe('得分');
  });
});

const cell = (raw: string) => {
  const n = Number.parseFloat(raw.replace(/[,%％万元]/g, ''));
  return { raw, value: Number.isFinite(n) ? n : null };
};
const fundsRow = (...raws: string[]) => {
  const [initialBudget = '', annualBudget = '', executed = '', weight = '', rate = '', score = ''] = raws;
  return {
    initialBudget: cell(initialBudget),
    annualBudget: cell(annualBudget),
    executed: cell(executed),
    weight: cell(weight),
    rate: cell(rate),
    score: cell(score),
  };
};

describe('fundsColumnsShifted', () => {
  it('keeps what real forms write: 10％ as the score beside a rate, a rate without % that is the rate', () => {
    expect(
      fundsColumnsShifted([fundsRow('50', '50', '49', '10', '98%', '10％'), fundsRow()]),
    ).toBeUndefined();
    expect(fundsColumnsShifted([fundsRow('', '80', '76', '10', '95', '9.5')])).toBeUndefined();
    // a rate against the initial budget, or as a fraction
    expect(fundsColumnsShifted([fundsRow('100', '80', '80', '10', '80', '8')])).toBeUndefined();
    expect(fundsColumnsShifted([fundsRow('', '80', '76', '10', '0.95', '9.5')])).toBeUndefined();
    // one amount written as text is the form's own (the validators flag it)
    expect(fundsColumnsShifted([fundsRow('1年', '80', '76', '10', '95%', '9.5')])).toBeUndefined();
  });

  it('doubts the rate under 分值 or 得分, the score under 执行率, amounts that are words', () => {
    expect(fundsColumnsShifted([fundsRow('80', '76', '10', '95%', '9.5', '')])).toBe('分值');
    expect(fundsColumnsShifted([fundsRow('', '80', '76', '10', '10', '95%')])).toBe('得分');
    expect(fundsColumnsShifted([fundsRow('', '80', '76', '10', '9.5', '')])).toBe('执行率');
    expect(
      fundsColumnsShifted([fundsRow('年度资金总额', '80', '76'), fundsRow('当年财政拨款', '80', '76')]),
    ).toBe('年初预算数');
  });
});
