/**
 * Question families the lead found failing with his own wordings (stop 34), each tested here with wordings of our
 * own: forms sent back to be redone (the forms with errors), money not spent at all (全年执行数 0, never a score of
 * 1), the budget row's score said as 那一栏的分, rows of a kind counted per group (部门 / 单位 / 街道 / 年度 — never one
 * project), two scopes set side by side with 对比 / 比一比 / 相比 (a year the store holds no forms of said so), rows
 * whose 实际完成值 is below their 年度指标值 (the rows that cannot be compared counted and said), and two projects of one
 * name (两个项目名字一样, 重复报).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeQuery } from '../../src/query/describe.ts';
import { parseQuestion } from '../../src/query/parse.ts';
import { readRowQuestion } from '../../src/query/row-question.ts';
import { readScopeComparison } from '../../src/query/scope-compare.ts';
import { readSharedCell } from '../../src/query/shared-cells.ts';
import { vocabularyOf } from '../../src/query/vocabulary.ts';
import type { FormRecord } from '../../src/record/record.ts';
import { type AskedReply, adminStoreOf, formWithRows, indicatorRow } from './known-store.ts';

const VOCAB = vocabularyOf([
  {
    department: '甲街道办事处',
    implementingUnit: '甲街道办事处',
    owner: '周敏',
    projectName: '路灯维护',
    year: 2040,
  },
  {
    department: '乙街道办事处',
    implementingUnit: '乙街道办事处',
    owner: '吴刚',
    projectName: '绿化养护',
    year: 2041,
  },
]);
const parse = (q: string) => parseQuestion(q, VOCAB, 2042);
const echo = (q: string) => describeQuery(parse(q).query!);

describe('A. forms to send back are the forms with errors', () => {
  it.each(['哪几张表得打回重做', '需要重新填的表有哪些', '哪些项目要退回重新填报', '有没有得返工的项目'])(
    '%s',
    (q) => {
      const p = parse(q);
      expect(p.unplaced).toEqual([]);
      expect(echo(q)).toContain('有错误的项目');
    },
  );

  it('asked per office, grouped by 主管部门', () => {
    const p = parse('哪些部门的表需要重做');
    expect(p.unplaced).toEqual([]);
    expect(p.query!.groupBy).toBe('department');
    expect(echo('哪些部门的表需要重做')).toContain('有错误的项目');
  });

  it('guard: 被退回的 (a workflow state the store does not keep) stays reported', () => {
    expect(parse('被退回的项目有哪些').unplaced.length).toBeGreaterThan(0);
  });
});

describe('B. money not spent at all is 全年执行数 0, never a score of 1', () => {
  it.each([
    '哪些项目的经费一分都没用',
    '有没有项目一毛钱没花出去',
    '乙街道有没有项目预算一点都没动',
    '哪个项目没花过一分钱',
  ])('%s', (q) => {
    const p = parse(q);
    expect(p.unplaced).toEqual([]);
    expect(p.query!.filters).toContainEqual({ type: 'compare', field: 'executed', op: '=', value: 0 });
    expect(JSON.stringify(p.query)).not.toContain('totalScore');
  });

  it('guards: 一分 of points stays a score; money all spent stays all spent', () => {
    expect(JSON.stringify(parse('总分只有一分的项目').query)).toContain('totalScore');
    expect(echo('钱一分没剩的项目')).toContain('全年执行数不低于全年预算数');
  });
});

describe('C. the budget row’s score said as 那一栏的分', () => {
  it.each(['预算执行率这一行的分对不上的', '执行率那格给的分算得不对的项目', '预算执行那项的分有误的表'])(
    '%s is BUDGET_SCORE_MISMATCH',
    (q) => {
      const p = parse(q);
      expect(p.unplaced).toEqual([]);
      expect(echo(q)).toContain('预算执行得分与执行率不符');
    },
  );

  it('asked as a figure: the row’s score, of the budget row or of a kind of row', () => {
    const p = parse('执行率那一栏的分是多少');
    expect(p.unplaced).toEqual([]);
    expect(p.query!.select).toContain('budgetScore');
    expect(readRowQuestion('满意度那一项的分是多少', false)).toMatchObject({
      term: '满意度',
      columns: ['score'],
    });
  });

  it('guard: the rate itself wrong stays the rate check', () => {
    expect(echo('执行率算错的项目')).not.toContain('预算执行得分');
  });
});

/** The shared-cell reading of a question, which must be one (not a question back). */
function sharedReading(q: string) {
  const r = readSharedCell(q);
  if (!r || 'ask' in r) throw new Error(`not read as a shared cell: ${q}`);
  return r;
}

describe('G. two projects of one name are the shared-name filter', () => {
  it.each(['有没有俩项目名字是一样的', '是不是有两张表同名', '有重复申报的项目吗'])('%s', (q) => {
    const r = sharedReading(q);
    expect(r.patch({ filters: [] })?.filters).toEqual([{ type: 'shared', field: 'projectName' }]);
    expect(r.text).not.toMatch(/两|俩|2/u);
  });

  it('guard: 几个 asks how many, kept', () => {
    expect(sharedReading('有几个项目重名').text).toContain('几个');
  });
});

describe('E. two scopes side by side with 对比 / 比一比 / 相比', () => {
  it.each([
    ['2040年跟2041年比一比项目个数', 'count'],
    ['甲街道和乙街道的全年预算做个对比', 'sum'],
    ['比较一下甲街道与乙街道的执行率', 'pooledRate'],
  ])('%s', (q, kind) => {
    const c = readScopeComparison(q, VOCAB, 2042);
    expect(c).not.toBeNull();
    expect(c!.alternatives).toHaveLength(2);
    expect(c!.figure.kind).toBe(kind);
  });

  it('guard: 比较 as "rather" before a word of size is no comparison', () => {
    expect(readScopeComparison('甲街道和乙街道预算比较高的项目', VOCAB, 2042)).toBeNull();
  });
});

describe('D and F (answered from the rows), E and G (answered from a store)', () => {
  let ask: (q: string) => Promise<AskedReply>;
  let close: () => Promise<void>;
  const row = indicatorRow;
  const spentNothing = (r: FormRecord): FormRecord => {
    r.funds.total.executed = { raw: '0', value: 0 };
    return r;
  };
  beforeAll(async () => {
    const { store, ask: asked } = await adminStoreOf('web:probe34', [
      formWithRows('路灯维护', '甲街道办事处', [
        row('产出指标', '数量指标', '维修盏数', { target: '≥100盏', actual: '96盏' }),
        row('产出指标', '质量指标', '维修合格率', { target: '100%', actual: '100%' }),
        row('满意度指标', '服务对象满意度指标', '居民满意度', { target: '≥90%', actual: '较满意' }),
      ]),
      spentNothing(
        formWithRows(
          '绿化养护',
          '乙街道办事处',
          [
            row('产出指标', '数量指标', '养护面积', { target: '5000平方米', actual: '4800平方米' }),
            row('产出指标', '数量指标', '补植株数', { target: '200株', actual: '210株' }),
            row('效益指标', '生态效益指标', '绿化覆盖率提升', { target: '1%', actual: '1%' }),
          ],
          2041,
        ),
      ),
      formWithRows('绿化养护', '丙街道办事处', [row('产出指标', '数量指标', '养护次数')], 2041),
    ]);
    close = () => store.close();
    ask = asked;
  });
  afterAll(async () => close?.());

  it('D: the group with the most rows of a kind, never a project', async () => {
    const a = await ask('哪个主管部门的数量指标条数最多');
    expect(a.columns[0]).toBe('主管部门');
    expect(a.rows.map((r) => [r[0], r[1]])).toEqual([['乙街道办事处', '2']]);
    const b = await ask('产出指标最少的部门是哪个');
    expect(b.columns[0]).toBe('主管部门');
    expect(b.rows.map((r) => r[0])).toEqual(['丙街道办事处']);
  });

  it('D: rows of a kind counted per group', async () => {
    const a = await ask('每个年度分别有几条数量指标');
    expect(a.columns[0]).toBe('年度');
    expect(a.rows.map((r) => [r[0], r[1]])).toEqual([
      ['2041', '3'],
      ['2040', '1'],
    ]);
    expect(readRowQuestion('按单位统计效益指标有几条', false)).toMatchObject({
      term: '效益',
      output: 'groupCount',
      perGroup: { field: 'department' },
    });
  });

  it('F: rows whose actual value is below the target, the rest counted and said', async () => {
    const a = await ask('实际完成值比年度指标值少的指标有哪些');
    expect(a.rows.map((r) => r[5]).sort()).toEqual(['养护面积', '维修盏数']);
    expect(a.columns).toEqual(expect.arrayContaining(['年度指标值', '实际完成值']));
    expect(a.text).toContain('另有 1 条');
    const b = await ask('有几条指标目标值比实际值高');
    expect(b.rows).toEqual([['2']]);
    // over some forms (a year): their rows counted as the facts count them, the rest said the same way
    const c = await ask('2040年实际完成值比年度指标值少的指标有哪些');
    expect(c.rows.map((r) => r[5])).toEqual(['维修盏数']);
    expect(c.text).toContain('另有 1 条');
    const d = await ask('2041年实际完成值比年度指标值少的指标有哪些');
    expect(d.rows.map((r) => r[5])).toEqual(['养护面积']);
    // 养护次数 (100% against 100%) is comparable: nothing left out
    expect(d.text).not.toContain('另有');
  });

  it('F: 没达标 stays the rows that lost points (the README’s meaning), apart from the comparison', () => {
    const q = readRowQuestion('没达标的指标有哪些', false);
    expect(q?.score).toBe('lost');
    expect(q?.belowTarget).toBeUndefined();
  });

  it('B: the project that spent nothing', async () => {
    const a = await ask('哪个项目的钱一个子儿都没花');
    expect(a.rows.map((r) => r[0])).toEqual(['绿化养护']);
  });

  it('E: a year the store holds no forms of is said, not a bare 0', async () => {
    const a = await ask('今年和2041年的项目数比一比');
    expect(a.text).toContain('库里没有 2026 年度的表');
    expect(a.text).toContain('2040、2041');
    expect(a.rows).toEqual([
      ['2026年', '0'],
      ['2041年', '2'],
    ]);
    const each = await ask('今年和2041年各有几个项目');
    expect(each.text).toContain('库里没有 2026 年度的表');
  });

  it('G: 两个项目名字一样 lists the two of one name', async () => {
    const a = await ask('有没有两个项目名字相同');
    expect(a.unplaced ?? []).toEqual([]);
    expect(a.rows.map((r) => r[0])).toEqual(['绿化养护', '绿化养护']);
  });
});
