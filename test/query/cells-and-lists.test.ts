/**
 * Cells, blanks and rows said in a clerk's words (issue 10, qtune2): 有偏差 as the rows that lost points; the shape of a
 * text cell (how many numbers or people it holds, how many digits a number has) as a computed count; fields listed
 * under one empty test, each tested (都 / 和: all; 或 / 至少一个: any). Phrasings of our own over a store of our own,
 * with negatives: a word that cannot be placed is still reported.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executeQuery, type Viewer } from '../../src/query/execute.ts';
import { parseQuestion } from '../../src/query/parse.ts';
import type { Filter } from '../../src/query/query.ts';
import { readRowQuestion } from '../../src/query/row-question.ts';
import { vocabularyOf } from '../../src/query/vocabulary.ts';
import { emptyRecord, type FormRecord } from '../../src/record/record.ts';
import { checkRecord } from '../../src/score/check.ts';
import type { Store } from '../../src/store/store.ts';
import { describeWhen } from '../helpers/service-suite.ts';
import { drivers, title } from '../store/drivers.ts';
import { understoodBy } from './understood.ts';

const VOCAB = vocabularyOf([
  {
    department: '北京市密云区溪翁庄镇人民政府',
    implementingUnit: '溪翁庄镇农业服务中心',
    owner: '韩雪梅',
    projectName: '2024年水库周边绿化养护',
    year: 2024,
  },
  {
    department: '北京市密云区溪翁庄镇人民政府',
    implementingUnit: '溪翁庄镇社会事务办公室',
    owner: '曹立新',
    projectName: '溪翁庄镇养老驿站运营补贴',
    year: 2024,
  },
]);
const parse = (q: string) => parseQuestion(q, VOCAB, 2026);
const understood = understoodBy(parse);
const cmp = (field: string, op: string, value: number) => ({ type: 'compare', field, op, value }) as Filter;
const empty = (field: string, isEmpty = true) => ({ type: 'empty', field, empty: isEmpty }) as Filter;
const any = (...filters: Filter[]) => ({ type: 'any', filters }) as Filter;

describe('有偏差: a row whose result fell short, shown as points lost', () => {
  it.each([
    ['有偏差的项目', '>'],
    ['存在偏差的项目有几个', '>'],
    ['溪翁庄镇出现偏差的项目', '>'],
    ['没有偏差的项目', '='],
  ])('%s', (q, op) => {
    const p = parse(q);
    expect(p.unplaced).toEqual([]);
    expect(p.query!.filters).toContainEqual(cmp('rowsBelowWeight', op, 0));
    // said back as read
    expect(p.corrected.map(([, b]) => b).join()).toContain('得分低于分值');
  });

  it('偏差原因 and 偏差没写 stay the deviation column', () => {
    expect(understood('偏差原因没写的项目').filters).toEqual([
      { type: 'finding', codes: ['DEVIATION_MISSING'] },
    ]);
    expect(understood('偏差没写的项目').filters).toEqual([{ type: 'finding', codes: ['DEVIATION_MISSING'] }]);
  });

  it('满意度有偏差 is the satisfaction rows', () => {
    expect(understood('满意度有偏差的项目').filters).toEqual([
      { type: 'fields', left: 'satisfactionScore', op: '<', right: 'satisfactionWeight' },
    ]);
  });

  it('a word next to it that cannot be placed is still reported', () => {
    expect(parse('偏差很离谱的项目').unplaced.length).toBeGreaterThan(0);
  });
});

describe('the shape of a text cell', () => {
  it.each([
    ['联系电话一栏填了两个号码的是哪个项目', cmp('phoneCount', '=', 2)],
    ['电话写了多个号码的项目', cmp('phoneCount', '>', 1)],
    ['填了2个电话号码的项目有哪些', cmp('phoneCount', '=', 2)],
    ['负责人写了两个人的项目', cmp('ownerCount', '=', 2)],
    ['有两个负责人的项目有几个', cmp('ownerCount', '=', 2)],
    ['联系电话是9位数的项目有哪些', cmp('phoneDigits', '=', 9)],
    ['手机号为11位的项目', cmp('phoneDigits', '=', 11)],
    ['电话号码不足8位的项目', cmp('phoneDigits', '<', 8)],
    ['9位数的电话号码有哪些项目', cmp('phoneDigits', '=', 9)],
    ['联系电话不是8位的项目', cmp('phoneDigits', '<>', 8)],
  ])('%s', (q, f) => {
    expect(understood(q).filters).toEqual([f]);
  });

  it('a count of projects is no count of entries', () => {
    const p = parse('韩雪梅负责2个项目吗');
    expect(JSON.stringify(p.query)).not.toMatch(/ownerCount|phoneCount/);
  });

  it('两个都 after two fields stays "both fields"', () => {
    expect(understood('负责人和联系电话两个都没填的项目').filters).toEqual([empty('phone'), empty('owner')]);
  });
});

describe('fields listed under one empty test', () => {
  it.each([
    ['负责人或者电话没填的项目', [any(empty('phone'), empty('owner'))]],
    ['负责人或者电话至少缺一个的项目有几个', [any(empty('phone'), empty('owner'))]],
    ['负责人和电话至少有一个没填的项目', [any(empty('phone'), empty('owner'))]],
    ['负责人和联系电话有一个没填的项目', [any(empty('phone'), empty('owner'))]],
    ['年初预算、全年预算任何一项是空的项目', [any(empty('annualBudget'), empty('initialBudget'))]],
    ['负责人和电话都缺的项目', [empty('phone'), empty('owner')]],
    ['负责人和电话没填的项目', [empty('phone'), empty('owner')]],
    ['负责人填了但电话没填的项目', [empty('owner', false), empty('phone')]],
  ])('%s', (q, filters) => {
    expect(understood(q).filters).toEqual(filters);
  });

  it('a place that cannot be placed, added to it, is reported', () => {
    expect(parse('怀柔负责人或者电话没填的项目').unplaced).toContain('怀柔');
  });
});

describe('setting a row or a survey up (设 / 设置 / 搞), as 有 / 没有', () => {
  const noSatRow = any(empty('satisfactionWeight'), cmp('satisfactionWeight', '=', 0));
  it.each([
    ['压根没设满意度指标的项目', [noSatRow]],
    ['哪些自评表没有设置满意度指标', [noSatRow]],
    ['设了满意度指标的项目', [cmp('satisfactionWeight', '>', 0)]],
    ['没设效益指标的项目', [{ type: 'finding', codes: ['BENEFIT_MISSING'] } as Filter]],
    ['没搞满意度调查的项目', [{ type: 'satisfactionGap' } as Filter]],
  ])('%s', (q, filters) => {
    expect(understood(q).filters).toEqual(filters);
  });

  it('几张表 counts the forms; 哪几张表 lists them', () => {
    expect(understood('几张表没设满意度指标').measures).toEqual([{ fn: 'count' }]);
    expect(understood('总分没填的表有几张').measures).toEqual([{ fn: 'count' }]);
    expect(understood('哪几张表总分没填').measures).toBeUndefined();
  });

  it('a place the store does not know, next to it, is reported', () => {
    expect(parse('顺义没设满意度指标的项目').unplaced).toContain('顺义');
  });
});

describe('blanks said around the field', () => {
  it.each([
    ['既没写项目负责人也没写联系电话的项目', [empty('owner'), empty('phone')]],
    ['既没填负责人也没填联系电话的有哪些', [empty('owner'), empty('phone')]],
    ['总分空着没写的表', [empty('totalScore')]],
    ['负责人和联系电话没有填全的项目有几个', [any(empty('phone'), empty('owner'))]],
    ['年初预算有数但负责人是空的项目', [empty('initialBudget', false), empty('owner')]],
    ['预算执行那一项没写得分的项目', [empty('budgetScore')]],
  ])('%s', (q, filters) => {
    expect(understood(q).filters).toEqual(filters);
  });

  it('有数量 is no filled test', () => {
    expect(JSON.stringify(parse('年初预算有数量的项目').query ?? {})).not.toContain('"empty":false');
  });
});

describe('the value a cell states, and the checks said in other words', () => {
  const finding = (code: string) => [{ type: 'finding', codes: [code] } as Filter];
  it.each([
    ['执行率填了99%的项目', [cmp('statedRate', '=', 99)]],
    ['执行率写成了95%的项目', [cmp('statedRate', '=', 95)]],
    ['执行率填了100%但全年执行数小于全年预算的项目', finding('RATE_ROUNDED_UP_TO_FULL')],
    ['钱没花完、执行率却写成百分之百的有哪些', finding('RATE_ROUNDED_UP_TO_FULL')],
    ['各项分值合计不是100分的表', finding('WEIGHT_SUM')],
    ['预算执行率那一项得分计算有误的项目', finding('BUDGET_SCORE_MISMATCH')],
  ])('%s', (q, filters) => {
    expect(understood(q).filters).toEqual(filters);
  });

  it('总分与明细得分对不上 is the total check', () => {
    expect(understood('总分与明细得分对不上的表').filters).toEqual([
      { type: 'finding', codes: ['TOTAL_MISMATCH', 'WEIGHT_SUM'] },
    ]);
  });
});

describe('a fact of one project asked with the verb of scoring or naming', () => {
  it.each([
    ['水库周边绿化养护这个项目打了几分？', ['totalScore']],
    ['水库周边绿化养护执行率是百分之几', ['executionRate']],
    ['给我水库周边绿化养护负责人的名字和联系电话', ['owner', 'phone']],
    ['水库周边绿化养护的负责人，叫什么、电话多少？', ['owner', 'phone']],
  ])('%s', (q, select) => {
    expect(understood(q).select).toEqual(select);
  });
});

describe('a row named after its level, or after a verb of setting it up', () => {
  it.each([
    ['三级指标里有“群众满意度”的是哪些项目', true, '群众满意度', 'projects'],
    ['指标名称叫服务对象满意度的项目有几个', false, '服务对象满意度', 'countProjects'],
    ['设了群众满意度指标的项目有哪些', false, '群众满意度', 'projects'],
    ['设置了生态效益指标的项目数量', false, '生态效益', 'countProjects'],
  ])('%s', (q, plainClean, term, output) => {
    const r = readRowQuestion(q, plainClean);
    expect(r).toMatchObject({ term, output });
    // what is left is the forms' scope: here none, and nothing the parser cannot place
    expect(r!.rest === '' || parse(r!.rest).unplaced.length === 0).toBe(true);
  });

  it.each([
    ['溪翁庄镇养老驿站运营补贴的满意度年度指标值是多少', '满意度', ['target'], 'rows'],
    ['哪些项目在经济效益指标上扣了分', '经济效益', [], 'projects'],
    ['时效指标的年度指标值、实际完成值各是啥', '时效', ['target', 'actual'], 'rows'],
    ['哪个项目的某一条指标扣分最多', null, ['lost'], 'topLost'],
    ['所有项目里没拿满分的指标一共几条', null, [], 'countRows'],
  ])('%s: the row, its columns, nothing left over', (q, term, columns, output) => {
    const r = readRowQuestion(q, false);
    expect(r).toMatchObject({ term, columns, output });
    expect(r!.rest === '' || parse(r!.rest).unplaced.length === 0).toBe(true);
  });

  it('a count asked after the level is no row name', () => {
    expect(readRowQuestion('三级指标有几条', true)).toMatchObject({ term: null, output: 'countRows' });
  });
});

describe('scores against their full mark, and conditions framed as a situation', () => {
  const none = cmp('rowsBelowWeight', '=', 0);
  const some = cmp('rowsBelowWeight', '>', 0);
  it.each([
    ['指标没拿满分的项目一共多少个', [some]],
    ['各项指标都拿满分的项目有几个', [none]],
    ['每一项都没扣分、总分却低于100的项目', [none, cmp('totalScore', '<', 100)]],
    ['哪些表一分没扣，但总分不满100', [none, cmp('totalScore', '<', 100)]],
    ['有几个项目存在指标得分比分值低的情况', [some]],
    ['出现扣分现象的项目', [some]],
    ['填了年初预算却没填负责人的项目', [empty('initialBudget', false), empty('owner')]],
    [
      '有哪些项目在满意度这一项上丢了分',
      [{ type: 'fields', left: 'satisfactionScore', op: '<', right: 'satisfactionWeight' } as Filter],
    ],
  ])('%s', (q, filters) => {
    expect(understood(q).filters).toEqual(filters);
  });

  it('没拿满分 alone is still the total', () => {
    expect(understood('没拿满分的项目').filters).toEqual([cmp('totalScore', '<', 100)]);
  });
});

describe('a field asked by the verb of its role', () => {
  it.each([
    ['水库周边绿化养护是哪个单位实施的', ['implementingUnit']],
    ['水库周边绿化养护是哪个部门主管的', ['department']],
    ['水库周边绿化养护是谁负责的', ['owner']],
  ])('%s', (q, select) => {
    expect(understood(q).select).toEqual(select);
  });

  it('全年预算那一栏加个总 is a sum', () => {
    expect(understood('溪翁庄镇全年预算那一栏加个总').measures).toEqual([
      { fn: 'sum', field: 'annualBudget' },
    ]);
  });
});

const admin: Viewer = { userId: 'web:admin', department: null, isAdmin: true };

for (const driver of drivers) {
  describeWhen(!driver.skip, `a cell's shape counted by the store, ${title(driver)}`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await driver.open();
      const cells: Array<[string, string, string, number[]]> = [
        ['甲', '韩雪梅', '69031234', [50, 40]],
        ['乙', '韩雪梅、曹立新', '69031234；13800001111', [50, 45]],
        ['丙', '曹立新', '690312345', [40, 40]],
        ['丁', '', '', []],
      ];
      const row = (weight: number) => ({
        ...{
          level1: '产出指标',
          level2: '数量指标',
          name: '完成数',
          target: '1',
          actual: '1',
          deviation: '',
        },
        ...{ weight, score: weight, weightRaw: String(weight), scoreRaw: String(weight) },
      });
      for (const [name, owner, phone, weights] of cells) {
        const r: FormRecord = {
          ...emptyRecord(),
          year: 2024,
          department: '溪翁庄镇',
          projectName: name,
          owner,
          phone,
        };
        r.funds.total.weight = { raw: '10', value: 10 };
        r.indicators = weights.map(row);
        await store.upsertUser({ id: 'web:u', channel: 'web' });
        await store.setUserDepartment('web:u', r.department);
        await store.createForm({
          ownerId: 'web:u',
          record: r,
          provenance: {},
          check: checkRecord(r),
          source: 'reader',
        });
      }
    });
    afterAll(async () => {
      await store?.close();
      await driver.cleanup();
    });
    const names = async (q: string) =>
      (await executeQuery(store.sql, understood(q), admin)).rows.map((r) => r[0]).sort();

    it('numbers and people in one cell, digits of a number (the longest when there are several)', async () => {
      expect(await names('联系电话填了两个号码的项目')).toEqual(['乙']);
      expect(await names('负责人写了两个人的项目')).toEqual(['乙']);
      expect(await names('联系电话是9位数的项目')).toEqual(['丙']);
      expect(await names('联系电话是8位的项目')).toEqual(['甲']);
      expect(await names('电话号码超过8位的项目')).toEqual(['丙', '乙']);
      // an empty cell has no shape: never counted as 0 numbers or 0 digits
      expect(await names('联系电话不是8位的项目')).toEqual(['丙', '乙']);
    });
  });
}
