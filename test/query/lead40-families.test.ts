/**
 * The lead's probe of stop 40 (the tenth part's trainer and the eleventh and twelfth parts' first runs): the families
 * that failed, each said in ways of our own over offices, people and projects of our own — and the readings next to
 * them that must not change.
 */
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnswerMessage } from '../../src/query/answer.ts';
import { rewriteFundsRows } from '../../src/query/funds-row-words.ts';
import { parseQuestion } from '../../src/query/parse.ts';
import { rewriteProblems } from '../../src/query/problem-words.ts';
import { plainRegisterWords } from '../../src/query/register-words.ts';
import { readRowQuestion } from '../../src/query/row-question.ts';
import { searchBoxWords } from '../../src/query/search-box.ts';
import { withUnitAsked } from '../../src/query/unit-asked.ts';
import { plainWrittenRequest } from '../../src/query/written-register.ts';
import type { Store } from '../../src/store/store.ts';
import { adminStoreOf, type KnownProject, recordOfProject, vocabularyOfProjects } from './known-store.ts';

const PROJECTS: KnownProject[] = [
  { name: '青石社区微更新资金', dept: '青石街道办事处', year: 2024, owner: '李娜', budget: 20, executed: 15 },
  { name: '河道保洁经费', dept: '梅林镇人民政府', year: 2024, owner: '王强', budget: 80, initial: 100 },
  { name: '图书角补贴', dept: '松岭街道办事处', year: 2024, owner: '周敏', budget: 5 },
];
const VOCAB = vocabularyOfProjects(PROJECTS);
const parse = (q: string) => parseQuestion(plainRegisterWords(q), VOCAB, 2025);
const placed = (q: string) => {
  const p = parse(q);
  expect(p.unplaced, q).toEqual([]);
  return p.query!;
};

describe('readings of stop 40', () => {
  it('whether a checked part is right, asked: the check, negated, asked yes or no', () => {
    for (const q of ['X的执行率是否正确', 'X的执行率填得对不对', 'X的执行率准确吗', 'X执行率正确不正确'])
      expect(rewriteProblems(q), q).toMatch(/没有执行率算错吗$/u);
    expect(rewriteProblems('X的预算执行得分是否正确')).toBe('X的没有预算执行得分算错吗');
    expect(rewriteProblems('X的总分对不对')).toBe('X的没有总分与明细不符吗');
    expect(rewriteProblems('X的总分跟预算执行得分加各项指标得分对得上吗')).toBe('X的没有总分与明细不符吗');
    // 不一致 stays the check
    expect(rewriteProblems('总分与明细不一致的项目')).toBe('总分与明细不符的项目');
    // asked whether it is wrong: the check itself
    expect(rewriteProblems('X的执行率是否有误')).toBe('X的执行率算错吗');
    expect(rewriteProblems('X的总分是不是有误')).toBe('X的总分与明细不符吗');
    // no asking word: a condition, right or wrong, as it was
    expect(rewriteProblems('执行率正确的项目')).toBe('没有执行率算错的项目');
    expect(rewriteProblems('执行率不正确的项目有哪些')).toBe('执行率算错的项目有哪些');
    // 对 alone, not asked, is no judgement
    expect(rewriteProblems('X的执行率对比Y')).toBe('X的执行率对比Y');
  });

  it('an exercise’s verbs (判断, 计算, 求) and written 所 / 将 / 表数 add nothing to what is asked', () => {
    expect(plainRegisterWords('判断河道保洁经费是否调整过预算')).toBe('河道保洁经费是否调整过预算');
    expect(plainRegisterWords('试计算李娜所负责项目的平均预算')).toBe('李娜负责项目的平均预算');
    expect(placed('求图书角补贴的结余').select).toBeDefined();
    expect(placed('统计全部自评表中年初预算数与全年预算数不一致的表数').measures).toEqual([{ fn: 'count' }]);
    expect(plainRegisterWords('请将河道保洁经费的全年执行数换算为元。')).toBe(
      '河道保洁经费的全年执行数换算为元。',
    );
    // 所属 is no relative clause: left as it is
    expect(plainRegisterWords('河道保洁经费所属的部门')).toBe('河道保洁经费所属的部门');
    // 判断 with no question after it in the clause stays, and is reported
    expect(plainRegisterWords('判断一下河道保洁经费')).toBe('判断一下河道保洁经费');
  });

  it('checks said by their own rule (10、50、30、10; 1.5倍; 样本量; 万元栏里填了元; 退回重新填报)', () => {
    const codes = (q: string) => JSON.stringify(placed(q).filters);
    expect(codes('一级指标权重不符合10、50、30、10的表')).toContain('LEVEL1_WEIGHTS_NONSTANDARD');
    expect(codes('超额完成50%以上的指标')).toContain('OVER_ACHIEVEMENT');
    expect(codes('实际完成值超过目标值1.5倍的指标有哪些')).toContain('OVER_ACHIEVEMENT');
    expect(codes('满意度没有样本量的表')).toContain('SATISFACTION_NO_EVIDENCE');
    expect(codes('万元栏里填了元的表')).toContain('FUNDS_UNIT_SUSPECT');
    expect(codes('资金单位可能填错的表')).toContain('FUNDS_UNIT_SUSPECT');
    expect(codes('需要退回重新填报的表有哪些')).toContain('"severity"');
    // another threshold than the check's is no such check: reported, never widened to it
    expect(parse('实际完成值超过目标值2倍的指标有哪些').unplaced).toEqual(
      expect.arrayContaining(['倍', '2']),
    );
    // …and a bare 退回 (a workflow state the store does not keep) stays unread
    expect(parse('退回重新填报的表').unplaced).toContain('退回');
  });

  it('a reviewer’s written checks: 按执行数除以预算数计算的结果, 不相匹配, 如有请逐项列明, 之间的差额, 总分一栏的分值', () => {
    const read = (q: string) => JSON.stringify(placed(plainWrittenRequest(q)));
    expect(read('哪些项目填报的预算执行率与按全年执行数除以全年预算数计算的结果不符')).toContain(
      'RATE_MISMATCH',
    );
    expect(read('执行率填的跟执行数/预算数算出来对不上的有几个表')).toContain('RATE_MISMATCH');
    expect(read('预算执行得分与执行率不相匹配的项目')).toContain('BUDGET_SCORE_MISMATCH');
    expect(read('是否存在总分与预算执行得分、各项指标得分之和不一致的项目？如有，请逐项列明。')).toContain(
      'TOTAL_MISMATCH',
    );
    expect(read('请说明是否存在指标得分高于该指标分值的情况，如有请列出项目。')).toContain(
      'SCORE_ABOVE_WEIGHT',
    );
    expect(read('全部项目全年预算数与全年执行数之间的差额合计是多少万元')).toContain('remaining');
    // the weight of the total row, not the 总分 (which is 48 forms' 98 or 95 and had been listed)
    expect(read('总分一栏的分值填报异常、不等于100分的是哪个项目')).toContain('"field":"totalWeight"');
    expect(read('总分不等于100分的项目')).not.toContain('totalWeight');
  });

  it('the unit asked before the question, and the 实施单位 asked as 由哪个单位具体实施', () => {
    expect(plainWrittenRequest('请以元为单位说明河道保洁经费的全年预算数。')).toBe(
      '河道保洁经费的全年预算数（换成元）',
    );
    expect(plainWrittenRequest('河道保洁经费由哪个单位具体实施？')).toBe('河道保洁经费的实施单位是哪个?');
  });

  it('未达满分 is below full marks; 有钱 in a funds row is an amount other than 0, not the row filled', () => {
    expect(readRowQuestion('得分未达满分的指标有哪些', true)).toMatchObject({ score: 'lost' });
    expect(rewriteFundsRows('上年结转有钱的表几个')).toContain('不为0');
    expect(rewriteFundsRows('上年结转那行有数的表几个')).not.toContain('不为0');
  });

  it('a director’s and a dictating clerk’s words: 然后, 排第几 按预算, 目标 实际, 各项指标一分都没扣, 预算比执行多多少', () => {
    expect(plainRegisterWords('然后那个李娜负责的是哪个项目')).toBe('那个李娜负责的是哪个项目');
    expect(plainRegisterWords('他说然后呢')).toBe('他说然后呢');
    const w = (q: string) => plainWrittenRequest(q);
    expect(w('河道保洁经费 梅林排第几 按预算')).toBe('河道保洁经费 梅林按预算排第几');
    expect(w('河道保洁经费 巡查里程 目标 实际')).toBe('河道保洁经费 巡查里程的年度指标值和实际完成值是多少');
    expect(w('河道保洁经费 巡查里程 目标跟完成各写的啥')).toContain('年度指标值和实际完成值');
    expect(w('满意度指标的目标写的是多少，实际达到了多少？')).toContain('年度指标值和实际完成值');
    expect(w('总分不是一百 但是各项指标一分都没扣的 有哪些')).toBe(
      '总分不等于一百 但是指标全部拿满分的 有哪些',
    );
    expect(w('河道保洁经费 预算比执行多多少')).toBe('河道保洁经费 结余是多少');
  });

  it('a row named in quotes with its kind around it, and what its cell holds asked', () => {
    const w = (q: string) => plainWrittenRequest(q);
    expect(w('河道保洁经费项目“清运垃圾、杂物”这一数量指标，实际完成值是多少')).toBe(
      '河道保洁经费项目的“清运垃圾、杂物”指标,实际完成值是多少',
    );
    expect(w('河道保洁经费项目数量指标“巡查”的实际完成值填写的是什么')).toBe(
      '河道保洁经费项目的“巡查”指标的实际完成值是多少',
    );
    // a quoted name with nothing before it is the project's, its kind of rows after it
    expect(w('“河道保洁经费”数量指标的年度指标值')).toBe('“河道保洁经费”数量指标的年度指标值');
    // a quoted piece of a project's name is no row
    expect(w('2023年第三批“小微项目惠民生”资金的预算')).toBe('2023年第三批“小微项目惠民生”资金的预算');
  });

  it('an old-fashioned writer’s 兹有…一表，其…, 登记在哪位同志名下, 再告知其…', () => {
    expect(plainRegisterWords('兹有「河道保洁经费」一表，其满意度指标得分几何？')).toBe(
      '「河道保洁经费」的满意度指标得分多少？',
    );
    expect(plainRegisterWords('联系电话69547757登记在哪位同志名下？')).toBe('联系电话69547757是谁的？');
    // 兹有 before anything but a form named: the courtesy word taken off as before
    expect(plainRegisterWords('兹有李娜同志经手诸项目，烦请列出其中总分低于一百分者。')).not.toMatch(/^兹/u);
    expect(plainRegisterWords('劳驾再告知其负责人与联系电话。')).toBe('它们的负责人与联系电话。');
  });

  it('an auditor’s words: 执行率虚报, 按实际执行数计算所得执行率, 账上其实没花完, 以…为准, 设置了多少条三级指标, 以X为二级指标', () => {
    const read = (q: string) => JSON.stringify(placed(plainWrittenRequest(q)));
    expect(read('是否存在执行率虚报的项目')).toBe(read('表上执行率高于执行率的项目'));
    expect(read('表上填报的执行率高于按实际执行数计算所得执行率的项目')).toBe(
      read('表上执行率高于执行率的项目'),
    );
    expect(read('执行率写100% 账上其实没花完的是哪个表')).toContain('RATE_ROUNDED_UP_TO_FULL');
    expect(plainWrittenRequest('执行进度明显滞后的项目请予说明，以预算执行率低于97%为准。')).toBe(
      '预算执行率低于97%的项目',
    );
    // a condition of its own before 以…为准 is never dropped: the sentence is left as it is
    expect(plainWrittenRequest('梅林镇的项目，以预算执行率低于97%为准')).toContain('梅林镇');
    expect(plainWrittenRequest('青石街道两个项目合计设置了多少条三级指标')).toBe(
      '青石街道两个项目合计有多少条指标',
    );
    expect(plainWrittenRequest('以“可持续影响指标”为二级指标的三级指标共有几条')).toBe(
      '可持续影响指标共有几条',
    );
    expect(plainWrittenRequest('有没有项目名称重复的 就是两个表叫同一个名字的')).toBe('有没有项目名称重复的');
    expect(plainWrittenRequest('有没有两个表叫同一个名字的')).toBe('有没有项目名称重复的项目');
  });

  it('the 总分 row’s 分值 said with quotes and brackets, and what it should be said as what it is not', () => {
    const read = (q: string) => JSON.stringify(placed(plainWrittenRequest(q)).filters);
    const want = read('总分值不等于100的项目');
    expect(read('请核查“总分”行分值（满分）栏的填报口径，列出该栏未按100分填报的项目。')).toBe(want);
    expect(read('总分行“分值”栏填列异常值（不是100）的自评表有哪些？')).toBe(want);
    expect(read('需退回单位修改的项目有哪些')).toContain('"severity"');
  });

  it('money left is a 结余 above 0 (every form with both amounts has one); a cashier’s 元 said after the question', () => {
    const read = (q: string) => JSON.stringify(placed(plainWrittenRequest(q)));
    expect(read('有结余的项目有几个')).toContain('"field":"remaining","op":">","value":0');
    expect(read('还有余额的表一共几张？')).toContain('"measures":[{"fn":"count"}]');
    expect(read('有没有结余的项目')).toContain('"op":">"');
    expect(read('没有结余的项目有几个')).toContain('"field":"remaining","op":"<=","value":0');
    expect(plainWrittenRequest('河道保洁经费全年执行数是多少元？我这边记账按元记')).toBe(
      '河道保洁经费全年执行数是多少元（换成元）',
    );
    expect(plainWrittenRequest('梅林镇全年执行数加起来是多少元？要精确到分')).toBe(
      '梅林镇全年执行数加起来是多少元（换成元）',
    );
  });

  it('a reviewer’s frame: 核减 / 核增, 请列出作为佐证, 以表内所填数据为准, 在几张表上出现过; item numbers after a semicolon', () => {
    const w = (q: string) => plainWrittenRequest(plainRegisterWords(q));
    expect(w('六、梅林镇项目中，全年预算数较年初预算数核减的，核减金额合计多少万元？')).not.toContain('核');
    expect(w('十七、全年预算数较年初预算数调增（核增）的项目有几个？')).not.toContain('核增');
    expect(w('执行率填报100%、但全年执行数小于全年预算数的表，请列出作为佐证。')).not.toContain('佐证');
    expect(w('「图书角补贴」表上填报的预算执行率是多少？以表内所填数据为准。')).not.toContain('为准');
    expect(w('89538675这个电话一共在几张表上出现过？')).toContain('的表有几张');
    expect(plainRegisterWords('一、梅林镇报送项目共几个；二、其中总分未达100分的是哪几个。')).toBe(
      '梅林镇报送项目共几个；其中总分未达100分的是哪几个。',
    );
    // 核减 of no budget is left as it is
    expect(w('审计核减了哪些项目')).toContain('核减');
  });

  it('元 asked and a figure given in 万元 by a path that reads no unit: the figure said in 元 too, as near', () => {
    const reply = withUnitAsked('它们一共支出多少元？', {
      text: '查询：…；全年执行数合计(万元)',
      table: { columns: ['全年执行数合计(万元)'], rows: [['39.4']] },
    });
    expect(reply.text).toContain('39.4 万元 ≈ 394000 元');
    // converted already, or asked in 万元: as it was
    const converted = { text: '计算：39.4 万元 × 10000（万元换算为元） ＝ 394000 元', table: reply.table };
    expect(withUnitAsked('一共支出多少元', converted)).toBe(converted);
    const wan = { text: '…', table: { columns: ['全年执行数合计(万元)'], rows: [['39.4']] } };
    expect(withUnitAsked('一共支出多少万元', wan)).toBe(wan);
    // below 1 万元 the two decimals shown are too coarse to be said in 元
    const small = { text: '…', table: { columns: ['结余(万元)'], rows: [['0.05']] } };
    expect(withUnitAsked('还剩几块钱', small)).toBe(small);
  });

  it('合计多少 after projects described by an amount is that amount added up; the gap of two amounts compared', () => {
    const read = (q: string) => JSON.stringify(placed(plainWrittenRequest(q)).measures);
    expect(read('全年预算数超过500万的项目合计多少')).toBe('[{"fn":"sum","field":"annualBudget"}]');
    expect(read('预算在10万元以下的项目合计多少钱')).toBe('[{"fn":"sum","field":"annualBudget"}]');
    expect(read('年初预算比全年预算多的项目，多出来的钱加起来是多少')).toContain('budgetCut');
    expect(read('年初预算比全年预算少的项目，少了的钱加起来是多少')).toContain('budgetAdjustment');
    expect(read('预算比执行数多的项目，多出来的钱一共多少')).toContain('remaining');
    expect(read('年初预算比全年预算多的项目，预算调减额合计多少')).toContain('budgetCut');
    // points added up (合计多少分) and the budget row (预算执行) are no amount named
    expect(plainWrittenRequest('河道保洁经费这张表，预算执行的分值加上各指标分值，合计多少分')).toBe(
      '河道保洁经费这张表，预算执行的分值加上各指标分值，合计多少分',
    );
    // …调减金额最大 (no 额 of the field's own name) is the cut, ranked
    expect(plainWrittenRequest('全年预算较年初预算核减金额最大的前三个项目')).toBe(
      '全年预算比年初预算调减最大的前三个项目',
    );
  });

  it('an IT colleague’s 包含 and 追加条件, another province’s 资金总额 / 支出数 / 绩效分, 经办的, 人家, 精确到块', () => {
    const read = (q: string) =>
      JSON.stringify(placed(plainWrittenRequest(searchBoxWords(plainRegisterWords(q)))));
    // 包含 is an operator on the office, never a piece of a project's name
    expect(read('主管部门 包含「梅林」 并且 总分 < 100')).toContain('梅林');
    expect(read('主管部门 包含「梅林」 并且 总分 < 100')).not.toContain('projectName');
    expect(searchBoxWords('在上一步结果上追加条件：全年预算数 >= 50 万元')).toMatch(/^其中.*的呢$/u);
    expect(read('梅林镇资金总额最大的项目')).toBe(read('梅林镇全年预算数最大的项目'));
    expect(read('梅林镇2024年支出数合计多少')).toBe(read('梅林镇2024年全年执行数合计多少'));
    expect(read('图书角补贴绩效分多少')).toBe(read('图书角补贴总分多少'));
    expect(read('王强经办的项目有几个')).toBe(read('王强负责的项目有几个'));
    expect(plainRegisterWords('人家梅林镇那个河道的报表上，全年预算是多少')).toBe(
      '梅林镇那个河道的报表上，全年预算是多少',
    );
    expect(plainWrittenRequest('李娜管的项目一共多少块钱？要精确到块')).toBe(
      '李娜管的项目一共多少块钱（换成元）',
    );
    // a row named 资金总额 keeps its name
    expect(plainWrittenRequest('河道保洁经费 资金总额那条指标完成了多少')).toBe(
      '河道保洁经费 资金总额那条指标完成了多少',
    );
    // the total row keeps its name
    expect(plainWrittenRequest('年度资金总额那一行的全年执行数')).toBe('年度资金总额那一行的全年执行数');
  });

  it('a query language’s words: 返回字段 / 输出, 的记录, 字段, IS NULL, LIMIT / TOP, 结果按, 条件：', () => {
    const read = (q: string) => JSON.stringify(placed(plainWrittenRequest(searchBoxWords(q))));
    expect(read('项目名称 = 「河道保洁经费」，返回字段：项目负责人、联系电话')).toBe(
      read('河道保洁经费的项目负责人和联系电话'),
    );
    expect(read('项目负责人 = 李娜 的记录，输出 项目名称 和 全年执行数')).toContain('"select"');
    expect(read('主管部门 包含「梅林」，ORDER BY 全年执行数 DESC LIMIT 3')).toContain('"limit":3');
    expect(read('项目负责人 为空 的记录中，全年预算数 TOP 3')).toContain('"limit":3');
    expect(read('执行率 字段 = 100% AND 全年执行数 < 全年预算数 的项目')).toContain('"op":"<"');
    // the words of a pointed-at project stay unread rather than set aside (材料上 is not mapped)
    expect(
      parse(searchBoxWords('梅林镇河道保洁那笔钱，材料上负责人写的是谁')).unplaced.length,
    ).toBeGreaterThan(0);
  });

  it('a request to delete forms is refused, never answered with the forms', () => {
    expect(parse('梅林镇的表 全删了').unplaced).toContain('全删');
    // what was or was not deleted describes a form
    expect(parse('模板行没删了的表').unplaced).toEqual([]);
  });

  it('未执行的金额 is the 结余', () => {
    const q = placed('青石社区微更新资金未执行的金额是多少');
    expect(JSON.stringify(q)).toContain('remaining');
  });

  describe('answered over a store', () => {
    let store: Store;
    let message: ReturnType<typeof createAnswerMessage>;
    let user: Awaited<ReturnType<typeof adminStoreOf>>['user'];
    beforeAll(async () => {
      const wrongRate = recordOfProject(PROJECTS[0]!);
      // 15 of 20 is 75 %, the form says 90 %
      wrongRate.funds.total.rate = { raw: '90%', value: 90 };
      const rightRate = recordOfProject(PROJECTS[2]!);
      rightRate.funds.total.rate = { raw: '100%', value: 100 };
      ({ store, user } = await adminStoreOf('u-lead40', [
        wrongRate,
        recordOfProject(PROJECTS[1]!),
        rightRate,
      ]));
      message = createAnswerMessage({ store, logger: pino({ level: 'silent' }) });
    });
    afterAll(() => store.close());

    const text = async (q: string) =>
      [await message(q, user)]
        .flat()
        .map((x) => x.text ?? '')
        .join('\n');

    it('X的执行率是否正确: answered no for the form whose rate does not match its amounts, yes for the other', async () => {
      const wrong = await text('青石社区微更新资金的执行率是否正确');
      expect(wrong).toContain('没有「表上执行率与核算执行率不符」的问题');
      expect(wrong).toMatch(/「青石社区微更新资金」（2024年）否/u);
      const right = await text('图书角补贴的执行率填得对不对');
      expect(right).toMatch(/「图书角补贴」（2024年）是/u);
    });

    it('a message cut in two asks, one not understood, is read whole as said plainly (壹佰 in figures)', async () => {
      const r = await text('统计一下，全年预算数在壹佰万元以上的项目有多少个？');
      expect(r).toContain('全年预算数不低于100万元');
      expect(r).not.toContain('没有看懂');
    });

    it('a row’s column left over is never set aside as a story: the row is looked for, or the words reported', async () => {
      const r = await text('河道保洁经费 巡查 实际完成值');
      expect(r).not.toContain('交代背景');
    });

    it('a project pointed at in everyday words is never set aside as a story', async () => {
      expect(await text('梅林镇那个河道保洁的报表上，全年预算是多少万块？')).not.toContain('交代背景');
    });

    it('X的执行率对不对 is never read as whether X exists', async () => {
      expect(await text('图书角补贴的执行率对不对')).not.toMatch(/^查询：[^\n]*\n有，/u);
    });
  });
});
