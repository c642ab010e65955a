// The twenty-third part (helper "blind40"): 120 portfolio questions asked by two people over the 169 forms — (C) an
// auditor of a 区审计局 checking the forms against the scoring rules of SCORING.md, in plain official Chinese (lists and
// counts of forms that break a rule, the arithmetic checked: sums of 分值 and 得分, 执行率 and its score, blanks,
// deviations without reasons), and (D) the secretary of a 主管部门 leader preparing 汇报材料, in ordinary spoken Mandarin
// (totals, 占比, means, rankings, offices and years compared, one project's facts). Written by an author who had not
// read src/, prompts/, test/ outside test/eval/ nor any other part's question lines; expectations computed from the
// records by ../lib and ./helpers.mjs only. Not split. Definitions: ../README.md ("The twenty-third part").
import {
  aboveWeight,
  blank,
  devMissing,
  money,
  norm,
  noSat,
  ownerMissing,
  phoneMissing,
  rate,
  rateComputed,
  rows,
  satDoubt,
  satLow,
  satNoPoints,
  satNotDone,
} from '../lib/corpus.mjs';
import {
  allOf,
  bestPerGroup,
  both,
  budgetAbove,
  budgetRowDoubt,
  budgetScoreOff,
  column,
  exact,
  F,
  groupCount,
  l1Has,
  l2Has,
  moneyWhere,
  noYear,
  nth,
  overspent,
  overspentReal,
  own,
  ownAny,
  PCT,
  ranked,
  rankOf,
  rateDiff,
  rateOff,
  roundedUp,
  rowCount,
  totalOff,
  weightOff,
  y,
} from '../lib/shorthands.mjs';
import {
  actualBlank,
  bandCount,
  bothBudgets,
  budgetScoreOffStated,
  conv,
  DHM,
  FG,
  HMK,
  inUnit,
  LY,
  left,
  m1,
  meanRate,
  noSurveyCount,
  officeGroups,
  phoneOk,
  R,
  SJ,
  satWeight5,
  satZero,
  sayOrColumn,
  short,
  sumCol,
  topM,
  totalOffComputed,
  ts,
  twoReadings,
} from './helpers.mjs';

const exec = (r) => money(r, 'executed');
const budget = (r) => money(r, 'annualBudget');

export const questions = [
  // ---- audit: the forms against SCORING.md ----
  // C: RATE_ROUNDED_UP_TO_FULL (stated 100 % while 执行数 < 预算数)
  {
    id: 'tw3-audit-01',
    cat: 'audit',
    q: '请列出执行率填报为100%、但全年执行数小于全年预算数的项目。',
    expect: (d) => d.set(F(d, roundedUp)),
  },
  // C: TOTAL_MISMATCH in 大红门, counted: the 预算执行得分 as the form states it (78), or as SCORING §2 gives it
  // (min(执行率, 1) × 分值: 81, with 003-080, 003-112, 003-141, whose budget 得分 is blank and 总分 = Σ 得分 alone);
  // widened after the first run (README, twenty-third part)
  {
    id: 'tw3-audit-02',
    cat: 'audit',
    q: '大红门街道的自评表中，总分与预算执行得分加各项指标得分之和不一致的共有多少张？',
    expect: (d) =>
      d.anyOf(
        d.count(F(d, (r) => DHM(r) && totalOff(r)).length),
        d.count(F(d, (r) => DHM(r) && totalOffComputed(r)).length),
      ),
  },
  // C: DEVIATION_MISSING: a row scored below its weight with an empty 偏差原因分析, listed
  {
    id: 'tw3-audit-03',
    cat: 'audit',
    q: '指标得分低于分值但未填写偏差原因分析的项目有哪些？请逐一列出。',
    expect: (d) => d.set(F(d, devMissing)),
  },
  // C: DEVIATION_MISSING in 河门口 (2020), counted
  {
    id: 'tw3-audit-04',
    cat: 'audit',
    q: '河门口街道2020年度的自评表中，存在扣分却未说明偏差原因情况的有几张？',
    expect: (d) => d.count(F(d, (r) => HMK(r) && devMissing(r)).length),
  },
  // C: BUDGET_SCORE_MISMATCH, two readings: the rate from the amounts (SCORING §2) or the rate the form states;
  // 平安建设经费's budget row (「10 100％」: budgetRowDoubt, its 得分 may be blank) optional, widened after the first run
  {
    id: 'tw3-audit-05',
    cat: 'audit',
    q: '预算执行得分与执行率乘以分值的结果不相符的项目，请列出。',
    expect: (d) =>
      d.anyOf(
        d.setTol(
          F(d, (r) => budgetScoreOff(r) && !budgetRowDoubt(r)),
          F(d, budgetScoreOff),
        ),
        d.set(F(d, budgetScoreOffStated)),
      ),
  },
  // C: RATE_MISMATCH (SCORING §7); a form differing only by rounding/truncation is optional
  {
    id: 'tw3-audit-06',
    cat: 'audit',
    q: '填报的执行率与全年执行数除以全年预算数的计算结果不一致的项目有哪些？',
    expect: (d) => d.setTol(F(d, rateOff), F(d, rateDiff)),
  },
  // D: EXECUTED_EXCEEDS_BUDGET: none by one 元 or more; 003-096 (by 0.0000004 万元) optional
  {
    id: 'tw3-audit-07',
    cat: 'audit',
    q: '咱们这些表里有没有执行数比全年预算还多的？有的话是哪个项目？',
    expect: (d) => d.setTol(F(d, overspentReal), F(d, overspent)),
  },
  // C: WEIGHT_SUM per year: budget 分值 + Σ 分值 ≠ 100 (the wording includes the budget row: one reading)
  {
    id: 'tw3-audit-08',
    cat: 'audit',
    q: '分值合计（含预算执行的分值）不等于100分的表，请按年度分别统计张数。',
    expect: (d) => groupCount(d, (r) => String(r.year), F(d, weightOff)),
  },
  // C: 负责人 and 电话 both blank or no such row (README: empty = blank or absent): the nine 河门口 forms
  {
    id: 'tw3-audit-09',
    cat: 'audit',
    q: '项目负责人和联系电话两项均未填写的自评表共有几张？',
    expect: (d) => d.count(F(d, (r) => ownerMissing(r) && phoneMissing(r)).length),
  },
  // C: PHONE_FORMAT by digits: a filled number that is neither 8 nor 11 digits
  {
    id: 'tw3-audit-10',
    cat: 'audit',
    q: '联系电话位数既不是8位也不是11位的项目，请列出。',
    expect: (d) => d.set(F(d, (r) => !blank(r.phone) && !phoneOk(r))),
  },
  // D: satisfaction scored 0 in 大红门, counted; the satDoubt records optional
  {
    id: 'tw3-audit-11',
    cat: 'audit',
    q: '大红门那边满意度指标打了0分的表有几张？',
    expect: (d) =>
      d.countRange(
        F(d, (r) => DHM(r) && satZero(r)).length,
        F(d, (r) => DHM(r) && (satZero(r) || satDoubt(r))).length,
      ),
  },
  // C: 年初 ≠ 全年 where 年初 is written (the wording excludes the blank ones: one count)
  {
    id: 'tw3-audit-12',
    cat: 'audit',
    q: '年初预算数已填写且与全年预算数不一致的项目共有多少个？',
    expect: (d) =>
      d.count(F(d, (r) => bothBudgets(r) && money(r, 'initialBudget') !== money(r, 'annualBudget')).length),
  },
  // C: TOTAL_MISSING, listed
  {
    id: 'tw3-audit-13',
    cat: 'audit',
    q: '总分一栏未填写的自评表有哪些？',
    expect: (d) => d.set(F(d, (r) => ts(r) == null)),
  },
  // D: TOTAL_MISMATCH in 潞源: none (an empty answer; WEIGHT_SUM forms would be optional, 潞源 has none)
  {
    id: 'tw3-audit-14',
    cat: 'audit',
    q: '潞源街道的表有没有总分跟各项得分加起来对不上的？',
    expect: (d) =>
      d.setTol(
        F(d, (r) => LY(r) && totalOff(r) && !weightOff(r)),
        F(d, (r) => LY(r) && totalOff(r)),
      ),
  },
  // C: ACTUAL_EMPTY (a weighted row with an empty 实际完成值) outside 大红门 (whose pdf-text reading shifts that column)
  {
    id: 'tw3-audit-15',
    cat: 'audit',
    q: '除大红门街道外，有分值的指标行实际完成值为空的项目有哪些？',
    expect: (d) => d.set(F(d, (r) => !DHM(r) && actualBlank(r))),
  },

  // ---- desk: one project's facts ----
  // D: owner and phone of one form (both)
  {
    id: 'tw3-desk-01',
    cat: 'desk',
    q: '统计所经费这个项目谁负责的？电话多少？',
    expect: (d) => allOf(d.value(R(d, '000-001'), '周蕾莹'), d.value(R(d, '000-001'), '80856942')),
  },
  // D: 全年预算 of one form
  {
    id: 'tw3-desk-02',
    cat: 'desk',
    q: '晨光路拆迁资金全年预算是多少万？',
    expect: (d) => d.value(R(d, '003-091'), 1342.2393),
  },
  // C: 年初预算数 blank on the form
  {
    id: 'tw3-desk-03',
    cat: 'desk',
    q: '社区文化活动场所（三线干部建设学院）项目的年初预算数是否填写？',
    expect: (d) => d.empty(R(d, '004-008')),
  },
  // D: 执行率 of one form, stated 96 % or computed 96.17 %
  {
    id: 'tw3-desk-04',
    cat: 'desk',
    q: '2023年社区公益事业补助资金的执行率是多少？',
    expect: (d) => d.value(R(d, '000-018'), 96, 96.17),
  },
  // C: 项目负责人 blank on the form
  {
    id: 'tw3-desk-05',
    cat: 'desk',
    q: '朗清园社区警务工作室装饰装修和信息化工程相关资金项目的项目负责人是谁？',
    expect: (d) => d.empty(R(d, '000-006')),
  },
  // D: 实施单位 and 主管部门 of one form (both)
  {
    id: 'tw3-desk-06',
    cat: 'desk',
    q: '通州区“经济大脑”服务项目是哪个科室实施的？主管部门是哪个？',
    expect: (d) =>
      allOf(d.value(R(d, '002-005'), '产业发展科'), d.value(R(d, '002-005'), '通州区发展和改革委员会')),
  },
  // C: the stated 执行率 (80.5 %) and the one its amounts give (100 %), both
  {
    id: 'tw3-desk-07',
    cat: 'desk',
    q: '2023年乡村医生基本待遇经费表上填报的执行率是多少？按全年执行数和全年预算数计算应为多少？',
    expect: (d) => d.valueAll(R(d, '003-072'), 80.5, 100),
  },
  // D: owner and 总分 (blank) of one form
  {
    id: 'tw3-desk-08',
    cat: 'desk',
    q: '2023年节能专项资金是谁负责的？总分是多少？',
    expect: (d) => allOf(d.value(R(d, '002-006'), '赵明'), d.empty(R(d, '002-006'))),
  },
  // D: the owner behind a phone number (four forms of 孟卓聪): the name, or his forms with a 负责人 column
  {
    id: 'tw3-desk-09',
    cat: 'desk',
    q: '67270343这个电话是哪位负责人的？',
    expect: (d) =>
      sayOrColumn(
        d,
        '负责人',
        F(d, (r) => norm(r.phone) === '67270343'),
        (r) => r.owner,
        '孟卓聪',
      ),
  },
  // C: 全年执行数 of one form
  {
    id: 'tw3-desk-10',
    cat: 'desk',
    q: '建欣苑三里南、三里北道路修复工程治理类街镇资金的全年执行数为多少万元？',
    expect: (d) => d.value(R(d, '003-110'), 170.681049),
  },
  // D: 总分 of one 河门口 form
  {
    id: 'tw3-desk-11',
    cat: 'desk',
    q: '习风园改造项目最后得了多少分？',
    expect: (d) => d.value(R(d, '004-011'), 97),
  },
  // C: the budget row's 得分 of one form
  {
    id: 'tw3-desk-12',
    cat: 'desk',
    q: '2023年城乡基层党组织服务群众经费（市级资金）的预算执行得分是多少？',
    expect: (d) => d.value(R(d, '000-024'), 9),
  },
  // D: 实施单位 of one form
  {
    id: 'tw3-desk-13',
    cat: 'desk',
    q: '离休干部医疗统筹金是哪个部门实施的？',
    expect: (d) => d.value(R(d, '003-046'), '党群工作办公室'),
  },
  // C: the 当年财政拨款 and 上年结转资金 rows of one form (全年预算数), both
  {
    id: 'tw3-desk-14',
    cat: 'desk',
    q: '“四上”统计工作人员奖励经费项目中，当年财政拨款和上年结转资金分别是多少万元？',
    expect: (d) => d.valueAll(R(d, '004-010'), 0.35, 1.26),
  },
  // D: a cell naming two people and two phones: all four values
  {
    id: 'tw3-desk-15',
    cat: 'desk',
    q: '大红门地区工作专班工作经费的负责人和联系电话都是什么？',
    expect: (d) => d.valueAll(R(d, '003-095'), '赵路广', '孟卓聪', '67270330', '67270347'),
  },

  // ---- money: sums, differences, ratios, bands ----
  // D: 全年预算 of every form in 亿元 (tolerance 0.005) or the 万元 sum; both readings of 疏整促's 元-in-万元 cell
  {
    id: 'tw3-money-01',
    cat: 'money',
    q: '所有项目的全年预算加起来是多少亿元？',
    expect: (d) =>
      d.anyOf(
        ...[money, conv].flatMap((m) => [
          exact(sumCol(d.all, 'annualBudget', m) / 10000, 0.005),
          d.number(sumCol(d.all, 'annualBudget', m)),
        ]),
      ),
  },
  // C: 全年执行数 of the 2020 forms (双井 and 河门口)
  {
    id: 'tw3-money-02',
    cat: 'money',
    q: '2020年度各表全年执行数合计为多少万元？',
    expect: (d) => d.number(sumCol(F(d, y(2020)), 'executed')),
  },
  // D: 发改委's 全年预算 sum, both readings of 疏整促
  {
    id: 'tw3-money-03',
    cat: 'money',
    q: '发改委那几个项目预算一共多少钱？',
    expect: (d) => twoReadings(d, (m) => sumCol(F(d, FG), 'annualBudget', m)),
  },
  // C: 潞源's Σ (全年预算数 − 全年执行数)
  {
    id: 'tw3-money-04',
    cat: 'money',
    q: '请计算潞源街道各项目全年预算数与全年执行数差额的合计（万元）。',
    expect: (d) => d.number(F(d, LY).reduce((s, r) => s + left()(r), 0)),
  },
  // D: 河门口's executed sum, and how much more than 双井 (signed or magnitude)
  {
    id: 'tw3-money-05',
    cat: 'money',
    q: '河门口2020年一共花了多少钱？比双井多多少？',
    expect: (d) => {
      const h = sumCol(F(d, HMK), 'executed');
      const s = sumCol(F(d, SJ), 'executed');
      return allOf(d.number(h), d.anyOf(d.number(h - s), d.number(s - h)));
    },
  },
  // C: 100 万元 (含) ≤ 全年预算 < 500 万元 (以下: the bound strict or not), both readings of 疏整促
  {
    id: 'tw3-money-06',
    cat: 'money',
    q: '全年预算数在100万元（含）以上、500万元以下的项目共有多少个？',
    expect: (d) => bandCount(d, () => true, 'annualBudget', 100, 500),
  },
  // D: 牛艳维's 全年预算 sum
  {
    id: 'tw3-money-07',
    cat: 'money',
    q: '牛艳维负责的项目，全年预算加起来有多少？',
    expect: (d) => d.number(sumCol(F(d, own('牛艳维')), 'annualBudget')),
  },
  // D: share of 民生保障办公室 (实施单位) in 大红门's 全年执行数, a percentage to one decimal
  {
    id: 'tw3-money-08',
    cat: 'money',
    q: '大红门民生保障办公室实施的项目，执行数占整个大红门执行数的百分之多少？',
    expect: (d) =>
      d.number(
        (100 *
          sumCol(
            F(d, (r) => DHM(r) && inUnit(r, '民生保障办公室')),
            'executed',
          )) /
          sumCol(F(d, DHM), 'executed'),
        PCT,
      ),
  },
  // C: 调减 of one form: 年初 − 全年 (signed or magnitude)
  {
    id: 'tw3-money-09',
    cat: 'money',
    q: '2023年城镇登记失业人员送温暖项目，全年预算数较年初预算数调减了多少万元？',
    expect: (d) => {
      const r = R(d, '003-092');
      const v = money(r, 'initialBudget') - budget(r);
      return d.anyOf(d.number(v), d.number(-v));
    },
  },
  // D: mean 全年预算 of 潞源's forms
  {
    id: 'tw3-money-10',
    cat: 'money',
    q: '潞源的项目平均每个预算多少万？',
    expect: (d) => d.avg(F(d, LY), budget),
  },
  // C: Σ (全年 − 年初) over 大红门's forms where both are written and 全年 > 年初
  {
    id: 'tw3-money-11',
    cat: 'money',
    q: '大红门街道年初预算数已填写的项目中，全年预算数高于年初预算数的，超出部分合计多少万元？',
    expect: (d) =>
      d.number(
        F(d, (r) => DHM(r) && bothBudgets(r) && budget(r) > money(r, 'initialBudget')).reduce(
          (s, r) => s + budget(r) - money(r, 'initialBudget'),
          0,
        ),
      ),
  },
  // D: largest 全年预算 minus smallest, both readings of 疏整促 (signed or magnitude)
  {
    id: 'tw3-money-12',
    cat: 'money',
    q: '预算最多的项目比预算最少的项目多多少万？',
    expect: (d) =>
      d.anyOf(
        ...[money, conv].flatMap((m) => {
          const vs = d.all.map((r) => m(r, 'annualBudget')).filter((v) => v != null);
          const g = Math.max(...vs) - Math.min(...vs);
          return [d.number(g), d.number(-g)];
        }),
      ),
  },
  // C: the 当年财政拨款 row's 全年预算数 summed over 潞源 (rows left blank count 0)
  {
    id: 'tw3-money-13',
    cat: 'money',
    q: '潞源街道各表“其中：当年财政拨款”一行的全年预算数合计为多少万元？',
    expect: (d) => d.number(F(d, LY).reduce((s, r) => s + (money(r, 'annualBudget', 'fiscal') ?? 0), 0)),
  },
  // D: 全年预算 below 10 万 (以下: 10 itself optional) counted over all and in 大红门 (both)
  {
    id: 'tw3-money-14',
    cat: 'money',
    q: '预算不到10万的项目有几个？大红门占几个？',
    expect: (d) =>
      allOf(
        bandCount(d, () => true, 'annualBudget', -Infinity, 10),
        bandCount(d, DHM, 'annualBudget', -Infinity, 10),
      ),
  },
  // C: 结余 of one form in 元 (within 1 元, or 万元 precise to 1 元)
  {
    id: 'tw3-money-15',
    cat: 'money',
    q: '请以元为单位给出2023年第四批“小微项目惠民生”资金的预算结余金额。',
    expect: (d) => {
      const v = left()(R(d, '000-016'));
      return d.anyOf(exact(v * 10000, 1), exact(v, 0.0001));
    },
  },

  // ---- no: what the forms cannot answer ----
  // C: procurement method: not on the form
  { id: 'tw3-no-01', cat: 'no', q: '请列出各项目采用的政府采购方式。', expect: (d) => d.refuse('采购方式') },
  // D: 2021: no forms for that year (README noYear)
  {
    id: 'tw3-no-02',
    cat: 'no',
    q: '2021年大红门的项目预算一共多少？',
    expect: (d) => noYear(d, '2021', 2021),
  },
  // C: the date funds arrived: not on the form
  {
    id: 'tw3-no-03',
    cat: 'no',
    q: '各项目财政资金的拨付到账时间分别是什么时候？',
    expect: (d) => d.refuse('拨付'),
  },
  // D: next year's budget: not on the form
  { id: 'tw3-no-04', cat: 'no', q: '潞源明年打算安排多少预算？', expect: (d) => d.refuse('明年') },
  // C: a contract number: not on the form
  { id: 'tw3-no-05', cat: 'no', q: '请提供法律顾问项目的合同编号。', expect: (d) => d.refuse('合同编号') },
  // D: a district no form belongs to
  { id: 'tw3-no-06', cat: 'no', q: '海淀区的项目有几个？', expect: (d) => d.refuse('海淀') },
  // C: a request to change a form: refused (says it cannot / does not change)
  {
    id: 'tw3-no-07',
    cat: 'no',
    q: '请把习风园改造项目的总分改成100分。',
    expect: (d) => d.anyOf(d.refuse('修改'), d.refuse('无法'), d.refuse('不能')),
  },
  // D: a person no form names: a refusal or an empty list
  {
    id: 'tw3-no-08',
    cat: 'no',
    q: '李明负责了哪些项目？',
    expect: (d) => d.anyOf(d.refuse('李明'), d.set([])),
  },
  // C: third-party evaluators: not on the form
  { id: 'tw3-no-09', cat: 'no', q: '各项目委托的第三方评价机构是哪家？', expect: (d) => d.refuse('第三方') },
  // D: a half year: the forms are yearly
  { id: 'tw3-no-10', cat: 'no', q: '大红门上半年花了多少钱？', expect: (d) => d.refuse('上半年') },
  // C: fixed assets: not on the form
  { id: 'tw3-no-11', cat: 'no', q: '请列出各项目形成的固定资产情况。', expect: (d) => d.refuse('固定资产') },
  // D: staffing: not on the form
  { id: 'tw3-no-12', cat: 'no', q: '各街道的人员编制数是多少？', expect: (d) => d.refuse('编制') },
  // C: a delete request: refused
  {
    id: 'tw3-no-13',
    cat: 'no',
    q: '请删除双井街道的两张自评表。',
    expect: (d) => d.anyOf(d.refuse('删除'), d.refuse('无法'), d.refuse('不能')),
  },
  // D: 2019: no forms for that year
  { id: 'tw3-no-14', cat: 'no', q: '2019年的自评表有几张？', expect: (d) => noYear(d, '2019', 2019) },
  // C: audit rectification: not on the form
  { id: 'tw3-no-15', cat: 'no', q: '各项目的审计整改落实情况如何？', expect: (d) => d.refuse('整改') },

  // ---- order: rankings ----
  // D: top 5 by 全年预算 (rounded to 1 元: 003-007 and 003-022 tie), both readings of 疏整促
  {
    id: 'tw3-order-01',
    cat: 'order',
    q: '全年预算最多的前5个项目是哪些？',
    expect: (d) => topM(d, d.all, 'annualBudget', 5, 'desc'),
  },
  // C: the 3 lowest stated 总分 (blank ones left out; ties at the cut optional)
  {
    id: 'tw3-order-02',
    cat: 'order',
    q: '总分最低的3张自评表是哪几张？',
    expect: (d) => d.top(d.all, ts, 3, 'asc'),
  },
  // D: 大红门's 3 smallest 全年执行数
  {
    id: 'tw3-order-03',
    cat: 'order',
    q: '大红门执行数最少的3个项目是哪几个？',
    expect: (d) => d.top(F(d, DHM), m1('executed'), 3, 'asc'),
  },
  // D: 李毅飞's largest 全年预算
  {
    id: 'tw3-order-04',
    cat: 'order',
    q: '李毅飞负责的项目里，预算最多的是哪个？',
    expect: (d) => d.top(F(d, own('李毅飞')), m1('annualBudget'), 1, 'desc'),
  },
  // D: the 5 lowest 执行率, stated or computed
  {
    id: 'tw3-order-05',
    cat: 'order',
    q: '执行率最低的5个项目是哪几个？',
    expect: (d) => both(d, (f) => d.top(d.all, f, 5, 'asc')),
  },
  // D: 潞源's smallest 全年预算
  {
    id: 'tw3-order-06',
    cat: 'order',
    q: '潞源街道哪个项目预算最少？',
    expect: (d) => d.top(F(d, LY), m1('annualBudget'), 1, 'asc'),
  },
  // C: 发改委's forms all ranked by 全年预算, both readings of 疏整促
  {
    id: 'tw3-order-07',
    cat: 'order',
    q: '请将发改委各项目按全年预算数从高到低排列。',
    expect: (d) =>
      d.anyOf(
        ranked(d, F(d, FG), m1('annualBudget'), 'desc'),
        ranked(d, F(d, FG), m1('annualBudget', conv), 'desc'),
      ),
  },
  // D: the highest 总分 of 2020 (双井's two forms tie at 100: either)
  {
    id: 'tw3-order-08',
    cat: 'order',
    q: '2020年的项目里总分最高的是哪个？',
    expect: (d) => d.top(F(d, y(2020)), ts, 1, 'desc'),
  },
  // C: 牛艳维's second largest 全年预算
  {
    id: 'tw3-order-09',
    cat: 'order',
    q: '牛艳维负责的项目中，全年预算数排第二位的是哪个项目？',
    expect: (d) => nth(d, F(d, own('牛艳维')), m1('annualBudget'), 2, 'desc'),
  },
  // D: the form with most indicator rows
  {
    id: 'tw3-order-10',
    cat: 'order',
    q: '哪个项目的绩效指标条数最多？',
    expect: (d) => d.top(d.all, (r) => rows(r).length, 1, 'desc'),
  },
  // C: the largest 全年预算 per 实施单位 of 大红门 (three named; a tie within a group: either)
  {
    id: 'tw3-order-11',
    cat: 'order',
    q: '大红门街道民生保障办公室、城乡管理办公室、党群工作办公室实施的项目中，全年预算数最大的分别是哪个？',
    expect: (d) =>
      bestPerGroup(
        d,
        ['民生保障办公室', '城乡管理办公室', '党群工作办公室'].map((w) =>
          F(d, (r) => DHM(r) && norm(r.implementingUnit).includes(w)),
        ),
        m1('annualBudget'),
        'desc',
      ),
  },
  // D: the largest |年初 − 全年| among forms with both written
  {
    id: 'tw3-order-12',
    cat: 'order',
    q: '年初预算和全年预算相差最大的是哪个项目？',
    expect: (d) =>
      d.top(
        F(d, bothBudgets),
        (r) => Math.round(Math.abs(budget(r) - money(r, 'initialBudget')) * 10000) / 10000,
        1,
        'desc',
      ),
  },
  // C: rank of one 潞源 form by 全年执行数
  {
    id: 'tw3-order-13',
    cat: 'order',
    q: '潞源街道各项目按全年执行数从高到低排序，2023年第三批“小微项目惠民生”资金排第几？',
    expect: (d) => rankOf(d, F(d, LY), R(d, '000-015'), m1('executed'), 'desc'),
  },
  // D: 河门口's forms all ranked by 总分, low to high
  {
    id: 'tw3-order-14',
    cat: 'order',
    q: '河门口的项目按总分从低到高排一下。',
    expect: (d) => ranked(d, F(d, HMK), ts, 'asc'),
  },
  // D: 赵康's top 3 by 全年执行数 (003-007 and 003-022 tie at 1 元)
  {
    id: 'tw3-order-15',
    cat: 'order',
    q: '赵康负责的项目里执行数最多的前三个是哪些？',
    expect: (d) => d.top(F(d, own('赵康')), m1('executed'), 3, 'desc'),
  },

  // ---- rows: indicator rows ----
  // D: rows of one form counted
  {
    id: 'tw3-rows-01',
    cat: 'rows',
    q: '统计所经费一共有几个三级指标？',
    expect: (d) => d.count(rows(R(d, '000-001')).length),
  },
  // C: the row of one form scored below its weight, and the points lost (群众满意度, 5)
  {
    id: 'tw3-rows-02',
    cat: 'rows',
    q: '2023年城市地区背街小巷清扫保洁经费中，得分低于分值的是哪项指标？扣了几分？',
    expect: (d) => d.valueAll(R(d, '003-013'), '群众满意度', 5),
  },
  // D: 河门口's forms with a satisfaction row below its weight, counted
  {
    id: 'tw3-rows-03',
    cat: 'rows',
    q: '河门口的表里，满意度指标没拿满分的有几张？',
    expect: (d) => d.count(F(d, (r) => HMK(r) && satLow(r)).length),
  },
  // C: a row scored above its weight: none; the budget row of 平安建设经费 (100％ against 10) optional
  {
    id: 'tw3-rows-04',
    cat: 'rows',
    q: '各表中是否存在指标得分高于分值的情况？如有，请列出所涉项目。',
    expect: (d) =>
      d.setTol(
        F(d, aboveWeight),
        F(d, (r) => aboveWeight(r) || budgetAbove(r)),
      ),
  },
  // D: the rows of one form that lost points, named (three)
  {
    id: 'tw3-rows-05',
    cat: 'rows',
    q: '习风园改造项目哪几个指标扣了分？',
    expect: (d) => d.valueAll(R(d, '004-011'), '建立廉政文化教育基地', '三线精神', '打造三线文化教育产业'),
  },
  // C: one row's 年度指标值 and 实际完成值 (参与人数: ≥1500人次 / 12097)
  {
    id: 'tw3-rows-06',
    cat: 'rows',
    q: '2023年社区公益事业补助资金“参与人数”指标的年度指标值和实际完成值分别是多少？',
    expect: (d) => d.valueAll(R(d, '000-018'), '1500', 12097),
  },
  // D: forms without any 效益指标 by the 一级 label the form writes (a pdf-text form whose text shows the label optional);
  // the template's 二级 reading finds none without, and an empty answer must not pass (README, twenty-third part)
  {
    id: 'tw3-rows-07',
    cat: 'rows',
    q: '一个效益指标都没有的项目有哪些？',
    expect: (d) =>
      d.setTol(
        F(d, (r) => !rows(r).some(l1Has('效益')) && r._benefitInText !== true),
        F(d, (r) => !rows(r).some(l1Has('效益'))),
      ),
  },
  // C: 大红门's forms with a satisfaction row weighted 5, counted; satDoubt records optional
  {
    id: 'tw3-rows-08',
    cat: 'rows',
    q: '大红门街道满意度指标分值为5分的自评表有几张？',
    expect: (d) =>
      d.countRange(
        F(d, (r) => DHM(r) && satWeight5(r)).length,
        F(d, (r) => DHM(r) && (satWeight5(r) || satDoubt(r))).length,
      ),
  },
  // D: 成本 rows of 潞源 counted (by 一级 or 二级 label: 成本指标 / 经济成本指标)
  {
    id: 'tw3-rows-09',
    cat: 'rows',
    q: '潞源的表里成本指标一共有多少条？',
    expect: (d) => d.count(rowCount(F(d, LY), (i) => l2Has('成本')(i) || l1Has('成本')(i))),
  },
  // C: rows of one form whose 年度指标值 and 实际完成值 differ, among its 成本指标 (all four)
  {
    id: 'tw3-rows-10',
    cat: 'rows',
    q: '通州区重大投资项目规划谋划的成本指标中，年度指标值与实际完成值不一致的有几条？',
    expect: (d) =>
      d.count(
        rows(R(d, '002-013')).filter((i) => l2Has('成本')(i) && norm(i.target) !== norm(i.actual)).length,
      ),
  },
  // D: the deviation text of one form (on a full-score row)
  {
    id: 'tw3-rows-11',
    cat: 'rows',
    q: '政法委群防群治补助经费有没有哪个指标写了偏差原因？写的是什么？',
    expect: (d) => d.value(R(d, '000-008'), '以实际参与人数为准进行慰问'),
  },
  // C: a satisfaction row below its weight but not scored 0 (and no row scored 0 on the form), listed
  {
    id: 'tw3-rows-12',
    cat: 'rows',
    q: '满意度指标有扣分、但不属于得0分情形的项目有哪些？',
    expect: (d) => d.set(F(d, (r) => satLow(r) && !satZero(r))),
  },
  // D: rows of each of 双井's two forms (9 each): the figure said, or a table of the two forms with their counts
  // (widened after the first run: 各有几个 asks per project)
  {
    id: 'tw3-rows-13',
    cat: 'rows',
    q: '双井那两个项目各有几个绩效指标？',
    expect: (d) =>
      d.anyOf(
        d.count(rows(R(d, '001-004')).length),
        d.groups(Object.fromEntries(F(d, SJ).map((r) => [r.projectName, rows(r).length]))),
      ),
  },
  // C: 数量指标 rows scored below weight: the forms listed (by the 二级 label)
  {
    id: 'tw3-rows-14',
    cat: 'rows',
    q: '数量指标存在扣分的项目有哪些？',
    expect: (d) => d.set(F(d, (r) => rows(r).some((i) => l2Has('数量')(i) && short(i)))),
  },
  // D: forms with more than 10 indicator rows (超过: strict), counted
  {
    id: 'tw3-rows-15',
    cat: 'rows',
    q: '指标超过10条的项目有几个？',
    expect: (d) => d.count(F(d, (r) => rows(r).length > 10).length),
  },

  // ---- talk: follow-ups (pre), several asks at once, spoken shapes ----
  // D: follow-up: the count, for 潞源
  {
    id: 'tw3-talk-01',
    cat: 'talk',
    pre: '大红门街道一共有多少个项目？',
    q: '那潞源的呢？',
    expect: (d) => d.count(F(d, LY).length),
  },
  // D: follow-up: the top 3 by 全年预算 with a 负责人 column (both)
  {
    id: 'tw3-talk-02',
    cat: 'talk',
    pre: '全年预算最多的3个项目是哪些？',
    q: '把它们的负责人也列出来。',
    expect: (d) =>
      allOf(
        topM(d, d.all, 'annualBudget', 3, 'desc'),
        column(d, '负责人', d.all, (r) => r.owner),
      ),
  },
  // D: follow-up: mean 总分 of 河门口's forms
  {
    id: 'tw3-talk-03',
    cat: 'talk',
    pre: '河门口有几个项目？',
    q: '这些项目总分平均多少？',
    expect: (d) => d.avg(F(d, HMK), ts),
  },
  // D: follow-up: another owner's count (赵康 26)
  {
    id: 'tw3-talk-04',
    cat: 'talk',
    pre: '李毅飞负责多少个项目？',
    q: '那赵康呢？',
    expect: (d) => d.count(F(d, own('赵康')).length),
  },
  // D: follow-up: 潞源's forms with 执行率 below 100 % (stated, computed, or full precision) ranked by 执行数
  {
    id: 'tw3-talk-05',
    cat: 'talk',
    pre: '潞源街道执行率不到100%的项目有哪些？',
    q: '按执行数从高到低排一下。',
    expect: (d) =>
      d.anyOf(
        ...[
          (r) => rate(r) != null && rate(r) < 100,
          (r) => rateComputed(r) != null && rateComputed(r) < 100,
          (r) => exec(r) != null && exec(r) < budget(r),
        ].map((f) =>
          ranked(
            d,
            F(d, (r) => LY(r) && f(r)),
            m1('executed'),
            'desc',
          ),
        ),
      ),
  },
  // C: follow-up: among 发改委's forms, those whose 总分 is blank
  {
    id: 'tw3-talk-06',
    cat: 'talk',
    pre: '发改委的项目有哪些？',
    q: '其中总分未填写的是哪几个？',
    expect: (d) => d.set(F(d, (r) => FG(r) && ts(r) == null)),
  },
  // D: two asks: 双井's count and 全年预算 sum
  {
    id: 'tw3-talk-07',
    cat: 'talk',
    q: '双井街道一共几个项目，预算合计多少？',
    expect: (d) => allOf(d.count(F(d, SJ).length), d.number(sumCol(F(d, SJ), 'annualBudget'))),
  },
  // D: the count per year: a table by year, or both figures said
  {
    id: 'tw3-talk-08',
    cat: 'talk',
    q: '2020年和2023年各有多少个项目？',
    expect: (d) =>
      d.anyOf(
        groupCount(d, (r) => String(r.year)),
        allOf(d.number(F(d, y(2020)).length), d.number(F(d, y(2023)).length)),
      ),
  },
  // D: follow-up: 它 after a superlative = that form (003-094, 90), its owner
  {
    id: 'tw3-talk-09',
    cat: 'talk',
    pre: '总分最低的项目是哪个？',
    q: '它的负责人是谁？',
    expect: (d) => d.value(R(d, '003-094'), '王秋香'),
  },
  // D: voice-style run-on: 张宏's 全年预算 sum
  {
    id: 'tw3-talk-10',
    cat: 'talk',
    q: '那个 嗯 大红门张宏负责的项目 预算一共多少钱',
    expect: (d) => d.number(sumCol(F(d, own('张宏')), 'annualBudget')),
  },
  // D: follow-up: per street, the count changed to the 全年预算 sum (labels as the streets are named, or the figures)
  {
    id: 'tw3-talk-11',
    cat: 'talk',
    pre: '各街道分别有多少个项目？',
    q: '换成全年预算合计呢？',
    expect: (d) => officeGroups(d, ['潞源', '双井', '大红门', '河门口'], (rs) => sumCol(rs, 'annualBudget')),
  },
  // D: follow-up: her phone (王丽's forms give three numbers): one said, or her forms with a 电话 column
  {
    id: 'tw3-talk-12',
    cat: 'talk',
    pre: '王丽负责哪些项目？',
    q: '她的联系电话是多少？',
    expect: (d) =>
      sayOrColumn(
        d,
        '电话',
        F(d, own('王丽')),
        (r) => r.phone,
        ...new Set(F(d, own('王丽')).map((r) => r.phone)),
      ),
  },
  // C: two asks: forms with 总分 100 in 大红门 and in 潞源
  {
    id: 'tw3-talk-13',
    cat: 'talk',
    q: '请分别说明大红门街道和潞源街道总分为100分的自评表各有几张。',
    expect: (d) =>
      allOf(
        d.count(F(d, (r) => DHM(r) && ts(r) === 100).length),
        d.count(F(d, (r) => LY(r) && ts(r) === 100).length),
      ),
  },
  // D: follow-up: 2023 forms over 300 万 without 大红门's (both readings of 疏整促)
  {
    id: 'tw3-talk-14',
    cat: 'talk',
    pre: '2023年全年预算超过300万的项目有哪些？',
    q: '去掉大红门的。',
    expect: (d) =>
      moneyWhere(
        d,
        'annualBudget',
        (v) => v > 300,
        (r) => y(2023)(r) && !DHM(r),
      ),
  },
  // C: two asks: forms of 民生保障办公室 (实施单位) counted, and those whose satisfaction survey was not done (noSurvey's readings)
  {
    id: 'tw3-talk-15',
    cat: 'talk',
    q: '民生保障办公室实施的项目共有多少个？其中满意度调查未开展的有几个？',
    expect: (d) => {
      const p = (r) => inUnit(r, '民生保障办公室');
      return allOf(d.count(F(d, p).length), noSurveyCount(d, p));
    },
  },

  // ---- tally: counts, sums, means, groups ----
  // C: forms per office: a table by office (labels as the offices are named), or the five figures
  {
    id: 'tw3-tally-01',
    cat: 'tally',
    q: '请按潞源、双井、发改委、大红门、河门口五个单位分别统计自评表张数。',
    expect: (d) => officeGroups(d, ['潞源', '双井', '发改委', '大红门', '河门口'], (rs) => rs.length),
  },
  // D: forms with 总分 100, counted
  {
    id: 'tw3-tally-02',
    cat: 'tally',
    q: '总分满100分的项目有几个？',
    expect: (d) => d.count(F(d, (r) => ts(r) === 100).length),
  },
  // C: 大红门's forms whose satisfaction row says 未做 (the 未做 reading only), counted; satDoubt records optional
  {
    id: 'tw3-tally-03',
    cat: 'tally',
    q: '2023年度大红门街道的自评表中，满意度指标写明“未做”的有几张？',
    expect: (d) =>
      d.countRange(
        F(d, (r) => DHM(r) && satNotDone(r)).length,
        F(d, (r) => DHM(r) && (satNotDone(r) || satDoubt(r))).length,
      ),
  },
  // D: forms per owner in 潞源 (forms without an owner form no group)
  {
    id: 'tw3-tally-04',
    cat: 'tally',
    q: '潞源的项目每个负责人各负责几个？',
    expect: (d) =>
      groupCount(
        d,
        (r) => r.owner,
        F(d, (r) => LY(r) && !blank(r.owner)),
      ),
  },
  // C: 全年预算 sum per year, both readings of 疏整促
  {
    id: 'tw3-tally-05',
    cat: 'tally',
    q: '请按年度分别统计全年预算数合计。',
    expect: (d) =>
      d.anyOf(
        ...[money, conv].map((m) =>
          d.groups({
            2020: sumCol(F(d, y(2020)), 'annualBudget', m),
            2023: sumCol(F(d, y(2023)), 'annualBudget', m),
          }),
        ),
      ),
  },
  // D: mean 总分 of 大红门's forms
  {
    id: 'tw3-tally-06',
    cat: 'tally',
    q: '大红门平均每个项目总分多少？',
    expect: (d) => d.avg(F(d, DHM), ts),
  },
  // C: stated 执行率 below 100 %, counted (the wording names the stated rate: one reading)
  {
    id: 'tw3-tally-07',
    cat: 'tally',
    q: '表上填报的执行率低于100%的自评表共有几张？',
    expect: (d) => d.count(F(d, (r) => rate(r) != null && rate(r) < 100).length),
  },
  // D: 城乡管理办公室's forms counted and summed; 城乡建设办公室 (003-054) and 城乡办、平安办 (003-095) may count
  {
    id: 'tw3-tally-08',
    cat: 'tally',
    q: '城乡管理办公室的项目有几个？预算一共多少？',
    expect: (d) => {
      const core = F(d, (r) => inUnit(r, '城乡管理办公室'));
      const extra = [R(d, '003-054'), R(d, '003-095')];
      const pools = [core, [...core, extra[0]], [...core, extra[1]], [...core, ...extra]];
      return allOf(
        d.countRange(core.length, core.length + 2),
        d.anyOf(...pools.map((p) => d.number(sumCol(p, 'annualBudget')))),
      );
    },
  },
  // C: forms per 主管部门 as written on the form
  {
    id: 'tw3-tally-09',
    cat: 'tally',
    q: '请按表上所填主管部门分别统计项目个数。',
    expect: (d) => groupCount(d, (r) => r.department),
  },
  // D: 孟卓聪's forms counted (the one shared with 赵路广 may count)
  {
    id: 'tw3-tally-10',
    cat: 'tally',
    q: '孟卓聪负责几个项目？',
    expect: (d) => d.countRange(F(d, own('孟卓聪')).length, F(d, ownAny('孟卓聪')).length),
  },
  // C: 项目负责人 blank or no such row (README), counted
  {
    id: 'tw3-tally-11',
    cat: 'tally',
    q: '项目负责人未填写的自评表共有几张？',
    expect: (d) => d.count(F(d, ownerMissing).length),
  },
  // D: mean 执行率 of 潞源's forms (the mean of the rates, stated or computed)
  {
    id: 'tw3-tally-12',
    cat: 'tally',
    q: '潞源街道项目的平均执行率是多少？',
    expect: (d) => meanRate(d, F(d, LY)),
  },
  // C: 潞源's own rate: Σ 执行数 ÷ Σ 预算数, a percentage to one decimal
  {
    id: 'tw3-tally-13',
    cat: 'tally',
    q: '潞源街道全年执行数合计占全年预算数合计的比例为多少？',
    expect: (d) => d.number((100 * sumCol(F(d, LY), 'executed')) / sumCol(F(d, LY), 'annualBudget'), PCT),
  },
  // D: forms without any satisfaction row, counted; doubtful records and rows without points optional
  {
    id: 'tw3-tally-14',
    cat: 'tally',
    q: '一个满意度指标都没有的项目有几个？',
    expect: (d) =>
      d.countRange(F(d, noSat).length, F(d, (r) => noSat(r) || satDoubt(r) || satNoPoints(r)).length),
  },
  // C: forms with 总分 100 per year
  {
    id: 'tw3-tally-15',
    cat: 'tally',
    q: '请按年度分别统计总分为100分的自评表张数。',
    expect: (d) =>
      groupCount(
        d,
        (r) => String(r.year),
        F(d, (r) => ts(r) === 100),
      ),
  },
];
