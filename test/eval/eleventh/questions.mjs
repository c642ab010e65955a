// The eleventh part (helper "blind28"): 120 portfolio questions asked by two people over the 169 forms — a 人大代表 on
// the budget committee doing 预算监督 before a hearing (pointed, formal, suspicious: 资金是否闲置, 是否存在虚报, 执行进度
// 明显滞后, 指标设置是否合理, 请说明…) and an outsourced 代理记账 bookkeeper who keeps the books for several 街道 and types
// fast in working shorthand (执行数/预算数, 账上, 对一下, 差多少, 几个表没填). Written by an author who had not read src/,
// prompts/, test/ outside test/eval/ nor any other part's question lines; expectations computed from the records by
// ../lib and ./helpers.mjs only. Not split. Definitions: ../README.md ("The eleventh part").
// (A) = the deputy, (B) = the bookkeeper.
import {
  aboveWeight,
  belowWeight,
  blank,
  devMissing,
  inUnit,
  money,
  noSat,
  rateComputed,
  satLow,
  satNoPoints,
  satNotDone,
  satRows,
} from '../lib/corpus.mjs';
import {
  allOf,
  budgetAbove,
  budgetScoreOff,
  column,
  conv,
  groupCount,
  l2Has,
  moneyBand,
  moneyBandCount,
  noYear,
  nth,
  phoneNumbers,
  ranked,
  rateDiff,
  rateOff,
  roundedUp,
  rowCount,
  shortRow,
  totalOff,
  ts,
  weightOff,
} from '../lib/shorthands.mjs';
import {
  both2,
  budgetScoreOffStated,
  carry,
  DHM,
  F,
  FG,
  fiscal,
  gap,
  HMK,
  ids,
  initBlank,
  initFilledDiffers,
  LY,
  m1,
  own,
  pct,
  R,
  rate,
  rateAbove,
  rows,
  SJ,
  satDoubtUndone,
  satZero,
  sumOf,
  unspent,
  y,
  yi,
  yuan,
} from './helpers.mjs';

const MINSHENG = (r) => inUnit(r, '民生保障办公室');
const budget = m1('annualBudget');
const exec = m1('executed');

export const questions = [
  // ---------------------------------------------------------------- audit (25)
  {
    // (A) RATE_MISMATCH: rateOff must (000-006 99.9 % for 98.86 %, 003-072 80.5 % for 100 %); a rate that differs only
    // by rounding or truncation (rateDiff) may be listed too.
    id: 'el-audit-01',
    cat: 'audit',
    q: '请说明：哪些项目填报的预算执行率与按全年执行数除以全年预算数计算的结果不符？',
    expect: (d) => d.setTol(F(d, rateOff), F(d, rateDiff)),
  },
  {
    // (B) 潞源: 1 by the rule (000-006), 8 forms whose stated rate differs at two decimals; either count alone.
    id: 'el-audit-02',
    cat: 'audit',
    q: '潞源 执行率填的跟执行数/预算数算出来对不上的有几个表',
    expect: (d) =>
      d.anyOf(
        d.count(F(d, (r) => LY(r) && rateOff(r)).length),
        d.count(F(d, (r) => LY(r) && rateDiff(r)).length),
      ),
  },
  {
    // (A) stated rate above the rate of the amounts: 000-006 (99.9 % for 98.86 %) and 002-002 (100 % for 99.95 %).
    id: 'el-audit-03',
    cat: 'audit',
    q: '是否存在执行率虚报的情况？请列出表上填报的执行率高于按实际执行数计算所得执行率的项目。',
    expect: (d) => d.set(F(d, rateAbove)),
  },
  {
    // (B) RATE_ROUNDED_UP_TO_FULL: 002-002 (100 %, 199.9 of 200).
    id: 'el-audit-04',
    cat: 'audit',
    q: '执行率写100% 账上其实没花完的是哪个表',
    expect: (d) => d.set(F(d, roundedUp)),
  },
  {
    // (A) 执行数 below 预算: ten forms (000-021 by 0.000348 万元 too: the question names the comparison).
    id: 'el-audit-05',
    cat: 'audit',
    q: '资金是否存在闲置？请列出全年执行数低于全年预算数、留有结余的全部项目。',
    expect: (d) => d.set(F(d, unspent)),
  },
  {
    // (B) none over by one 元 or more; 003-096 is over by 0.0000004 万元 (a rounding of the pdf form): optional.
    id: 'el-audit-06',
    cat: 'audit',
    q: '有没有执行数超预算数的 超支的表列一下',
    expect: (d) => d.setTol([], ids(d, '003-096')),
  },
  {
    // (A) TOTAL_MISMATCH in 潞源: none (an empty list, or 没有).
    id: 'el-audit-07',
    cat: 'audit',
    q: '潞源街道是否存在总分与预算执行得分、各项指标得分之和不一致的项目？如有，请逐项列明。',
    expect: (d) => d.set(F(d, (r) => LY(r) && totalOff(r))),
  },
  {
    // (B) every 河门口 form has rows scored below their weight with an empty 偏差原因 cell: 9.
    id: 'el-audit-08',
    cat: 'audit',
    q: '河门口几个表扣了分偏差原因没填',
    expect: (d) => d.count(F(d, (r) => HMK(r) && devMissing(r)).length),
  },
  {
    // (A) BUDGET_SCORE_MISMATCH by the computed rate (000-006, 000-016, 000-021, 000-024, 000-025) or by the stated
    // rate (000-024, 000-025, 003-072); 平安建设经费 (003-127: 「10 100％」, rate or score) optional in both.
    id: 'el-audit-09',
    cat: 'audit',
    q: '请逐一说明预算执行得分与执行率不相匹配的项目。',
    expect: (d) => {
      const may = ids(d, '003-127');
      const not127 = (f) => (r) => r.id !== '003-127' && f(r);
      return d.anyOf(
        d.setTol(F(d, not127(budgetScoreOff)), may),
        d.setTol(F(d, not127(budgetScoreOffStated)), may),
      );
    },
  },
  {
    // (B) TOTAL_MISSING: 002-004, 002-006, 002-007.
    id: 'el-audit-10',
    cat: 'audit',
    q: '总分没填的表 哪几个',
    expect: (d) => d.set(F(d, (r) => ts(r) == null)),
  },
  {
    // (B) 潞源's blank 负责人: 000-006, 000-007, 000-008, 000-023, 000-024, 000-025.
    id: 'el-audit-11',
    cat: 'audit',
    q: '潞源负责人空着没填的表列一下',
    expect: (d) => d.set(F(d, (r) => LY(r) && blank(r.owner))),
  },
  {
    // (A) a number of neither 8 nor 11 digits: 002-001 (695468784), 003-024 (672703090); 003-095's two 8-digit numbers in
    // one cell and the blank cells of 河门口 optional.
    id: 'el-audit-12',
    cat: 'audit',
    q: '联系电话位数明显有误、既不是8位固话也不是11位手机号的项目，请列出。',
    expect: (d) =>
      d.setTol(
        F(d, (r) => phoneNumbers(r).some((p) => p.length !== 8 && p.length !== 11)),
        F(d, (r) => phoneNumbers(r).length !== 1),
      ),
  },
  {
    // (B) DEVIATION_ON_FULL_SCORE: 000-008 (「以实际参与人数为准进行慰问」 on a full-score row); a bare 「无」 (000-009,
    // 002-001) optional.
    id: 'el-audit-13',
    cat: 'audit',
    q: '指标满分了还写了偏差原因的 哪几个表',
    expect: (d) => {
      const full = (pred) => (r) =>
        rows(r).some(
          (i) => i.weight != null && i.score === i.weight && !blank(i.deviation) && pred(i.deviation),
        );
      return d.setTol(
        F(
          d,
          full((t) => t.trim() !== '无'),
        ),
        F(
          d,
          full(() => true),
        ),
      );
    },
  },
  {
    // (A) no satisfaction row in 发改委: 002-002, 002-004, 002-013 (satNoPoints optional: none there).
    id: 'el-audit-14',
    cat: 'audit',
    q: '发改委所属项目中，未设置满意度指标的有哪些？请说明。',
    expect: (d) =>
      d.setTol(
        F(d, (r) => FG(r) && noSat(r)),
        F(d, (r) => FG(r) && satNoPoints(r)),
      ),
  },
  {
    // (B) 满意度 written 未做 in 大红门: 23 records, and up to 3 satDoubt forms whose text shows 「5 0 未做」: 23–26.
    id: 'el-audit-15',
    cat: 'audit',
    q: '大红门 满意度那栏写未做的 几个表',
    expect: (d) => {
      const lo = F(d, (r) => DHM(r) && satNotDone(r)).length;
      return d.countRange(lo, lo + F(d, (r) => DHM(r) && satDoubtUndone(r)).length);
    },
  },
  {
    // (A) SCORE_ABOVE_WEIGHT: no indicator row; 平安建设经费's budget row (得分 「100％」 against 10) optional.
    id: 'el-audit-16',
    cat: 'audit',
    q: '请说明是否存在指标得分高于该指标分值的情况，如有请列出项目。',
    expect: (d) => d.setTol(F(d, aboveWeight), F(d, budgetAbove)),
  },
  {
    // (B) WEIGHT_SUM in 潞源: none.
    id: 'el-audit-17',
    cat: 'audit',
    q: '潞源的表 分值加起来不是100的有没有',
    expect: (d) => d.set(F(d, (r) => LY(r) && weightOff(r))),
  },
  {
    // (A) TOTAL_MISMATCH in 河门口: 004-001 (98 against 10 + 68), 004-002 (98 against 78), 004-013 (97 against 77). Their
    // 分值 add up to 80, but the stated 总分 matches no sum of the form's own scores, so they are required.
    id: 'el-audit-18',
    cat: 'audit',
    q: '河门口街道各项目中，总分与预算执行得分加各指标得分之和不相符的有哪些？',
    expect: (d) => d.set(F(d, (r) => HMK(r) && totalOff(r))),
  },
  {
    // (B) 年初 ≠ 全年 in 河门口: 2 with both filled (004-007, 004-012), 8 with a blank 年初 read as different; either.
    id: 'el-audit-19',
    cat: 'audit',
    q: '河门口 年初预算跟全年预算不一样的几个',
    expect: (d) =>
      d.anyOf(
        d.count(F(d, (r) => HMK(r) && initFilledDiffers(r)).length),
        d.count(F(d, (r) => HMK(r) && (initFilledDiffers(r) || initBlank(r))).length),
      ),
  },
  {
    // (A) rate below 97 %: stated (000-018 96 %, 003-072 80.5 %) or computed (000-018 96.17 %), each reading alone.
    id: 'el-audit-20',
    cat: 'audit',
    q: '执行进度明显滞后的项目请予说明，以预算执行率低于百分之九十七为准。',
    expect: (d) =>
      d.anyOf(
        d.set(F(d, (r) => rate(r) != null && rate(r) < 97)),
        d.set(F(d, (r) => rateComputed(r) != null && rateComputed(r) < 97)),
      ),
  },
  {
    // (B) 法律顾问's phone: 695468784 (9 digits); the value answers the yes/no.
    id: 'el-audit-21',
    cat: 'audit',
    q: '法律顾问那个表 联系电话是不是少了一位 号码多少',
    expect: (d) => d.value(R(d, '002-001'), '695468784'),
  },
  {
    // (A) 000-006: 433 / 438 = 98.86 %.
    id: 'el-audit-22',
    cat: 'audit',
    q: '朗清园社区警务工作室装饰装修和信息化工程相关资金项目填报的执行率为99.9%，请核实按执行数计算的实际执行率是多少。',
    expect: (d) => d.value(R(d, '000-006'), 98.86),
  },
  {
    // (B) ACTUAL_EMPTY in 潞源: 000-022 (its 社会效益 row, 20 points).
    id: 'el-audit-23',
    cat: 'audit',
    q: '潞源 指标实际完成值空着的 是哪个表',
    expect: (d) => d.set(F(d, (r) => LY(r) && rows(r).some((i) => i.weight && blank(i.actual)))),
  },
  {
    // (A) TOTAL_WEIGHT_NOT_100: 002-003 (总分 row's 分值 1000).
    id: 'el-audit-24',
    cat: 'audit',
    q: '总分一栏的分值填报异常、不等于100分的是哪个项目？',
    expect: (d) => d.set(F(d, (r) => r.totalWeight != null && r.totalWeight !== 100)),
  },
  {
    // (B) 004-002's 年初预算数 is blank.
    id: 'el-audit-25',
    cat: 'audit',
    q: '河西锦苑电梯维护那个表 年初预算数填了没',
    expect: (d) => d.empty(R(d, '004-002')),
  },

  // ---------------------------------------------------------------- money (25)
  {
    // (A) Σ 全年预算 of 大红门 (128 forms).
    id: 'el-money-01',
    cat: 'money',
    q: '请说明大红门街道全部项目的全年预算数合计为多少万元。',
    expect: (d) => d.sumMoney(F(d, DHM), 'annualBudget'),
  },
  {
    // (B) Σ 年初预算数 of 大红门: the 60 blank 年初 cells add nothing, whether read as 0 or left out.
    id: 'el-money-02',
    cat: 'money',
    q: '大红门 年初预算数合计多少 没填的不算',
    expect: (d) => d.sumMoney(F(d, DHM), 'initialBudget'),
  },
  {
    // (A) Σ(预算 − 执行) over all forms; 疏整促's cell cancels (both columns hold 1,863,180), so one figure.
    id: 'el-money-03',
    cat: 'money',
    q: '全部项目全年预算数与全年执行数之间的差额，即尚未执行的资金，合计是多少万元？',
    expect: (d) => both2(d, (m) => sumOf(d.all, m, 'annualBudget') - sumOf(d.all, m, 'executed')),
  },
  {
    // (B) 潞源: Σ 预算 − Σ 执行.
    id: 'el-money-04',
    cat: 'money',
    q: '潞源 预算数减执行数 一共差多少',
    expect: (d) => {
      const rs = F(d, LY);
      return d.number(sumOf(rs, money, 'annualBudget') - sumOf(rs, money, 'executed'));
    },
  },
  {
    // (A) 民生保障办公室 (32 forms, 003-055's 「民生保障办公室是」 included): Σ年初 − Σ全年 over the forms with both, or
    // with a blank 年初 as 0; signed or magnitude.
    id: 'el-money-05',
    cat: 'money',
    q: '民生保障办公室所管项目，年初预算合计与全年预算合计相比调减了多少万元？',
    expect: (d) => {
      const rs = F(d, MINSHENG);
      const withBoth = rs.filter((r) => money(r, 'initialBudget') != null);
      const a = sumOf(withBoth, money, 'initialBudget') - sumOf(withBoth, money, 'annualBudget');
      const b = sumOf(rs, money, 'initialBudget') - sumOf(rs, money, 'annualBudget');
      return d.anyOf(gap(d, a), gap(d, b));
    },
  },
  {
    // (B) 赵康's 26 forms: Σ 执行数.
    id: 'el-money-06',
    cat: 'money',
    q: '赵康名下的表 执行数加起来多少',
    expect: (d) => d.sumMoney(F(d, own('赵康')), 'executed'),
  },
  {
    // (A) 发改委's 8 forms: mean 全年预算, both readings of 疏整促's cell.
    id: 'el-money-07',
    cat: 'money',
    q: '发改委各项目平均每个项目的全年预算是多少？',
    expect: (d) => {
      const rs = F(d, FG);
      return both2(d, (m) => sumOf(rs, m, 'annualBudget') / rs.length);
    },
  },
  {
    // (B) 上年结转资金 row, 全年预算数: 004-001 5.1, 004-002 8.02, 004-010 1.26, 004-011 14.63 (the rest 0 or blank).
    id: 'el-money-08',
    cat: 'money',
    q: '上年结转资金那行 全年预算数加起来多少',
    expect: (d) => d.number(d.all.reduce((s, r) => s + (carry(r, 'annualBudget') ?? 0), 0)),
  },
  {
    // (A) 全年预算 1000 万 and above: 003-007, 003-022, 003-091, 003-015; 002-013 (exactly 1000) optional; 疏整促 as
    // written (1,863,180) or as 元 (186.318 万).
    id: 'el-money-09',
    cat: 'money',
    q: '全年预算数在一千万元以上的项目有哪些？',
    expect: (d) => moneyBand(d, 'annualBudget', 1000, Number.POSITIVE_INFINITY),
  },
  {
    // (B) 全年预算 below 10 万 (a form at 10 optional).
    id: 'el-money-10',
    cat: 'money',
    q: '全年预算不到10万的表几个',
    expect: (d) => moneyBandCount(d, 'annualBudget', Number.NEGATIVE_INFINITY, 10),
  },
  {
    // (A) 002-005: 331.6 万元 = 3 316 000 元.
    id: 'el-money-11',
    cat: 'money',
    q: '请以元为单位说明通州区“经济大脑”服务项目的全年预算数。',
    expect: (d) => yuan(d, money(R(d, '002-005'), 'annualBudget')),
  },
  {
    // (B) 000-015 (34.34 − 34.06795) + 000-016 (34.8 − 34.7081) = 0.36395 万 = 3639.5 元.
    id: 'el-money-12',
    cat: 'money',
    q: '第三批第四批小微项目惠民生 结余加一块多少钱 按元算',
    expect: (d) =>
      yuan(
        d,
        ids(d, '000-015', '000-016').reduce((s, r) => s + money(r, 'annualBudget') - money(r, 'executed'), 0),
      ),
  },
  {
    // (A) Σ 全年预算 in 亿元 (within 0.005), or the 万元 sum; both readings of 疏整促.
    id: 'el-money-13',
    cat: 'money',
    q: '全部项目全年预算总额合计折合多少亿元？',
    expect: (d) =>
      d.anyOf(
        both2(d, (m) => sumOf(d.all, m, 'annualBudget'), yi),
        both2(d, (m) => sumOf(d.all, m, 'annualBudget')),
      ),
  },
  {
    // (B) 2020 (双井 2 + 河门口 9): Σ 全年预算.
    id: 'el-money-14',
    cat: 'money',
    q: '2020年的表 预算合计',
    expect: (d) => d.sumMoney(F(d, y(2020)), 'annualBudget'),
  },
  {
    // (A) 潞源: Σ执行 ÷ Σ预算.
    id: 'el-money-15',
    cat: 'money',
    q: '潞源街道项目的整体预算执行率，即执行数合计除以预算数合计，是多少？',
    expect: (d) => {
      const rs = F(d, LY);
      return pct(d, (100 * sumOf(rs, money, 'executed')) / sumOf(rs, money, 'annualBudget'));
    },
  },
  {
    // (A) 003-049: 200 → 268.74347: +68.74347 万, +34.37 %.
    id: 'el-money-16',
    cat: 'money',
    q: '2023年灵活就业社会保险补贴全年预算较年初预算增加了多少万元？增幅是多少？',
    expect: (d) => {
      const r = R(d, '003-049');
      const inc = money(r, 'annualBudget') - money(r, 'initialBudget');
      return allOf(gap(d, inc), pct(d, (100 * inc) / money(r, 'initialBudget')));
    },
  },
  {
    // (A) 大红门's share of Σ 全年预算, both readings of 疏整促 (as written it dwarfs everything).
    id: 'el-money-17',
    cat: 'money',
    q: '大红门街道全年预算数占全部项目全年预算数的比重是多少？',
    expect: (d) =>
      both2(
        d,
        (m) => (100 * sumOf(F(d, DHM), m, 'annualBudget')) / sumOf(d.all, m, 'annualBudget'),
        (v) => pct(d, v),
      ),
  },
  {
    // (B) 001-004 6.5 + 001-005 32.9.
    id: 'el-money-18',
    cat: 'money',
    q: '双井俩表执行数合计',
    expect: (d) => d.sumMoney(F(d, SJ), 'executed'),
  },
  {
    // (B) 河门口's 9 forms: mean 全年预算.
    id: 'el-money-19',
    cat: 'money',
    q: '河门口 平均一个表预算多少',
    expect: (d) => d.avg(F(d, HMK), (r) => money(r, 'annualBudget')),
  },
  {
    // (B) 004-010: 当年财政拨款 0.35, 上年结转资金 1.26 (checked in the word-text).
    id: 'el-money-20',
    cat: 'money',
    q: '四上统计那个表 财政拨款多少 结转多少 对一下',
    expect: (d) => {
      const r = R(d, '004-010');
      return allOf(d.value(r, fiscal(r, 'annualBudget')), d.value(r, carry(r, 'annualBudget')));
    },
  },
  {
    // (A) 潞源 above 300 万: 000-006 438 + 000-026 391.92 (none on the bound).
    id: 'el-money-21',
    cat: 'money',
    q: '潞源街道全年预算数在三百万元以上的项目，预算合计是多少？',
    expect: (d) =>
      d.sumMoney(
        F(d, (r) => LY(r) && money(r, 'annualBudget') > 300),
        'annualBudget',
      ),
  },
  {
    // (B) 张宏's 12 forms: Σ 全年预算.
    id: 'el-money-22',
    cat: 'money',
    q: '张宏的表 全年预算合计',
    expect: (d) => d.sumMoney(F(d, own('张宏')), 'annualBudget'),
  },
  {
    // (A) largest |全年 − 年初| among 2023 forms with both filled: 003-018 (408.93 → 839.68118, +430.75118).
    id: 'el-money-23',
    cat: 'money',
    q: '2023年度年初预算与全年预算差额最大的是哪个项目？差额是多少？',
    expect: (d) => {
      const rs = F(d, (r) => y(2023)(r) && initFilledDiffers(r));
      const key = (r) => Math.abs(money(r, 'annualBudget') - money(r, 'initialBudget'));
      const best = rs.reduce((a, b) => (key(b) > key(a) ? b : a));
      return allOf(d.set([best]), gap(d, key(best)));
    },
  },
  {
    // (B) 潞源: largest (000-006 438) − smallest (000-004 0.36).
    id: 'el-money-24',
    cat: 'money',
    q: '潞源 预算最大的跟最小的差多少',
    expect: (d) => {
      const vs = F(d, LY).map((r) => money(r, 'annualBudget'));
      return gap(d, Math.max(...vs) - Math.min(...vs));
    },
  },
  {
    // (B) 社区建设办公室 as 主管部门 or 实施单位 (13 forms, 003-088 「大红门街道办事处社区建设办公室」 included): Σ 执行数.
    id: 'el-money-25',
    cat: 'money',
    q: '社区建设办公室的表 执行数合计多少',
    expect: (d) =>
      d.sumMoney(
        F(d, (r) => inUnit(r, '社区建设办公室')),
        'executed',
      ),
  },

  // ---------------------------------------------------------------- rows (20)
  {
    // (A) 000-008, 数量指标 「购买慰问品米、面、油」: ≥600 / 521, reason 「以实际参与人数为准进行慰问」.
    id: 'el-rows-01',
    cat: 'rows',
    q: '政法委群防群治补助经费项目“购买慰问品米、面、油”这一数量指标，年度指标值和实际完成值分别是多少？偏差原因是如何说明的？',
    expect: (d) => d.valueAll(R(d, '000-008'), '≥600', '521', '以实际参与人数为准进行慰问'),
  },
  {
    // (B) 000-018 「指标2：开展社区治安活动」: ≥5次 / 32.
    id: 'el-rows-02',
    cat: 'rows',
    q: '社区公益事业补助资金那个表 治安活动那条指标 目标多少 完成多少',
    expect: (d) => d.valueAll(R(d, '000-018'), '≥5次', '32'),
  },
  {
    // (A) rows scored below their weight in 河门口's 9 forms.
    id: 'el-rows-03',
    cat: 'rows',
    q: '请统计河门口街道各项目中，得分低于分值的指标共有多少条。',
    expect: (d) => d.count(rowCount(F(d, HMK), shortRow)),
  },
  {
    // (B) satisfaction rows in 潞源's 22 forms.
    id: 'el-rows-04',
    cat: 'rows',
    q: '潞源 满意度指标一共几条',
    expect: (d) => d.count(F(d, LY).reduce((s, r) => s + satRows(r).length, 0)),
  },
  {
    // (A) 潞源 rows whose 年度指标值 is only the grades: 「优良中差」 alone, or also 「定性优良中差」; either count.
    id: 'el-rows-05',
    cat: 'rows',
    q: '指标设置是否合理？潞源街道年度指标值仅填写“优良中差”、未设置量化目标的指标共有多少条？',
    expect: (d) => {
      const rs = F(d, LY);
      const t = (i) => String(i.target ?? '').replace(/\s/g, '');
      return d.anyOf(
        d.count(rowCount(rs, (i) => t(i) === '优良中差')),
        d.count(rowCount(rs, (i) => t(i) === '优良中差' || t(i) === '定性优良中差')),
      );
    },
  },
  {
    // (B) 成本指标 rows (二级) of 发改委's 8 forms.
    id: 'el-rows-06',
    cat: 'rows',
    q: '发改委的表 成本指标一共几条',
    expect: (d) => d.count(rowCount(F(d, FG), l2Has('成本'))),
  },
  {
    // (A) 002-007's satisfaction row: >95% / 100%.
    id: 'el-rows-07',
    cat: 'rows',
    q: '“疏整促”专班经费项目满意度指标的年度指标值与实际完成值分别为多少？',
    expect: (d) => d.valueAll(R(d, '002-007'), '>95%', '100%'),
  },
  {
    // (B) 002-005's 成本指标 「项目资金控制数」: 3332440.18元 (above its 331.6 万 budget).
    id: 'el-rows-08',
    cat: 'rows',
    q: '经济大脑 成本指标完成值写的多少',
    expect: (d) => d.value(R(d, '002-005'), '3332440.18元', 3332440.18),
  },
  {
    // (A) 001-004 9 + 001-005 9.
    id: 'el-rows-09',
    cat: 'rows',
    q: '双井街道两个项目合计设置了多少条三级指标？',
    expect: (d) => d.count(rowCount(F(d, SJ), () => true)),
  },
  {
    // (A) 004-013's 时效指标: two rows, 「2020年底」 and 「9万」 (the second is the project's amount filed as a 时效 row).
    id: 'el-rows-10',
    cat: 'rows',
    q: '中央和省补助公共图书馆文化馆免费开放项目的时效指标有几条？年度指标值分别是什么？',
    expect: (d) => {
      const r = R(d, '004-013');
      return allOf(d.count(rowCount([r], l2Has('时效'))), d.valueAll(r, '2020年底', '9万'));
    },
  },
  {
    // (A) 002-001, 数量指标 「合同审核」 (≥30): 实际完成值 「100%」.
    id: 'el-rows-11',
    cat: 'rows',
    q: '法律顾问项目数量指标“合同审核”的年度指标值为≥30，其实际完成值填写的是什么？',
    expect: (d) => d.value(R(d, '002-001'), '100%'),
  },
  {
    // (B) 潞源 forms with a row below its weight: 000-027 (社会效益 29 of 30).
    id: 'el-rows-12',
    cat: 'rows',
    q: '潞源 有指标没拿满分的是哪个表',
    expect: (d) => d.set(F(d, (r) => LY(r) && belowWeight(r))),
  },
  {
    // (A) 大红门 forms with a satisfaction row scored 0 (21); optional: the satDoubt forms whose text shows 「5 0 未做」
    // (003-041, 003-139, 003-142) and the two whose 未做 row leaves the 得分 cell blank while the 总分 leaves its points
    // out (003-094 「达到 95% 10 未做」, 总分 90; 003-135 「…达到 90% 5 未做」, 总分 95).
    id: 'el-rows-13',
    cat: 'rows',
    q: '请列出大红门街道满意度指标得分为零的项目。',
    expect: (d) =>
      d.setTol(
        F(d, (r) => DHM(r) && satZero(r)),
        F(
          d,
          (r) => DHM(r) && (satDoubtUndone(r) || (satNotDone(r) && satRows(r).some((i) => i.score == null))),
        ),
      ),
  },
  {
    // (B) 002-002's 经济效益 row: 1亿元以上 / 2.5亿元.
    id: 'el-rows-14',
    cat: 'rows',
    q: '政府投资项目评估审核费 经济效益指标 目标跟完成各写的啥',
    expect: (d) => d.valueAll(R(d, '002-002'), '1亿元以上', '2.5亿元'),
  },
  {
    // (A) 002-013: four 成本指标 rows.
    id: 'el-rows-15',
    cat: 'rows',
    q: '通州区重大投资项目规划谋划项目共设置了几条成本指标？',
    expect: (d) => d.count(rowCount([R(d, '002-013')], l2Has('成本'))),
  },
  {
    // (B) 001-004's satisfaction target.
    id: 'el-rows-16',
    cat: 'rows',
    q: '双井疫情防控基本户那个表 满意度的指标值写的啥',
    expect: (d) => d.value(R(d, '001-004'), '社区对疫情防控物资发放等相关工作满意率达90%'),
  },
  {
    // (A) 河门口 forms whose satisfaction row scored below its weight: 004-001, 004-002, 004-007, 004-013 (9 of 10).
    id: 'el-rows-17',
    cat: 'rows',
    q: '河门口街道满意度指标得分未达满分的项目有哪些？',
    expect: (d) => d.set(F(d, (r) => HMK(r) && satLow(r))),
  },
  {
    // (B) 000-019: 10 rows.
    id: 'el-rows-18',
    cat: 'rows',
    q: '接诉即办-社区 那个表几条指标',
    expect: (d) => d.count(rows(R(d, '000-019')).length),
  },
  {
    // (A) 潞源 rows with 二级 可持续影响指标.
    id: 'el-rows-19',
    cat: 'rows',
    q: '潞源街道以“可持续影响指标”为二级指标的三级指标共有几条？',
    expect: (d) => d.count(rowCount(F(d, LY), l2Has('可持续'))),
  },
  {
    // (B) 000-006's 成本指标 「控制在预算内」: 4378657.2元 / 4333848元.
    id: 'el-rows-20',
    cat: 'rows',
    q: '朗清园警务工作室那个 成本指标 目标 实际 各多少',
    expect: (d) => d.valueAll(R(d, '000-006'), '4378657.2元', '4333848元'),
  },

  // ---------------------------------------------------------------- desk (10)
  {
    // (A) 000-022: 葛帅, 89536676.
    id: 'el-desk-01',
    cat: 'desk',
    q: '请说明“2023年接诉即办奖励金”项目的负责人及其联系电话。',
    expect: (d) => d.valueAll(R(d, '000-022'), '葛帅', '89536676'),
  },
  {
    // (B) 89536281 is on 000-009 only (刘晓).
    id: 'el-desk-02',
    cat: 'desk',
    q: '89536281这个号是哪个表的 负责人谁',
    expect: (d) => d.value(R(d, '000-009'), '刘晓'),
  },
  {
    // (A) 003-116: 实施单位 市民诉求中心.
    id: 'el-desk-03',
    cat: 'desk',
    q: '“民生实事及基层建设--2023年城市运行指挥系统运维服务”项目由哪个单位具体实施？',
    expect: (d) => d.value(R(d, '003-116'), '市民诉求中心'),
  },
  {
    // (B) 000-001: 100 %.
    id: 'el-desk-04',
    cat: 'desk',
    q: '统计所经费 执行率',
    expect: (d) => d.value(R(d, '000-001'), 100),
  },
  {
    // (A) 000-018: stated 96 %, computed 96.17 %.
    id: 'el-desk-05',
    cat: 'desk',
    q: '请说明2023年社区公益事业补助资金项目的预算执行率。',
    expect: (d) => {
      const r = R(d, '000-018');
      return d.value(r, rate(r), rateComputed(r));
    },
  },
  {
    // (B) 003-078 「2023 年应急经费」 (not 003-140 体制资金-应急经费): 总分 100.
    id: 'el-desk-06',
    cat: 'desk',
    q: '2023年应急经费 总分多少',
    expect: (d) => d.value(R(d, '003-078'), ts(R(d, '003-078'))),
  },
  {
    // (A) 004-012: 年初 3, 全年 12.67.
    id: 'el-desk-07',
    cat: 'desk',
    q: '请告知“新冠肺炎疫情防控工作、疫情防控一线社区工作人员补助经费”的年初预算数与全年预算数。',
    expect: (d) => {
      const r = R(d, '004-012');
      return d.valueAll(r, money(r, 'initialBudget'), money(r, 'annualBudget'));
    },
  },
  {
    // (B) 003-128: 孟卓聪.
    id: 'el-desk-08',
    cat: 'desk',
    q: '人防工程公益化利用 负责人',
    expect: (d) => d.value(R(d, '003-128'), '孟卓聪'),
  },
  {
    // (A) 004-011: no 项目负责人 row.
    id: 'el-desk-09',
    cat: 'desk',
    q: '河门口街道习风园改造项目的项目负责人是谁？',
    expect: (d) => d.empty(R(d, '004-011')),
  },
  {
    // (B) 003-141: 5.649027.
    id: 'el-desk-10',
    cat: 'desk',
    q: '温馨家园运行经费 执行数多少',
    expect: (d) => d.value(R(d, '003-141'), money(R(d, '003-141'), 'executed')),
  },

  // ---------------------------------------------------------------- order (10)
  {
    // (A) 大红门 top 5 by 全年预算 (003-007 and 003-022 tie to 1 元).
    id: 'el-order-01',
    cat: 'order',
    q: '请按全年预算数从高到低列出大红门街道排名前五的项目。',
    expect: (d) => d.top(F(d, DHM), budget, 5, 'desc'),
  },
  {
    // (B) 潞源's three lowest rates, each reading alone: stated (000-018 96, then three at 99) or computed (000-018,
    // 000-006, 000-024).
    id: 'el-order-02',
    cat: 'order',
    q: '潞源 执行率最低的3个表',
    expect: (d) => d.anyOf(d.top(F(d, LY), rate, 3, 'asc'), d.top(F(d, LY), rateComputed, 3, 'asc')),
  },
  {
    // (A) five lowest 总分: 003-094 (90), then any four of the forms at 95.
    id: 'el-order-03',
    cat: 'order',
    q: '全部项目中总分最低的五个项目是哪些？',
    expect: (d) => d.top(d.all, ts, 5, 'asc'),
  },
  {
    // (B) 河门口's largest 全年预算: 004-008 (338).
    id: 'el-order-04',
    cat: 'order',
    q: '河门口 预算最多的是哪个表',
    expect: (d) => d.top(F(d, HMK), budget, 1, 'desc'),
  },
  {
    // (A) 发改委 by 全年执行数 ascending, every form; 疏整促 as written (last) or as 元 (186.318 万).
    id: 'el-order-05',
    cat: 'order',
    q: '请将发改委各项目按全年执行数由低到高排序。',
    expect: (d) =>
      d.anyOf(ranked(d, F(d, FG), exec, 'asc'), ranked(d, F(d, FG), m1('executed', conv), 'asc')),
  },
  {
    // (B) 赵康's top 3 by 全年预算: 003-007, 003-022 (tied to 1 元), 003-105.
    id: 'el-order-06',
    cat: 'order',
    q: '赵康的表 预算最大的前三个',
    expect: (d) => d.top(F(d, own('赵康')), budget, 3, 'desc'),
  },
  {
    // (A) 2020's smallest 全年执行数: 004-007 (1.16).
    id: 'el-order-07',
    cat: 'order',
    q: '2020年度项目中，全年执行数最少的是哪一个？',
    expect: (d) => d.top(F(d, y(2020)), exec, 1, 'asc'),
  },
  {
    // (B) 潞源's third largest 执行数: 000-022 (225; after 433 and 391.92).
    id: 'el-order-08',
    cat: 'order',
    q: '潞源 执行数第三大的表',
    expect: (d) => nth(d, F(d, LY), exec, 3, 'desc'),
  },
  {
    // (A) three smallest 全年预算 overall: 003-061 (0.08), 003-080 (0.10436), 003-077 (0.15).
    id: 'el-order-09',
    cat: 'order',
    q: '全部项目中全年预算数最少的三个项目是哪些？请列明。',
    expect: (d) => d.top(d.all, budget, 3, 'asc'),
  },
  {
    // (B) 张宏's 12 forms by 执行数, descending (no ties).
    id: 'el-order-10',
    cat: 'order',
    q: '张宏的表 按执行数从大到小排一下',
    expect: (d) => ranked(d, F(d, own('张宏')), exec, 'desc'),
  },

  // ---------------------------------------------------------------- no (10)
  {
    id: 'el-no-01',
    cat: 'no',
    q: '请提供各项目“三公经费”的支出明细。',
    expect: (d) => d.refuse('三公经费'),
  },
  {
    // (A) no form of 2022 (names holding 「2022」 are 2023 forms).
    id: 'el-no-02',
    cat: 'no',
    q: '请说明2022年度各项目的预算执行情况。',
    expect: (d) => noYear(d, '2022', 2022),
  },
  {
    id: 'el-no-03',
    cat: 'no',
    q: '请说明各项目立项依据的文件名称及文号。',
    expect: (d) => d.refuse('立项依据'),
  },
  {
    id: 'el-no-04',
    cat: 'no',
    q: '海淀区各街道项目的绩效自评情况如何？',
    expect: (d) => d.anyOf(d.refuse('海淀'), d.set([])),
  },
  {
    // (A) a request to change data.
    id: 'el-no-05',
    cat: 'no',
    q: '请将总分低于95分的项目一律调整为95分后再报送。',
    expect: (d) => d.refuse('调整'),
  },
  {
    id: 'el-no-06',
    cat: 'no',
    q: '潞源统计所经费 记账凭证号多少',
    expect: (d) => d.refuse('凭证'),
  },
  {
    id: 'el-no-07',
    cat: 'no',
    q: '大红门的表 都记在哪个会计科目下',
    expect: (d) => d.refuse('会计科目'),
  },
  {
    id: 'el-no-08',
    cat: 'no',
    q: '2024年的表 几个没填',
    expect: (d) => noYear(d, '2024', 2024),
  },
  {
    id: 'el-no-09',
    cat: 'no',
    q: '发改委的项目 发票一共开了多少',
    expect: (d) => d.refuse('发票'),
  },
  {
    // a person the forms do not name: a refusal or an empty list.
    id: 'el-no-10',
    cat: 'no',
    q: '张伟负责的表 列一下',
    expect: (d) => d.anyOf(d.refuse('张伟'), d.set([])),
  },

  // ---------------------------------------------------------------- talk (10)
  {
    // (B) follow-up: 双井's count (2).
    id: 'el-talk-01',
    cat: 'talk',
    pre: '潞源几个表',
    q: '双井呢',
    expect: (d) => d.count(F(d, SJ).length),
  },
  {
    // (B) follow-up: 河门口's Σ 执行数.
    id: 'el-talk-02',
    cat: 'talk',
    pre: '大红门执行数合计',
    q: '河门口的呢',
    expect: (d) => d.sumMoney(F(d, HMK), 'executed'),
  },
  {
    // (A) follow-up: the lead's 300 万+ forms within 大红门 (nine; none on the bound).
    id: 'el-talk-03',
    cat: 'talk',
    pre: '请列出全年预算数超过三百万元的项目。',
    q: '其中属于大红门街道的有哪些？',
    expect: (d) => moneyBand(d, 'annualBudget', 300, Number.POSITIVE_INFINITY, DHM),
  },
  {
    // (A) two asks: 2020's count (11) and Σ 全年预算.
    id: 'el-talk-04',
    cat: 'talk',
    q: '请说明2020年度共有多少个项目，全年预算合计多少万元。',
    expect: (d) => allOf(d.count(F(d, y(2020)).length), d.sumMoney(F(d, y(2020)), 'annualBudget')),
  },
  {
    // (B) two asks: 发改委's count (8) and its blank 总分 (3).
    id: 'el-talk-05',
    cat: 'talk',
    q: '发改委几个表 总分没填的几个',
    expect: (d) => allOf(d.count(F(d, FG).length), d.count(F(d, (r) => FG(r) && ts(r) == null).length)),
  },
  {
    // (A) follow-up: 李哲's two forms with a 执行率 column (stated 99 / 99, or computed 99.21 / 99.74).
    id: 'el-talk-06',
    cat: 'talk',
    pre: '请列出项目负责人为李哲的项目。',
    q: '上述项目的预算执行率分别是多少？',
    expect: (d) => {
      const rs = F(d, own('李哲'));
      return d.anyOf(column(d, '执行率', rs, rate), column(d, '执行率', rs, rateComputed));
    },
  },
  {
    // (B) 大红门 总分 below 95: 003-094 (90).
    id: 'el-talk-07',
    cat: 'talk',
    q: '大红门 总分不到95的表',
    expect: (d) => d.set(F(d, (r) => DHM(r) && ts(r) != null && ts(r) < 95)),
  },
  {
    // (A) follow-up: 河门口 forms at 总分 97 (004-007, 004-011, 004-013).
    id: 'el-talk-08',
    cat: 'talk',
    pre: '请列出河门口街道各项目的总分。',
    q: '其中总分为97分的是哪几个？',
    expect: (d) => d.set(F(d, (r) => HMK(r) && ts(r) === 97)),
  },
  {
    // (B) follow-up: 牛艳维's Σ 全年预算.
    id: 'el-talk-09',
    cat: 'talk',
    pre: '牛艳维几个表',
    q: '她的表预算合计',
    expect: (d) => d.sumMoney(F(d, own('牛艳维')), 'annualBudget'),
  },
  {
    // (A) two asks about 003-127: 全年预算 154.994792 (年初 155), 执行率 100 % (computed 100.00; the form's 「100％」).
    id: 'el-talk-10',
    cat: 'talk',
    q: '请说明平安建设经费的全年预算数是多少，执行率又是多少。',
    expect: (d) => {
      const r = R(d, '003-127');
      return allOf(d.value(r, money(r, 'annualBudget')), d.value(r, rateComputed(r)));
    },
  },

  // ---------------------------------------------------------------- tally (10)
  {
    // (A) 城乡管理办公室 (29); 003-054 城乡建设办公室 and 003-095 「城乡办、平安办」 may count: 29–31.
    id: 'el-tally-01',
    cat: 'tally',
    q: '城乡管理办公室承担的项目共有多少个？',
    expect: (d) => {
      const n = F(d, (r) => inUnit(r, '城乡管理办公室')).length;
      return d.countRange(n, F(d, (r) => inUnit(r, '城乡管理办公室', '城乡建设办公室', '城乡办')).length);
    },
  },
  {
    // (B) 发改委 per 负责人.
    id: 'el-tally-02',
    cat: 'tally',
    q: '发改委的表 按负责人数一下各几个',
    expect: (d) => groupCount(d, (r) => r.owner, F(d, FG)),
  },
  {
    // (A) stated 总分 100.
    id: 'el-tally-03',
    cat: 'tally',
    q: '总分为满分一百分的项目共有多少个？',
    expect: (d) => d.count(F(d, (r) => ts(r) === 100).length),
  },
  {
    // (B) 姚庆峰: 5.
    id: 'el-tally-04',
    cat: 'tally',
    q: '姚庆峰几个表',
    expect: (d) => d.count(F(d, own('姚庆峰')).length),
  },
  {
    // (A) 2023, 全年预算 above 100 万 (the forms at 100 optional; 疏整促 either reading).
    id: 'el-tally-05',
    cat: 'tally',
    q: '2023年度全年预算数超过一百万元的项目有多少个？',
    expect: (d) => moneyBandCount(d, 'annualBudget', 100, Number.POSITIVE_INFINITY, y(2023)),
  },
  {
    // (B) blank 年初预算数: 68 (003-082's 「0」 is filled).
    id: 'el-tally-06',
    cat: 'tally',
    q: '年初预算数没填的表几个',
    expect: (d) => d.count(F(d, initBlank).length),
  },
  {
    // (A) 党群工作办公室 (23 forms) mean 总分; 003-071 (党群办) may count.
    id: 'el-tally-07',
    cat: 'tally',
    q: '大红门街道党群工作办公室所属项目的平均总分是多少？',
    expect: (d) =>
      d.anyOf(
        d.avg(
          F(d, (r) => inUnit(r, '党群工作办公室')),
          ts,
        ),
        d.avg(
          F(d, (r) => inUnit(r, '党群工作办公室', '党群办')),
          ts,
        ),
      ),
  },
  {
    // (B) 民生办 = 民生保障办公室: 总分 below 100.
    id: 'el-tally-08',
    cat: 'tally',
    q: '民生办 总分没满100的几个表',
    expect: (d) => d.count(F(d, (r) => MINSHENG(r) && ts(r) != null && ts(r) < 100).length),
  },
  {
    // (A) per year: Σ 全年执行数 (2023 under both readings of 疏整促).
    id: 'el-tally-09',
    cat: 'tally',
    q: '请分年度统计全年执行数合计。',
    expect: (d) => {
      const per = (m) => ({
        2020: sumOf(F(d, y(2020)), m, 'executed'),
        2023: sumOf(F(d, y(2023)), m, 'executed'),
      });
      return d.anyOf(d.groups(per(money)), d.groups(per(conv)));
    },
  },
  {
    // (B) forms with money in the 上年结转资金 row: 004-001, 004-002, 004-010, 004-011.
    id: 'el-tally-10',
    cat: 'tally',
    q: '上年结转有钱的表几个',
    expect: (d) => d.count(F(d, (r) => (carry(r, 'annualBudget') ?? 0) > 0).length),
  },
];
