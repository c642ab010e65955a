/**
 * The 执行率 pointed at as a cell of the form — by its place (那一栏, 这格, 栏里) or by the verb of filling it in (填的,
 * 写的) — is the rate as the form states it (表上执行率), not the one computed from the amounts (stated-rate-words.ts).
 * A form stating 80.5 % of a budget spent in full, or leaving the cell empty with both amounts there, answers such a
 * question by what is written. 执行率 said plainly stays the computed rate. Wordings and offices of our own.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { parseQuestion } from '../../src/query/parse.ts';
import { vocabularyOf } from '../../src/query/vocabulary.ts';
import { adminStoreOf, recordOfProject } from './known-store.ts';

const VOCAB = vocabularyOf([
  {
    department: '北京市延庆区永宁镇人民政府',
    implementingUnit: '永宁镇社会事务办公室',
    owner: '邵春燕',
    projectName: '古城墙修缮补助',
    year: 2022,
  },
]);
const parse = (q: string) => parseQuestion(q, VOCAB, 2025);
const filtersOf = (q: string) => {
  const p = parse(q);
  expect(p.unplaced, q).toEqual([]);
  return p.query?.filters;
};

describe('the rate said of its cell is the stated rate', () => {
  it.each([
    ['执行率那一栏空着的项目', { type: 'empty', field: 'statedRate', empty: true }],
    ['资金执行率这一格没写的有几个', { type: 'empty', field: 'statedRate', empty: true }],
    ['执行率栏里是空白的表', { type: 'empty', field: 'statedRate', empty: true }],
    ['预算执行率那格填的低于95%的', { type: 'compare', field: 'statedRate', op: '<', value: 95 }],
    ['执行率填的不到90%的项目', { type: 'compare', field: 'statedRate', op: '<', value: 90 }],
    ['执行率写的不是100%的', { type: 'compare', field: 'statedRate', op: '<>', value: 100 }],
    ['表上执行率低于80%的项目', { type: 'compare', field: 'statedRate', op: '<', value: 80 }],
  ])('%s', (q, filter) => {
    expect(filtersOf(q)).toContainEqual(filter);
  });

  it('with another condition of the question kept', () => {
    const f = filtersOf('永宁镇执行率那一列填的高于99%的');
    expect(f).toContainEqual({ type: 'compare', field: 'statedRate', op: '>', value: 99 });
    expect(JSON.stringify(f)).toContain('北京市延庆区永宁镇人民政府');
  });

  it('执行率 said plainly stays the computed rate; the budget row’s points through the cell stay the budget row', () => {
    expect(filtersOf('执行率低于90%的项目')).toContainEqual({
      type: 'compare',
      field: 'executionRate',
      op: '<',
      value: 90,
    });
    expect(filtersOf('执行率那一栏的得分没拿满的')).toEqual([
      { type: 'fields', left: 'budgetScore', op: '<', right: 'budgetWeight' },
    ]);
    expect(filtersOf('执行率那一栏写的100%其实钱没花完的')).toEqual([
      { type: 'finding', codes: ['RATE_ROUNDED_UP_TO_FULL'] },
    ]);
  });
});

describe('answered by what the form states', () => {
  let ask: Awaited<ReturnType<typeof adminStoreOf>>['ask'];
  beforeAll(async () => {
    const stated = (name: string, rate: string | null) => {
      const r = recordOfProject({ name, dept: '香水园街道办事处', year: 2023, owner: '韩立军', budget: 40 });
      r.funds.total.rate = { raw: rate ?? '', value: rate === null ? null : Number.parseFloat(rate) };
      return r;
    };
    // all three spent in full: the computed rate is 100 % for each
    ({ ask } = await adminStoreOf('stated-rate', [
      stated('老旧楼房外墙保温', '100%'),
      stated('社区食堂运营补贴', '85.5%'),
      stated('背街小巷照明改造', null),
    ]));
  });

  it('a rate filled in below 100 % is found although the amounts give 100 %', async () => {
    const r = await ask('执行率这栏填的不是100%的有哪些');
    expect(r.rows.map((x) => x[0])).toEqual(['社区食堂运营补贴']);
  });

  it('执行率 said plainly, none by the amounts: the forms stating a rate that meets it, each reading said', async () => {
    const r = await ask('香水园执行率在100%以下的项目');
    expect(r.text).toContain('按全年执行数÷全年预算数算出的执行率，没有符合条件的项目');
    expect(r.text).toContain('按表上填的执行率，有 1 个项目符合');
    expect(r.rows.map((x) => x[0])).toEqual(['社区食堂运营补贴']);
    // none by either reading: none; a figure is never replaced
    expect((await ask('执行率低于50%的项目')).text).toContain('没有符合条件的项目。');
    expect((await ask('执行率低于50%的项目')).rows).toEqual([]);
    expect((await ask('执行率低于100%的项目有几个')).rows).toEqual([['0']]);
  });

  it('the empty cell is the one left empty on the form', async () => {
    const r = await ask('预算执行率那一栏空着没填的是哪张表');
    expect(r.rows.map((x) => x[0])).toEqual(['背街小巷照明改造']);
  });
});
