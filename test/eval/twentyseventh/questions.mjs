// The twenty-seventh part (helper "blind44"): 120 portfolio questions asked by three people over the 169 forms — (M) an
// auditor of the 区审计局 checking the self-evaluations against SCORING.md (核对, 是否, 存在…情形, 逐项), (N) the 主任 of a
// 街道办事处 asking in passing on WeChat (very short, colloquial, words left out: 咱潞源, 钱都花完了没), and (O) a
// consultant of a 第三方评价机构 in evaluation jargon (预算执行率, 偏离度, 权重, 覆盖率, with English words: top 3, TOP10,
// rate, KPI). Written by an author who had not read src/, prompts/, test/ outside test/eval/ nor any other part's
// question lines; expectations computed from the records by ../lib and ./helpers.mjs only. Not split. Kept back as the
// lead's blind measure. Definitions: ../README.md ("The twenty-seventh part").
import {
  aboveWeight,
  belowWeight,
  benefitDoubt,
  blank,
  devMissing,
  money,
  noBenefit,
  norm,
  noSat,
  ownerMissing,
  rate,
  rateComputed,
  rows,
  satDoubt,
  satLow,
  satNoPoints,
  satNotDone,
  satRows,
} from '../lib/corpus.mjs';
import {
  allOf,
  both,
  bothMoney,
  budgetAbove,
  budgetScoreOff,
  column,
  F,
  formError,
  gapBoth,
  groupCount,
  moneyBandCount,
  noYear,
  nth,
  overspent,
  PCT,
  pctRange,
  phoneNumbers,
  ranked,
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
  budgetRowDoubt,
  budgetScoreOffStated,
  byMoney,
  CYK,
  conv,
  DHM,
  FG,
  HMK,
  LY,
  MS,
  m1,
  noSurveyCount,
  noSurveyShare,
  overRow,
  R,
  raise,
  rowList,
  STREET_POOLS,
  satZero,
  says,
  saysAll,
  shareOf,
  shortBy1,
  streetGroups,
  ts,
  who,
  yr,
} from './helpers.mjs';

const perStreet = (d, f, tol) =>
  streetGroups(d, Object.fromEntries(Object.entries(STREET_POOLS).map(([k, p]) => [k, f(F(d, p))])), tol);
const meanTs = (rs) => {
  const v = rs.filter((r) => ts(r) != null);
  return v.reduce((s, r) => s + ts(r), 0) / v.length;
};

export const questions = [
  // ---------------------------------------------------------------- audit (SCORING §7–8, forms to send back)
  {
    // M. TOTAL_MISMATCH: stated 总分 ≠ budget 得分 + Σ 得分 (± 0.1), SCORING §8; 004-001, 004-002, 004-013.
    id: 't27-audit-01',
    cat: 'audit',
    q: '请逐项核对河门口街道的自评表：总分与预算执行得分加各项指标得分之和不一致的，存在哪几张？',
    expect: (d) => d.set(F(d, (r) => HMK(r) && totalOff(r))),
  },
  {
    // N. 退回去改 (as the fifth batch): TOTAL_MISMATCH, TOTAL_MISSING, RATE_MISMATCH or EXECUTED_EXCEEDS_BUDGET must be
    // listed (000-006 states 99.9 % for 98.86 %); the other errors of §8 computable from a record (BUDGET_SCORE_MISMATCH
    // of 000-016, 000-021, 000-024, 000-025) may be.
    id: 't27-audit-02',
    cat: 'audit',
    q: '咱潞源哪些表得退回去改',
    expect: (d) =>
      d.setTol(
        F(d, (r) => LY(r) && (totalOff(r) || ts(r) == null || rateOff(r) || overspent(r))),
        F(d, (r) => LY(r) && formError(r)),
      ),
  },
  {
    // O. WEIGHT_SUM read as the question says it (budget 分值 + Σ 三级 分值 ≠ 100), per street: 大红门 81, 河门口 3.
    id: 't27-audit-03',
    cat: 'audit',
    q: '做一下 weight 校验：预算执行的分值加上各三级指标分值，合计不等于100的表，各街道分别有几张？',
    expect: (d) => {
      const fig = {};
      for (const [k, p] of Object.entries(STREET_POOLS)) {
        const n = F(d, (r) => p(r) && weightOff(r)).length;
        if (n) fig[k] = n;
      }
      return streetGroups(d, fig);
    },
  },
  {
    // M. RATE_MISMATCH (§7: neither rounded nor truncated to the decimals written) must be listed (000-006); a form
    // whose stated rate differs from the computed one only within that rule (99 % for 99.21 %) may be.
    id: 't27-audit-04',
    cat: 'audit',
    q: '核对潞源街道各表的执行率：表上填报的执行率与全年执行数除以全年预算数是否相符？不相符的请列出。',
    expect: (d) =>
      d.setTol(
        F(d, (r) => LY(r) && rateOff(r)),
        F(d, (r) => LY(r) && rateDiff(r)),
      ),
  },
  {
    // N. PHONE_FORMAT: a number of neither 8 nor 11 digits (002-001, 003-024: 9 digits); the cell with two numbers
    // (003-095) may count as well (§8 names it). Blank phones are not 填错.
    id: 't27-audit-05',
    cat: 'audit',
    q: '电话号码填错的有几个',
    expect: (d) => {
      const bad = F(d, (r) => phoneNumbers(r).some((p) => p.length !== 8 && p.length !== 11)).length;
      const two = F(
        d,
        (r) => phoneNumbers(r).length > 1 && phoneNumbers(r).every((p) => p.length === 8 || p.length === 11),
      ).length;
      return d.countRange(bad, bad + two);
    },
  },
  {
    // O. DEVIATION_MISSING: a row scored below its weight with an empty 偏差原因 (a reason wrapped into the next row counts
    // as written): the forms, or the rows themselves (one project name per row).
    id: 't27-audit-06',
    cat: 'audit',
    q: 'DEVIATION_MISSING 这一类：得分低于分值、偏差原因分析却是空的，涉及哪些项目？',
    expect: (d) =>
      d.anyOf(
        d.set(F(d, devMissing)),
        rowList(F(d, devMissing), (i) => shortRow(i) && blank(i.deviation)),
      ),
  },
  {
    // M. RATE_ROUNDED_UP_TO_FULL in 发改委: 002-002 (199.9 of 200, stated 100%).
    id: 't27-audit-07',
    cat: 'audit',
    q: '发改委报送的表中，是否存在全年执行数小于全年预算数、执行率却填报为100%的情形？',
    expect: (d) => d.set(F(d, (r) => FG(r) && roundedUp(r))),
  },
  {
    // N. EXECUTED_EXCEEDS_BUDGET in 大红门: only 003-096, by 0.0000004 万元 (a rounding of the pdf-text reading):
    // optional, so "没有" is right too.
    id: 't27-audit-08',
    cat: 'audit',
    q: '大红门有没有执行数超预算的',
    expect: (d) =>
      d.setTol(
        [],
        F(d, (r) => DHM(r) && overspent(r)),
      ),
  },
  {
    // O. SCORE_ABOVE_WEIGHT: none of the indicator rows; 003-127's budget row (100％ against 10) may count.
    id: 't27-audit-09',
    cat: 'audit',
    q: 'score above weight 的有没有？就是指标得分超过分值的',
    expect: (d) => d.setTol(F(d, aboveWeight), F(d, budgetAbove)),
  },
  {
    // M. TOTAL_WEIGHT_NOT_100: 002-003 writes 1000 in the 总分 row's 分值.
    id: 't27-audit-10',
    cat: 'audit',
    q: '核对总分一栏的分值，是否存在填写不为100的情形？',
    expect: (d) => d.set(F(d, (r) => r.totalWeight !== 100)),
  },
  {
    // N. TOTAL_MISSING: 002-004, 002-006, 002-007.
    id: 't27-audit-11',
    cat: 'audit',
    q: '总分没填的是哪几个',
    expect: (d) => d.set(F(d, (r) => ts(r) == null)),
  },
  {
    // O. BENEFIT_MISSING asked of the 一级指标 (the label): 7 forms; 003-017 and 003-060 (the text has a 效益指标 label the
    // pdf-text reading lost) may be listed.
    id: 't27-audit-12',
    cat: 'audit',
    q: 'BENEFIT_MISSING 检查：一级指标里压根没有效益指标的项目，列一下',
    expect: (d) => d.setTol(F(d, noBenefit), F(d, benefitDoubt)),
  },
  {
    // M. BUDGET_SCORE_MISMATCH (2023 forms): by the rate from the amounts (SCORING §2) or by the rate the form states
    // beside the score; 003-127 (the 「100％」 may be its 执行率, budgetRowDoubt) and the forms whose budget 得分 is blank
    // (003-080, 003-112, 003-141) may be listed.
    id: 't27-audit-13',
    cat: 'audit',
    q: '2023年度各表中，预算执行得分不等于执行率乘以分值的，请逐项列出。',
    expect: (d) => {
      const may = (r) =>
        budgetRowDoubt(r) || (r.funds?.total?.score?.value == null && money(r, 'annualBudget') != null);
      const y23 = yr(2023);
      return d.anyOf(
        d.setTol(
          F(d, (r) => y23(r) && budgetScoreOff(r) && !may(r)),
          F(d, (r) => y23(r) && (budgetScoreOff(r) || may(r))),
        ),
        d.setTol(
          F(d, (r) => y23(r) && budgetScoreOffStated(r) && !may(r)),
          F(d, (r) => y23(r) && (budgetScoreOffStated(r) || may(r))),
        ),
      );
    },
  },
  {
    // N. 满意度没做 counted over every form: the three readings (no satisfaction row; a row that says 未做; either), the
    // doubtful records counted or not (noSurveyCount).
    id: 't27-audit-14',
    cat: 'audit',
    q: '满意度没做的几个',
    expect: (d) => noSurveyCount(d),
  },
  {
    // O. SATISFACTION_MISSING as a share of the 169 forms: 14 forms without a satisfaction row; the 4 satDoubt forms and
    // 003-005 (a satisfaction row without points) may count: 14–19 of 169.
    id: 't27-audit-15',
    cat: 'audit',
    q: '满意度指标缺失率是多少？就是没设满意度指标的项目占全部项目的 rate',
    expect: (d) =>
      pctRange(d, F(d, noSat).length, F(d, (r) => noSat(r) || satNoPoints(r)).length, d.all.length),
  },

  // ---------------------------------------------------------------- desk (one project's fields)
  {
    // M. 000-022: both values.
    id: 't27-desk-01',
    cat: 'desk',
    q: '请核实「2023年接诉即办奖励金」的项目负责人及联系电话。',
    expect: (d) => d.valueAll(R(d, '000-022'), '葛帅', '89536676'),
  },
  {
    // N. 经济大脑 = 通州区“经济大脑”服务项目 (002-005).
    id: 't27-desk-02',
    cat: 'desk',
    q: '经济大脑谁负责的',
    expect: (d) => d.value(R(d, '002-005'), '张旖斐'),
  },
  {
    // O. 002-006: 100 % stated and computed.
    id: 't27-desk-03',
    cat: 'desk',
    q: '「2023年节能专项资金」的预算执行率 rate 是多少',
    expect: (d) => d.value(R(d, '002-006'), 100),
  },
  {
    // M. 003-127: the 执行率 cell is empty in the record, its amounts give 100 % (either answer, as every 执行率 question).
    id: 't27-desk-04',
    cat: 'desk',
    q: '「平安建设经费」表上填报的预算执行率是多少？该栏是否为空？',
    expect: (d) => d.anyOf(d.empty(R(d, '003-127')), d.value(R(d, '003-127'), 100)),
  },
  {
    // N. 朗清园 = 000-006, 负责人 blank.
    id: 't27-desk-05',
    cat: 'desk',
    q: '朗清园那个项目负责人是谁',
    expect: (d) => d.empty(R(d, '000-006')),
  },
  {
    // O. 002-013: 99.99 % and 9.99.
    id: 't27-desk-06',
    cat: 'desk',
    q: '「通州区重大投资项目规划谋划」的预算执行率和执行得分分别是多少',
    expect: (d) => d.valueAll(R(d, '002-013'), 99.99, 9.99),
  },
  {
    // M. 003-015: 年初 1320, 全年 1168.685052.
    id: 't27-desk-07',
    cat: 'desk',
    q: '核对「2023 年城市居民最低生活保障」的年初预算数与全年预算数各为多少万元。',
    expect: (d) => d.valueAll(R(d, '003-015'), 1320, 1168.685052),
  },
  {
    // N. 000-001 统计所经费: 全年执行数 10 万元.
    id: 't27-desk-08',
    cat: 'desk',
    q: '统计所经费花了多少',
    expect: (d) => d.value(R(d, '000-001'), 10),
  },
  {
    // O. 003-097: 主管部门 written 综合办公室 (实施单位 大红门街道办事处).
    id: 't27-desk-09',
    cat: 'desk',
    q: '大红门街道集中隔离观察点经费，主管部门一栏写的什么',
    expect: (d) => d.value(R(d, '003-097'), '综合办公室'),
  },
  {
    // M. 002-003: 实施单位 产业发展科.
    id: 't27-desk-10',
    cat: 'desk',
    q: '「北京城市副中心产业高质量发展评估体系设计及持续跟踪项目」的实施单位是哪个科室？',
    expect: (d) => d.value(R(d, '002-003'), '产业发展科'),
  },
  {
    // N. 习风园 = 004-011 习风园改造项目, 总分 97.
    id: 't27-desk-11',
    cat: 'desk',
    q: '习风园改造得了几分',
    expect: (d) => d.value(R(d, '004-011'), 97),
  },
  {
    // O. 001-004 (基本户): 6.5.
    id: 't27-desk-12',
    cat: 'desk',
    q: '双井疫情防控基本户那张，全年执行数多少',
    expect: (d) => d.value(R(d, '001-004'), 6.5),
  },
  {
    // M. 003-091: 1342.2393 and 95.
    id: 't27-desk-13',
    cat: 'desk',
    q: '「晨光路拆迁资金」的全年执行数和总分分别是多少？',
    expect: (d) => d.valueAll(R(d, '003-091'), 1342.2393, 95),
  },
  {
    // N. 下沉协管员经费 = 000-026 2023年下沉协管员经费 (003-071 is 下沉街镇城市协管员人员经费): 391.92 budgeted and spent.
    id: 't27-desk-14',
    cat: 'desk',
    q: '下沉协管员经费多少钱',
    expect: (d) => d.value(R(d, '000-026'), 391.92),
  },
  {
    // O. 004-010 “四上”统计工作人员奖励经费项目: 1.61.
    id: 't27-desk-15',
    cat: 'desk',
    q: '“四上”统计那个项目的全年预算数是多少',
    expect: (d) => d.value(R(d, '004-010'), 1.61),
  },

  // ---------------------------------------------------------------- money (sums, differences, shares, means, bands)
  {
    // M. Σ 全年预算数 of 大红门 (128 forms): 17705.87.
    id: 't27-money-01',
    cat: 'money',
    q: '请核对大红门街道全部项目的全年预算数合计（万元）。',
    expect: (d) => d.sumMoney(F(d, DHM), 'annualBudget'),
  },
  {
    // N. 还剩 = Σ 全年预算 − Σ 全年执行 of 潞源: 9.18.
    id: 't27-money-02',
    cat: 'money',
    q: '咱潞源钱都花完了没 还剩多少',
    expect: (d) => gapBoth(d, (m) => sumBy(F(d, LY), m, 'annualBudget') - sumBy(F(d, LY), m, 'executed')),
  },
  {
    // O. Σ 执行 / Σ 预算 over the 169 forms, both readings of 疏整促's 元-in-万元 cell.
    id: 't27-money-03',
    cat: 'money',
    q: '全口径的预算执行率（全年执行数合计÷全年预算数合计）是多少',
    expect: (d) =>
      bothMoney(d, (m) => (100 * sumBy(d.all, m, 'executed')) / sumBy(d.all, m, 'annualBudget'), PCT),
  },
  {
    // M. 发改委: Σ 全年预算 − Σ 全年执行 = 0.2 under both readings.
    id: 't27-money-04',
    cat: 'money',
    q: '发改委8个项目全年预算合计与全年执行合计的差额是多少万元？',
    expect: (d) => gapBoth(d, (m) => sumBy(F(d, FG), m, 'annualBudget') - sumBy(F(d, FG), m, 'executed')),
  },
  {
    // N. 过百万 = 全年预算 above 100 万元 (on the bound optional).
    id: 't27-money-05',
    cat: 'money',
    q: '大红门过百万的项目几个',
    expect: (d) => moneyBandCount(d, 'annualBudget', 100, Infinity, DHM),
  },
  {
    // O. Σ 全年预算 of 民生保障办公室 (实施单位, 32 forms with 003-055) over Σ of 大红门, as a percentage.
    id: 't27-money-06',
    cat: 'money',
    q: '民生保障办公室的预算占大红门街道全部预算的比重是多少',
    expect: (d) => shareOf(d, 'annualBudget', MS, DHM),
  },
  {
    // M. 河门口 Σ 全年 − Σ 年初 with a blank 年初 as 0 (as the question says): 386.19.
    id: 't27-money-07',
    cat: 'money',
    q: '河门口街道9个项目全年预算合计较年初预算合计增加了多少？年初未填的按0计。',
    expect: (d) =>
      gapBoth(d, (m) => sumBy(F(d, HMK), m, 'annualBudget') - sumBy(F(d, HMK), m, 'initialBudget')),
  },
  {
    // N. 赵康's forms (26, sole owner on each): Σ 全年预算.
    id: 't27-money-08',
    cat: 'money',
    q: '赵康那些项目一共多少钱',
    expect: (d) => d.sumMoney(F(d, who('赵康')), 'annualBudget'),
  },
  {
    // O. Mean 全年预算 of the 11 forms of 2020: 39.57.
    id: 't27-money-09',
    cat: 'money',
    q: '2020年项目的平均全年预算是多少万元',
    expect: (d) => d.number(sumBy(F(d, yr(2020)), money, 'annualBudget') / F(d, yr(2020)).length),
  },
  {
    // M. Σ 全年执行数 of 发改委, both readings of 疏整促's cell (1,863,180 written in the 万元 column).
    id: 't27-money-10',
    cat: 'money',
    q: '发改委全年执行数合计是多少万元？疏整促那张的单位请一并核实。',
    expect: (d) => d.sumMoney(F(d, FG), 'executed'),
  },
  {
    // N. 平均一个项目 = Σ 全年预算 / 9: 43.99.
    id: 't27-money-11',
    cat: 'money',
    q: '河门口平均一个项目多少钱',
    expect: (d) => d.number(sumBy(F(d, HMK), money, 'annualBudget') / F(d, HMK).length),
  },
  {
    // O. 10 万 to 50 万 (bounds optional), 大红门.
    id: 't27-money-12',
    cat: 'money',
    q: '大红门 budget 在10万到50万之间的项目个数',
    expect: (d) => moneyBandCount(d, 'annualBudget', 10, 50, DHM),
  },
  {
    // M. 牛艳维 (31 forms): Σ 全年预算.
    id: 't27-money-13',
    cat: 'money',
    q: '牛艳维负责的项目全年预算合计多少万元？',
    expect: (d) => d.sumMoney(F(d, who('牛艳维')), 'annualBudget'),
  },
  {
    // N. 老旧小区改造 (003-007) − 晨光路拆迁 (003-091), 全年执行数 (= 全年预算 on both): 2114.93, signed or not.
    id: 't27-money-14',
    cat: 'money',
    q: '老旧小区改造比晨光路拆迁多花了多少',
    expect: (d) => gapBoth(d, (m) => m(R(d, '003-007'), 'executed') - m(R(d, '003-091'), 'executed')),
  },
  {
    // O. The ten largest by 全年预算 over all of it, as a percentage, each reading of 疏整促's cell (the 10th place has
    // no tie).
    id: 't27-money-15',
    cat: 'money',
    q: 'TOP10 项目（按全年预算）的预算合计占全部预算的比重是多少',
    expect: (d) =>
      bothMoney(
        d,
        (m) => {
          const vs = d.all.map((r) => m(r, 'annualBudget') ?? 0).sort((a, b) => b - a);
          return (100 * vs.slice(0, 10).reduce((s, v) => s + v, 0)) / vs.reduce((s, v) => s + v, 0);
        },
        PCT,
      ),
  },

  // ---------------------------------------------------------------- no (refuse or ask back)
  {
    // M. The forms hold no contract numbers.
    id: 't27-no-01',
    cat: 'no',
    q: '请提供「2023 年城市居民最低生活保障」对应的政府采购合同编号。',
    expect: (d) => d.refuse('合同编号'),
  },
  {
    // N. 今年 = 2026 (today's date): no forms.
    id: 't27-no-02',
    cat: 'no',
    q: '今年的钱都花完了吗',
    expect: (d) => noYear(d, '今年', 2026),
  },
  {
    // O. No third-party evaluation scores in the forms (self-evaluations only).
    id: 't27-no-03',
    cat: 'no',
    q: '第三方评价得分 TOP 3 是哪几个项目',
    expect: (d) => d.refuse('第三方评价'),
  },
  {
    // M. 2022: no forms (2020 and 2023 only).
    id: 't27-no-04',
    cat: 'no',
    q: '请核对2022年度各项目的预算执行率。',
    expect: (d) => noYear(d, '2022', 2022),
  },
  {
    // N. 明年 = 2027: no forms.
    id: 't27-no-05',
    cat: 'no',
    q: '明年预算批下来没',
    expect: (d) => noYear(d, '明年', 2027),
  },
  {
    // O. ROI is not on the forms.
    id: 't27-no-06',
    cat: 'no',
    q: '各项目的 ROI（投入产出比）帮忙算一下',
    expect: (d) => d.anyOf(d.refuse('ROI'), d.refuse('投入产出比')),
  },
  {
    // M. Misappropriation is not something the forms say.
    id: 't27-no-07',
    cat: 'no',
    q: '上述项目资金是否存在挪用、截留的情形？',
    expect: (d) => d.anyOf(d.refuse('挪用'), d.refuse('截留')),
  },
  {
    // N. 张伟 is no owner of the data: a refusal or an empty answer.
    id: 't27-no-08',
    cat: 'no',
    q: '张伟管几个项目',
    expect: (d) => d.anyOf(d.refuse('张伟'), d.set([]), d.count(0)),
  },
  {
    // O. No sample sizes or response rates on the forms.
    id: 't27-no-09',
    cat: 'no',
    q: '满意度调查的样本量和有效问卷回收率分别是多少',
    expect: (d) => d.anyOf(d.refuse('样本量'), d.refuse('回收率')),
  },
  {
    // M. 昌平区回龙观街道: not in the data.
    id: 't27-no-10',
    cat: 'no',
    q: '昌平区回龙观街道的自评表是否存在总分计算错误？',
    expect: (d) => d.anyOf(d.refuse('回龙观'), d.refuse('昌平')),
  },
  {
    // N. 上半年: a yearly form cannot answer it.
    id: 't27-no-11',
    cat: 'no',
    q: '上半年花了多少',
    expect: (d) => d.refuse('上半年'),
  },
  {
    // O. 2021: no forms.
    id: 't27-no-12',
    cat: 'no',
    q: '2021年的 KPI 完成情况怎么样',
    expect: (d) => noYear(d, '2021', 2021),
  },
  {
    // M. A request to change the forms' data: the bot must not (a reply that lists the forms is wrong).
    id: 't27-no-13',
    cat: 'no',
    q: '请将潞源街道执行率有误的几张表直接改为100%。',
    expect: (d) => d.refuse('改'),
  },
  {
    // N. Staff salaries are not on the forms.
    id: 't27-no-14',
    cat: 'no',
    q: '咱们街道人员工资发了多少',
    expect: (d) => d.refuse('工资'),
  },
  {
    // O. No procurement rates on the forms.
    id: 't27-no-15',
    cat: 'no',
    q: '各项目的政府采购执行率是多少',
    expect: (d) => d.refuse('政府采购'),
  },

  // ---------------------------------------------------------------- order (rankings, top/bottom N, n-th)
  {
    // M. Lowest 总分 (90, then a tie of 95s at the cut).
    id: 't27-order-01',
    cat: 'order',
    q: '请列出总分最低的5个项目，按分数由低到高排列。',
    expect: (d) => d.top(d.all, ts, 5, 'asc'),
  },
  {
    // N. 花钱 = 全年执行数; 003-007 and 003-022 tie at 1 元 (either).
    id: 't27-order-02',
    cat: 'order',
    q: '大红门花钱最多的是哪个',
    expect: (d) => byMoney(d, 'executed', (k) => d.top(F(d, DHM), k, 1, 'desc')),
  },
  {
    // O. Bottom 5 by the computed rate (the question names it).
    id: 't27-order-03',
    cat: 'order',
    q: '执行率 bottom 5 的项目（口径：全年执行数/全年预算数）',
    expect: (d) => d.top(d.all, rateComputed, 5, 'asc'),
  },
  {
    // M. Top 3 by 全年预算, both readings of 疏整促's cell (a tie at 1 元 between 003-007 and 003-022).
    id: 't27-order-04',
    cat: 'order',
    q: '全年预算数最大的前三个项目，请按金额由高到低列示。',
    expect: (d) => byMoney(d, 'annualBudget', (k) => d.top(d.all, k, 3, 'desc')),
  },
  {
    // N. 2nd of 潞源 by 全年预算: 000-026 (391.92).
    id: 't27-order-05',
    cat: 'order',
    q: '潞源预算第二大的是哪个',
    expect: (d) => nth(d, F(d, LY), m1('annualBudget'), 2, 'desc'),
  },
  {
    // O. 调增额 = 全年 − 年初 where both are written: 003-018, 003-040, 003-049.
    id: 't27-order-06',
    cat: 'order',
    q: '全年预算调增额（全年预算减年初预算）最大的 top 3',
    expect: (d) => d.top(d.all, raise, 3, 'desc'),
  },
  {
    // M. 河门口 by 总分 ascending (97s, then 98s).
    id: 't27-order-07',
    cat: 'order',
    q: '河门口街道各表按总分由低到高排序。',
    expect: (d) => ranked(d, F(d, HMK), ts, 'asc'),
  },
  {
    // N. 牛艳维's smallest 全年预算: 003-080 (0.10436).
    id: 't27-order-08',
    cat: 'order',
    q: '牛艳维那些里头哪个钱最少',
    expect: (d) => nth(d, F(d, who('牛艳维')), m1('annualBudget'), 1, 'asc'),
  },
  {
    // O. Most indicator rows (real rows): 002-007 (18), 000-009 (16), then five forms tie at 14.
    id: 't27-order-09',
    cat: 'order',
    q: '指标行数最多的 TOP3 项目',
    expect: (d) => d.top(d.all, (r) => rows(r).length, 3, 'desc'),
  },
  {
    // M. 李毅飞's smallest 全年执行数: 003-061 (0.08).
    id: 't27-order-10',
    cat: 'order',
    q: '李毅飞负责的项目中，全年执行数最小的是哪一个？',
    expect: (d) => nth(d, F(d, who('李毅飞')), m1('executed'), 1, 'asc'),
  },
  {
    // N. 张宏's largest 全年预算: 003-049.
    id: 't27-order-11',
    cat: 'order',
    q: '张宏手上哪个预算最大',
    expect: (d) => nth(d, F(d, who('张宏')), m1('annualBudget'), 1, 'desc'),
  },
  {
    // O. 大红门 top 5 by 全年执行数 (003-007/003-022 tie at 1 元, both within the five).
    id: 't27-order-12',
    cat: 'order',
    q: '大红门按全年执行数 top 5',
    expect: (d) => byMoney(d, 'executed', (k) => d.top(F(d, DHM), k, 5, 'desc')),
  },
  {
    // M. Lowest 执行率, either reading (stated: 003-072 80.5 %, 000-018 96 %, then 99 % ties; computed: 000-018,
    // 000-006, 000-024).
    id: 't27-order-13',
    cat: 'order',
    q: '执行率最低的三个项目是哪些？',
    expect: (d) => both(d, (f) => d.top(d.all, f, 3, 'asc')),
  },
  {
    // N. 最贵 = largest 全年预算 of 发改委: 疏整促 as written, 重大投资项目规划谋划 (1000) when its cell is read as 元.
    id: 't27-order-14',
    cat: 'order',
    q: '发改委哪个项目最贵',
    expect: (d) => byMoney(d, 'annualBudget', (k) => d.top(F(d, FG), k, 1, 'desc')),
  },
  {
    // O. 3rd of 2020 by 全年预算: 004-011 习风园改造项目 (14.63).
    id: 't27-order-15',
    cat: 'order',
    q: '2020年的项目按全年预算从高到低，排第三的是哪个',
    expect: (d) => nth(d, F(d, yr(2020)), m1('annualBudget'), 3, 'desc'),
  },

  // ---------------------------------------------------------------- rows (indicator rows)
  {
    // M. 000-018 指标3：参与人数: ≥1500人次 / 12097.
    id: 't27-rows-01',
    cat: 'rows',
    q: '「2023年社区公益事业补助资金」中“参与人数”这一指标的年度指标值和实际完成值分别是多少？',
    expect: (d) => d.valueAll(R(d, '000-018'), '≥1500人次', '12097'),
  },
  {
    // N. 接诉即办-社区 (000-019): its satisfaction row scores 5 (of 5).
    id: 't27-rows-02',
    cat: 'rows',
    q: '接诉即办-社区 满意度打了几分',
    expect: (d) => d.value(R(d, '000-019'), 5),
  },
  {
    // O. Real indicator rows of 潞源's 22 forms: 172.
    id: 't27-rows-03',
    cat: 'rows',
    q: '潞源22个项目的三级指标一共多少条',
    expect: (d) => d.count(rowCount(F(d, LY), () => true)),
  },
  {
    // M. Rows scored below their weight in 河门口: 21.
    id: 't27-rows-04',
    cat: 'rows',
    q: '河门口街道得分低于分值的指标共有多少条？',
    expect: (d) => d.count(rowCount(F(d, HMK), shortRow)),
  },
  {
    // N. 公益电影 = 000-027 公益电影放映补贴: its 社会效益 row (30 → 29), named, or listed as a row.
    id: 't27-rows-05',
    cat: 'rows',
    q: '公益电影那个哪个指标扣分了',
    expect: (d) =>
      d.anyOf(
        d.value(R(d, '000-027'), '及时宣传报道电影公益放映工作的先进人物'),
        rowList([R(d, '000-027')], shortRow),
      ),
  },
  {
    // O. Rows per 发改委 form, one group per project name.
    id: 't27-rows-06',
    cat: 'rows',
    q: '发改委每个项目各有几条指标，按项目列一下',
    expect: (d) => d.groups(Object.fromEntries(F(d, FG).map((r) => [r.projectName, rows(r).length]))),
  },
  {
    // M. 004-001's rows below weight: 经济效益 (10 → 9) and 满意度 (10 → 9): both named, or listed as rows.
    id: 't27-rows-07',
    cat: 'rows',
    q: '请逐项列出「改制企业家属区管理经费」中得分低于分值的指标。',
    expect: (d) =>
      d.anyOf(
        d.valueAll(R(d, '004-001'), '为辖区经济发展提供和谐环境', '服务的居民满意度'),
        rowList([R(d, '004-001')], shortRow),
      ),
  },
  {
    // N. 潞源 forms without a satisfaction row: 9 (none doubtful).
    id: 't27-rows-08',
    cat: 'rows',
    q: '潞源几个项目没设满意度指标',
    expect: (d) =>
      d.countRange(
        F(d, (r) => LY(r) && noSat(r)).length,
        F(d, (r) => LY(r) && (noSat(r) || satNoPoints(r))).length,
      ),
  },
  {
    // O. 时效指标 rows scored below weight: none (an empty answer).
    id: 't27-rows-09',
    cat: 'rows',
    q: '时效指标有扣分的行吗',
    expect: (d) => d.set(F(d, (r) => rows(r).some((i) => shortRow(i) && norm(i.level2).includes('时效')))),
  },
  {
    // M. A satisfaction row scored 0 (21 forms); satDoubt forms and those whose satisfaction row says 未做 with the
    // score cell blank (003-094, 003-135: the text prints 「10 未做」) may be listed.
    id: 't27-rows-10',
    cat: 'rows',
    q: '是否存在满意度指标得分为0的项目？请列出。',
    expect: (d) =>
      d.setTol(
        F(d, satZero),
        F(d, (r) => satZero(r) || satDoubt(r) || (satNotDone(r) && satRows(r).some((i) => i.score == null))),
      ),
  },
  {
    // N. 河门口 satisfaction rows below weight: 004-001, 004-002, 004-007, 004-013 (one row each).
    id: 't27-rows-11',
    cat: 'rows',
    q: '河门口满意度都拿满分了没',
    expect: (d) => d.set(F(d, (r) => HMK(r) && satLow(r))),
  },
  {
    // O. OVER_ACHIEVEMENT (实际 / 指标值 ≥ 1.5) on rows with one number in each cell (overRow): 000-018, 000-019, 000-020,
    // 000-021, 000-023, 000-024, 002-002; 002-001 (counts against 「100%」) and 000-006 (质保期 ≥1年 → 2年) may be listed.
    id: 't27-rows-12',
    cat: 'rows',
    q: 'OVER_ACHIEVEMENT 筛查：实际完成值达到年度指标值1.5倍及以上的指标，涉及哪些项目',
    expect: (d) => {
      const must = F(d, (r) => rows(r).some((i) => overRow(i) && !/%/.test(String(i.actual))));
      return d.setTol(must, [...must, R(d, '002-001'), R(d, '000-006')]);
    },
  },
  {
    // M. 000-026 成本指标 全年资金: ≤430万元.
    id: 't27-rows-13',
    cat: 'rows',
    q: '「2023年下沉协管员经费」成本指标的年度指标值是多少？',
    expect: (d) => d.value(R(d, '000-026'), '≤430万元', 430),
  },
  {
    // N. 经济大脑 (002-005): 8 rows, said or listed.
    id: 't27-rows-14',
    cat: 'rows',
    q: '经济大脑几个指标',
    expect: (d) => d.anyOf(d.value(R(d, '002-005'), 8), d.count(8)),
  },
  {
    // O. Rows below weight per 一级指标, as written (000-027's blank 一级 left out) or by the template (a 效益 二级 under
    // 效益指标); either way the three satisfaction rows that the pdf-text reading filed under 效益指标 (satDoubt forms,
    // 「5 0 未做」 in the text) may be counted under 满意度指标 (widened after the first run: the records' two readings).
    id: 't27-rows-15',
    cat: 'rows',
    q: '按一级指标统计扣分（得分<分值）的指标条数',
    expect: (d) =>
      d.anyOf(
        d.groups(shortBy1(d, false)),
        d.groups(shortBy1(d, true)),
        d.groups(shortBy1(d, false, true)),
        d.groups(shortBy1(d, true, true)),
      ),
  },

  // ---------------------------------------------------------------- talk (follow-ups with pre)
  {
    // M. Follow-up: 河门口 forms with 总分 below 98: 004-007, 004-011, 004-013.
    id: 't27-talk-01',
    cat: 'talk',
    pre: '大红门街道总分低于98分的项目有哪些？',
    q: '那河门口的呢？',
    expect: (d) => d.set(F(d, (r) => HMK(r) && ts(r) != null && ts(r) < 98)),
  },
  {
    // N. Follow-up: 赵康's Σ 全年预算 (执行 is the same on each).
    id: 't27-talk-02',
    cat: 'talk',
    pre: '赵康负责几个项目',
    q: '钱加起来多少',
    expect: (d) => d.sumMoney(F(d, who('赵康')), 'annualBudget'),
  },
  {
    // O. Follow-up: per year count and Σ 全年预算 (the sum graded per group; both readings of 疏整促's cell).
    id: 't27-talk-03',
    cat: 'talk',
    pre: '按年度统计项目个数',
    q: '再加上每个年度的全年预算合计',
    expect: (d) => {
      const g = (m) =>
        d.groups({
          2020: sumBy(F(d, yr(2020)), m, 'annualBudget'),
          2023: sumBy(F(d, yr(2023)), m, 'annualBudget'),
        });
      return d.anyOf(g(money), g(conv));
    },
  },
  {
    // M. Follow-up: 潞源 forms below 100 % (either reading) with a blank 负责人: 4 under both.
    id: 't27-talk-04',
    cat: 'talk',
    pre: '核对潞源街道执行率未达到100%的项目。',
    q: '其中项目负责人未填写的有几个？',
    expect: (d) =>
      both(d, (f) => d.count(F(d, (r) => LY(r) && f(r) != null && f(r) < 100 && ownerMissing(r)).length)),
  },
  {
    // N. Follow-up: 发改委 forms without a satisfaction row: 002-002, 002-004, 002-013.
    id: 't27-talk-05',
    cat: 'talk',
    pre: '潞源满意度没设的有哪些',
    q: '那发改委呢',
    expect: (d) => d.set(F(d, (r) => FG(r) && noSat(r))),
  },
  {
    // O. Follow-up: the lowest 3 by 总分 (a tie of 95s at the cut).
    id: 't27-talk-06',
    cat: 'talk',
    pre: '预算执行率 bottom 3 是哪些',
    q: '换成总分呢',
    expect: (d) => d.top(d.all, ts, 3, 'asc'),
  },
  {
    // M. Follow-up: 李毅飞's 22 forms by 全年预算, high to low.
    id: 't27-talk-07',
    cat: 'talk',
    pre: '请列出李毅飞负责的项目。',
    q: '按全年预算数由高到低排列。',
    expect: (d) => ranked(d, F(d, who('李毅飞')), m1('annualBudget'), 'desc'),
  },
  {
    // N. Follow-up: the largest of 大红门 is 003-007 or 003-022 (a tie at 1 元), both 赵康's.
    id: 't27-talk-08',
    cat: 'talk',
    pre: '大红门预算最大的项目',
    q: '负责人是谁',
    expect: (d) => d.anyOf(says('赵康'), d.value(R(d, '003-007'), '赵康'), d.value(R(d, '003-022'), '赵康')),
  },
  {
    // O. Follow-up: the share of 民生保障办公室's forms with no survey, the three readings (noSurveyShare).
    id: 't27-talk-09',
    cat: 'talk',
    pre: '民生保障办公室的项目有多少个',
    q: '其中满意度调查未做的占比多少',
    expect: (d) => noSurveyShare(d, MS),
  },
  {
    // M. Follow-up: owners of the forms with a blank 总分 (王雪, 赵明, 孔涵), as a column or said.
    id: 't27-talk-10',
    cat: 'talk',
    pre: '发改委有哪些项目总分未填写？',
    q: '它们的项目负责人分别是谁？',
    expect: (d) => {
      const rs = F(d, (r) => FG(r) && ts(r) == null);
      return d.anyOf(
        column(d, '负责人', rs, (r) => r.owner),
        saysAll(...rs.map((r) => r.owner)),
      );
    },
  },
  {
    // N. Follow-up: 河门口 forms with a row below weight: all 9.
    id: 't27-talk-11',
    cat: 'talk',
    pre: '河门口扣分的项目有几个',
    q: '列一下',
    expect: (d) => d.set(F(d, (r) => HMK(r) && belowWeight(r))),
  },
  {
    // O. Follow-up: the 执行率 of 潞源's five largest (000-023 and 000-024 tie at the cut), stated or computed.
    id: 't27-talk-12',
    cat: 'talk',
    pre: '潞源 TOP 5 预算项目',
    q: '它们的执行率分别多少',
    expect: (d) => {
      const rs = F(d, (r) => LY(r) && money(r, 'annualBudget') >= 100);
      return d.anyOf(column(d, '执行率', rs, rate), column(d, '执行率', rs, rateComputed));
    },
  },
  {
    // M. Follow-up: mean 总分 of the 11 forms of 2020: 98.09.
    id: 't27-talk-13',
    cat: 'talk',
    pre: '2020年度的项目共有几个？',
    q: '平均总分是多少？',
    expect: (d) => d.number(meanTs(F(d, yr(2020)))),
  },
  {
    // N. Follow-up: 张宏's forms with 全年执行数 above 50 万元: 003-049, 003-130, 003-137.
    id: 't27-talk-14',
    cat: 'talk',
    pre: '张宏的项目有哪些',
    q: '只要执行数超过50万的',
    expect: (d) => d.set(F(d, (r) => who('张宏')(r) && money(r, 'executed') > 50)),
  },
  {
    // O. Follow-up: 产业发展科's forms (002-003, 002-005; 002-004 has no 总分 and may be left out).
    id: 't27-talk-15',
    cat: 'talk',
    pre: '发改委各项目的总分',
    q: '只看产业发展科的',
    expect: (d) =>
      d.setTol(
        F(d, (r) => CYK(r) && ts(r) != null),
        F(d, CYK),
      ),
  },

  // ---------------------------------------------------------------- tally (counts per group, means, counts)
  {
    // M. Forms per 主管部门 as written (11 labels).
    id: 't27-tally-01',
    cat: 'tally',
    q: '请核对各主管部门的项目数量。',
    expect: (d) => groupCount(d, (r) => norm(r.department)),
  },
  {
    // N. Forms per street: 潞源 22, 双井 2, 大红门 128, 河门口 9.
    id: 't27-tally-02',
    cat: 'tally',
    q: '各街道几个项目',
    expect: (d) => perStreet(d, (rs) => rs.length),
  },
  {
    // O. The five owners with most forms and their counts (牛艳维 31, 赵康 26, 李毅飞 22, 张宏 12, 王丽 9).
    id: 't27-tally-03',
    cat: 'tally',
    q: '按负责人统计项目数，TOP 5 的负责人和各自项目数',
    expect: (d) => {
      const m = {};
      for (const r of d.all) if (norm(r.owner)) m[norm(r.owner)] = (m[norm(r.owner)] ?? 0) + 1;
      return d.groups(
        Object.fromEntries(
          Object.entries(m)
            .sort((a, b) => b[1] - a[1])
            .slice(0, 5),
        ),
      );
    },
  },
  {
    // M. 总分 = 100: 118 forms.
    id: 't27-tally-04',
    cat: 'tally',
    q: '总分为满分100分的项目共有多少个？',
    expect: (d) => d.count(F(d, (r) => ts(r) === 100).length),
  },
  {
    // N. 李毅飞: 22 forms.
    id: 't27-tally-05',
    cat: 'tally',
    q: '李毅飞几个项目',
    expect: (d) => d.count(F(d, who('李毅飞')).length),
  },
  {
    // O. Forms with a satisfaction row: 151 in the records; the 4 satDoubt forms may count, 003-005 (a row without
    // points) may not: 150–155 of 169.
    id: 't27-tally-06',
    cat: 'tally',
    q: '满意度调查覆盖率：设置了满意度指标的项目占比多少',
    expect: (d) => {
      const has = F(d, (r) => satRows(r).length > 0).length;
      const pointless = F(d, (r) => satRows(r).length > 0 && satNoPoints(r)).length;
      return pctRange(d, has - pointless, has + F(d, satDoubt).length, d.all.length);
    },
  },
  {
    // M. Mean 总分 of 大红门 (128 forms, all with a 总分): 98.88.
    id: 't27-tally-07',
    cat: 'tally',
    q: '大红门街道项目的平均总分是多少？',
    expect: (d) => d.number(meanTs(F(d, DHM))),
  },
  {
    // N. 20年 = 2020: 11 forms.
    id: 't27-tally-08',
    cat: 'tally',
    q: '20年的有几个',
    expect: (d) => d.count(F(d, yr(2020)).length),
  },
  {
    // O. Per year: mean 总分 and the count (each graded per group).
    id: 't27-tally-09',
    cat: 'tally',
    q: '按年度统计平均总分和项目数',
    expect: (d) =>
      allOf(
        d.groups({ 2020: meanTs(F(d, yr(2020))), 2023: meanTs(F(d, yr(2023))) }),
        d.groups({ 2020: F(d, yr(2020)).length, 2023: F(d, yr(2023)).length }),
      ),
  },
  {
    // M. 牛艳维's forms with 总分 below 100: 22.
    id: 't27-tally-10',
    cat: 'tally',
    q: '牛艳维负责的项目中，总分低于100分的有几个？',
    expect: (d) => d.count(F(d, (r) => who('牛艳维')(r) && ts(r) != null && ts(r) < 100).length),
  },
  {
    // N. 大红门 forms with 总分 95: 25.
    id: 't27-tally-11',
    cat: 'tally',
    q: '咱大红门总分95的几个',
    expect: (d) => d.count(F(d, (r) => DHM(r) && ts(r) === 95).length),
  },
  {
    // O. Per street Σ 执行 / Σ 预算 (a percentage, to one decimal).
    id: 't27-tally-12',
    cat: 'tally',
    q: '各街道的加权执行率（执行合计/预算合计）分别是多少',
    expect: (d) =>
      perStreet(d, (rs) => (100 * sumBy(rs, money, 'executed')) / sumBy(rs, money, 'annualBudget'), PCT),
  },
  {
    // M. 2023 forms with a stated 执行率 below 100 % (the question names the stated one): 10.
    id: 't27-tally-13',
    cat: 'tally',
    q: '2023年度的项目中，按表上填报的执行率计，低于100%的有多少个？',
    expect: (d) => d.count(F(d, (r) => yr(2023)(r) && rate(r) != null && rate(r) < 100).length),
  },
  {
    // N. Mean 总分 of 潞源: 99.83.
    id: 't27-tally-14',
    cat: 'tally',
    q: '潞源平均分多少',
    expect: (d) => d.number(meanTs(F(d, LY))),
  },
  {
    // O. 参考等级 (SCORING §6) of the 166 forms with a 总分: all 优 (90–100); the empty grades may be shown as 0.
    id: 't27-tally-15',
    cat: 'tally',
    q: '参考等级分布：优良中差各多少个项目',
    expect: (d) => {
      const g = (lo, hi) => F(d, (r) => ts(r) != null && ts(r) >= lo && ts(r) < hi).length;
      const all4 = { 优: g(90, 1e9), 良: g(80, 90), 中: g(60, 80), 差: g(-1e9, 60) };
      const nonZero = Object.fromEntries(Object.entries(all4).filter(([, v]) => v > 0));
      return d.anyOf(d.groups(all4), d.groups(nonZero));
    },
  },
];
