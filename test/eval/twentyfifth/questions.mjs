// The twenty-fifth part (helper "blind42"): 120 portfolio questions asked by three people over the 169 forms — (G) a
// 财务 clerk of a 街道办事处 typing on the office PC (whole sentences, 麻烦 / 请 / 帮我), (H) a 科长 of a 区局 asking short
// questions on the phone (潞源几个项目？), and (I) an auditor checking the forms against SCORING.md (总分和明细对不上,
// 执行率算错, 退回去改). Written by an author who had not read src/, prompts/, test/ outside test/eval/ nor any other
// part's question lines; expectations computed from the records by ../lib and ./helpers.mjs only. Not split.
// Definitions: ../README.md ("The twenty-fifth part").
import {
  benefitDoubt,
  devMissing,
  money,
  noBenefit,
  noSat,
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
  bothMoney,
  budgetAbove,
  budgetScoreOff,
  column,
  differ,
  exact,
  F,
  formError,
  gapBoth,
  groupCount,
  groupSum,
  l1Has,
  l2Has,
  moneyBand,
  moneyBandCount,
  noYear,
  nth,
  overspent,
  own,
  PCT,
  phoneNumbers,
  ranked,
  rankOf,
  rateDiff,
  rateOff,
  roundedUp,
  rowCount,
  shortRow,
  sumBy,
  totalOff,
  weightOff,
} from '../lib/shorthands.mjs';
import {
  below100,
  bothBudgets,
  budgetScoreOffStated,
  byMoney,
  cut,
  DHM,
  DQ,
  devOnFull,
  devRowOnFull,
  FG,
  HMK,
  LY,
  MS,
  m1,
  noSurveyCount,
  R,
  rowList,
  SJ,
  satWeight,
  satZero,
  says,
  streetGroups,
  ts,
  whose,
  yr,
} from './helpers.mjs';

/** The n-th form (lib nth); when it ties with others, one of them must be named (size 1: an empty answer is wrong). */
const nth1 = (d, rs, key, n, dir) => {
  const e = nth(d, rs, key, n, dir);
  return e.must.length ? e : { ...e, size: 1 };
};
const sumIndWeights = (r) => rows(r).reduce((s, i) => s + (i.weight ?? 0), 0);

export const questions = [
  // ---- audit: problems as SCORING.md defines them, empty cells, two fields compared, forms to send back ----
  // I: TOTAL_MISMATCH in 河门口 (004-001/002/013 state 98/98/97, no reading adds up): exactly those three.
  {
    id: 'tw5-audit-01',
    cat: 'audit',
    q: '河门口街道的表里，总分和预算执行得分加各项指标得分对不上的有哪几张？',
    expect: (d) => d.set(F(d, (r) => HMK(r) && totalOff(r))),
  },
  // I: RATE_ROUNDED_UP_TO_FULL: stated 100 % while 执行数 < 预算 (002-002 only).
  {
    id: 'tw5-audit-02',
    cat: 'audit',
    q: '哪些项目执行率填的是100%，但全年执行数其实比全年预算数少？',
    expect: (d) => d.set(F(d, roundedUp)),
  },
  // I: RATE_MISMATCH by SCORING §7 (rounded or truncated to the decimals written); forms whose rate differs from the
  // computed one at two decimals but passes §7 are optional.
  {
    id: 'tw5-audit-03',
    cat: 'audit',
    q: '按全年执行数除以全年预算数核一遍，表上执行率写错的有哪些项目？',
    expect: (d) =>
      d.setTol(
        F(d, rateOff),
        F(d, (r) => rateOff(r) || rateDiff(r)),
      ),
  },
  // G: BUDGET_SCORE_MISMATCH in 潞源, by the rate from the amounts or by the rate the form states (two readings).
  {
    id: 'tw5-audit-04',
    cat: 'audit',
    q: '麻烦帮我查一下潞源街道预算执行那一行得分算得不对的项目有哪些',
    expect: (d) =>
      d.anyOf(
        d.set(F(d, (r) => LY(r) && budgetScoreOff(r))),
        d.set(F(d, (r) => LY(r) && budgetScoreOffStated(r))),
      ),
  },
  // H: EXECUTED_EXCEEDS_BUDGET: only 003-096, by 0.0000004 万元 (a rounding): optional; none is right too.
  {
    id: 'tw5-audit-05',
    cat: 'audit',
    q: '有没有执行数超过预算的表？',
    expect: (d) => d.setTol([], F(d, overspent)),
  },
  // I: TOTAL_MISSING counted (002-004, 002-006, 002-007).
  {
    id: 'tw5-audit-06',
    cat: 'audit',
    q: '总分一栏空着没填的表有几张？',
    expect: (d) => d.count(F(d, (r) => ts(r) == null).length),
  },
  // G: 负责人 and 电话 both blank (blank or no such row): the nine 河门口 forms.
  {
    id: 'tw5-audit-07',
    cat: 'audit',
    q: '请帮我列一下项目负责人和联系电话两栏都没填的项目',
    expect: (d) => d.set(F(d, (r) => !r.owner && !r.phone)),
  },
  // I: DEVIATION_MISSING in 大红门 (003-018, 003-055, 003-140; 003-007's reason is wrapped into the next row).
  {
    id: 'tw5-audit-08',
    cat: 'audit',
    q: '大红门扣了分却没写偏差原因的表有几张？',
    expect: (d) => d.count(F(d, (r) => DHM(r) && devMissing(r)).length),
  },
  // H: WEIGHT_SUM in 大红门: with the budget row (81) or the indicator rows alone not adding up to 100 (51).
  {
    id: 'tw5-audit-09',
    cat: 'audit',
    q: '大红门的表分值加起来不等于100的有多少张？',
    expect: (d) =>
      d.anyOf(
        d.count(F(d, (r) => DHM(r) && weightOff(r)).length),
        d.count(F(d, (r) => DHM(r) && Math.abs(sumIndWeights(r) - 100) > 0.01).length),
      ),
  },
  // I: phone digits: a number of the cell with neither 8 (landline) nor 11 (mobile) digits (002-001, 003-024).
  {
    id: 'tw5-audit-10',
    cat: 'audit',
    q: '联系电话位数不对的有哪些项目？',
    expect: (d) => d.set(F(d, (r) => phoneNumbers(r).some((p) => p.length !== 8 && p.length !== 11))),
  },
  // G: blank 年初预算数 in 河门口 (6 forms).
  {
    id: 'tw5-audit-11',
    cat: 'audit',
    q: '请问河门口的表年初预算数没填的有几张',
    expect: (d) => d.count(F(d, (r) => HMK(r) && money(r, 'initialBudget') == null).length),
  },
  // I: a satisfaction row that says 未做 in 大红门 (23); the four satDoubt forms may be counted.
  {
    id: 'tw5-audit-12',
    cat: 'audit',
    q: '大红门满意度指标写着未做的表有几张？',
    expect: (d) =>
      d.countRange(
        F(d, (r) => DHM(r) && satNotDone(r)).length,
        F(d, (r) => DHM(r) && (satNotDone(r) || satDoubt(r))).length,
      ),
  },
  // H: SCORE_ABOVE_WEIGHT on an indicator row: none; 003-127's budget row (100％ against 10) optional.
  {
    id: 'tw5-audit-13',
    cat: 'audit',
    q: '有没有指标得分比分值还高的？',
    expect: (d) => d.setTol([], F(d, budgetAbove)),
  },
  // I: DEVIATION_ON_FULL_SCORE in 潞源: any text (000-008, 000-009 whose rows say 无) or any text but a bare 无 (000-008);
  // 「…的有哪些」 names 指标 as well as 表 (the head left out after 指标拿了满分…): the forms, or the rows themselves (one
  // project name per row: 17 rows, or 1) — widened after the first run (the row reading was missing).
  {
    id: 'tw5-audit-14',
    cat: 'audit',
    q: '潞源的表里，指标拿了满分却还写了偏差原因的有哪些？',
    expect: (d) =>
      d.anyOf(
        d.set(F(d, (r) => LY(r) && devOnFull(false)(r))),
        d.set(F(d, (r) => LY(r) && devOnFull(true)(r))),
        rowList(F(d, LY), devRowOnFull(false)),
        rowList(F(d, LY), devRowOnFull(true)),
      ),
  },
  // G: two numbers in the 联系电话 cell (003-095).
  {
    id: 'tw5-audit-15',
    cat: 'audit',
    q: '联系电话一栏填了两个号码的是哪个项目？',
    expect: (d) => d.set(F(d, (r) => phoneNumbers(r).length > 1)),
  },
  // I: 年初 ≠ 全年 in 民生保障办公室: both written and different (18), or a blank 年初 counted as different (28).
  {
    id: 'tw5-audit-16',
    cat: 'audit',
    q: '民生保障办公室的项目里，年初预算数和全年预算数不一致的有几个？',
    expect: (d) =>
      d.anyOf(
        d.count(F(d, (r) => MS(r) && differ(r)).length),
        d.count(
          F(
            d,
            (r) =>
              MS(r) && (differ(r) || (money(r, 'initialBudget') == null && money(r, 'annualBudget') != null)),
          ).length,
        ),
      ),
  },
  // H: no satisfaction row at all in 潞源 (9 forms); satDoubt / satNoPoints forms optional (none there).
  {
    id: 'tw5-audit-17',
    cat: 'audit',
    q: '潞源哪些项目一条满意度指标都没有？',
    expect: (d) =>
      d.setTol(
        F(d, (r) => LY(r) && noSat(r)),
        F(d, (r) => LY(r) && (noSat(r) || satDoubt(r) || satNoPoints(r))),
      ),
  },
  // I: forms to send back in 发改委: the errors of §8 computable from a record (002-004, 002-006, 002-007 TOTAL_MISSING);
  // 002-003's 总分 weight written 1000 (TOTAL_WEIGHT_NOT_100, not in the lib's formError) optional.
  {
    id: 'tw5-audit-18',
    cat: 'audit',
    q: '发改委的表里，有错需要退回去改的是哪几张？',
    expect: (d) =>
      d.setTol(
        F(d, (r) => FG(r) && formError(r)),
        F(d, (r) => FG(r) && (formError(r) || (r.totalWeight != null && r.totalWeight !== 100))),
      ),
  },
  // G: 主管部门 and 实施单位 written the same (compared without whitespace): 33 forms.
  {
    id: 'tw5-audit-19',
    cat: 'audit',
    q: '主管部门和实施单位填得一模一样的项目有几个？',
    expect: (d) =>
      d.count(
        F(
          d,
          (r) =>
            r.department != null &&
            r.department.replace(/\s+/g, '') === String(r.implementingUnit ?? '').replace(/\s+/g, ''),
        ).length,
      ),
  },
  // I: ACTUAL_EMPTY (a weighted row with empty 实际完成值) in 潞源: 000-022.
  {
    id: 'tw5-audit-20',
    cat: 'audit',
    q: '潞源哪些项目有指标的实际完成值是空着的？',
    expect: (d) =>
      d.set(F(d, (r) => LY(r) && rows(r).some((i) => i.weight && !String(i.actual ?? '').trim()))),
  },
  // G: TOTAL_MISMATCH in 潞源: none (an empty answer).
  {
    id: 'tw5-audit-21',
    cat: 'audit',
    q: '帮我看看潞源街道有没有总分和各项得分加起来对不上的项目',
    expect: (d) => d.set(F(d, (r) => LY(r) && totalOff(r))),
  },
  // H: a satisfaction row scored below its weight in 河门口 (004-001, 004-002, 004-007, 004-013).
  {
    id: 'tw5-audit-22',
    cat: 'audit',
    q: '河门口满意度没拿满分的有哪些？',
    expect: (d) => d.set(F(d, (r) => HMK(r) && satLow(r))),
  },
  // I: 全年 > 年初, both written, in 大红门 (9 forms; a blank 年初 is no 追加).
  {
    id: 'tw5-audit-23',
    cat: 'audit',
    q: '大红门全年预算数比年初预算数多的表有哪些？',
    expect: (d) =>
      d.set(F(d, (r) => DHM(r) && bothBudgets(r) && money(r, 'annualBudget') > money(r, 'initialBudget'))),
  },
  // I: TOTAL_WEIGHT_NOT_100: the 总分 row's 分值 not 100 (002-003 writes 1000).
  {
    id: 'tw5-audit-24',
    cat: 'audit',
    q: '总分那一行的分值没写成100的是哪张表？',
    expect: (d) => d.set(F(d, (r) => r.totalWeight != null && r.totalWeight !== 100)),
  },

  // ---- money: amounts as said, 差额, 还剩, 比重, 倍, 增长, bands, per group and per person ----
  // G: Σ 全年预算数 of 潞源 (万元).
  {
    id: 'tw5-money-01',
    cat: 'money',
    q: '麻烦帮我算一下潞源街道所有项目的全年预算加起来一共多少万元',
    expect: (d) => d.sumMoney(F(d, LY), 'annualBudget'),
  },
  // H: Σ 全年执行数 of 大红门 in 亿元 (tolerance 0.005), or the sum in 万元.
  {
    id: 'tw5-money-02',
    cat: 'money',
    q: '大红门全年执行数合计多少亿？',
    expect: (d) => {
      const s = sumBy(F(d, DHM), money, 'executed');
      return d.anyOf(exact(s / 10000, 0.005), d.number(s));
    },
  },
  // G: Σ 全年预算数 of 发改委, both readings of 疏整促's 元-in-万元 cell.
  {
    id: 'tw5-money-03',
    cat: 'money',
    q: '请问发改委那几个项目的全年预算合计是多少',
    expect: (d) => d.sumMoney(F(d, FG), 'annualBudget'),
  },
  // I: Σ 全年 − Σ 年初 of 河门口: a blank 年初 as 0, or only the forms with both (signed or as a magnitude).
  {
    id: 'tw5-money-04',
    cat: 'money',
    q: '河门口的表全年预算合计比年初预算合计多多少？',
    expect: (d) =>
      d.anyOf(
        gapBoth(d, (m) => sumBy(F(d, HMK), m, 'annualBudget') - sumBy(F(d, HMK), m, 'initialBudget')),
        gapBoth(
          d,
          (m) =>
            sumBy(
              F(d, (r) => HMK(r) && bothBudgets(r)),
              m,
              'annualBudget',
            ) -
            sumBy(
              F(d, (r) => HMK(r) && bothBudgets(r)),
              m,
              'initialBudget',
            ),
        ),
      ),
  },
  // H: 还剩多少没花 = Σ 全年预算 − Σ 全年执行 of 潞源.
  {
    id: 'tw5-money-05',
    cat: 'money',
    q: '潞源还剩多少钱没花？',
    expect: (d) => d.number(sumBy(F(d, LY), money, 'annualBudget') - sumBy(F(d, LY), money, 'executed')),
  },
  // G: 000-006: 438 − 433 = 5 万元 = 50000 元 (元 within 1 元, or 万元 precise to 1 元).
  {
    id: 'tw5-money-06',
    cat: 'money',
    q: '朗清园社区警务工作室那个项目还剩多少钱没花？换算成元是多少',
    expect: (d) => {
      const r = R(d, '000-006');
      const v = money(r, 'annualBudget') - money(r, 'executed');
      return d.anyOf(exact(v * 10000, 1), exact(v, 0.0001));
    },
  },
  // I: 003-015: 年初 1320 − 全年 1168.685052 (signed or magnitude).
  {
    id: 'tw5-money-07',
    cat: 'money',
    q: '2023年城市居民最低生活保障的全年预算比年初预算少了多少万元？',
    expect: (d) =>
      gapBoth(d, (m) => m(R(d, '003-015'), 'initialBudget') - m(R(d, '003-015'), 'annualBudget')),
  },
  // H: 双井's two forms: 钱 alone = 全年预算数 (here equal to 全年执行数): 39.4.
  {
    id: 'tw5-money-08',
    cat: 'money',
    q: '双井那两个疫情防控的钱加起来多少？',
    expect: (d) => d.sumMoney(F(d, SJ), 'annualBudget'),
  },
  // G: 全年执行数 between 100 万 and 500 万 (bounds optional), both readings of 疏整促.
  {
    id: 'tw5-money-09',
    cat: 'money',
    q: '全年执行数在100万到500万之间的项目有几个？',
    expect: (d) => moneyBandCount(d, 'executed', 100, 500),
  },
  // H: 上千万 = 全年预算 ≥ 1000 万元 (002-013 exactly 1000 optional), both readings of 疏整促.
  {
    id: 'tw5-money-10',
    cat: 'money',
    q: '全年预算上千万的项目有哪些？',
    expect: (d) => moneyBand(d, 'annualBudget', 1000, Infinity),
  },
  // I: 大红门's share of Σ 全年执行数 (percent, one decimal), both readings of 疏整促 in the whole.
  {
    id: 'tw5-money-11',
    cat: 'money',
    q: '大红门的全年执行数占全部项目全年执行数的比重是多少？',
    expect: (d) =>
      bothMoney(d, (m) => (100 * sumBy(F(d, DHM), m, 'executed')) / sumBy(d.all, m, 'executed'), PCT),
  },
  // G: Σ 全年预算数 of 李毅飞's forms (22; the shared 003-095 names 赵路广、孟卓聪, not him).
  {
    id: 'tw5-money-12',
    cat: 'money',
    q: '请帮我算一下李毅飞负责的项目全年预算一共是多少',
    expect: (d) => d.sumMoney(F(d, own('李毅飞')), 'annualBudget'),
  },
  // H: mean 全年执行数 of 牛艳维's 31 forms.
  {
    id: 'tw5-money-13',
    cat: 'money',
    q: '牛艳维的项目平均每个执行了多少万？',
    expect: (d) => d.avg(F(d, own('牛艳维')), (r) => money(r, 'executed')),
  },
  // G: Σ 全年执行数 per street (潞源, 双井, 大红门, 河门口).
  {
    id: 'tw5-money-14',
    cat: 'money',
    q: '请问四个街道各自的全年执行数合计分别是多少',
    expect: (d) => streetGroups(d, (rs) => sumBy(rs, money, 'executed')),
  },
  // I: 003-007's 全年预算 ÷ 003-091's (2.58).
  {
    id: 'tw5-money-15',
    cat: 'money',
    q: '老旧小区完善类改造项目的全年预算是晨光路拆迁资金的几倍？',
    expect: (d) =>
      d.number(money(R(d, '003-007'), 'annualBudget') / money(R(d, '003-091'), 'annualBudget'), PCT),
  },
  // G: Σ 全年预算数 of the 2020 forms (双井 and 河门口).
  {
    id: 'tw5-money-16',
    cat: 'money',
    q: '2020年的项目全年预算加起来是多少？',
    expect: (d) => d.sumMoney(F(d, yr(2020)), 'annualBudget'),
  },
  // H: 全年预算 below 10 万元 (a form at 10 optional), both readings of 疏整促.
  {
    id: 'tw5-money-17',
    cat: 'money',
    q: '全年预算10万元以下的项目有几个？',
    expect: (d) => moneyBandCount(d, 'annualBudget', -Infinity, 10),
  },
  // I: 003-018: (全年 839.68118 − 年初 408.93) / 年初 = 105.3 %.
  {
    id: 'tw5-money-18',
    cat: 'money',
    q: '大红门的城乡基层党组织服务群众经费，全年预算比年初预算增长了百分之多少？',
    expect: (d) => {
      const r = R(d, '003-018');
      return d.number(
        (100 * (money(r, 'annualBudget') - money(r, 'initialBudget'))) / money(r, 'initialBudget'),
        PCT,
      );
    },
  },
  // G: Σ 全年执行数 of 赵康's forms in 元 (within 1 元, or 万元 precise to 1 元).
  {
    id: 'tw5-money-19',
    cat: 'money',
    q: '赵康负责的项目全年执行数合计是多少元？',
    expect: (d) => {
      const s = sumBy(F(d, own('赵康')), money, 'executed');
      return d.anyOf(exact(s * 10000, 1), exact(s, 0.0001));
    },
  },
  // H: Σ (年初 − 全年) over 民生保障办公室's forms cut (both written, 年初 > 全年), signed or as a magnitude.
  {
    id: 'tw5-money-20',
    cat: 'money',
    q: '民生保障办公室的项目里全年预算比年初调减了的，一共调减了多少？',
    expect: (d) => {
      const s = F(d, (r) => MS(r) && cut(r) > 0).reduce((a, r) => a + cut(r), 0);
      return d.anyOf(d.number(s), d.number(-s));
    },
  },
  // I: mean 全年预算数 of 潞源 (22 forms).
  {
    id: 'tw5-money-21',
    cat: 'money',
    q: '潞源平均每个项目全年预算是多少万元？',
    expect: (d) => d.avg(F(d, LY), (r) => money(r, 'annualBudget')),
  },
  // G: 河门口: the largest 全年执行数 − the smallest (338 − 1.16).
  {
    id: 'tw5-money-22',
    cat: 'money',
    q: '河门口执行数最多的项目比最少的多多少万？',
    expect: (d) => {
      const v = F(d, HMK).map((r) => money(r, 'executed'));
      return d.number(Math.max(...v) - Math.min(...v));
    },
  },
  // H: 大红门, 全年预算 between 50 万 and 100 万 (bounds optional).
  {
    id: 'tw5-money-23',
    cat: 'money',
    q: '大红门全年预算在50万到100万之间的项目有哪些？',
    expect: (d) => moneyBand(d, 'annualBudget', 50, 100, DHM),
  },
  // G: Σ 全年预算数 per 负责人 in 潞源 (the six forms without an owner form no group).
  {
    id: 'tw5-money-24',
    cat: 'money',
    q: '潞源各个负责人名下的项目全年预算分别合计多少？',
    expect: (d) =>
      groupSum(
        d,
        (r) => r.owner,
        (r) => money(r, 'annualBudget'),
        F(d, (r) => LY(r) && r.owner),
      ),
  },

  // ---- order: rankings, superlatives, top/bottom N, n-th place, rank of one project, best per group ----
  // H: top 5 by 全年预算 (rounded to 1 元: 003-007 and 003-022 tie), both readings of 疏整促.
  {
    id: 'tw5-order-01',
    cat: 'order',
    q: '全年预算最多的前五个项目是哪些？',
    expect: (d) => byMoney(d, 'annualBudget', (k) => d.top(d.all, k, 5, 'desc')),
  },
  // G: 潞源, the three lowest 执行率 (stated or computed; ties at the cut optional).
  {
    id: 'tw5-order-02',
    cat: 'order',
    q: '请帮我找出潞源街道执行率最低的三个项目',
    expect: (d) => both(d, (f) => d.top(F(d, LY), f, 3, 'asc')),
  },
  // I: the lowest stated 总分 (003-094, 90).
  {
    id: 'tw5-order-03',
    cat: 'order',
    q: '总分最低的是哪个项目？',
    expect: (d) => d.top(d.all, ts, 1, 'asc'),
  },
  // H: 河门口 ordered by 总分, high to low (ties in any order).
  {
    id: 'tw5-order-04',
    cat: 'order',
    q: '河门口按总分从高到低排一下',
    expect: (d) => ranked(d, F(d, HMK), ts, 'desc'),
  },
  // G: 赵康's largest 全年预算: 003-007 and 003-022 tie at 1 元 (either).
  {
    id: 'tw5-order-05',
    cat: 'order',
    q: '赵康负责的项目里面，全年预算最大的是哪一个？',
    expect: (d) => d.top(F(d, own('赵康')), m1('annualBudget'), 1, 'desc'),
  },
  // H: 大红门, the second-lowest 全年执行数.
  {
    id: 'tw5-order-06',
    cat: 'order',
    q: '大红门执行数倒数第二的是哪个项目？',
    expect: (d) => nth1(d, F(d, DHM), m1('executed'), 2, 'asc'),
  },
  // I: rank of 000-001 by 全年预算 among 潞源's forms (ties give a range).
  {
    id: 'tw5-order-07',
    cat: 'order',
    q: '统计所经费的全年预算在潞源街道排第几？',
    expect: (d) => rankOf(d, F(d, LY), R(d, '000-001'), (r) => money(r, 'annualBudget'), 'desc'),
  },
  // G: the largest 全年预算 of each street (大红门: 003-007 / 003-022 tie, either).
  {
    id: 'tw5-order-08',
    cat: 'order',
    q: '各个街道全年预算最大的项目分别是哪个？',
    expect: (d) =>
      bestPerGroup(
        d,
        [LY, SJ, DHM, HMK].map((p) => F(d, p)),
        m1('annualBudget'),
        'desc',
      ),
  },
  // H: the three people with most forms (牛艳维 31, 赵康 26, 李毅飞 22): a table of them, or the three named.
  {
    id: 'tw5-order-09',
    cat: 'order',
    q: '负责项目最多的三个人是谁？',
    expect: (d) =>
      d.anyOf(
        d.groups({ 牛艳维: 31, 赵康: 26, 李毅飞: 22 }),
        allOf(says('牛艳维'), says('赵康'), says('李毅飞')),
      ),
  },
  // I: 发改委 ordered by 全年执行数, high to low, both readings of 疏整促.
  {
    id: 'tw5-order-10',
    cat: 'order',
    q: '发改委的项目按全年执行数从高到低排列',
    expect: (d) => byMoney(d, 'executed', (k) => ranked(d, F(d, FG), k, 'desc')),
  },
  // G: the three smallest 全年执行数 of 2020.
  {
    id: 'tw5-order-11',
    cat: 'order',
    q: '2020年的项目里全年执行数最少的三个是哪些？',
    expect: (d) => d.top(F(d, yr(2020)), m1('executed'), 3, 'asc'),
  },
  // H: 民生保障办公室, the two smallest 全年预算.
  {
    id: 'tw5-order-12',
    cat: 'order',
    q: '民生保障办公室全年预算最少的两个项目',
    expect: (d) => d.top(F(d, MS), m1('annualBudget'), 2, 'asc'),
  },
  // I: the third-largest 全年执行数, both readings of 疏整促 (ties: either).
  {
    id: 'tw5-order-13',
    cat: 'order',
    q: '全年执行数第三多的是哪个项目？',
    expect: (d) => byMoney(d, 'executed', (k) => nth1(d, d.all, k, 3, 'desc')),
  },
  // G: 潞源, the five lowest 总分 (ties at the cut optional).
  {
    id: 'tw5-order-14',
    cat: 'order',
    q: '潞源街道总分最低的五个项目麻烦列一下',
    expect: (d) => d.top(F(d, LY), ts, 5, 'asc'),
  },
  // H: the five smallest 全年预算 of all forms.
  {
    id: 'tw5-order-15',
    cat: 'order',
    q: '全年预算最小的五个项目',
    expect: (d) => byMoney(d, 'annualBudget', (k) => d.top(d.all, k, 5, 'asc')),
  },
  // I: 张宏's forms by 年初预算数, high to low; his forms with a blank 年初 may be listed (at the end).
  {
    id: 'tw5-order-16',
    cat: 'order',
    q: '张宏负责的项目按年初预算数从大到小排一下',
    expect: (d) => {
      const t = ranked(d, F(d, own('张宏')), m1('initialBudget'), 'desc');
      return {
        ...t,
        may: [...t.may, ...d.set(F(d, (r) => own('张宏')(r) && money(r, 'initialBudget') == null)).must],
      };
    },
  },
  // G: 党群工作办公室 (also 党群办) as 实施单位: the largest 全年执行数 (003-018).
  {
    id: 'tw5-order-17',
    cat: 'order',
    q: '党群工作办公室的项目里全年执行数最多的是哪个？',
    expect: (d) => d.top(F(d, DQ), m1('executed'), 1, 'desc'),
  },
  // H: rank of 003-091 by 全年预算 among all forms (4th with 疏整促 as written, 3rd converted; 003-007/022 distinct).
  {
    id: 'tw5-order-18',
    cat: 'order',
    q: '晨光路拆迁资金的全年预算在所有项目里排第几？',
    expect: (d) => byMoney(d, 'annualBudget', (k) => rankOf(d, d.all, R(d, '003-091'), k, 'desc')),
  },

  // ---- rows: indicator rows ----
  // H: 000-001 has 6 indicator rows.
  {
    id: 'tw5-rows-01',
    cat: 'rows',
    q: '统计所经费有几条绩效指标？',
    expect: (d) => d.count(rows(R(d, '000-001')).length),
  },
  // G: 000-006's 群众满意度 row: 年度指标值 ≥90%, 实际完成值 90%.
  {
    id: 'tw5-rows-02',
    cat: 'rows',
    q: '朗清园社区警务工作室项目的群众满意度指标，年度指标值和实际完成值各是多少？',
    expect: (d) => d.valueAll(R(d, '000-006'), '≥90%', '90%'),
  },
  // I: 000-027: the 社会效益 row (及时宣传报道…) scored 29 of 30: the row and its 分值/得分, or the row and the 1 point lost.
  {
    id: 'tw5-rows-03',
    cat: 'rows',
    q: '公益电影放映补贴哪条指标扣了分？扣了几分？',
    expect: (d) =>
      d.anyOf(
        d.valueAll(R(d, '000-027'), 30, 29),
        d.valueAll(R(d, '000-027'), '及时宣传报道电影公益放映工作的先进人物', 1),
      ),
  },
  // G: rows under 一级 产出指标 in 河门口 (39).
  {
    id: 'tw5-rows-04',
    cat: 'rows',
    q: '请问河门口的表产出指标一共有多少条',
    expect: (d) => d.count(rowCount(F(d, HMK), l1Has('产出'))),
  },
  // H: forms with a satisfaction row scored 0; satDoubt forms may be counted.
  {
    id: 'tw5-rows-05',
    cat: 'rows',
    q: '满意度指标打了0分的项目有几个？',
    expect: (d) => d.countRange(F(d, satZero).length, F(d, (r) => satZero(r) || satDoubt(r)).length),
  },
  // I: the form with most indicator rows (002-007, 18).
  {
    id: 'tw5-rows-06',
    cat: 'rows',
    q: '哪个项目的绩效指标条数最多？',
    expect: (d) => d.top(d.all, (r) => rows(r).length, 1, 'desc'),
  },
  // G: a 时效指标 row scored below its weight in 大红门: none (an empty answer).
  {
    id: 'tw5-rows-07',
    cat: 'rows',
    q: '帮我查一下大红门有没有时效指标扣了分的项目',
    expect: (d) => d.set(F(d, (r) => DHM(r) && rows(r).some((i) => l2Has('时效')(i) && shortRow(i)))),
  },
  // H: the 三级指标 of 002-005 (经济大脑), all eight.
  {
    id: 'tw5-rows-08',
    cat: 'rows',
    q: '经济大脑那个项目的三级指标都有哪些？',
    expect: (d) => d.valueAll(R(d, '002-005'), ...rows(R(d, '002-005')).map((i) => i.name)),
  },
  // I: weighted rows with an empty 实际完成值 in 潞源 (1, of 000-022).
  {
    id: 'tw5-rows-09',
    cat: 'rows',
    q: '潞源的表里实际完成值空着的指标有几条？',
    expect: (d) => d.count(rowCount(F(d, LY), (i) => i.weight && !String(i.actual ?? '').trim())),
  },
  // G: 002-007's 成本指标 row: 年度指标值 1863180.
  {
    id: 'tw5-rows-10',
    cat: 'rows',
    q: '疏整促专班经费的成本指标，年度指标值填的是多少？',
    expect: (d) => d.value(R(d, '002-007'), 1863180, '1863180'),
  },
  // H: 002-001's satisfaction row weight: 5.
  {
    id: 'tw5-rows-11',
    cat: 'rows',
    q: '法律顾问那个项目满意度指标分值几分？',
    expect: (d) => d.value(R(d, '002-001'), 5),
  },
  // I: rows whose 二级 is 可持续影响指标 in 双井 (one per form: 2).
  {
    id: 'tw5-rows-12',
    cat: 'rows',
    q: '双井的表里二级指标是可持续影响指标的一共几条？',
    expect: (d) => d.count(rowCount(F(d, SJ), l2Has('可持续'))),
  },
  // G: 000-018's 参与人数 row: 实际完成值 12097.
  {
    id: 'tw5-rows-13',
    cat: 'rows',
    q: '2023年社区公益事业补助资金的指标里，参与人数实际完成了多少？',
    expect: (d) => d.value(R(d, '000-018'), 12097),
  },
  // H: rows scored below their weight in 河门口 (21).
  {
    id: 'tw5-rows-14',
    cat: 'rows',
    q: '河门口扣了分的指标一共几条？',
    expect: (d) => d.count(rowCount(F(d, HMK), shortRow)),
  },
  // I: 潞源, the satisfaction block's 分值 total not 10: 000-019 (5); forms without a satisfaction row optional.
  {
    id: 'tw5-rows-15',
    cat: 'rows',
    q: '潞源哪些表的满意度指标分值加起来不是10分？',
    expect: (d) =>
      d.setTol(
        F(d, (r) => LY(r) && rows(r).some(l1Has('满意度')) && satWeight(r) !== 10),
        F(d, (r) => LY(r) && satWeight(r) !== 10),
      ),
  },
  // G: 2020 rows whose 二级 is 经济效益指标 scored below weight (9).
  {
    id: 'tw5-rows-16',
    cat: 'rows',
    q: '2020年的项目里，经济效益指标没拿满分的有几条？',
    expect: (d) => d.count(rowCount(F(d, yr(2020)), (i) => l2Has('经济效益')(i) && shortRow(i))),
  },
  // H: 000-008's first row: 购买慰问品米、面、油.
  {
    id: 'tw5-rows-17',
    cat: 'rows',
    q: '政法委群防群治补助经费第一条指标是什么？',
    expect: (d) => d.value(R(d, '000-008'), rows(R(d, '000-008'))[0].name),
  },
  // I: no 效益指标 as a 一级 label (asked of the 一级 column, so the 二级 社会效益指标 filed under 产出指标 or under a blank
  // 一级 does not count): 7 forms; benefitDoubt (003-017, 003-060: the text has the label) optional.
  {
    id: 'tw5-rows-18',
    cat: 'rows',
    q: '哪些表的一级指标里没有效益指标？',
    expect: (d) =>
      d.setTol(
        F(d, noBenefit),
        F(d, (r) => noBenefit(r) || benefitDoubt(r)),
      ),
  },

  // ---- desk: one project's field ----
  // H: 000-004's 负责人 周蕾莹.
  {
    id: 'tw5-desk-01',
    cat: 'desk',
    q: '潞源人口抽样调查谁负责的？',
    expect: (d) => d.value(R(d, '000-004'), '周蕾莹'),
  },
  // G: 004-002's 全年执行数 8.02.
  {
    id: 'tw5-desk-02',
    cat: 'desk',
    q: '请问河西锦苑小区电梯维护经费的全年执行数是多少',
    expect: (d) => d.value(R(d, '004-002'), 8.02),
  },
  // I: 002-001's 联系电话 695468784.
  {
    id: 'tw5-desk-03',
    cat: 'desk',
    q: '法律顾问那个项目的联系电话是多少？',
    expect: (d) => d.value(R(d, '002-001'), '695468784'),
  },
  // H: the owner of the phone 67270343: 孟卓聪 (four forms).
  {
    id: 'tw5-desk-04',
    cat: 'desk',
    q: '67270343是谁的电话？',
    expect: (d) =>
      whose(
        d,
        F(d, (r) => phoneNumbers(r).includes('67270343')),
        '孟卓聪',
      ),
  },
  // G: 003-019: 年初 38.4, 全年 63.497351.
  {
    id: 'tw5-desk-05',
    cat: 'desk',
    q: '2023年城乡医疗救助资金的年初预算和全年预算分别是多少？',
    expect: (d) => d.valueAll(R(d, '003-019'), 38.4, 63.497351),
  },
  // I: 003-127's 执行率 cell is empty while its amounts give 100 %: either answer.
  {
    id: 'tw5-desk-06',
    cat: 'desk',
    q: '平安建设经费的执行率是多少？',
    expect: (d) => d.anyOf(d.empty(R(d, '003-127')), d.value(R(d, '003-127'), rateComputed(R(d, '003-127')))),
  },
  // H: 002-013's 总分 99.99.
  {
    id: 'tw5-desk-07',
    cat: 'desk',
    q: '重大投资项目规划谋划总分多少？',
    expect: (d) => d.value(R(d, '002-013'), 99.99),
  },
  // G: 004-001 has no 项目负责人 row: empty.
  {
    id: 'tw5-desk-08',
    cat: 'desk',
    q: '改制企业家属区管理经费的项目负责人是谁？',
    expect: (d) => d.empty(R(d, '004-001')),
  },
  // I: 003-095: 主管部门 大红门街道办事处, 实施单位 城乡办、平安办.
  {
    id: 'tw5-desk-09',
    cat: 'desk',
    q: '大红门地区工作专班工作经费的主管部门和实施单位各是什么？',
    expect: (d) => d.valueAll(R(d, '003-095'), '大红门街道办事处', '城乡办、平安办'),
  },
  // H: 000-017: 曹阳, 89538675.
  {
    id: 'tw5-desk-10',
    cat: 'desk',
    q: '2022年第五批小微项目谁负责？电话多少？',
    expect: (d) => d.valueAll(R(d, '000-017'), '曹阳', '89538675'),
  },
  // G: 004-011's 全年预算数 14.63.
  {
    id: 'tw5-desk-11',
    cat: 'desk',
    q: '麻烦查一下习风园改造项目的全年预算是多少',
    expect: (d) => d.value(R(d, '004-011'), 14.63),
  },
  // I: 002-004's 总分 is blank: empty.
  {
    id: 'tw5-desk-12',
    cat: 'desk',
    q: '放管服改革那个研究项目的总分是多少？',
    expect: (d) => d.empty(R(d, '002-004')),
  },

  // ---- tally: counts, sums, means, per group ----
  // H: forms per year (2020: 11, 2023: 158).
  {
    id: 'tw5-tally-01',
    cat: 'tally',
    q: '按年度统计一下项目数',
    expect: (d) => groupCount(d, (r) => r.year),
  },
  // G: forms per street.
  {
    id: 'tw5-tally-02',
    cat: 'tally',
    q: '请帮我统计一下各街道分别有多少个项目',
    expect: (d) => streetGroups(d, (rs) => rs.length),
  },
  // I: stated 总分 100 (118).
  {
    id: 'tw5-tally-03',
    cat: 'tally',
    q: '总分是100分的项目有多少个？',
    expect: (d) => d.count(F(d, (r) => ts(r) === 100).length),
  },
  // H: 牛艳维's forms (31).
  {
    id: 'tw5-tally-04',
    cat: 'tally',
    q: '牛艳维负责几个项目？',
    expect: (d) => d.count(F(d, own('牛艳维')).length),
  },
  // G: 民生保障办公室 as 实施单位 (32, 003-055's 「民生保障办公室是」 included).
  {
    id: 'tw5-tally-05',
    cat: 'tally',
    q: '请问民生保障办公室一共有几个项目',
    expect: (d) => d.count(F(d, MS).length),
  },
  // I: 执行率 100 %: stated (158) or computed from the amounts, rounded to two decimals (160).
  {
    id: 'tw5-tally-06',
    cat: 'tally',
    q: '执行率是100%的项目有多少个？',
    expect: (d) =>
      d.anyOf(
        d.count(F(d, (r) => rate(r) === 100).length),
        d.count(F(d, (r) => rateComputed(r) === 100).length),
      ),
  },
  // H: mean stated 总分 of the 2020 forms.
  {
    id: 'tw5-tally-07',
    cat: 'tally',
    q: '2020年的项目平均总分多少？',
    expect: (d) => d.avg(F(d, yr(2020)), ts),
  },
  // G: blank 负责人 in 潞源 (6).
  {
    id: 'tw5-tally-08',
    cat: 'tally',
    q: '潞源负责人没填的项目有几个',
    expect: (d) => d.count(F(d, (r) => LY(r) && !r.owner).length),
  },

  // ---- talk: follow-ups (pre), asks of several things, spoken register ----
  // H: follow-up: the largest 全年预算 of 潞源 (000-006).
  {
    id: 'tw5-talk-01',
    cat: 'talk',
    pre: '大红门全年预算最大的项目是哪个？',
    q: '那潞源的呢？',
    expect: (d) => d.top(F(d, LY), m1('annualBudget'), 1, 'desc'),
  },
  // G: follow-up: Σ 全年预算数 of 河门口's forms.
  {
    id: 'tw5-talk-02',
    cat: 'talk',
    pre: '河门口街道有几个项目？',
    q: '它们的全年预算合计是多少？',
    expect: (d) => d.sumMoney(F(d, HMK), 'annualBudget'),
  },
  // H: follow-up: 李毅飞's forms counted (22).
  {
    id: 'tw5-talk-03',
    cat: 'talk',
    pre: '赵康负责几个项目？',
    q: '那李毅飞呢？',
    expect: (d) => d.count(F(d, own('李毅飞')).length),
  },
  // I: follow-up: 潞源's forms with 总分 < 100, low to high.
  {
    id: 'tw5-talk-04',
    cat: 'talk',
    pre: '潞源总分低于100的项目有哪些？',
    q: '按总分从低到高排一下',
    expect: (d) =>
      ranked(
        d,
        F(d, (r) => LY(r) && below100(r)),
        ts,
        'asc',
      ),
  },
  // G: two asks: 发改委 counted (8) and its blank 总分 forms listed.
  {
    id: 'tw5-talk-05',
    cat: 'talk',
    q: '发改委有几个项目？总分没填的是哪几个？',
    expect: (d) => allOf(d.count(F(d, FG).length), d.set(F(d, (r) => FG(r) && ts(r) == null))),
  },
  // H (spoken): 潞源, 执行率 below 100 %: stated, computed at two decimals, or computed at full precision.
  {
    id: 'tw5-talk-06',
    cat: 'talk',
    q: '嗯 那个 潞源执行率不到百分之百的有哪些',
    expect: (d) =>
      d.anyOf(
        d.set(F(d, (r) => LY(r) && rate(r) != null && rate(r) < 100)),
        d.set(F(d, (r) => LY(r) && rateComputed(r) != null && rateComputed(r) < 100)),
        d.set(F(d, (r) => LY(r) && money(r, 'executed') < money(r, 'annualBudget'))),
      ),
  },
  // I: follow-up: 满意度没做 among 民生保障办公室's forms (noSurvey's readings counted).
  {
    id: 'tw5-talk-07',
    cat: 'talk',
    pre: '民生保障办公室的项目有哪些？',
    q: '其中满意度没做的有几个？',
    expect: (d) => noSurveyCount(d, MS),
  },
  // G: two asks: 周蕾莹's forms and her phone (said, or in a 电话 column).
  {
    id: 'tw5-talk-08',
    cat: 'talk',
    q: '周蕾莹负责哪些项目？她的电话是多少？',
    expect: (d) =>
      allOf(
        d.set(F(d, own('周蕾莹'))),
        d.anyOf(
          says('80856942'),
          column(d, '电话', F(d, own('周蕾莹')), (r) => r.phone),
        ),
      ),
  },

  // ---- no: what the forms cannot answer ----
  // H: 2021: no forms of that year (a refusal, the year named without a figure, or an empty list).
  { id: 'tw5-no-01', cat: 'no', q: '2021年有哪些项目？', expect: (d) => noYear(d, '2021', 2021) },
  // G: 采购方式 is on no form.
  {
    id: 'tw5-no-02',
    cat: 'no',
    q: '潞源的项目都是用什么采购方式采购的？',
    expect: (d) => d.refuse('采购方式'),
  },
  // I: 海淀区: no form.
  { id: 'tw5-no-03', cat: 'no', q: '海淀区的项目有几个？', expect: (d) => d.refuse('海淀') },
  // H: a quarter: yearly forms only.
  { id: 'tw5-no-04', cat: 'no', q: '大红门第三季度执行了多少钱？', expect: (d) => d.refuse('第三季度') },
  // G: a change of a stated 总分: refused.
  { id: 'tw5-no-05', cat: 'no', q: '帮我把平安建设经费的总分改成90分', expect: (d) => d.refuse('改成') },
  // I: a person on no form (a refusal, or an empty list).
  {
    id: 'tw5-no-06',
    cat: 'no',
    q: '张三负责的项目有哪些？',
    expect: (d) => d.anyOf(d.refuse('张三'), d.set([])),
  },
  // H: 合同金额 is on no form.
  { id: 'tw5-no-07', cat: 'no', q: '各项目的合同金额是多少？', expect: (d) => d.refuse('合同金额') },
  // G: 明年 (2027): no forms.
  { id: 'tw5-no-08', cat: 'no', q: '潞源街道明年的预算安排是多少', expect: (d) => noYear(d, '明年', 2027) },
];
