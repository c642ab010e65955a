import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPdfText } from '../../src/ingest/text-pdf.ts';
import { FUNDS_COLUMNS, FUNDS_ROWS, formRecordSchema } from '../../src/record/record.ts';
import { agreementPercent, compareRecordLists } from '../helpers/compare-records.ts';
import { fixturePath, fixtureRecords, fixtureTextFiles } from '../helpers/corpus.ts';
import { describeCorpus } from '../helpers/corpus-suite.ts';

/**
 * A reviewed correction of the pdf-text reference (`records/dev-003.json`, ~93 % right):
 * `path` is a field (`goals.actual`, `funds.total.rate`) whose value becomes `corrected`, or, with
 * `op: 'split'`, an indicator row (`indicators[6]`) that glued several table rows and is replaced
 * by the rows in `corrected`. `excerpt` is the text that proves it.
 */
interface Correction {
  id: string;
  path: string;
  op?: 'split';
  reference: unknown;
  corrected: unknown;
  excerpt: string;
  reason: string;
}

const CORRECTIONS = new URL('../fixtures/pdf-text-reference-corrections.json', import.meta.url);

function applyCorrections(records: unknown[], corrections: Correction[]): unknown[] {
  const out = structuredClone(records) as Array<Record<string, unknown>>;
  const byId = new Map(out.map((r) => [r.id as string, r]));
  // field corrections first, then row splits from the last row up, so indices stay those of the reference
  const ordered = [...corrections].sort((a, b) => {
    if (!a.op !== !b.op) return a.op ? 1 : -1;
    return rowIndex(b.path) - rowIndex(a.path);
  });
  for (const c of ordered) {
    const record = byId.get(c.id);
    if (!record) throw new Error(`correction for unknown form ${c.id}`);
    if (c.op === 'split') {
      const rows = record.indicators as unknown[];
      const at = rowIndex(c.path);
      expect(rows[at], `${c.id} ${c.path}: reference row differs from the correction's`).toEqual(c.reference);
      rows.splice(at, 1, ...(c.corrected as unknown[]));
      continue;
    }
    const keys = c.path.split(/[.[\]]+/).filter((k) => k !== '');
    let target = record as Record<string, unknown>;
    for (const k of keys.slice(0, -1)) target = target[k] as Record<string, unknown>;
    const last = keys.at(-1)!;
    expect(target[last], `${c.id} ${c.path}: reference value differs from the correction's`).toEqual(
      c.reference,
    );
    target[last] = c.corrected;
  }
  return out;
}

function rowIndex(path: string): number {
  return Number(/^indicators\[(\d+)\]/.exec(path)?.[1] ?? -1);
}

const fixturePdfText = fixtureTextFiles().find((f) => f.startsWith('003_'))!;

describe('readPdfText on the pdf-text fixture (the first six forms of the corpus file)', () => {
  it('finds the six reference forms one for one, in order', () => {
    const forms = readPdfText(readFileSync(fixturePath('text', fixturePdfText), 'utf8'), fixturePdfText);
    const reference = fixtureRecords(fixturePdfText) as Array<{ projectName: string }>;
    expect(forms).toHaveLength(6);
    const key = (s: string | null) => (s ?? '').replace(/\s+/g, '');
    expect(forms.map((f) => key(f.record.projectName))).toEqual(reference.map((r) => key(r.projectName)));
    for (const form of forms) expect(formRecordSchema.safeParse(form.record).success).toBe(true);
  });

  it('records provenance as line spans and keeps the form lines as sourceText', () => {
    const [first] = readPdfText(readFileSync(fixturePath('text', fixturePdfText), 'utf8'), fixturePdfText);
    expect(first?.provenance.projectName?.ref).toMatch(/^L\d+(-L\d+)?$/);
    expect(first?.provenance['funds.total.executed']?.ref).toMatch(/^L\d+(-L\d+)?$/);
    expect(first?.provenance['indicators[0]']?.ref).toMatch(/^L\d+(-L\d+)?$/);
    expect(first?.sourceText).toMatch(/^L1\t（2023 年度）\nL3\t项目名称 23 年人口抽样调查/);
  });
});

describeCorpus('readPdfText on the pdf-text file', (c) => {
  const file = c.textFiles().find((f) => f.startsWith('003_'))!;
  // the whole pdf-text file of the dev corpus, or its first six forms in the fixture subset
  const formCount = c.kind === 'dev' ? 128 : 6;

  it(`finds the ${formCount} reference forms one for one, in order`, () => {
    const forms = readPdfText(readFileSync(c.path('text', file), 'utf8'), file);
    const reference = c.records(file) as Array<{ projectName: string }>;
    expect(forms).toHaveLength(formCount);
    expect(forms).toHaveLength(reference.length);
    const key = (s: string | null) => (s ?? '').replace(/\s+/g, '');
    expect(forms.map((f) => key(f.record.projectName))).toEqual(reference.map((r) => key(r.projectName)));
    for (const form of forms) {
      expect(formRecordSchema.safeParse(form.record).success).toBe(true);
      for (const row of FUNDS_ROWS) expect(Object.keys(form.record.funds[row])).toEqual([...FUNDS_COLUMNS]);
      expect(form.record.format).toBe('pdf-text');
    }
  });

  it('agrees with the reference field by field (raw and reviewed-corrected)', () => {
    const reference = c.records(file);
    const ids = new Set(reference.map((r) => (r as { id?: string }).id));
    // the corrections of the forms at hand (all of them on the dev corpus)
    const corrections = (JSON.parse(readFileSync(CORRECTIONS, 'utf8')) as Correction[]).filter((x) =>
      ids.has(x.id),
    );
    // every proving excerpt is made of lines of the corpus text itself
    const text = readFileSync(c.path('text', file), 'utf8');
    const textLines = new Set(text.split('\n').map((l) => l.trim()));
    for (const c of corrections) {
      expect(c.excerpt.length, `${c.id} ${c.path} has no proving excerpt`).toBeGreaterThan(0);
      for (const line of c.excerpt.split('\n')) {
        expect(textLines.has(line), `${c.id} ${c.path}: excerpt line not in the text: ${line}`).toBe(true);
      }
    }
    const forms = readPdfText(text, file);
    const produced = forms.map((f, i) => ({ ...f.record, id: (reference[i] as { id?: string }).id }));
    const raw = compareRecordLists(produced, reference);
    const corrected = compareRecordLists(produced, applyCorrections(reference, corrections));
    // in the failure message only (tests print nothing when they pass); the classification: docs/PDF-TEXT.md
    const figures =
      `pdf-text agreement: raw reference ${agreementPercent(raw)} % (${raw.agree}/${raw.total}), ` +
      `corrected reference ${agreementPercent(corrected)} % (${corrected.agree}/${corrected.total}), ` +
      `${corrections.length} corrections`;
    expect(agreementPercent(corrected), figures).toBeGreaterThanOrEqual(97);
  });
});

const ONE_FORM = `（2023 年度）

项目名称 测试项目

主管部门 大红门街道办事处 实施单
位

社区建设办公室

项目负责人 王丽 联系电
话

67270622

项目资金
（万元）

年初预
算数

全年预
算数

全年
执行数

分
值

执行
率

得分

年度资金总额 12.6 10.15 10.15 10 80.5% 10

其中：当年财政
拨款

12.6 10.15 10.15 — 80.5% —

上年结转资金 — —

其他资金 — —

年度总体目标

预期目标 实际完成情况

为社区发放补贴。 完成目标

绩
效
指
标

一级指标 二级指标 三级指标
年度

指标值
实际

完成值
分
值

得分
偏差原因分
析及改进
措施

产出指标 数量指标 发放人数 35 名调查人员
达到目

标
20 20

效益指标

经济效益
指标

不适用

社会效益
指标

社会效益 保障工作顺利进行 达到目标 10 10

满意度
指标

服务对象满意度标 群众满意度 达到 95% 5 0 未做

总分 100 95
`;

describe('readPdfText on small inputs', () => {
  it('reads a complete form: header, funds aligned by structure, goals, rows, total', () => {
    const [form, ...rest] = readPdfText(ONE_FORM, 'x.txt');
    expect(rest).toHaveLength(0);
    const r = form!.record;
    expect(r).toMatchObject({
      year: 2023,
      projectName: '测试项目',
      department: '大红门街道办事处',
      implementingUnit: '社区建设办公室',
      owner: '王丽',
      phone: '67270622',
      goals: { expected: '为社区发放补贴。', actual: '完成目标' },
      totalWeight: 100,
      totalScore: 95,
    });
    expect(r.funds.total.initialBudget).toEqual({ raw: '12.6', value: 12.6 });
    expect(r.funds.total.rate).toEqual({ raw: '80.5%', value: 80.5 });
    expect(r.funds.fiscal.weight).toEqual({ raw: '—', value: null });
    expect(r.funds.carryOver.executed).toEqual({ raw: '', value: null });
    expect(r.funds.carryOver.score).toEqual({ raw: '—', value: null });
    expect(
      r.indicators.map((i) => [i.level1, i.level2, i.name, i.target, i.actual, i.weightRaw, i.scoreRaw]),
    ).toEqual([
      ['产出指标', '数量指标', '发放人数', '35 名调查人员', '达到目标', '20', '20'],
      ['效益指标', '经济效益指标', '不适用', '', '', '', ''],
      ['效益指标', '社会效益指标', '社会效益', '保障工作顺利进行', '达到目标', '10', '10'],
      ['满意度指标', '服务对象满意度指标', '群众满意度', '达到 95%', '', '5', '0'],
    ]);
    expect(r.indicators[3]?.deviation).toBe('未做');
    expect(form!.notes).toEqual([]);
  });

  it('returns nothing for empty text or text without a form', () => {
    expect(readPdfText('')).toEqual([]);
    expect(readPdfText('这是一段普通的文字。\n没有任何表格。\n')).toEqual([]);
  });

  it('reads a form cut in half and says what is missing', () => {
    const half = ONE_FORM.slice(0, ONE_FORM.indexOf('年度总体目标'));
    const [form] = readPdfText(half);
    expect(form?.record.projectName).toBe('测试项目');
    expect(form?.record.funds.total.executed.value).toBe(10.15);
    expect(form?.record.indicators).toEqual([]);
    expect(form?.record.totalScore).toBeNull();
    expect(form?.notes.join(' ')).toContain('未找到绩效指标表');
  });

  it('moves the tail of a form printed inside the next one back to its form', () => {
    const cut = ONE_FORM.indexOf('满意度\n指标');
    const tail = ONE_FORM.slice(cut);
    const head = ONE_FORM.slice(0, cut);
    const second = ONE_FORM.replace('测试项目', '第二个项目');
    const goalsEnd = second.indexOf('绩\n效');
    const text = `${head}${second.slice(0, goalsEnd)}${tail} ${second.slice(goalsEnd)}`;
    const forms = readPdfText(text);
    expect(forms.map((f) => f.record.projectName)).toEqual(['测试项目', '第二个项目']);
    expect(forms.map((f) => f.record.indicators.length)).toEqual([4, 4]);
    expect(forms.map((f) => f.record.totalScore)).toEqual([95, 95]);
    expect(forms[1]?.record.goals.actual).toBe('完成目标');
    expect(forms[0]?.notes.join(' ')).toContain('已移回本表');
    expect(forms[0]?.provenance['indicators[3].score']?.ref).toMatch(/^L\d+-L\d+$/);
  });

  it('reads 10 MB of repeated pdf-text and hostile long lines in bounded work', () => {
    const big = ONE_FORM.repeat(Math.ceil((10 * 1024 * 1024) / Buffer.byteLength(ONE_FORM)));
    const forms = readPdfText(big);
    expect(forms.length).toBeGreaterThan(1000);
    expect(forms.at(-1)?.record.totalScore).toBe(95);
    const hostile = `项目名称 x\n一级指标\n措施\n${'1 '.repeat(200_000)}x\n${'产出 '.repeat(50_000)}\n总分 100`;
    expect(readPdfText(hostile)).toHaveLength(1);
  }, 60_000);
});
