// The thirty-first part (helper "blind48"): 120 portfolio questions asked by three people over the 169 forms — (V) an
// accountant near retirement who uses older words (经费, 拨款, 开支, 决算数, 支出进度, 百分比, 单位 / 科室 for the 实施单位,
// 经办人 for the 项目负责人, 分数 for the 总分, amounts said in 元 or 万 casually) in long sentences with 的话 / 这个 /
// 那个, (W) a staff member of the 区政府办 督查室 who asks yes/no and existence questions and checks (有没有…, 是不是都…,
// 是否全部…, 哪些没有…, 至少…, 超过…的有吗, 两个比哪个…) and wants the projects as evidence, and (X) a data analyst of
// the 区统计局 in statistics words (中位数, 平均数, 最大值最小值, 极差, 分布, 区间, 占比, 比重, 合计, 分组统计, 排名).
// Written by an author who had not read src/, prompts/, test/ outside test/eval/ nor any other part's question lines;
// expectations computed from the records by ../lib and ./helpers.mjs only. Not split. Definitions: ../README.md ("The
// thirty-first part").
import {
  benefitDoubt,
  blank,
  devMissing,
  money,
  noBenefit,
  noSat,
  rate,
  rateComputed,
  rows,
  satDoubt,
  satNoPoints,
  satNotDone,
} from '../lib/corpus.mjs';
import {
  allOf,
  budgetAbove,
  budgetRowDoubt,
  budgetScoreOff,
  F,
  moneyBand,
  moneyBandCount,
  moneyWhere,
  noSurvey,
  noYear,
  nth,
  overspent,
  overspentReal,
  pctRange,
  ranked,
  rankOf,
  rateDiff,
  rateOff,
  roundedUp,
  ts,
} from '../lib/shorthands.mjs';
import {
  BM,
  BM_WIDE,
  both,
  budgetScoreOffStated,
  CX,
  CX_WIDE,
  DHM,
  FG,
  HMK,
  hasLevel2,
  ids,
  key4,
  LY,
  level1Rows,
  MS,
  max,
  mean,
  median,
  min,
  owner,
  ownerAny,
  pct,
  pctBoth,
  phoneOddLength,
  phoneTwo,
  R,
  READERS,
  SAYS_NOT_FILLED,
  SJ,
  satNotDoneNoScore,
  satZero,
  sum,
  yr,
} from './helpers.mjs';

const annual = (m) => (r) => m(r, 'annualBudget');
const exec = (m) => (r) => m(r, 'executed');

export const questions = [
  // ---------------------------------------------------------------- audit (SCORING §7–8 in the askers' words)
  {
    // V: RATE_MISMATCH; a form whose stated rate differs from the computed one only at two decimals may be listed
    id: 't31-audit-01',
    cat: 'audit',
    q: '我想核对一下，那个执行率的百分比，跟全年执行数除以全年预算数算出来的对不上的，这个都有哪些项目的话麻烦给列一下',
    expect: (d) =>
      d.setTol(
        F(d, rateOff),
        F(d, (r) => rateOff(r) || rateDiff(r)),
      ),
  },
  {
    // V: BUDGET_SCORE_MISMATCH, by the computed rate (lib) or by the stated one; 平安建设经费 (five values for six cells,
    // budgetRowDoubt: 「100％」 read as its 得分 or as its 执行率 with the 得分 missing) may be listed under either reading
    id: 't31-audit-02',
    cat: 'audit',
    q: '预算执行那一栏的得分，按执行率乘以10分这个算法去算对不上的，是哪几个项目',
    expect: (d) =>
      d.anyOf(
        d.setTol(
          F(d, (r) => budgetScoreOff(r) && !budgetRowDoubt(r)),
          F(d, budgetScoreOff),
        ),
        d.setTol(
          F(d, budgetScoreOffStated),
          F(d, (r) => budgetScoreOffStated(r) || r.id === '003-127'),
        ),
      ),
  },
  {
    // V: DEVIATION_MISSING forms of 大红门: 003-018, 003-140; 003-055's reason is printed under its row in the text
    id: 't31-audit-03',
    cat: 'audit',
    q: '大红门街道那边，指标扣了分又没写偏差原因的项目，一共有几个',
    expect: (d) => {
      const n = F(d, (r) => DHM(r) && devMissing(r) && r.id !== '003-055').length;
      const wide = F(d, (r) => DHM(r) && devMissing(r)).length;
      return d.countRange(n, wide);
    },
  },
  {
    // V: TOTAL_MISSING (three 发改委 forms)
    id: 't31-audit-04',
    cat: 'audit',
    q: '分数那一栏，就是总分，空着没填的是哪个单位的哪几个项目',
    expect: (d) => d.set(F(d, (r) => ts(r) == null)),
  },
  {
    // V: RATE_ROUNDED_UP_TO_FULL
    id: 't31-audit-05',
    cat: 'audit',
    q: '执行率填的是百分之百，可是全年执行数其实比全年预算数少的这个情况，有哪几个项目',
    expect: (d) => d.set(F(d, roundedUp)),
  },
  {
    // W: SCORE_ABOVE_WEIGHT: no indicator row; 平安建设经费's budget row (100％ against 10) may be listed
    id: 't31-audit-06',
    cat: 'audit',
    q: '有没有哪个指标的得分超过了它自己的分值？有的话是哪些项目',
    expect: (d) => d.setTol([], F(d, budgetAbove)),
  },
  {
    // W: PHONE_FORMAT: 9-digit numbers (002-001, 003-024); the two-number cell and the blank phones may be listed
    id: 't31-audit-07',
    cat: 'audit',
    q: '联系电话是不是都是正常的8位座机或者11位手机号？不是的有哪些',
    expect: (d) =>
      d.setTol(
        F(d, phoneOddLength),
        F(d, (r) => phoneOddLength(r) || phoneTwo(r) || blank(r.phone)),
      ),
  },
  {
    // W: SATISFACTION_MISSING: no satisfaction row; satDoubt and rows without points may be listed
    id: 't31-audit-08',
    cat: 'audit',
    q: '是不是每个项目都设了满意度指标？没设的列出来',
    expect: (d) =>
      d.setTol(
        F(d, noSat),
        F(d, (r) => noSat(r) || satDoubt(r) || satNoPoints(r)),
      ),
  },
  {
    // W: TOTAL_WEIGHT_NOT_100 (the 1000 of 002-003)
    id: 't31-audit-09',
    cat: 'audit',
    q: '总分那一行的分值是否全部写的100？哪个项目写的不是100',
    expect: (d) => d.set(F(d, (r) => r.totalWeight != null && r.totalWeight !== 100)),
  },
  {
    // W: EXECUTED_EXCEEDS_BUDGET: none by one 元 or more; 003-096 (0.0000004 万元 over) may be listed
    id: 't31-audit-10',
    cat: 'audit',
    q: '全年执行数超过全年预算数的项目有没有？',
    expect: (d) => d.setTol(F(d, overspentReal), F(d, overspent)),
  },
  {
    // X: satisfaction written 未做 (23 by the records; the satDoubt forms whose misfiled row says 未做 may count) / 169
    id: 't31-audit-11',
    cat: 'audit',
    q: '满意度调查写了未做的项目，占全部项目的比重是多少',
    expect: (d) => {
      const lo = F(d, satNotDone).length;
      const hi = F(
        d,
        (r) =>
          satNotDone(r) ||
          (satDoubt(r) && rows(r).some((i) => /未做/.test(`${i.actual ?? ''}${i.deviation ?? ''}`))),
      ).length;
      return pctRange(d, lo, hi, d.all.length);
    },
  },
  {
    // X: RATE_MISMATCH counted (SCORING §7: 2) or every stated rate that differs from the computed one at two decimals
    id: 't31-audit-12',
    cat: 'audit',
    q: '执行率算错的项目有几个，占全部项目的百分之多少',
    expect: (d) => {
      const a = F(d, rateOff).length;
      const b = F(d, (r) => rateOff(r) || rateDiff(r)).length;
      const n = d.all.length;
      return allOf(d.anyOf(d.count(a), d.count(b)), d.anyOf(pct(d, a, n), pct(d, b, n)));
    },
  },
  {
    // X: DEVIATION_MISSING forms (003-055 optional, as in audit-03), and those of 河门口
    id: 't31-audit-13',
    cat: 'audit',
    q: '扣了分但没写偏差原因的项目合计多少个，其中河门口的占几个',
    expect: (d) =>
      allOf(
        d.countRange(F(d, (r) => devMissing(r) && r.id !== '003-055').length, F(d, devMissing).length),
        d.count(F(d, (r) => HMK(r) && devMissing(r)).length),
      ),
  },
  {
    // X: phone numbers neither 8 nor 11 digits (two forms); the cell with two numbers may be counted
    id: 't31-audit-14',
    cat: 'audit',
    q: '联系电话位数异常的，就是既不是8位也不是11位的，有几个项目',
    expect: (d) =>
      d.countRange(F(d, phoneOddLength).length, F(d, (r) => phoneOddLength(r) || phoneTwo(r)).length),
  },
  {
    // X: BENEFIT_MISSING counted with its share; benefitDoubt forms may count
    id: 't31-audit-15',
    cat: 'audit',
    q: '缺少效益指标的项目有多少个，占比是多少',
    expect: (d) => {
      const lo = F(d, noBenefit).length;
      const hi = F(d, (r) => noBenefit(r) || benefitDoubt(r)).length;
      return allOf(d.countRange(lo, hi), pctRange(d, lo, hi, d.all.length));
    },
  },

  // ---------------------------------------------------------------- desk (one project's facts)
  {
    // V
    id: 't31-desk-01',
    cat: 'desk',
    q: '统计所经费这个项目，经办人是谁，联系电话是多少',
    expect: (d) => d.valueAll(R(d, '000-001'), '周蕾莹', '80856942'),
  },
  {
    // V: 决算数 = 全年执行数
    id: 't31-desk-02',
    cat: 'desk',
    q: '晨光路拆迁资金那个项目的决算数是多少万',
    expect: (d) => d.value(R(d, '003-091'), money(R(d, '003-091'), 'executed')),
  },
  {
    // V
    id: 't31-desk-03',
    cat: 'desk',
    q: '两新党组织书记岗位补贴那个项目，年初预算数和全年预算数各是多少万，这个是调减了吧',
    expect: (d) =>
      d.valueAll(
        R(d, '003-012'),
        money(R(d, '003-012'), 'initialBudget'),
        money(R(d, '003-012'), 'annualBudget'),
      ),
  },
  {
    // V: the 负责人 cell is blank
    id: 't31-desk-04',
    cat: 'desk',
    q: '政法委群防群治补助经费那个项目的经办人是谁啊',
    expect: (d) => d.empty(R(d, '000-008')),
  },
  {
    // V: 分数 = 总分
    id: 't31-desk-05',
    cat: 'desk',
    q: '老旧小区改造那个项目最后分数打了多少分',
    expect: (d) => d.value(R(d, '003-007'), ts(R(d, '003-007'))),
  },
  {
    // W
    id: 't31-desk-06',
    cat: 'desk',
    q: '经济大脑那个项目的执行率是不是100%？',
    expect: (d) => d.value(R(d, '002-005'), rate(R(d, '002-005'))),
  },
  {
    // W: 总分 empty; a yes/no question: the reply must say in words that it is not filled (an empty cell shown under
    // 「有」 does not answer it)
    id: 't31-desk-07',
    cat: 'desk',
    q: '疏整促专班经费的总分填了没有？',
    expect: (d) => d.value(R(d, '002-007'), ...SAYS_NOT_FILLED),
  },
  {
    // W: no 联系电话 row (every 004 form); said in words, as desk-07
    id: 't31-desk-08',
    cat: 'desk',
    q: '习风园改造项目有没有留联系电话？',
    expect: (d) => d.value(R(d, '004-011'), ...SAYS_NOT_FILLED),
  },
  {
    // W: 实施单位 as written
    id: 't31-desk-09',
    cat: 'desk',
    q: '节能专项资金的实施单位是不是发改委自己？实施单位写的是什么',
    expect: (d) => d.value(R(d, '002-006'), R(d, '002-006').implementingUnit),
  },
  {
    // W
    id: 't31-desk-10',
    cat: 'desk',
    q: '法律顾问那个项目的电话号码是不是多写了一位？电话是多少',
    expect: (d) => d.value(R(d, '002-001'), R(d, '002-001').phone),
  },
  {
    // X
    id: 't31-desk-11',
    cat: 'desk',
    q: '三线干部建设学院那个项目的全年预算数和全年执行数分别是多少',
    expect: (d) =>
      d.valueAll(R(d, '004-008'), money(R(d, '004-008'), 'annualBudget'), money(R(d, '004-008'), 'executed')),
  },
  {
    // X
    id: 't31-desk-12',
    cat: 'desk',
    q: '大红门23年人口抽样调查这个项目的全年执行数是多少万元',
    expect: (d) => d.value(R(d, '003-005'), money(R(d, '003-005'), 'executed')),
  },
  {
    // X: the stated rate or the computed one, with the 总分
    id: 't31-desk-13',
    cat: 'desk',
    q: '2023年社区公益事业补助资金的执行率和总分各是多少',
    expect: (d) => {
      const r = R(d, '000-018');
      return d.anyOf(d.valueAll(r, rate(r), ts(r)), d.valueAll(r, rateComputed(r), ts(r)));
    },
  },
  {
    // X: one project's amount and its share of the office's 全年预算数合计
    id: 't31-desk-14',
    cat: 'desk',
    q: '东门里小区综合整治那个项目全年预算数是多少，占大红门全年预算合计的比重是多少',
    expect: (d) => {
      const r = R(d, '003-103');
      const whole = sum(F(d, DHM).map(annual(money)));
      return d.valueAll(r, money(r, 'annualBudget'), (100 * money(r, 'annualBudget')) / whole);
    },
  },
  {
    // X: 万元 and the same in 元
    id: 't31-desk-15',
    cat: 'desk',
    q: '潞源第五次经济普查经费的全年执行数是多少万元，换算成元是多少',
    expect: (d) => {
      const r = R(d, '000-005');
      return d.valueAll(r, money(r, 'executed'), money(r, 'executed') * 10000);
    },
  },

  // ---------------------------------------------------------------- money
  {
    // V
    id: 't31-money-01',
    cat: 'money',
    q: '麻烦问一下，潞源街道2023年这些项目的经费，要是按全年预算数来算的话，一共是多少万元',
    expect: (d) => d.number(sum(F(d, (r) => LY(r) && yr(2023)(r)).map(annual(money)))),
  },
  {
    // V: 民生保障办公室 as 实施单位 (003-055 「民生保障办公室是」 included)
    id: 't31-money-02',
    cat: 'money',
    q: '大红门民生保障办公室那个科室经手的项目，全年执行数加起来是多少',
    expect: (d) => d.number(sum(F(d, MS).map(exec(money)))),
  },
  {
    // V: 决算数 = 全年执行数; 疏整促 both readings
    id: 't31-money-03',
    cat: 'money',
    q: '发改委那几个项目的决算数一共是多少',
    expect: (d) => both(d, (m) => sum(F(d, FG).map(exec(m)))),
  },
  {
    // V: 经办人 = 项目负责人; 开支 = 全年执行数
    id: 't31-money-04',
    cat: 'money',
    q: '赵康这个经办人手上的项目，开支一共是多少钱',
    expect: (d) => d.number(sum(F(d, ownerAny('赵康')).map(exec(money)))),
  },
  {
    // V: 还剩 = Σ 全年预算数 − Σ 全年执行数
    id: 't31-money-05',
    cat: 'money',
    q: '潞源街道的项目，全年预算减掉全年执行数的话，还剩多少钱没花出去',
    expect: (d) => d.number(sum(F(d, LY).map(annual(money))) - sum(F(d, LY).map(exec(money)))),
  },
  {
    // W: 疏整促 above 500 万 as written, not converted
    id: 't31-money-06',
    cat: 'money',
    q: '发改委有没有全年预算超过500万的项目？有的话是哪几个',
    expect: (d) => moneyWhere(d, 'annualBudget', (v) => v > 500, FG),
  },
  {
    // W
    id: 't31-money-07',
    cat: 'money',
    q: '潞源的项目里，全年执行数超过400万的有吗？是哪个',
    expect: (d) => moneyBand(d, 'executed', 400, Number.POSITIVE_INFINITY, LY),
  },
  {
    // W: both sums
    id: 't31-money-08',
    cat: 'money',
    q: '大红门和潞源两个街道比，哪个全年预算合计多？各是多少',
    expect: (d) =>
      allOf(d.number(sum(F(d, DHM).map(annual(money)))), d.number(sum(F(d, LY).map(annual(money))))),
  },
  {
    // W: 至少 = ≥ (no form on the bound)
    id: 't31-money-09',
    cat: 'money',
    q: '全年执行数至少1000万的项目有哪些？',
    expect: (d) => moneyBand(d, 'executed', 1000, Number.POSITIVE_INFINITY),
  },
  {
    // W
    id: 't31-money-10',
    cat: 'money',
    q: '河门口的项目，全年预算是不是都在20万以内？超过20万的是哪个',
    expect: (d) => moneyBand(d, 'annualBudget', 20, Number.POSITIVE_INFINITY, HMK),
  },
  {
    // X: nine forms, an odd count
    id: 't31-money-11',
    cat: 'money',
    q: '河门口9个项目全年预算数的中位数是多少',
    expect: (d) => d.number(median(F(d, HMK).map(annual(money)))),
  },
  {
    // X: 极差 = max − min
    id: 't31-money-12',
    cat: 'money',
    q: '潞源街道项目全年预算数的极差是多少',
    expect: (d) => d.number(max(F(d, LY).map(annual(money))) - min(F(d, LY).map(annual(money)))),
  },
  {
    // X: 169 forms; the median is the 85th
    id: 't31-money-13',
    cat: 'money',
    q: '所有项目全年预算数的平均数和中位数分别是多少',
    expect: (d) =>
      allOf(
        both(d, (m) => mean(d.all.map(annual(m)))),
        both(d, (m) => median(d.all.map(annual(m)))),
      ),
  },
  {
    // X: a share of sums
    id: 't31-money-14',
    cat: 'money',
    q: '大红门街道的全年执行数合计，占全部项目执行数合计的比重是多少',
    expect: (d) => pctBoth(d, (m) => (100 * sum(F(d, DHM).map(exec(m)))) / sum(d.all.map(exec(m)))),
  },
  {
    // X: a comparison of the two years the data has (2023 against 2020): the difference in 万元 or the growth in per
    // cent (accepted within 0.5), 疏整促 both readings
    id: 't31-money-15',
    cat: 'money',
    q: '2023年度项目的全年预算合计，与2020年度相比增长了多少',
    expect: (d) => {
      const gap = (m) => sum(F(d, yr(2023)).map(annual(m))) - sum(F(d, yr(2020)).map(annual(m)));
      return d.anyOf(
        both(d, gap),
        both(d, (m) => (100 * gap(m)) / sum(F(d, yr(2020)).map(annual(m))), 0.5),
      );
    },
  },

  // ---------------------------------------------------------------- no (what the forms cannot answer)
  {
    // V: 今年 = 2026, no forms
    id: 't31-no-01',
    cat: 'no',
    q: '今年潞源街道那边的拨款下来了多少，这个全年预算数是多少的话',
    expect: (d) => noYear(d, '今年', 2026),
  },
  {
    // V
    id: 't31-no-02',
    cat: 'no',
    q: '大红门街道的三公经费开支一共是多少',
    expect: (d) => d.refuse('三公经费'),
  },
  {
    // V
    id: 't31-no-03',
    cat: 'no',
    q: '大红门那边基本支出的决算数是多少，人员经费和公用经费分开说一下',
    expect: (d) => d.refuse('基本支出'),
  },
  {
    // V: no 2022 forms
    id: 't31-no-04',
    cat: 'no',
    q: '潞源街道2022年度的那个决算数一共是多少',
    expect: (d) => noYear(d, '2022', 2022),
  },
  {
    // V
    id: 't31-no-05',
    cat: 'no',
    q: '发改委的差旅费开支有多少',
    expect: (d) => d.refuse('差旅费'),
  },
  {
    // W
    id: 't31-no-06',
    cat: 'no',
    q: '有没有2021年度的项目自评表？',
    expect: (d) => noYear(d, '2021', 2021),
  },
  {
    // W: a district the data has no forms for
    id: 't31-no-07',
    cat: 'no',
    q: '海淀区的项目有没有？有几个',
    expect: (d) => d.anyOf(d.refuse('海淀'), d.set([]), d.count(0)),
  },
  {
    // W
    id: 't31-no-08',
    cat: 'no',
    q: '这些项目是不是都做过第三方绩效评价？',
    expect: (d) => d.refuse('第三方'),
  },
  {
    // W
    id: 't31-no-09',
    cat: 'no',
    q: '有没有项目的自评结果已经在政府网站上公开了？',
    expect: (d) => d.refuse('公开'),
  },
  {
    // W
    id: 't31-no-10',
    cat: 'no',
    q: '是否全部项目都签了采购合同？哪些没签',
    expect: (d) => d.refuse('合同'),
  },
  {
    // X: no 2024 forms
    id: 't31-no-11',
    cat: 'no',
    q: '2024年度各街道项目全年预算合计的分布情况',
    expect: (d) => noYear(d, '2024', 2024),
  },
  {
    // X
    id: 't31-no-12',
    cat: 'no',
    q: '各项目资金到位率的分布情况怎么样',
    expect: (d) => d.refuse('到位率'),
  },
  {
    // X: a yearly form has no months
    id: 't31-no-13',
    cat: 'no',
    q: '河门口2020年的全年执行数，按月份的分布是怎样的',
    expect: (d) => d.refuse('月份'),
  },
  {
    // X
    id: 't31-no-14',
    cat: 'no',
    q: '2023年第三季度全部项目的执行进度是多少',
    expect: (d) => d.refuse('第三季度'),
  },
  {
    // X
    id: 't31-no-15',
    cat: 'no',
    q: '各街道常住人口是多少，人均项目支出是多少',
    expect: (d) => d.refuse('常住人口'),
  },

  // ---------------------------------------------------------------- order
  {
    // V: 003-007 and 003-022 tie at 1 元
    id: 't31-order-01',
    cat: 'order',
    q: '大红门街道全年预算最多的前三个项目是哪几个，按钱从多到少排一下',
    expect: (d) => d.top(F(d, DHM), key4(money, 'annualBudget'), 3, 'desc'),
  },
  {
    // V: three forms tie at 99
    id: 't31-order-02',
    cat: 'order',
    q: '潞源街道的项目里头，分数最低的是哪个',
    expect: (d) => d.top(F(d, LY), ts, 1, 'asc'),
  },
  {
    // V: 支出进度 = 执行率 (stated or computed: the same form)
    id: 't31-order-03',
    cat: 'order',
    q: '潞源街道这些项目，支出进度最慢的是哪一个',
    expect: (d) => d.anyOf(d.top(F(d, LY), rate, 1, 'asc'), d.top(F(d, LY), rateComputed, 1, 'asc')),
  },
  {
    // V
    id: 't31-order-04',
    cat: 'order',
    q: '赵康经办的那些项目里面，开支最大的前五个是哪些',
    expect: (d) => d.top(F(d, ownerAny('赵康')), key4(money, 'executed'), 5, 'desc'),
  },
  {
    // V: every 发改委 form, ascending, both readings of 疏整促
    id: 't31-order-05',
    cat: 'order',
    q: '发改委那几个项目，按全年预算从小到大给排一排',
    expect: (d) => d.anyOf(...READERS.map((m) => ranked(d, F(d, FG), key4(m, 'annualBudget'), 'asc'))),
  },
  {
    // W
    id: 't31-order-06',
    cat: 'order',
    q: '大红门执行数最少的五个项目是哪几个？是不是都不到1万元',
    expect: (d) => d.top(F(d, DHM), key4(money, 'executed'), 5, 'asc'),
  },
  {
    // W: each office's largest 全年预算数
    id: 't31-order-07',
    cat: 'order',
    q: '潞源和河门口两个街道比，哪边单个项目的最大预算更大？各是多少',
    expect: (d) =>
      allOf(d.number(max(F(d, LY).map(annual(money)))), d.number(max(F(d, HMK).map(annual(money))))),
  },
  {
    // W
    id: 't31-order-08',
    cat: 'order',
    q: '总分最低的项目是不是大红门的？是哪个',
    expect: (d) => d.top(d.all, ts, 1, 'asc'),
  },
  {
    // W
    id: 't31-order-09',
    cat: 'order',
    q: '李毅飞负责的项目里，全年预算排第二的是哪个',
    expect: (d) => nth(d, F(d, owner('李毅飞')), key4(money, 'annualBudget'), 2, 'desc'),
  },
  {
    // W: 疏整促 is in the list as written, not converted
    id: 't31-order-10',
    cat: 'order',
    q: '全年预算超过1000万的项目有没有？有的话从高到低排出来',
    expect: (d) =>
      d.anyOf(
        ...READERS.map((m) =>
          ranked(
            d,
            F(d, (r) => m(r, 'annualBudget') > 1000),
            key4(m, 'annualBudget'),
            'desc',
          ),
        ),
      ),
  },
  {
    // X
    id: 't31-order-11',
    cat: 'order',
    q: '全部项目按全年预算数排名，第10名是哪个项目',
    expect: (d) => d.anyOf(...READERS.map((m) => nth(d, d.all, key4(m, 'annualBudget'), 10, 'desc'))),
  },
  {
    // X
    id: 't31-order-12',
    cat: 'order',
    q: '2020年度的项目按全年执行数排名，前五名是哪些',
    expect: (d) => d.top(F(d, yr(2020)), key4(money, 'executed'), 5, 'desc'),
  },
  {
    // X: the largest and the smallest of one 实施单位
    id: 't31-order-13',
    cat: 'order',
    q: '民生保障办公室的项目里，全年执行数的最大值和最小值各是哪个项目',
    expect: (d) => {
      const rs = F(d, MS);
      const hi = max(rs.map(exec(money)));
      const lo = min(rs.map(exec(money)));
      return d.set(rs.filter((r) => money(r, 'executed') === hi || money(r, 'executed') === lo));
    },
  },
  {
    // X: rank of one form
    id: 't31-order-14',
    cat: 'order',
    q: '潞源街道的项目按全年预算数排名的话，接诉即办奖励金排第几',
    expect: (d) => rankOf(d, F(d, LY), R(d, '000-022'), key4(money, 'annualBudget'), 'desc'),
  },
  {
    // X: 便民服务中心 as 实施单位, or also as 主管部门
    id: 't31-order-15',
    cat: 'order',
    q: '便民服务中心的项目，按全年预算从高到低排名前三的是哪些',
    expect: (d) =>
      d.anyOf(
        d.top(F(d, BM), key4(money, 'annualBudget'), 3, 'desc'),
        d.top(F(d, BM_WIDE), key4(money, 'annualBudget'), 3, 'desc'),
      ),
  },

  // ---------------------------------------------------------------- rows (indicator rows)
  {
    // V
    id: 't31-rows-01',
    cat: 'rows',
    q: '朗清园警务工作室那个项目，满意度那条指标的年度指标值和实际完成值各是多少',
    expect: (d) => d.valueAll(R(d, '000-006'), '≥90%', '90%'),
  },
  {
    // V: three rows deducted one point each
    id: 't31-rows-02',
    cat: 'rows',
    q: '习风园改造项目是哪几条指标扣了分的，这个麻烦给我说一下',
    expect: (d) => d.valueAll(R(d, '004-011'), '廉政文化教育基地', '持续弘扬', '打造三线文化教育产业'),
  },
  {
    // V
    id: 't31-rows-03',
    cat: 'rows',
    q: '2023年社区公益事业补助资金那个项目，三级指标一共列了几条',
    expect: (d) => d.value(R(d, '000-018'), rows(R(d, '000-018')).length),
  },
  {
    // V: Σ 分值 of the 产出 rows
    id: 't31-rows-04',
    cat: 'rows',
    q: '疏整促专班经费那个项目，产出指标的分值加起来一共是多少分',
    expect: (d) =>
      d.value(
        R(d, '002-007'),
        rows(R(d, '002-007'))
          .filter((i) => i.level1.includes('产出'))
          .reduce((s, i) => s + i.weight, 0),
      ),
  },
  {
    // V: the one deducted row's reason
    id: 't31-rows-05',
    cat: 'rows',
    q: '公益电影放映补贴是哪条指标扣了分，偏差原因那一栏是怎么写的',
    expect: (d) => d.value(R(d, '000-027'), '覆盖有限'),
  },
  {
    // W
    id: 't31-rows-06',
    cat: 'rows',
    q: '晨光路拆迁那个项目的满意度调查是不是没做？',
    expect: (d) => d.value(R(d, '003-091'), '未做'),
  },
  {
    // W: its satisfaction row's 分值
    id: 't31-rows-07',
    cat: 'rows',
    q: '经济大脑项目有没有满意度指标？有的话分值是多少',
    expect: (d) =>
      d.value(R(d, '002-005'), rows(R(d, '002-005')).find((i) => i.level1.includes('满意度')).weight),
  },
  {
    // W
    id: 't31-rows-08',
    cat: 'rows',
    q: '有没有哪个项目的三级指标超过15条？是哪些',
    expect: (d) => d.set(F(d, (r) => rows(r).length > 15)),
  },
  {
    // W: every 河门口 form has a 可持续影响 row: the answer lists none
    id: 't31-rows-09',
    cat: 'rows',
    q: '河门口的项目是不是每个都有可持续影响指标？没有的是哪些',
    expect: (d) => d.set(F(d, (r) => HMK(r) && !hasLevel2(r, '可持续'))),
  },
  {
    // W: 大红门 forms with a satisfaction row scored 0; a 未做 row with an empty 得分 and the satDoubt forms whose
    // misfiled row says 未做 may be counted
    id: 't31-rows-10',
    cat: 'rows',
    q: '大红门的项目里，有没有满意度指标得了0分的？有几个',
    expect: (d) => {
      const lo = F(d, (r) => DHM(r) && satZero(r)).length;
      const hi = F(
        d,
        (r) =>
          DHM(r) &&
          (satZero(r) ||
            satNotDoneNoScore(r) ||
            (satDoubt(r) && rows(r).some((i) => i.score === 0 && /未做/.test(`${i.deviation ?? ''}`)))),
      ).length;
      return d.countRange(lo, hi);
    },
  },
  {
    // X: rows per form, over the 169 forms
    id: 't31-rows-11',
    cat: 'rows',
    q: '所有项目三级指标条数的平均数和中位数各是多少',
    expect: (d) =>
      allOf(
        d.number(mean(d.all.map((r) => rows(r).length)), 0.051),
        d.number(median(d.all.map((r) => rows(r).length))),
      ),
  },
  {
    // X
    id: 't31-rows-12',
    cat: 'rows',
    q: '三级指标条数最多的和最少的项目各是哪个',
    expect: (d) => {
      const n = d.all.map((r) => rows(r).length);
      return d.set(F(d, (r) => rows(r).length === max(n) || rows(r).length === min(n)));
    },
  },
  {
    // X: satisfaction block Σ 分值 = 5 (the satDoubt forms, whose text shows 5, may count) and = 10
    id: 't31-rows-13',
    cat: 'rows',
    q: '满意度指标分值的分布：满意度合计5分的项目有几个，10分的有几个',
    expect: (d) => {
      const satW = (r) =>
        rows(r)
          .filter((i) => i.level1.includes('满意度'))
          .reduce((s, i) => s + (i.weight ?? 0), 0);
      const five = F(d, (r) => satW(r) === 5).length;
      return allOf(
        d.countRange(five, five + F(d, satDoubt).length),
        d.count(F(d, (r) => satW(r) === 10).length),
      );
    },
  },
  {
    // X: rows scored below their weight / all rows, 潞源
    id: 't31-rows-14',
    cat: 'rows',
    q: '潞源街道所有三级指标里，扣了分的指标占比是多少',
    expect: (d) => {
      const rs = F(d, LY).flatMap((r) => rows(r));
      const below = rs.filter((i) => i.weight != null && i.score != null && i.score < i.weight);
      return pct(d, below.length, rs.length);
    },
  },
  {
    // X: 潞源's rows per 一级指标; 公益电影放映补贴's two rows carry no 一级 label (数量 → 产出, 社会效益 → 效益) and the
    // rows whose 一级 label reads 成本指标 (000-015, 000-016, 000-017, 000-026) may be counted under 产出
    id: 't31-rows-15',
    cat: 'rows',
    q: '潞源街道的项目，产出指标、效益指标、满意度指标各有多少条三级指标',
    expect: (d) => {
      const rs = F(d, LY);
      const extra = F(d, ids('000-027'))
        .flatMap((r) => rows(r))
        .filter((i) => !i.level1);
      const xo = extra.filter((i) => /数量|质量|时效|成本/.test(i.level2)).length;
      const xe = extra.filter((i) => /效益|可持续/.test(i.level2)).length;
      const o = level1Rows(rs, '产出');
      const c = level1Rows(rs, '成本');
      const e = level1Rows(rs, '效益');
      return allOf(
        d.anyOf(d.count(o), d.count(o + xo), d.count(o + c), d.count(o + c + xo)),
        d.anyOf(d.count(e), d.count(e + xe)),
        d.count(level1Rows(rs, '满意度')),
      );
    },
  },

  // ---------------------------------------------------------------- tally
  {
    // V
    id: 't31-tally-01',
    cat: 'tally',
    q: '潞源街道一共报上来多少个项目的自评表',
    expect: (d) => d.count(F(d, LY).length),
  },
  {
    // V: 不到十万块 = 全年预算数 below 10 万元 (000-001 at 10 optional)
    id: 't31-tally-02',
    cat: 'tally',
    q: '潞源街道那边全年预算不到十万块钱的小项目有几个',
    expect: (d) => moneyBandCount(d, 'annualBudget', Number.NEGATIVE_INFINITY, 10, LY),
  },
  {
    // V
    id: 't31-tally-03',
    cat: 'tally',
    q: '牛艳维经办的项目有多少个',
    expect: (d) => d.count(F(d, owner('牛艳维')).length),
  },
  {
    // V: 便民服务中心 as 实施单位 (9) or also as 主管部门 (12)
    id: 't31-tally-04',
    cat: 'tally',
    q: '大红门那个便民服务中心科室，一共报了几个项目',
    expect: (d) => d.anyOf(d.count(F(d, BM).length), d.count(F(d, BM_WIDE).length)),
  },
  {
    // V: 95分以下 strict or inclusive
    id: 't31-tally-05',
    cat: 'tally',
    q: '分数在95分以下的项目，这个一共有几个',
    expect: (d) =>
      d.anyOf(
        d.count(F(d, (r) => ts(r) != null && ts(r) < 95).length),
        d.count(F(d, (r) => ts(r) != null && ts(r) <= 95).length),
      ),
  },
  {
    // W
    id: 't31-tally-06',
    cat: 'tally',
    q: '没填项目负责人的有几个？都是哪几个项目',
    expect: (d) => d.set(F(d, (r) => blank(r.owner))),
  },
  {
    // W
    id: 't31-tally-07',
    cat: 'tally',
    q: '2020年度的项目一共有几个？都列出来看看',
    expect: (d) => d.set(F(d, yr(2020))),
  },
  {
    // W: two people's counts (sole owners; neither shares a cell)
    id: 't31-tally-08',
    cat: 'tally',
    q: '赵康和李毅飞两个人，谁负责的项目多？各负责几个',
    expect: (d) => allOf(d.count(F(d, owner('赵康')).length), d.count(F(d, owner('李毅飞')).length)),
  },
  {
    // W: owners of 5 or more forms; 孟卓聪 has 4 alone and 5 with the shared one
    id: 't31-tally-09',
    cat: 'tally',
    q: '负责项目至少5个的负责人有哪些？各负责几个',
    expect: (d) => {
      const people = ['周蕾莹', '王丽', '赵康', '李毅飞', '牛艳维', '张宏', '姚庆峰', '孟卓聪', '赵路广'];
      const sole = {};
      const any = {};
      for (const p of people) {
        const a = F(d, owner(p)).length;
        const b = F(d, ownerAny(p)).length;
        if (a >= 5) sole[p] = a;
        if (b >= 5) any[p] = b;
      }
      return d.anyOf(d.groups(sole), d.groups(any));
    },
  },
  {
    // W
    id: 't31-tally-10',
    cat: 'tally',
    q: '双井街道是不是只报了两个项目？是哪两个',
    expect: (d) => d.set(F(d, SJ)),
  },
  {
    // X
    id: 't31-tally-11',
    cat: 'tally',
    q: '按年度分组统计一下项目个数',
    expect: (d) => d.groups({ 2020: F(d, yr(2020)).length, 2023: F(d, yr(2023)).length }),
  },
  {
    // X: three bands of the 总分
    id: 't31-tally-12',
    cat: 'tally',
    q: '总分的分布情况：100分的、95分（含）到100分（不含）的、95分以下的各有多少个',
    expect: (d) =>
      allOf(
        d.count(F(d, (r) => ts(r) === 100).length),
        d.count(F(d, (r) => ts(r) != null && ts(r) >= 95 && ts(r) < 100).length),
        d.count(F(d, (r) => ts(r) != null && ts(r) < 95).length),
      ),
  },
  {
    // X: over the 2023 forms, or over those that have a 总分
    id: 't31-tally-13',
    cat: 'tally',
    q: '2023年度的项目中，总分为100分的占比是多少',
    expect: (d) => {
      const rs = F(d, yr(2023));
      const k = rs.filter((r) => ts(r) === 100).length;
      return d.anyOf(pct(d, k, rs.length), pct(d, k, rs.filter((r) => ts(r) != null).length));
    },
  },
  {
    // X: the three owners with the most forms
    id: 't31-tally-14',
    cat: 'tally',
    q: '按负责人分组统计项目数，排名前三的负责人各负责几个',
    expect: (d) =>
      d.groups({
        牛艳维: F(d, owner('牛艳维')).length,
        赵康: F(d, owner('赵康')).length,
        李毅飞: F(d, owner('李毅飞')).length,
      }),
  },
  {
    // X: a band; a bound may be read inclusive
    id: 't31-tally-15',
    cat: 'tally',
    q: '全年预算数在10万元到100万元这个区间的项目有多少个',
    expect: (d) => moneyBandCount(d, 'annualBudget', 10, 100),
  },

  // ---------------------------------------------------------------- talk (follow-ups)
  {
    // V
    id: 't31-talk-01',
    cat: 'talk',
    pre: '潞源街道的项目全年预算一共是多少万',
    q: '那大红门街道的呢，也是按全年预算数加起来的话',
    expect: (d) => d.number(sum(F(d, DHM).map(annual(money)))),
  },
  {
    // V
    id: 't31-talk-02',
    cat: 'talk',
    pre: '牛艳维经办的项目一共有几个',
    q: '那这些项目的开支一共是多少钱',
    expect: (d) => d.number(sum(F(d, owner('牛艳维')).map(exec(money)))),
  },
  {
    // V: the two largest tie at 1 元 (both 赵康's)
    id: 't31-talk-03',
    cat: 'talk',
    pre: '大红门街道全年预算最多的是哪个项目',
    q: '那个项目的经办人是谁，电话多少',
    expect: (d) =>
      d.anyOf(
        d.valueAll(R(d, '003-007'), R(d, '003-007').owner, R(d, '003-007').phone),
        d.valueAll(R(d, '003-022'), R(d, '003-022').owner, R(d, '003-022').phone),
      ),
  },
  {
    // V: every 河门口 form by 总分 ascending
    id: 't31-talk-04',
    cat: 'talk',
    pre: '河门口街道的项目都有哪些',
    q: '按分数从低到高给我排一下',
    expect: (d) => ranked(d, F(d, HMK), ts, 'asc'),
  },
  {
    // V: the mean 全年执行数 of 发改委
    id: 't31-talk-05',
    cat: 'talk',
    pre: '发改委那几个项目的决算数合计是多少',
    q: '那平均下来每个项目是多少呢',
    expect: (d) => both(d, (m) => mean(F(d, FG).map(exec(m)))),
  },
  {
    // W
    id: 't31-talk-06',
    cat: 'talk',
    pre: '有没有没填项目负责人的项目',
    q: '其中填了联系电话的是哪些',
    expect: (d) => d.set(F(d, (r) => blank(r.owner) && !blank(r.phone))),
  },
  {
    // W
    id: 't31-talk-07',
    cat: 'talk',
    pre: '总分低于100分的项目有哪些',
    q: '其中大红门的有几个',
    expect: (d) => d.count(F(d, (r) => DHM(r) && ts(r) != null && ts(r) < 100).length),
  },
  {
    // W: stated or computed rate
    id: 't31-talk-08',
    cat: 'talk',
    pre: '执行率不到100%的项目有哪些',
    q: '这里面有没有发改委的？是哪个',
    expect: (d) =>
      d.anyOf(
        d.set(F(d, (r) => FG(r) && rate(r) != null && rate(r) < 100)),
        d.set(F(d, (r) => FG(r) && rateComputed(r) != null && rateComputed(r) < 100)),
      ),
  },
  {
    // W
    id: 't31-talk-09',
    cat: 'talk',
    pre: '李毅飞负责的项目有几个',
    q: '那张宏呢',
    expect: (d) => d.count(F(d, owner('张宏')).length),
  },
  {
    // W: the three readings of 没做 (noSurvey) within 城乡管理办公室 (003-054, 003-095 may be read as it)
    id: 't31-talk-10',
    cat: 'talk',
    pre: '满意度调查没做的项目有哪些',
    q: '只看城乡管理办公室的',
    expect: (d) => noSurvey(d, CX, CX_WIDE),
  },
  {
    // X: per-year sums, 疏整促 both readings
    id: 't31-talk-11',
    cat: 'talk',
    pre: '按年度分组统计一下项目个数',
    q: '再按年度分组统计一下全年预算数合计',
    expect: (d) =>
      d.anyOf(
        ...READERS.map((m) =>
          d.groups({
            2020: sum(F(d, yr(2020)).map(annual(m))),
            2023: sum(F(d, yr(2023)).map(annual(m))),
          }),
        ),
      ),
  },
  {
    // X: 128 forms, the mean of the 64th and 65th
    id: 't31-talk-12',
    cat: 'talk',
    pre: '大红门街道项目全年预算数的平均数是多少',
    q: '中位数呢',
    expect: (d) => d.number(median(F(d, DHM).map(annual(money)))),
  },
  {
    // X
    id: 't31-talk-13',
    cat: 'talk',
    pre: '潞源街道项目全年预算数的最大值是多少',
    q: '最小值呢',
    expect: (d) => d.number(min(F(d, LY).map(annual(money)))),
  },
  {
    // X: 便民服务中心's share of 大红门's 全年执行数合计, both readings of 便民服务中心
    id: 't31-talk-14',
    cat: 'talk',
    pre: '便民服务中心的项目有几个',
    q: '它们的全年执行数合计占大红门街道执行数合计的比重是多少',
    expect: (d) => {
      const whole = sum(F(d, DHM).map(exec(money)));
      return d.anyOf(
        pct(d, sum(F(d, BM).map(exec(money))), whole),
        pct(d, sum(F(d, BM_WIDE).map(exec(money))), whole),
      );
    },
  },
  {
    // X: 2020's share of every form's 全年执行数合计, 疏整促 both readings
    id: 't31-talk-15',
    cat: 'talk',
    pre: '2020年度项目的全年执行数合计是多少',
    q: '占全部项目执行数合计的百分比是多少',
    expect: (d) => pctBoth(d, (m) => (100 * sum(F(d, yr(2020)).map(exec(m)))) / sum(d.all.map(exec(m)))),
  },
];
