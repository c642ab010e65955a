/**
 * The funds sub-rows under 年度资金总额 (其中：当年财政拨款, 上年结转资金, 其他资金) asked as the form names them: the row
 * and its column are one field (migration 046, funds-row-words.ts), summed, ranked, tested filled or empty, compared
 * with the total row. Phrasings of our own over a store of our own, with negatives: a stored name holding a row's
 * words is that project; a cell the store does not keep is said so.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseQuestion } from '../../src/query/parse.ts';
import { vocabularyOf } from '../../src/query/vocabulary.ts';
import { emptyRecord, type FormRecord } from '../../src/record/record.ts';
import { type AskedReply, adminStoreOf } from './known-store.ts';
import { understoodBy } from './understood.ts';

const money = (value: number | null) => ({ raw: value === null ? '' : String(value), value });

interface Sub {
  fiscal?: [number | null, number | null, number | null];
  carryOver?: [number | null, number | null, number | null];
  other?: [number | null, number | null, number | null];
}
function form(name: string, dept: string, total: [number, number, number], sub: Sub): FormRecord {
  const r = emptyRecord();
  r.year = 2041;
  r.projectName = name;
  r.department = dept;
  r.implementingUnit = dept;
  r.owner = '柳青';
  const put = (
    row: 'total' | 'fiscal' | 'carryOver' | 'other',
    v: [number | null, number | null, number | null],
  ) => {
    r.funds[row].initialBudget = money(v[0]);
    r.funds[row].annualBudget = money(v[1]);
    r.funds[row].executed = money(v[2]);
  };
  put('total', total);
  for (const row of ['fiscal', 'carryOver', 'other'] as const) if (sub[row]) put(row, sub[row]);
  return r;
}

const EAST = '北京市怀柔区泉河街道办事处';
const WEST = '北京市怀柔区龙山街道办事处';
const FORMS = [
  form('泉河垃圾分类宣传', EAST, [20, 20, 18], {
    fiscal: [20, 20, 18],
    carryOver: [0, 0, 0],
    other: [0, 0, 0],
  }),
  form('泉河老旧小区改造', EAST, [50, 60, 55], { fiscal: [50, 50, 45], carryOver: [null, 10, 10] }),
  form('龙山便民菜站补贴', WEST, [8, 8, 8], { fiscal: [6, 6, 6], other: [2, 2, 2] }),
  form('社区其他资金补助', WEST, [5, 5, 4], { fiscal: [5, 5, 4] }),
];

const VOCAB = vocabularyOf(
  FORMS.map((r) => ({
    department: r.department,
    implementingUnit: r.implementingUnit,
    owner: r.owner,
    projectName: r.projectName,
    year: r.year,
  })),
);
const parse = (q: string) => parseQuestion(q, VOCAB, 2042);
const understood = understoodBy(parse);

describe('a sub-row and its column are one field', () => {
  it.each([
    ['泉河街道的表，其中：财政拨款那一行全年预算数合计是多少', 'fiscalAnnualBudget'],
    ['“其中：当年财政拨款”这一行的年初预算加起来多少', 'fiscalInitialBudget'],
    ['上年结转那栏，全年执行数合计', 'carryOverExecuted'],
    ['结转资金的执行数一共多少', 'carryOverExecuted'],
    ['其他资金那一行的全年预算一共多少', 'otherAnnualBudget'],
    ['本年财政拨款执行了多少', 'fiscalExecuted'],
  ])('%s sums %s', (q, field) => {
    const query = understood(q);
    expect(query.measures).toEqual([{ fn: 'sum', field }]);
    // 上年 there is the row's name, never the year before
    expect(JSON.stringify(query.filters)).not.toContain('year');
  });

  it('a row with no column is its 全年预算数, named in the answer', () => {
    expect(understood('其他资金最多的项目').order).toEqual({ by: 'otherAnnualBudget', dir: 'desc' });
  });

  it('a row filled or empty is its three amounts, any filled or all empty', () => {
    const filled = understood('上年结转资金那一行有数的项目是哪几个');
    expect(filled.filters).toHaveLength(1);
    expect(filled.filters[0]).toMatchObject({ type: 'any' });
    expect(JSON.stringify(filled.filters)).toContain('"empty":false');
    const empty = understood('其他资金那行空着的有几个');
    expect(empty.filters).toHaveLength(3);
    expect(empty.filters.every((f) => f.type === 'empty' && f.empty)).toBe(true);
  });

  it.each([
    [
      '“其中：当年财政拨款”那行的全年预算，跟年度资金总额那行对不上的是哪张表',
      'fiscalAnnualBudget',
      'annualBudget',
    ],
    ['财政拨款的年初预算和资金总额那一行的年初预算不一致的项目', 'fiscalInitialBudget', 'initialBudget'],
    ['本年财政拨款执行数与年度资金总额不一样的有几个', 'fiscalExecuted', 'executed'],
  ])('%s compares the row with the total row, column for column', (q, left, right) => {
    expect(understood(q).filters).toEqual([{ type: 'fields', left, op: '<>', right }]);
  });

  it('words of a row inside a stored project name are that project', () => {
    const query = understood('社区其他资金补助的全年执行数');
    expect(JSON.stringify(query)).toContain('社区其他资金补助');
    expect(JSON.stringify(query)).not.toContain('other');
  });

  it('今年 before 财政拨款 stays a year', () => {
    expect(JSON.stringify(understood('今年财政拨款全年预算数合计').filters)).toContain('"field":"year"');
  });
});

describe('answered over the store', () => {
  let ask: (q: string) => Promise<AskedReply>;
  let close: () => Promise<void>;
  beforeAll(async () => {
    const made = await adminStoreOf('web:funds-rows', FORMS);
    ask = made.ask;
    close = () => made.store.close();
  });
  afterAll(async () => {
    await close();
  });

  it('sums a sub-row over an office', async () => {
    const r = await ask('泉河街道的表，其中：财政拨款那一行全年预算数合计是多少');
    expect(r.rows).toEqual([['70']]);
    expect(r.text).toContain('财政拨款全年预算数');
  });

  it('lists the forms whose carry-over row holds any figure, 0 included', async () => {
    const r = await ask('上年结转资金那一行有数的项目是哪几个');
    expect(r.rows.map((row) => row[0]).sort()).toEqual(['泉河垃圾分类宣传', '泉河老旧小区改造']);
  });

  it('finds the forms whose fiscal row differs from the total row', async () => {
    const r = await ask('财政拨款的全年预算跟资金总额对不上的表');
    expect(r.rows.map((row) => row[0]).sort()).toEqual(['泉河老旧小区改造', '龙山便民菜站补贴']);
  });

  it('says a cell the store does not keep instead of answering another', async () => {
    const r = await ask('泉河老旧小区改造财政拨款那一行的执行率是多少');
    expect(r.text).toContain('未作查询');
    expect(r.rows).toEqual([]);
  });
});
