/**
 * Words that say how a cell is written or named, read by their class rather than phrase by phrase: verbs of stating a
 * value (说明 / 写明 / 交代 are entering verbs like 填 / 写: 没说明偏差原因 is the cell left empty), 存在 as 有, 各自 beside a
 * list, a demonstrative with the measure word of a row (这项 / 那项) between the row and its 得分 / 分值, a money field
 * with 金额 / 数额 after it, 调整后的预算, serving as a role (当 / 担任 负责人, 由 before the person) and the durative
 * 写着 (that cell reads). Words of the same places that could narrow the question are still reported.
 */
import { describe, expect, it } from 'vitest';
import { parseOverTwoOffices } from './two-offices.ts';

const parse = parseOverTwoOffices;
/** The query as text, to look for the fields and checks it uses. */
const read = (q: string) => {
  const p = parse(q);
  expect(p.unplaced, q).toEqual([]);
  return JSON.stringify(p.query);
};

describe('a verb of stating a value is an entering verb', () => {
  it.each([
    '香水园扣了分却没说明偏差原因的项目',
    '永宁镇哪些指标没交代偏差原因',
    '扣分的指标里未写明偏差原因的有几个项目',
  ])('%s', (q) => {
    expect(read(q)).toContain('DEVIATION_MISSING');
  });
});

describe('存在 is 有', () => {
  it('存在得分超过分值的指标的项目有几个', () => {
    expect(read('存在得分超过分值的指标的项目有几个')).toContain('SCORE_ABOVE_WEIGHT');
  });
});

describe('各自 beside a list is each one of it', () => {
  it('列出永宁镇的项目和各自的执行率', () => {
    expect(read('列出永宁镇的项目和各自的执行率')).toContain('"select":["executionRate"]');
  });
  it('按负责人数一数各自负责几个项目', () => {
    expect(read('按负责人数一数各自负责几个项目')).toContain('"groupBy":"owner"');
  });
});

describe('a row, its demonstrative, then its cell', () => {
  it.each([
    ['满意度这项得分低于5分的项目', '"field":"satisfactionScore"'],
    ['满意度那一项的得分是0的项目', '"field":"satisfactionScore"'],
    ['满意度那项的分值', '"select":["satisfactionWeight"]'],
    ['预算执行这项得分最少的项目', '"by":"budgetScore"'],
  ])('%s', (q, part) => {
    expect(read(q)).toContain(part);
  });
  it('满意度 alone before 总分 is no row score', () => {
    expect(read('满意度调查没做、总分低于90的项目')).toContain('"field":"totalScore"');
  });
});

describe('an amount with a noun of a sum after it', () => {
  it.each([
    ['全年执行数额最多的项目', '"by":"executed"'],
    ['年初预算金额低于50万的项目', '"field":"initialBudget"'],
    ['全年预算数额在100万以上的项目', '"field":"annualBudget"'],
    ['调整后的预算超过100万的项目', '"field":"annualBudget"'],
  ])('%s', (q, part) => {
    expect(read(q)).toContain(part);
  });
});

describe('serving as the role the field names', () => {
  it.each(['韩立军当负责人的项目', '由邵春燕担任项目负责人的项目有几个', '由香水园实施的项目'])('%s', (q) => {
    expect(read(q)).toMatch(/"type":"name"/);
  });
  it('the same verbs elsewhere are reported, and 由 inside a word stays that word', () => {
    expect(parse('作为试点的项目').unplaced.length).toBeGreaterThan(0);
    expect(parse('理由是什么').unplaced).toEqual(['理由']);
    expect(parse('被退回的项目有几个').unplaced).toEqual(['被退回']);
  });
});

describe('写着: the cell reads', () => {
  it('满意度调查那一栏写着未做的项目', () => {
    expect(read('满意度调查那一栏写着未做的项目')).toContain('SATISFACTION_NOT_SURVEYED');
  });
  it('表上写着执行率100%的 is the stated rate', () => {
    expect(read('表上写着执行率100%的项目有几个')).toContain('"field":"statedRate"');
  });
});

describe('the whole year said of an amount', () => {
  it.each(['香水园那边全年一共支出了多少', '古城墙修缮补助一年执行了多少'])('%s', (q) => {
    expect(read(q)).toContain('executed');
  });
  it('said of anything else it is reported', () => {
    expect(parse('全年没变过负责人的项目').unplaced.length).toBeGreaterThan(0);
  });
});
