import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../src/query/parse.ts';
import { rewriteProblems } from '../../src/query/problem-words.ts';
import { leaves } from '../../src/query/query.ts';
import { readRowQuestion } from '../../src/query/row-question.ts';
import { vocabularyOf } from '../../src/query/vocabulary.ts';

/**
 * Checks named by what went wrong or how they are computed (problem-words.ts), and rows named by their level, cells
 * and pointers (row-question.ts, row-cells.ts). Wordings of our own, not the evaluation's.
 */
const VOCAB = vocabularyOf([
  {
    department: '甲街道办事处',
    implementingUnit: '甲街道办事处',
    owner: '王丽',
    projectName: '社区养老服务',
  },
]);
const read = (q: string) => {
  const p = parseQuestion(q, VOCAB, 2025);
  expect(p.unplaced, q).toEqual([]);
  return p.query ? leaves(p.query.filters) : [];
};
const codesOf = (q: string) => read(q).flatMap((f) => (f.type === 'finding' ? f.codes : []));

describe('a check named by what went wrong', () => {
  it.each(['金额那栏把元当作万元写的项目', '把元误写成万元的项目', '元填成了万元的表有哪些'])(
    '%s → FUNDS_UNIT_SUSPECT',
    (q) => expect(codesOf(q)).toEqual(['FUNDS_UNIT_SUSPECT']),
  );

  it('the same unit on both sides is no mistake (left as it is)', () => {
    expect(parseQuestion('把万元当成万元填的表', VOCAB, 2025).unplaced.length).toBeGreaterThan(0);
  });

  it.each(['联系电话位数有误的项目', '号码长度好像不对的表'])('%s → PHONE_FORMAT', (q) =>
    expect(codesOf(q)).toEqual(['PHONE_FORMAT']),
  );

  it.each(['满分的行却写了偏差原因的项目', '没扣分的指标也填了原因的表'])(
    '%s → DEVIATION_ON_FULL_SCORE',
    (q) => expect(codesOf(q)).toEqual(['DEVIATION_ON_FULL_SCORE']),
  );

  it('a reason that says nothing is left out by the check already (写“无”的不算)', () =>
    expect(codesOf('拿了满分的指标还写着偏差原因的表（填“无”的不算）')).toEqual(['DEVIATION_ON_FULL_SCORE']));

  it.each(['空白模板行没删掉的项目', '模板自带的空行（……之类）都没清理的表'])('%s → PLACEHOLDER_ROWS', (q) =>
    expect(codesOf(q)).toEqual(['PLACEHOLDER_ROWS']),
  );

  it('a kind of row missing as a whole, or not one row of it', () => {
    expect(codesOf('效益指标整个没填的项目')).toEqual(['BENEFIT_MISSING']);
    expect(codesOf('一个效益指标也没有设的表')).toEqual(['BENEFIT_MISSING']);
  });

  it('a figure said with what it should have been: the figure', () => {
    expect(read('分值合计是90，不是100的表')).toEqual([
      { type: 'compare', field: 'weightSum', op: '=', value: 90 },
    ]);
  });

  it('a value written into a cell (写成 / 填成) is its value', () => {
    expect(read('总分值填成了200的项目')).toEqual([
      { type: 'compare', field: 'totalWeight', op: '=', value: 200 },
    ]);
  });
});

describe('a check said not to apply', () => {
  it('执行率没算错 negates the rate check (was: 执行率 empty)', () => {
    const fs = read('执行率倒是没算错、预算执行得分却算错的项目');
    expect(fs).toContainEqual({ type: 'finding', codes: ['RATE_MISMATCH'], negate: true });
    expect(fs).toContainEqual({ type: 'finding', codes: ['BUDGET_SCORE_MISMATCH'] });
    expect(fs.some((f) => f.type === 'empty')).toBe(false);
  });
  it('总分是对的, 预算执行得分没问题', () => {
    expect(read('总分和明细是对的，执行率算错的表')).toContainEqual({
      type: 'finding',
      codes: ['TOTAL_MISMATCH', 'WEIGHT_SUM'],
      negate: true,
    });
    expect(read('预算执行得分没问题的项目')).toEqual([
      { type: 'finding', codes: ['BUDGET_SCORE_MISMATCH'], negate: true },
    ]);
  });
});

describe('a negated verb of its own is no negation of 扣分', () => {
  it('满意度没做被扣分: not read as 满意度 not deducted', () => {
    const p = parseQuestion('满意度没填被扣了分的项目', VOCAB, 2025);
    const fs = p.query ? leaves(p.query.filters) : [];
    expect(fs).not.toContainEqual({
      type: 'fields',
      left: 'satisfactionScore',
      op: '>=',
      right: 'satisfactionWeight',
    });
  });
  it('没扣分 / 没有扣分 still negate', () =>
    expect(read('满意度没扣分的项目')).toEqual([
      { type: 'fields', left: 'satisfactionScore', op: '>=', right: 'satisfactionWeight' },
    ]));
  it('扣成 / 扣到 N分 is the score left', () =>
    expect(read('总分被扣到了75分的项目')).toEqual([
      { type: 'compare', field: 'totalScore', op: '=', value: 75 },
    ]));
});

describe('the check computed as it says beside it', () => {
  it('the rate times the weight beside the budget-score check adds nothing', () =>
    expect(codesOf('用执行率乘以分值核对一下，预算执行得分不对的表')).toEqual(['BUDGET_SCORE_MISMATCH']));
  it('spent over budget beside the rate check adds nothing', () =>
    expect(codesOf('拿全年执行数除以全年预算重算一遍，执行率算错的项目')).toEqual(['RATE_MISMATCH']));
  it('another base (年初预算) is another computation: not set aside', () =>
    expect(rewriteProblems('拿执行数除以年初预算重算，执行率算错的项目')).toContain('除以年初预算'));
  it('a computation with no check named is not set aside', () =>
    expect(parseQuestion('拿执行率乘10分去核的项目', VOCAB, 2025).unplaced.length).toBeGreaterThan(0));
});

describe('rows named by level, cells and pointers', () => {
  it('the row named after a count of rows (几条X指标)', () => {
    const q = readRowQuestion('社区养老服务一共设了多少条时效指标', false);
    expect(q?.term).toBe('时效');
    expect(q?.output).toBe('countRows');
  });
  it('the row pointed at (那条 / 这一块), its cells asked', () => {
    expect(readRowQuestion('社区养老服务的服务人次那条，定了多少、完成了多少', false)).toMatchObject({
      term: '服务人次',
      columns: ['target', 'actual'],
    });
    expect(readRowQuestion('效益这一块得分加起来低于20分的项目', false)).toMatchObject({
      term: '效益',
      output: 'sumColumn',
      sum: 'score',
      bound: { op: '<', value: 20 },
    });
  });
  it('分值加起来不是N (not 100): a bound on the rows’ sum', () =>
    expect(readRowQuestion('产出那部分分值加起来不是50分的表', false)).toMatchObject({
      term: '产出',
      bound: { op: '<>', value: 50 },
    }));
  it('占分最重 / 权重最大: the rows with the highest 分值', () => {
    for (const q of ['社区养老服务里哪条指标权重最大', '社区养老服务哪个三级指标占分最多'])
      expect(readRowQuestion(q, false)?.top, q).toEqual({ column: 'weight', dir: 'desc' });
  });
  it('用“X”作为目标值: the cell holds X', () =>
    expect(readRowQuestion('用“达标”作为年度指标值的指标有几条', false)?.cells).toEqual([
      { column: 'target', text: '达标', exact: false },
    ]));
  it('the two cells said bare at the end (实际和目标)', () =>
    expect(readRowQuestion('社区养老服务的服务人次指标，实际和目标', false)?.columns.sort()).toEqual([
      'actual',
      'target',
    ]));
  it('a level cell said with 是 and a quoted value; 是什么 asks', () => {
    expect(readRowQuestion('一级指标是“效益指标”的行有几条', false)?.cells).toEqual([
      { column: 'level1', text: '效益指标', exact: false },
    ]);
    expect(readRowQuestion('服务人次指标的二级指标是什么', false)?.cells ?? []).toEqual([]);
  });
  it('the row name holding words (提到 / 出现)', () => {
    for (const q of ['指标名称里出现“养老”的项目', '三级指标里，提到“培训”的有几条'])
      expect(readRowQuestion(q, false)?.cells?.[0]?.column, q).toBe('name');
  });
  it('a kind pointed at (时效那行) with words in it keeps its name', () =>
    expect(readRowQuestion('时效那行写着“按时完成”的指标有几条', false)).toMatchObject({
      term: '时效',
      cells: [{ column: 'any', text: '按时完成', exact: false }],
    }));
  it('an empty score restated (空着、没填0)', () =>
    expect(readRowQuestion('满意度那行得分空着、也没填0的', false)?.cells).toEqual([
      { column: 'score', blank: true },
    ]));
  it('what is usually written in one text column: its values tallied (typical)', () => {
    expect(readRowQuestion('扣了分的指标，偏差原因通常填的是什么', false)).toMatchObject({
      columns: ['deviation'],
      typical: true,
      rest: '',
    });
    expect(readRowQuestion('时效指标的实际完成值一般是啥', false)?.typical).toBe(true);
    // two columns asked: the rows, not a tally
    expect(readRowQuestion('时效指标的年度指标值和实际完成值一般是啥', false)?.typical).toBeUndefined();
  });
});
