// The fifth part (helper "blind22"): portfolio questions asked by two people over the 169 forms — a 第三方评价机构
// reviewer engaged by the 区财政局 writing formal review notes (书面语, long conditions: 填报口径, 勾稽关系, 逻辑校验, 差异率,
// 资金结余, 预算调整幅度, 占比, 分值权重) and a 街道 会计 typing on a phone late in the evening (very short, abbreviations,
// 50w / 5k / 1.2个亿 / 百分之九十, slips, no punctuation). Written by an author who had not read src/, prompts/, test/
// outside test/eval/ nor any other part's question lines; expectations computed from the records by ../lib and
// ./helpers.mjs only. Not split. Weighted to the hard categories (audit 25, money 25, rows 20, the rest 10 each).
// Definitions: ../README.md ("The fifth part").
import {
  blank,
  devMissing,
  money,
  norm,
  noSat,
  ownerMissing,
  rate,
  rateComputed,
  rows,
  satDoubt,
  satNotDone,
  satRows,
} from '../lib/corpus.mjs';
import {
  allOf,
  and,
  budgetRowDoubt,
  conv,
  F,
  groupCount,
  moneyBand,
  moneyBandCount,
  noYear,
  nth,
  own,
  ownAny,
  PCT,
  phoneNumbers,
  rankOf,
  rateDiff,
  rateOff,
  totalOff,
  ts,
  weightOff,
  y,
} from '../lib/shorthands.mjs';
import {
  annual,
  annualConvR,
  annualR,
  cut,
  DHM,
  executed,
  executedR,
  FGW,
  fullRow,
  fullWithReason,
  HMK,
  initial,
  LU,
  left,
  level1Weight,
  MS_EXACT,
  MS_WIDE,
  PA_EXACT,
  PA_WIDE,
  raise,
  rec,
  recs,
  rowRecs,
  SJ,
  said,
  scoreOffComputed,
  scoreOffStated,
  sumBoth,
  yi,
} from './helpers.mjs';

const L = (d, id) => rec(d, id);

export const questions = [
  // ---- audit (25): SCORING §7–8 checks, empty cells, 年初 vs 全年, forms to send back ----
  // stated 执行率 neither the computed one rounded nor truncated (rateOff) must be listed; a rate that differs from
  // the computed one at two decimals but passes the rounding/truncation rule may be (rateDiff)
  {
    id: 'fi-audit-01',
    cat: 'audit',
    q: '请就各项目“预算执行率”的填报口径开展逻辑校验：凡填报执行率与按全年执行数÷全年预算数计算所得结果不一致、且差异无法以四舍五入或截位解释的项目，请逐一列明。',
    expect: (d) => d.setTol(F(d, rateOff), F(d, rateDiff)),
  },
  {
    id: 'fi-audit-02',
    cat: 'audit',
    q: '潞源执行率填错的是哪几个',
    expect: (d) => d.setTol(F(d, and(LU, rateOff)), F(d, and(LU, rateDiff))),
  },
  // 99.9 − 98.858… = 1.04 points; as a relative 差异率 (99.9 − 98.858) / 98.858 = 1.05 %: both within PCT of each other
  {
    id: 'fi-audit-03',
    cat: 'audit',
    q: '经核，朗清园社区警务工作室装饰装修和信息化工程相关资金项目填报执行率为99.9%，请测算该填报值与按全年执行数/全年预算数计算所得执行率之间的差异（百分点）。',
    expect: (d) =>
      d.anyOf(
        d.number(rate(L(d, '000-006')) - (100 * executed(L(d, '000-006'))) / annual(L(d, '000-006')), PCT),
        d.number(
          (100 * (rate(L(d, '000-006')) - (100 * executed(L(d, '000-006'))) / annual(L(d, '000-006')))) /
            ((100 * executed(L(d, '000-006'))) / annual(L(d, '000-006'))),
          PCT,
        ),
      ),
  },
  // word-text forms: 004-001 / 004-002 state 98 and 004-013 97 against budget 10 + rows 68 / 68 / 67 (their 分值 add
  // up to 80, which does not make the stated total right): required
  {
    id: 'fi-audit-04',
    cat: 'audit',
    q: '总分勾稽关系校验：河门口街道报送的自评表中，总分与“预算执行得分＋各三级指标得分之和”不相等的项目有哪些？',
    expect: (d) => d.set(F(d, and(HMK, totalOff))),
  },
  {
    id: 'fi-audit-05',
    cat: 'audit',
    q: '河门口哪几张表分值加起来不够100',
    expect: (d) => d.set(F(d, and(HMK, weightOff))),
  },
  // no indicator row scores above its 分值; 平安建设经费's budget row reads 100％ against 10 (optional, budgetAbove)
  {
    id: 'fi-audit-06',
    cat: 'audit',
    q: '请核查是否存在三级指标得分高于该指标分值权重的情形；如有，请列明所涉项目。',
    expect: (d) => d.setTol([], recs(d, '003-127')),
  },
  // 偏差原因 blank on a row scored below its 分值 (SCORING: 25 of the 50 such rows; 「未做」 counts as written).
  // Optional: 003-055, whose reason (「2022 年献血人员补贴使用 2023 年资金支付…」) the pdf-text record lost, and 003-007,
  // whose reason the record put into a row of its own below the satisfaction row
  {
    id: 'fi-audit-07',
    cat: 'audit',
    q: '对得分低于分值的三级指标，请逐项核查“偏差原因分析及改进措施”栏是否填写，列出存在扣分但未说明偏差原因的项目。',
    expect: (d) =>
      d.setTol(
        F(d, (r) => devMissing(r) && r.id !== '003-055'),
        recs(d, '003-055', '003-007'),
      ),
  },
  {
    id: 'fi-audit-08',
    cat: 'audit',
    q: '河门口扣了分没写原因的几个',
    expect: (d) => d.count(F(d, and(HMK, devMissing)).length),
  },
  {
    id: 'fi-audit-09',
    cat: 'audit',
    q: '请列明发改委报送的自评表中“总分”栏未填写的项目。',
    expect: (d) => d.set(F(d, (r) => FGW(r) && ts(r) == null)),
  },
  {
    id: 'fi-audit-10',
    cat: 'audit',
    q: '潞源负责人没填的',
    expect: (d) => d.set(F(d, and(LU, ownerMissing))),
  },
  // a blank 年初 counts as different or not (README): 004-007 / 004-012 required, the six with a blank 年初 optional
  {
    id: 'fi-audit-11',
    cat: 'audit',
    q: '河门口街道各项目中，年初预算数与全年预算数填报不一致（即存在年中预算调整）的项目有哪些？',
    expect: (d) =>
      d.setTol(
        F(d, (r) => HMK(r) && initial(r) != null && initial(r) !== annual(r)),
        F(d, (r) => HMK(r) && (initial(r) == null || initial(r) !== annual(r))),
      ),
  },
  {
    id: 'fi-audit-12',
    cat: 'audit',
    q: '民生办年初跟全年不一样的',
    expect: (d) =>
      d.setTol(
        F(d, (r) => MS_EXACT(r) && initial(r) != null && initial(r) !== annual(r)),
        F(d, (r) => MS_WIDE(r) && (initial(r) == null || initial(r) !== annual(r))),
      ),
  },
  // RATE_ROUNDED_UP_TO_FULL: 002-002 (199.9 of 200 stated 100 %); 平安建设经费's 100％ may be its 执行率 (budgetRowDoubt)
  {
    id: 'fi-audit-13',
    cat: 'audit',
    q: '请列出执行率填报为100%、但全年执行数实际小于全年预算数（即执行率被向上取整为100%）的项目。',
    expect: (d) => d.setTol(recs(d, '002-002'), F(d, budgetRowDoubt)),
  },
  // wrong against both the stated and the computed rate: required (000-024 99.1 % scored 9, 000-025 99.5 % scored 9);
  // against one of them only, or 平安建设经费 (100％ as the 得分): optional
  {
    id: 'fi-audit-14',
    cat: 'audit',
    q: '预算执行得分校验：请列出年度资金总额行“得分”与“执行率×分值”不符（容差0.05分）的项目。',
    expect: (d) =>
      d.setTol(
        F(d, (r) => scoreOffStated(r) && scoreOffComputed(r) && !budgetRowDoubt(r)),
        F(d, (r) => scoreOffStated(r) || scoreOffComputed(r) || budgetRowDoubt(r)),
      ),
  },
  // 退回去改: RATE_MISMATCH of 000-006 required; the BUDGET_SCORE_MISMATCH forms (errors of §8 too) optional
  {
    id: 'fi-audit-15',
    cat: 'audit',
    q: '潞源要退回去改的表有哪些',
    expect: (d) =>
      d.setTol(
        F(d, and(LU, rateOff)),
        F(d, (r) => LU(r) && (rateOff(r) || scoreOffStated(r) || scoreOffComputed(r))),
      ),
  },
  // TOTAL_MISSING required; 002-003's 总分 weight 1000 (TOTAL_WEIGHT_NOT_100, an error of §8) optional
  {
    id: 'fi-audit-16',
    cat: 'audit',
    q: '依据评分规则，发改委报送的各项目自评表中，存在错误、需退回单位修改的项目有哪些？',
    expect: (d) =>
      d.setTol(
        F(d, (r) => FGW(r) && ts(r) == null),
        recs(d, '002-003'),
      ),
  },
  // nine digits: 002-001 (695468784), 003-024 (672703090); 003-095 holds two numbers in one cell (PHONE_FORMAT too)
  {
    id: 'fi-audit-17',
    cat: 'audit',
    q: '电话号码位数不对的有哪些',
    expect: (d) =>
      d.setTol(
        F(d, (r) => phoneNumbers(r).some((p) => p.length !== 8 && p.length !== 11)),
        F(d, (r) => phoneNumbers(r).length > 1),
      ),
  },
  {
    id: 'fi-audit-18',
    cat: 'audit',
    q: '请核查“总分”行分值（满分）栏的填报口径，列出该栏未按100分填报的项目。',
    expect: (d) => d.set(F(d, (r) => r.totalWeight != null && r.totalWeight !== 100)),
  },
  // 000-008's reason on a full-score row required; 000-009 writes a bare 「无」 on every row (optional). The question
  // asks for 指标, so a list of the rows (one line per row, the project named on each) answers it as well as a list of
  // the projects: the row reading takes 000-008's one row and up to 000-009's 16 rows (changed after the first run,
  // which listed the rows; the project-only reading had counted the 16 rows of 000-009 as 15 extra)
  {
    id: 'fi-audit-19',
    cat: 'audit',
    q: '潞源满分的指标还写了偏差原因的',
    expect: (d) =>
      d.anyOf(
        d.setTol(
          F(d, (r) => LU(r) && fullWithReason(r, false)),
          F(d, (r) => LU(r) && fullWithReason(r)),
        ),
        d.setTol(
          rowRecs(F(d, LU), (i) => fullRow(i) && !['', '无'].includes(norm(i.deviation))),
          rowRecs(F(d, LU), (i) => fullRow(i) && norm(i.deviation) === '无'),
        ),
      ),
  },
  {
    id: 'fi-audit-20',
    cat: 'audit',
    q: '潞源街道各自评表中，设有分值但“实际完成值”为空的三级指标分布在哪些项目？',
    expect: (d) => d.set(F(d, (r) => LU(r) && rows(r).some((i) => i.weight && blank(i.actual)))),
  },
  // a satisfaction row scored 0: 21 forms; optional the satDoubt forms whose satisfaction row the record merged into a
  // 效益 row scored 0 (「…满意度指标服务对象满意度标 5 0 未做」: 003-041, 003-139, 003-142) and the two forms whose
  // satisfaction 得分 is blank next to 「未做」 (创卫及拆违治乱 003-094, 市对区生活垃圾分类以奖代补 003-135)
  {
    id: 'fi-audit-21',
    cat: 'audit',
    q: '大红门满意度打了0分的几个',
    expect: (d) => {
      const must = F(d, (r) => DHM(r) && satRows(r).some((i) => i.score === 0)).length;
      const may = F(
        d,
        (r) =>
          DHM(r) &&
          ((satDoubt(r) && rows(r).some((i) => /满意/.test(`${i.name}${i.target}`) && i.score === 0)) ||
            (satNotDone(r) && !satRows(r).some((i) => i.score === 0))),
      ).length;
      return d.countRange(must, must + may);
    },
  },
  // four values for six cells (「0.10436 0.10436 10 100%」): the budget 得分 is blank; 平安建设经费 may be read so too
  {
    id: 'fi-audit-22',
    cat: 'audit',
    q: '大红门街道报送的自评表中，年度资金总额行“得分”栏未填写的项目有哪些？',
    expect: (d) =>
      d.setTol(
        F(d, (r) => DHM(r) && r.funds?.total?.score?.value == null),
        F(d, budgetRowDoubt),
      ),
  },
  // 003-096 exceeds by 0.0000004 万元 (a rounding of the form): optional; the expected answer is none
  {
    id: 'fi-audit-23',
    cat: 'audit',
    q: '执行数比预算还多的有吗',
    expect: (d) => d.setTol([], recs(d, '003-096')),
  },
  // 「填写“未做”」 is the 未做 reading only
  {
    id: 'fi-audit-24',
    cat: 'audit',
    q: '城乡管理办公室实施的项目中，满意度指标因未开展调查而填写“未做”的项目有哪些？请列明。',
    expect: (d) => d.set(F(d, (r) => norm(r.implementingUnit) === '城乡管理办公室' && satNotDone(r))),
  },
  // word-text: the 年初 cell is an empty cell on six 河门口 forms
  {
    id: 'fi-audit-25',
    cat: 'audit',
    q: '河门口年初预算没填的几个',
    expect: (d) => d.count(F(d, (r) => HMK(r) && initial(r) == null).length),
  },

  // ---- money (25): units, 差额, 结余, 比重, 倍, 增长率, bands, sums, 调减/调增 ----
  {
    id: 'fi-money-01',
    cat: 'money',
    q: '老旧小区改造那个预算多少个亿',
    expect: (d) => yi(d, annual(L(d, '003-007'))),
  },
  {
    id: 'fi-money-02',
    cat: 'money',
    q: '朗清园装修的还剩多少没花完',
    expect: (d) => d.anyOf(d.number(left(L(d, '000-006'))), d.number(left(L(d, '000-006')) * 10000, 1)),
  },
  {
    id: 'fi-money-03',
    cat: 'money',
    q: '请测算潞源街道全部项目的资金结余（全年预算数减全年执行数）合计金额。',
    expect: (d) => {
      const v = F(d, LU).reduce((s, r) => s + left(r), 0);
      return d.anyOf(d.number(v), d.number(v * 10000, 1));
    },
  },
  {
    id: 'fi-money-04',
    cat: 'money',
    q: '发改委预算总共多少',
    expect: (d) => sumBoth(d, F(d, FGW), 'annualBudget'),
  },
  // 民生保障办公室 with or without 003-055 (「民生保障办公室是」)
  {
    id: 'fi-money-05',
    cat: 'money',
    q: '请测算大红门街道由民生保障办公室实施的项目，其全年预算数合计占大红门街道全部项目全年预算数合计的比重。',
    expect: (d) => {
      const all = F(d, DHM).reduce((s, r) => s + annual(r), 0);
      const p = (f) => (100 * F(d, f).reduce((s, r) => s + annual(r), 0)) / all;
      return d.anyOf(d.number(p(MS_EXACT), PCT), d.number(p(MS_WIDE), PCT));
    },
  },
  // 调减了 = 年初 − 全年 = 1320 − 1168.685052 (signed or as its magnitude; 万元 or 元)
  {
    id: 'fi-money-06',
    cat: 'money',
    q: '城市低保年初到全年调减了多少',
    expect: (d) => {
      const v = cut(L(d, '003-015'));
      return d.anyOf(d.number(v), d.number(-v), d.number(v * 10000, 1));
    },
  },
  {
    id: 'fi-money-07',
    cat: 'money',
    q: '“2023年城市居民最低生活保障”项目年初预算数经调整后有所调减，请测算调减金额占年初预算数的比例。',
    expect: (d) => {
      const r = L(d, '003-015');
      const v = (100 * cut(r)) / initial(r);
      return d.anyOf(d.number(v, PCT), d.number(-v, PCT));
    },
  },
  // 调增幅度 = (全年 − 年初) / 年初 = 105.34 %; 「城乡基层党组织服务群众经费」 alone is the 大红门 form 003-018
  {
    id: 'fi-money-08',
    cat: 'money',
    q: '大红门街道“城乡基层党组织服务群众经费”项目全年预算数较年初预算数的预算调整幅度（调增比例）是多少？',
    expect: (d) => d.number((100 * raise(L(d, '003-018'))) / initial(L(d, '003-018')), PCT),
  },
  {
    id: 'fi-money-09',
    cat: 'money',
    q: '经济大脑是统计所经费的几倍',
    expect: (d) => d.number(annual(L(d, '002-005')) / annual(L(d, '000-001')), PCT),
  },
  {
    id: 'fi-money-10',
    cat: 'money',
    q: '50w以上的几个',
    expect: (d) => moneyBandCount(d, 'annualBudget', 50, Number.POSITIVE_INFINITY),
  },
  // 统计所经费 (10) on the bound: optional
  {
    id: 'fi-money-11',
    cat: 'money',
    q: '潞原10w到50w之间的有哪些',
    expect: (d) => moneyBand(d, 'annualBudget', 10, 50, LU),
  },
  // 1000 (通州区重大投资项目规划谋划) on the bound optional; 疏整促 as written (1863180) or in 元 (186.318 万元)
  {
    id: 'fi-money-12',
    cat: 'money',
    q: '请列明全年预算数超过1000万元的项目。',
    expect: (d) => moneyBand(d, 'annualBudget', 1000, Number.POSITIVE_INFINITY),
  },
  {
    id: 'fi-money-13',
    cat: 'money',
    q: '双井俩项目加一块多少钱 换成元',
    expect: (d) => d.number(F(d, SJ).reduce((s, r) => s + annual(r), 0) * 10000, 1),
  },
  {
    id: 'fi-money-14',
    cat: 'money',
    q: '请汇总2020年度全部项目的全年预算数合计。',
    expect: (d) => sumBoth(d, F(d, y(2020)), 'annualBudget'),
  },
  // (32.9 − 6.5) / 6.5 = 406.15 %
  {
    id: 'fi-money-15',
    cat: 'money',
    q: '疫情防控其他零余额专项比基本户多百分之多少',
    expect: (d) =>
      d.number((100 * (annual(L(d, '001-005')) - annual(L(d, '001-004')))) / annual(L(d, '001-004')), PCT),
  },
  // the 上年结转资金 row: 004-001 5.1, 004-002 8.02, 004-010 1.26, 004-011 14.63
  {
    id: 'fi-money-16',
    cat: 'money',
    q: '请汇总河门口街道各项目“上年结转资金”行的全年预算数合计。',
    expect: (d) => d.number(F(d, HMK).reduce((s, r) => s + (money(r, 'annualBudget', 'carryOver') ?? 0), 0)),
  },
  {
    id: 'fi-money-17',
    cat: 'money',
    q: '牛艳维负责的一共花了多少',
    expect: (d) => d.number(F(d, own('牛艳维')).reduce((s, r) => s + executed(r), 0)),
  },
  {
    id: 'fi-money-18',
    cat: 'money',
    q: '请将“大红门街道大李窑、马公庄平房区消防设施水源建设项目资金”的全年执行数折合为元。',
    expect: (d) => d.number(executed(L(d, '003-096')) * 10000, 1),
  },
  // 99.726033 − 99.118624 = 0.607409 万元 (signed or magnitude; or 6074.09 元)
  {
    id: 'fi-money-19',
    cat: 'money',
    q: '城乡基层党组织服务群众经费 区级比市级多花了多少',
    expect: (d) => {
      const v = executed(L(d, '000-023')) - executed(L(d, '000-024'));
      return d.anyOf(d.number(v), d.number(-v), d.number(v * 10000, 1));
    },
  },
  // 5k = 0.5 万元; 新建“两新”党组织连续两年启动经费 (0.5) on the bound
  {
    id: 'fi-money-20',
    cat: 'money',
    q: '5k以下的有几个',
    expect: (d) => moneyBandCount(d, 'annualBudget', Number.NEGATIVE_INFINITY, 0.5),
  },
  {
    id: 'fi-money-21',
    cat: 'money',
    q: '大红门街道年初预算数与全年预算数均有填列、且全年预算数低于年初预算数的项目，其调减金额合计为多少万元？',
    expect: (d) =>
      d.number(F(d, (r) => DHM(r) && cut(r) != null && cut(r) > 0).reduce((s, r) => s + cut(r), 0)),
  },
  {
    id: 'fi-money-22',
    cat: 'money',
    q: '请测算张宏负责项目的平均全年预算数（按项目个数平均）。',
    expect: (d) => d.avg(F(d, own('张宏')), annual),
  },
  {
    id: 'fi-money-23',
    cat: 'money',
    q: '赵康的预算合计几个亿',
    expect: (d) =>
      yi(
        d,
        F(d, own('赵康')).reduce((s, r) => s + annual(r), 0),
      ),
  },
  {
    id: 'fi-money-24',
    cat: 'money',
    q: '请测算潞源街道全部项目全年执行数合计占全年预算数合计的比例。',
    expect: (d) =>
      d.number(
        (100 * F(d, LU).reduce((s, r) => s + executed(r), 0)) / F(d, LU).reduce((s, r) => s + annual(r), 0),
        PCT,
      ),
  },
  // 1.2个亿 = 12000 万元: none, or 疏整促 read as written (1863180 万元)
  {
    id: 'fi-money-25',
    cat: 'money',
    q: '1.2个亿以上的有吗',
    expect: (d) => moneyBand(d, 'annualBudget', 12000, Number.POSITIVE_INFINITY),
  },

  // ---- rows (20): the indicator table ----
  {
    id: 'fi-rows-01',
    cat: 'rows',
    q: '统计所经费质量指标几个',
    expect: (d) => d.count(rows(L(d, '000-001')).filter((i) => norm(i.level2).includes('质量')).length),
  },
  {
    id: 'fi-rows-02',
    cat: 'rows',
    q: '请提供朗清园社区警务工作室装饰装修和信息化工程相关资金项目“成本指标”的年度指标值与实际完成值。',
    expect: (d) => d.valueAll(L(d, '000-006'), 4378657.2, 4333848),
  },
  {
    id: 'fi-rows-03',
    cat: 'rows',
    q: '公益电影那个扣分原因写的啥',
    expect: (d) => d.value(L(d, '000-027'), '参与观活动人群固定范覆盖有限'),
  },
  // 19 of 20, 9 of 10, 9 of 10
  {
    id: 'fi-rows-04',
    cat: 'rows',
    q: '请核算习风园改造项目各三级指标的合计扣分（分值减得分）。',
    expect: (d) =>
      d.number(rows(L(d, '004-011')).reduce((s, i) => s + ((i.weight ?? 0) - (i.score ?? 0)), 0)),
  },
  {
    id: 'fi-rows-05',
    cat: 'rows',
    q: '河门口扣了分没写原因的指标一共几条',
    expect: (d) =>
      d.count(
        F(d, HMK).reduce(
          (s, r) =>
            s +
            rows(r).filter(
              (i) => i.weight != null && i.score != null && i.score < i.weight && blank(i.deviation),
            ).length,
          0,
        ),
      ),
  },
  // 接诉即办-社区 carries one satisfaction row of 5 (the forms without a satisfaction row are excluded by the question)
  {
    id: 'fi-rows-06',
    cat: 'rows',
    q: '请核查潞源街道各自评表满意度指标的分值权重：列出设有满意度指标、但其分值合计不等于10分的项目。',
    expect: (d) => d.set(F(d, (r) => LU(r) && satRows(r).length > 0 && level1Weight(r, '满意度') !== 10)),
  },
  {
    id: 'fi-rows-07',
    cat: 'rows',
    q: '双井基本户那个满意度实际完成值写的啥',
    expect: (d) => d.value(L(d, '001-004'), satRows(L(d, '001-004'))[0].actual),
  },
  {
    id: 'fi-rows-08',
    cat: 'rows',
    q: '节能专项几条指标',
    expect: (d) => d.count(rows(L(d, '002-006')).length),
  },
  // 产出 70 (15+15+10+10+10+10), 效益 10, 满意度 10
  {
    id: 'fi-rows-09',
    cat: 'rows',
    q: '请按一级指标汇总通州区“经济大脑”服务项目的指标分值权重。',
    expect: (d) =>
      d.groups({
        产出指标: level1Weight(L(d, '002-005'), '产出'),
        效益指标: level1Weight(L(d, '002-005'), '效益'),
        满意度指标: level1Weight(L(d, '002-005'), '满意度'),
      }),
  },
  {
    id: 'fi-rows-10',
    cat: 'rows',
    q: '下沉协管员那个协管员人数 目标多少 实际多少',
    expect: (d) => d.valueAll(L(d, '000-026'), '≤43人', '43人'),
  },
  // 成本 10 of the indicators' 90, or of 100 with the budget row
  {
    id: 'fi-rows-11',
    cat: 'rows',
    q: '“2023年节能专项资金”项目中，成本指标的分值权重占该表分值合计的比重是多少？',
    expect: (d) => d.anyOf(d.number((100 * 10) / 90, PCT), d.number(10, PCT)),
  },
  { id: 'fi-rows-12', cat: 'rows', q: '发改哪些没满意度指标', expect: (d) => d.set(F(d, and(FGW, noSat))) },
  {
    id: 'fi-rows-13',
    cat: 'rows',
    q: '潞源街道各项目三级指标中，年度指标值填写为“优良中差”或“定性优良中差”的指标共计多少条？',
    expect: (d) =>
      d.count(
        F(d, LU).reduce((s, r) => s + rows(r).filter((i) => norm(i.target).includes('优良中差')).length, 0),
      ),
  },
  {
    id: 'fi-rows-14',
    cat: 'rows',
    q: '疏整促数量指标几条',
    expect: (d) => d.count(rows(L(d, '002-007')).filter((i) => norm(i.level2).includes('数量')).length),
  },
  // 399.9 + 399.95 + 99 + 99.95
  {
    id: 'fi-rows-15',
    cat: 'rows',
    q: '请汇总“通州区重大投资项目规划谋划”项目各成本指标的实际完成值合计。',
    expect: (d) =>
      d.number(
        rows(L(d, '002-013'))
          .filter((i) => norm(i.level2).includes('成本'))
          .reduce((s, i) => s + Number(i.actual), 0),
      ),
  },
  {
    id: 'fi-rows-16',
    cat: 'rows',
    q: '社区公益事业补助参与人数实际多少',
    expect: (d) => d.value(L(d, '000-018'), 12097),
  },
  {
    id: 'fi-rows-17',
    cat: 'rows',
    q: '河门口街道各项目中，满意度指标存在扣分（得分低于分值）的项目有哪些？',
    expect: (d) => d.set(F(d, (r) => HMK(r) && satRows(r).some((i) => i.score < i.weight))),
  },
  {
    id: 'fi-rows-18',
    cat: 'rows',
    q: '群防群治那个偏差原因写的啥',
    expect: (d) => d.value(L(d, '000-008'), '以实际参与人数为准进行慰问'),
  },
  {
    id: 'fi-rows-19',
    cat: 'rows',
    q: '河门口街道经济效益指标得分低于分值的项目个数为多少？',
    expect: (d) =>
      d.count(
        F(d, (r) => HMK(r) && rows(r).some((i) => norm(i.level2).includes('经济效益') && i.score < i.weight))
          .length,
      ),
  },
  // the three rows under 二级 社会效益指标 (filed under a filled-down 产出指标 一级)
  {
    id: 'fi-rows-20',
    cat: 'rows',
    q: '接诉即办社区那个社会效益指标几条',
    expect: (d) => d.count(rows(L(d, '000-019')).filter((i) => norm(i.level2).includes('社会效益')).length),
  },

  // ---- desk (10): one form's field ----
  {
    id: 'fi-desk-01',
    cat: 'desk',
    q: '经济大脑负责人电话',
    expect: (d) => d.value(L(d, '002-005'), L(d, '002-005').phone),
  },
  {
    id: 'fi-desk-02',
    cat: 'desk',
    q: '请提供“2023年社区公益事业补助资金”项目的项目负责人及联系电话。',
    expect: (d) => d.valueAll(L(d, '000-018'), '贾安琪', '89538675'),
  },
  { id: 'fi-desk-03', cat: 'desk', q: '晨光路拆迁谁负责', expect: (d) => d.value(L(d, '003-091'), '王璐') },
  {
    id: 'fi-desk-04',
    cat: 'desk',
    q: '请核实“大红门地区工作专班工作经费”项目表内填列的实施单位。',
    expect: (d) => d.value(L(d, '003-095'), '城乡办、平安办'),
  },
  // the person, or the four forms that give this number
  {
    id: 'fi-desk-05',
    cat: 'desk',
    q: '67270343谁的电话',
    expect: (d) => d.anyOf(said('孟卓聪'), d.set(F(d, (r) => phoneNumbers(r).includes('67270343')))),
  },
  // 表上填报的: the stated rate (80.5 %), not the computed one (100 %)
  {
    id: 'fi-desk-06',
    cat: 'desk',
    q: '“2023年乡村医生基本待遇经费”项目自评表上填报的执行率是多少？',
    expect: (d) => d.value(L(d, '003-072'), 80.5),
  },
  { id: 'fi-desk-07', cat: 'desk', q: '习风园总分', expect: (d) => d.value(L(d, '004-011'), 97) },
  {
    id: 'fi-desk-08',
    cat: 'desk',
    q: '请核实河门口街道“河西锦苑小区电梯维护经费”项目的项目负责人。',
    expect: (d) => d.empty(L(d, '004-002')),
  },
  { id: 'fi-desk-09', cat: 'desk', q: '疏整促年初预算多少', expect: (d) => d.empty(L(d, '002-007')) },
  { id: 'fi-desk-10', cat: 'desk', q: '节能专项总分多少', expect: (d) => d.empty(L(d, '002-006')) },

  // ---- tally (10): counts, sums, groups ----
  {
    id: 'fi-tally-01',
    cat: 'tally',
    q: '李毅飞几个项目',
    expect: (d) => d.count(F(d, ownAny('李毅飞')).length),
  },
  // 主管部门 as written: 办公室 1, 通州区发展和改革委员会 6, 北京市通州区发展和改革委员会 1
  {
    id: 'fi-tally-02',
    cat: 'tally',
    q: '请按表内填列的主管部门口径，分别统计发改委报送的项目个数。',
    expect: (d) => groupCount(d, (r) => r.department, F(d, FGW)),
  },
  {
    id: 'fi-tally-03',
    cat: 'tally',
    q: '23年几个 20年几个',
    // a table per year, or the two counts said (widened after the first run; its reply gave neither)
    expect: (d) =>
      d.anyOf(
        d.groups({ 2023: F(d, y(2023)).length, 2020: F(d, y(2020)).length }),
        allOf(d.count(F(d, y(2023)).length), d.count(F(d, y(2020)).length)),
      ),
  },
  {
    id: 'fi-tally-04',
    cat: 'tally',
    q: '大红门街道报送的自评表中，总分低于100分的项目共有多少个？',
    expect: (d) => d.count(F(d, (r) => DHM(r) && ts(r) != null && ts(r) < 100).length),
  },
  {
    id: 'fi-tally-05',
    cat: 'tally',
    q: '总分满分的几个',
    expect: (d) => d.count(F(d, (r) => ts(r) === 100).length),
  },
  {
    id: 'fi-tally-06',
    cat: 'tally',
    q: '2020年度项目中，总分为97分的项目有几个？',
    expect: (d) => d.count(F(d, (r) => y(2020)(r) && ts(r) === 97).length),
  },
  { id: 'fi-tally-07', cat: 'tally', q: '姚庆峰的几个', expect: (d) => d.count(F(d, own('姚庆峰')).length) },
  {
    id: 'fi-tally-08',
    cat: 'tally',
    q: '大红门街道由民生保障办公室实施的项目共有多少个？',
    expect: (d) => d.countRange(F(d, MS_EXACT).length, F(d, MS_WIDE).length),
  },
  {
    id: 'fi-tally-09',
    cat: 'tally',
    q: '平安办的几个',
    expect: (d) => d.countRange(F(d, PA_EXACT).length, F(d, PA_WIDE).length),
  },
  // 2023 with 疏整促 as written or converted
  {
    id: 'fi-tally-10',
    cat: 'tally',
    q: '请按年度分别汇总全部项目的全年预算数合计。',
    expect: (d) => {
      const g = (m) => ({
        2020: F(d, y(2020)).reduce((s, r) => s + m(r), 0),
        2023: F(d, y(2023)).reduce((s, r) => s + m(r), 0),
      });
      return d.anyOf(d.groups(g(annual)), d.groups(g((r) => conv(r, 'annualBudget'))));
    },
  },

  // ---- order (10): rankings ----
  {
    id: 'fi-order-01',
    cat: 'order',
    q: '预算最多的前5',
    expect: (d) => d.anyOf(d.top(d.all, annualR, 5, 'desc'), d.top(d.all, annualConvR, 5, 'desc')),
  },
  {
    id: 'fi-order-02',
    cat: 'order',
    q: '请将潞源街道各项目按全年执行数由低至高排序，列示前三位。',
    expect: (d) => d.top(F(d, LU), executedR, 3, 'asc'),
  },
  {
    id: 'fi-order-03',
    cat: 'order',
    q: '大红门执行数最少的',
    expect: (d) => d.top(F(d, DHM), executedR, 1, 'asc'),
  },
  // 90 (创卫及拆违治乱) then 25 forms at 95 (any four of them); the three forms without a 总分 may be put first
  {
    id: 'fi-order-04',
    cat: 'order',
    q: '请列示全部项目中总分最低的五个项目。',
    expect: (d) => {
      const t = d.top(d.all, ts, 5, 'asc');
      return { ...t, may: [...t.may, ...F(d, (r) => ts(r) == null).map((r) => norm(r.projectName))] };
    },
  },
  {
    id: 'fi-order-05',
    cat: 'order',
    q: '张宏的预算最大那个',
    expect: (d) => d.top(F(d, own('张宏')), annualR, 1, 'desc'),
  },
  {
    id: 'fi-order-06',
    cat: 'order',
    q: '年初预算数经调整后调减金额最大的项目是哪个？',
    expect: (d) =>
      d.top(
        F(d, (r) => cut(r) != null),
        cut,
        1,
        'desc',
      ),
  },
  // 赵康's first two (3457.171733 / 3457.17173) tie at 1 元, the third is 丰台区 2023 年第二批控违拆违专项资金
  {
    id: 'fi-order-07',
    cat: 'order',
    q: '赵康的执行数第三多的',
    expect: (d) => nth(d, F(d, own('赵康')), executedR, 3, 'desc'),
  },
  {
    id: 'fi-order-08',
    cat: 'order',
    q: '朗清园社区警务工作室装饰装修和信息化工程相关资金项目的全年预算数在潞源街道各项目中排名第几？',
    expect: (d) => rankOf(d, F(d, LU), L(d, '000-006'), annualR, 'desc'),
  },
  {
    id: 'fi-order-09',
    cat: 'order',
    q: '河门口预算倒数第二',
    expect: (d) => nth(d, F(d, HMK), annualR, 2, 'asc'),
  },
  {
    id: 'fi-order-10',
    cat: 'order',
    q: '全年预算数较年初预算数调增金额最大的项目是哪个？',
    expect: (d) =>
      d.top(
        F(d, (r) => raise(r) != null),
        raise,
        1,
        'desc',
      ),
  },

  // ---- talk (10): follow-ups with pre, two asks, registers ----
  {
    id: 'fi-talk-01',
    cat: 'talk',
    pre: '李哲负责的项目',
    q: '那曹阳的呢',
    expect: (d) => d.set(F(d, own('曹阳'))),
  },
  {
    id: 'fi-talk-02',
    cat: 'talk',
    pre: '河门口总分97的',
    q: '这几个预算加起来多少',
    expect: (d) => d.number(F(d, (r) => HMK(r) && ts(r) === 97).reduce((s, r) => s + annual(r), 0)),
  },
  {
    id: 'fi-talk-03',
    cat: 'talk',
    pre: '请列示发改委全年预算数最高的三个项目。',
    q: '反之，最低的三个呢？',
    expect: (d) => d.top(F(d, FGW), annualConvR, 3, 'asc'),
  },
  // 罗灵玉 has this one form and this one number
  {
    id: 'fi-talk-04',
    cat: 'talk',
    pre: '消防设施水源建设那个谁负责的',
    q: '电话多少',
    expect: (d) => d.anyOf(d.value(L(d, '003-096'), '67270332'), said('67270332')),
  },
  {
    id: 'fi-talk-05',
    cat: 'talk',
    q: '双井几个项目 一共多少钱',
    expect: (d) => allOf(d.count(F(d, SJ).length), d.number(F(d, SJ).reduce((s, r) => s + annual(r), 0))),
  },
  {
    id: 'fi-talk-06',
    cat: 'talk',
    q: '请核实“深化‘放管服’改革着力培育和激发市场主体活力发展路径研究”项目负责人的联系电话，并说明该表总分栏是否已填写。',
    expect: (d) => allOf(d.value(L(d, '002-004'), '69547457'), d.empty(L(d, '002-004'))),
  },
  // stated 执行率 below 90 %: 003-072 (80.5 %); computed: none — either reading, all of it by one
  {
    id: 'fi-talk-07',
    cat: 'talk',
    q: '执行率百分之九十以下的有没',
    expect: (d) =>
      d.anyOf(
        d.set(F(d, (r) => rate(r) != null && rate(r) < 90)),
        d.set(F(d, (r) => rateComputed(r) != null && rateComputed(r) < 90)),
      ),
  },
  {
    id: 'fi-talk-08',
    cat: 'talk',
    q: '朗清园装修那个执行绿多少',
    expect: (d) =>
      d.anyOf(
        d.value(L(d, '000-006'), rate(L(d, '000-006'))),
        d.value(L(d, '000-006'), rateComputed(L(d, '000-006'))),
      ),
  },
  // 孟卓从 = 孟卓聪 (a slip); 003-095 names him with 赵路广 (ownAny)
  {
    id: 'fi-talk-09',
    cat: 'talk',
    q: '孟卓从几个项目',
    expect: (d) => d.countRange(F(d, own('孟卓聪')).length, F(d, ownAny('孟卓聪')).length),
  },
  {
    id: 'fi-talk-10',
    cat: 'talk',
    q: '大红门民生办预算最多的那个谁负责',
    expect: (d) => {
      const top = F(d, MS_WIDE).sort((a, b) => annual(b) - annual(a))[0];
      return d.value(top, top.owner);
    },
  },

  // ---- no (10): what the forms do not hold ----
  {
    id: 'fi-no-01',
    cat: 'no',
    q: '请提供海淀区各街道项目支出绩效自评结果汇总。',
    expect: (d) => d.refuse('海淀'),
  },
  { id: 'fi-no-02', cat: 'no', q: '王建军负责的', expect: (d) => d.anyOf(d.refuse('王建军'), d.set([])) },
  {
    id: 'fi-no-03',
    cat: 'no',
    q: '请列示2019年度自评表中总分低于95分的项目。',
    expect: (d) => noYear(d, '2019', 2019),
  },
  { id: 'fi-no-04', cat: 'no', q: '三公经费花了多少', expect: (d) => d.refuse('三公') },
  {
    id: 'fi-no-05',
    cat: 'no',
    q: '请列明各项目政府采购的中标单位及合同金额。',
    expect: (d) => d.refuse('中标'),
  },
  { id: 'fi-no-06', cat: 'no', q: '把朗清园那个总分改成100', expect: (d) => d.refuse('改') },
  {
    id: 'fi-no-07',
    cat: 'no',
    q: '请说明各项目上一轮审计发现问题的整改落实情况。',
    expect: (d) => d.refuse('审计'),
  },
  { id: 'fi-no-08', cat: 'no', q: '明年预算批了多少', expect: (d) => d.refuse('明年') },
  {
    id: 'fi-no-09',
    cat: 'no',
    q: '今年报送的自评表中执行率低于90%的项目有哪些？',
    expect: (d) => noYear(d, '今年', 2026),
  },
  { id: 'fi-no-10', cat: 'no', q: '西城的项目有多少', expect: (d) => d.anyOf(d.refuse('西城'), d.set([])) },
];
