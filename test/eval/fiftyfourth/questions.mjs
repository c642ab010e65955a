// The fifty-fourth part (helper "blind72"): 120 portfolio questions asked by three people over the 169 forms — (A) a
// clerk of the 通州区财政局 预算绩效管理科 preparing figures for the district's leaders, in a formal register (请, 烦请,
// 列示, 同口径, 分别, 万元; 北京市通州区潞源街道办事处, 区发改委), about the 通州 forms (潞源 and 发改委) and now and then the
// whole store; (B) a 会计 of the 大红门 街道办事处 财务科 typing in WeChat (no punctuation, 咱大红门, w for 万, 23年, the
// 科室 abbreviated — 民生办, 党群办, 城管办, 平安办, 便民中心 — colleagues by name, one name mistyped); (C) a staff member of
// the 区发改委 产业发展科 who is not in finance and was asked by his 科长 to check the 委's forms and compare them with
// the streets' (lay words — 花了多少钱, 还剩多少没花, 打了多少分, 谁负责的 —, voice fillers, 经济大恼 / 潞园 mistyped, a word
// of English). Written by an author who had not read src/, prompts/, test/ outside test/eval/ nor any other part's
// question lines; expectations computed from the records by ../lib and ./helpers.mjs only. Not split. Definitions:
// ../README.md ("The fifty-fourth part").
import {
  blank,
  devMissing,
  money,
  norm,
  noSat,
  rows,
  satLow,
  satNoPoints,
  satNotDone,
  satRows,
} from '../lib/corpus.mjs';
import {
  allOf,
  column,
  exact,
  F,
  gapBoth,
  moneyBand,
  moneyBandCount,
  noYear,
  PCT,
  ranked,
  rateDiff,
  rateOff,
  roundedUp,
  sumBy,
  tallyBy,
  ts,
} from '../lib/shorthands.mjs';
import {
  and,
  budgetOffBy,
  DHM,
  FG,
  HMK,
  LY,
  left,
  notDoneElsewhere,
  over,
  ownerIs,
  phoneDigits,
  plusMinus,
  R,
  RATES,
  READERS,
  SJ,
  satNotDoneBlankScore,
  satZero,
  TZ,
  unitMust,
  unitPools,
  unitWide,
  wanOrYuan,
  yuan,
} from './helpers.mjs';

const sumOf = (rs, f) => rs.reduce((s, r) => s + (f(r) ?? 0), 0);
const ab = (r) => money(r, 'annualBudget');
const ib = (r) => money(r, 'initialBudget');
const ex = (r) => money(r, 'executed');

export const questions = [
  // ---------------------------------------------------------------- money ----
  // A: 发改委 sum of 全年预算数; 002-007 writes 1,863,180 (元) in the 万元 column: both readings.
  {
    id: 't54-money-01',
    cat: 'money',
    q: '请统计区发改委2023年度全部项目的全年预算数合计（万元）。',
    expect: (d) => d.sumMoney(F(d, FG), 'annualBudget'),
  },
  // A: 潞源 Σ全年预算 − Σ全年执行 (9.18 万元), signed or not.
  {
    id: 't54-money-02',
    cat: 'money',
    q: '北京市通州区潞源街道办事处各项目全年预算数合计与全年执行数合计相差多少万元？',
    expect: (d) => gapBoth(d, (m) => sumBy(F(d, LY), m, 'annualBudget') - sumBy(F(d, LY), m, 'executed')),
  },
  // A: the street's own rate, Σ执行 ÷ Σ预算, as a percentage (tolerance 0.051).
  {
    id: 't54-money-03',
    cat: 'money',
    q: '潞源街道全部项目全年执行数合计占全年预算数合计的百分比是多少？请保留两位小数。',
    expect: (d) => d.number((100 * sumOf(F(d, LY), ex)) / sumOf(F(d, LY), ab), PCT),
  },
  // A: 结余 of 000-023 in 元 (100 − 99.726033 万元 = 2739.67 元).
  {
    id: 't54-money-04',
    cat: 'money',
    q: '潞源街道“2023年城乡基层党组织服务群众经费（区级资金）”全年预算与全年执行之间的差额，按元计是多少？',
    expect: (d) => yuan(d, left(money)(R(d, '000-023'))),
  },
  // A: 10万元（含）以下 — the bound is said inclusive, so the form of exactly 10 万元 (统计所经费) counts: 7.
  {
    id: 't54-money-05',
    cat: 'money',
    q: '潞源街道全年预算数在10万元（含）以下的项目有几个？',
    expect: (d) =>
      d.count(
        F(
          d,
          and(LY, (r) => ab(r) != null && ab(r) <= 10),
        ).length,
      ),
  },
  // A: 邱程's two forms (002-002, 002-013): Σ(全年预算 − 全年执行) = 0.2 万元, in 万元 or 元.
  {
    id: 't54-money-06',
    cat: 'money',
    q: '邱程同志负责的两个项目，全年预算合计与全年执行合计之间还差多少？',
    expect: (d) => wanOrYuan(d, sumOf(F(d, ownerIs('邱程')), left(money))),
  },
  // A: 第三批 + 第四批 小微项目 全年执行数.
  {
    id: 't54-money-07',
    cat: 'money',
    q: '潞源街道2023年第三批和第四批“小微项目惠民生”资金，全年执行数合计多少万元？',
    expect: (d) => d.number(ex(R(d, '000-015')) + ex(R(d, '000-016'))),
  },
  // A: 通州 (潞源 + 发改委) Σ全年执行数 in 亿元, both readings of 002-007, within half the last shown digit.
  {
    id: 't54-money-08',
    cat: 'money',
    q: '请统计通州区（潞源街道和区发改委）全部项目的全年执行数合计，折合多少亿元？',
    expect: (d) => {
      const alts = READERS.map((m) => exact(sumBy(F(d, TZ), m, 'executed') / 10000, 0.005));
      return d.anyOf(...alts);
    },
  },
  // A: the whole store, 全年预算 above 1000 万元 (超过: 002-013 at exactly 1000 optional; 002-007 under one reading).
  {
    id: 't54-money-09',
    cat: 'money',
    q: '系统内全部项目中，全年预算数超过1000万元的项目有哪些？',
    expect: (d) => moneyBand(d, 'annualBudget', 1000, Infinity),
  },
  // B: 民生办 (民生保障办公室, 32 forms incl. 「民生保障办公室是」) Σ全年预算.
  {
    id: 't54-money-10',
    cat: 'money',
    q: '民生办23年全年预算一共多少钱',
    expect: (d) => unitPools(d, '民生办', (rs) => d.sumMoney(rs, 'annualBudget')),
  },
  // B: 城市居民最低生活保障 年初 1320 → 全年 1168.685052: 调减了 151.31 万元 (signed or not).
  {
    id: 't54-money-11',
    cat: 'money',
    q: '城市低保那个项目年初1320w 全年预算调减了多少',
    expect: (d) => plusMinus(d, ib(R(d, '003-015')) - ab(R(d, '003-015'))),
  },
  // B: 晨光路拆迁资金 in 元.
  {
    id: 't54-money-12',
    cat: 'money',
    q: '晨光路拆迁资金换成元是多少 我填个单子要用',
    expect: (d) => yuan(d, ab(R(d, '003-091'))),
  },
  // B: 党群办 (党群工作办公室 or 党群办, 24 forms) Σ全年执行数.
  {
    id: 't54-money-13',
    cat: 'money',
    q: '党群办的项目执行数加起来多少',
    expect: (d) => unitPools(d, '党群办', (rs) => d.sumMoney(rs, 'executed')),
  },
  // B: 便民服务中心 (12 forms, three of them with it as 主管部门) Σ全年预算.
  {
    id: 't54-money-14',
    cat: 'money',
    q: '便民中心所有项目全年预算合计 帮我算下',
    expect: (d) => unitPools(d, '便民中心', (rs) => d.sumMoney(rs, 'annualBudget')),
  },
  // B: 大红门 forms with 全年预算 between 100 and 500 万元 (a bound may count or not).
  {
    id: 't54-money-15',
    cat: 'money',
    q: '咱大红门全年预算100w到500w之间的项目有几个',
    expect: (d) => moneyBandCount(d, 'annualBudget', 100, 500, DHM),
  },
  // B: 赵康 (sole owner of 26 forms) Σ全年预算.
  {
    id: 't54-money-16',
    cat: 'money',
    q: '赵康名下的项目全年预算总共多少',
    expect: (d) => d.sumMoney(F(d, ownerIs('赵康')), 'annualBudget'),
  },
  // B: 民生办 forms whose 全年预算 is below 年初 (14): Σ(年初 − 全年), signed or not.
  {
    id: 't54-money-17',
    cat: 'money',
    q: '民生办的项目里全年预算比年初预算少了的 一共少了多少',
    expect: (d) =>
      unitPools(d, '民生办', (rs) =>
        plusMinus(
          d,
          sumOf(
            rs.filter((r) => ib(r) != null && ab(r) != null && ib(r) > ab(r)),
            (r) => ib(r) - ab(r),
          ),
        ),
      ),
  },
  // C: 重大投资项目规划谋划 1000 − 999.9 = 0.1 万元 left, in 万元 or 元.
  {
    id: 't54-money-18',
    cat: 'money',
    q: '重大投资项目规划谋划那个 钱还剩多少没花',
    expect: (d) => wanOrYuan(d, left(money)(R(d, '002-013'))),
  },
  // C: 产业发展科 is the 实施单位 of 002-003, 002-004, 002-005: Σ全年执行数 (42 + 20 + 331.6).
  {
    id: 't54-money-19',
    cat: 'money',
    q: '我们产业发展科那三个项目 一共花了多少钱',
    expect: (d) =>
      d.number(
        sumOf(
          F(d, (r) => norm(r.implementingUnit) === '产业发展科'),
          ex,
        ),
      ),
  },
  // C: 247 万元 in 元.
  {
    id: 't54-money-20',
    cat: 'money',
    q: '节能专项资金247万 换算成元是多少',
    expect: (d) => yuan(d, ab(R(d, '002-006'))),
  },
  // C: 002-007's 1,863,180 read as 元 → 186.318 万元 (its text says 实际支出186.318万元).
  {
    id: 't54-money-21',
    cat: 'money',
    q: '疏整促那个专班经费 表上写的1863180 是元吧 折成万元是多少',
    expect: (d) => d.number(money(R(d, '002-007'), 'annualBudget') / 10000),
  },
  // C: 发改委 largest minus smallest 全年预算 (both readings of 002-007; signed or not).
  {
    id: 't54-money-22',
    cat: 'money',
    q: '我们发改委的项目里 预算最多的比最少的多多少钱',
    expect: (d) =>
      gapBoth(d, (m) => {
        const vs = F(d, FG)
          .map((r) => m(r, 'annualBudget'))
          .filter((v) => v != null);
        return Math.max(...vs) - Math.min(...vs);
      }),
  },
  // C: 双井's two forms, Σ全年预算.
  {
    id: 't54-money-23',
    cat: 'money',
    q: '双井那两个疫情防控的项目 一共多少钱',
    expect: (d) => d.sumMoney(F(d, SJ), 'annualBudget'),
  },
  // C: 河门口 Σ全年预算.
  {
    id: 't54-money-24',
    cat: 'money',
    q: '河门口街道的项目 全年预算加起来多少',
    expect: (d) => d.sumMoney(F(d, HMK), 'annualBudget'),
  },
  // C: 潞园 = 潞源 (a homophone typo): Σ全年预算 of 发改委 − of 潞源, both readings of 002-007, signed or not.
  {
    id: 't54-money-25',
    cat: 'money',
    q: '潞园街道和我们发改委比 哪边全年预算多 多多少',
    expect: (d) => gapBoth(d, (m) => sumBy(F(d, FG), m, 'annualBudget') - sumBy(F(d, LY), m, 'annualBudget')),
  },

  // ----------------------------------------------------------------- rows ----
  // A: 000-026 协管员人数: 年度指标值 ≤43人, 实际完成值 43人 (both asked).
  {
    id: 't54-rows-01',
    cat: 'rows',
    q: '潞源街道“2023年下沉协管员经费”中“协管员人数”指标的年度指标值和实际完成值分别是多少？',
    expect: (d) => d.valueAll(R(d, '000-026'), '≤43人', '43人'),
  },
  // A: 002-002 经济效益 row: 实际完成值 2.5亿元.
  {
    id: 't54-rows-02',
    cat: 'rows',
    q: '区发改委“政府投资项目评估审核费”中，为区政府节约的资金额（经评审后核减的投资总额）这项指标实际完成值是多少？',
    expect: (d) => d.value(R(d, '002-002'), '2.5亿元', 25000),
  },
  // A: 潞源 forms without a real satisfaction row (9); a form whose satisfaction rows carry no points is optional.
  {
    id: 't54-rows-03',
    cat: 'rows',
    q: '潞源街道哪些项目的绩效指标中没有设置满意度指标？请列示。',
    expect: (d) =>
      d.setTol(
        F(d, and(LY, noSat)),
        F(
          d,
          and(LY, (r) => noSat(r) || satNoPoints(r)),
        ),
      ),
  },
  // A: rows (三级指标, real ones) per 发改委 project.
  {
    id: 't54-rows-04',
    cat: 'rows',
    q: '请分项目列示区发改委各项目三级指标的数量。',
    expect: (d) =>
      d.groups(
        tallyBy(
          F(d, FG),
          (r) => r.projectName,
          (r) => rows(r).length,
        ),
      ),
  },
  // A: 000-027 the one row scored below its weight (社会效益 29 of 30): its 偏差原因.
  {
    id: 't54-rows-05',
    cat: 'rows',
    q: '潞源街道“公益电影放映补贴”项目被扣分的那条指标，偏差原因是怎么填写的？',
    expect: (d) => d.value(R(d, '000-027'), '参与观活动人群固定范覆盖有限'),
  },
  // A: 潞源 forms with a 二级指标 生态效益指标 (000-008, 000-009).
  {
    id: 't54-rows-06',
    cat: 'rows',
    q: '潞源街道项目中，二级指标设有“生态效益指标”的是哪几个项目？',
    expect: (d) =>
      d.set(
        F(
          d,
          and(LY, (r) => rows(r).some((i) => norm(i.level2).includes('生态效益'))),
        ),
      ),
  },
  // A: 002-006 rows under 产出指标 (9).
  {
    id: 't54-rows-07',
    cat: 'rows',
    q: '区发改委“2023年节能专项资金”产出指标下共设置了几条三级指标？',
    expect: (d) => d.count(rows(R(d, '002-006')).filter((i) => norm(i.level1).includes('产出')).length),
  },
  // A: 000-022: the one weighted row with an empty 实际完成值 (社会效益, 「充分利用接诉即办奖励资金…」).
  {
    id: 't54-rows-08',
    cat: 'rows',
    q: '潞源街道“2023年接诉即办奖励金”中，哪一条指标的实际完成值没有填写？',
    expect: (d) => d.value(R(d, '000-022'), '充分利用接诉即办奖励资金'),
  },
  // A: 潞源 forms with a 年度指标值 that says 优良中差 (also 「定性优良中差」).
  {
    id: 't54-rows-09',
    cat: 'rows',
    q: '潞源街道哪些项目的绩效指标年度指标值采用了“优良中差”的表述？',
    expect: (d) =>
      d.set(
        F(
          d,
          and(LY, (r) => rows(r).some((i) => norm(i.target).includes('优良中差'))),
        ),
      ),
  },
  // B: 牛艳维's forms with a satisfaction row that says 未做; her doubtful records (003-041, 003-142: the 未做 row filed
  // under 效益 by the pdf-text reading) may count.
  {
    id: 't54-rows-10',
    cat: 'rows',
    q: '牛艳维负责的项目里 满意度写了未做的有几个',
    expect: (d) => {
      const hers = F(d, ownerIs('牛艳维'));
      const lo = hers.filter(satNotDone).length;
      return d.countRange(lo, lo + hers.filter(notDoneElsewhere).length);
    },
  },
  // B: 003-007 satisfaction row 8 of 10: 扣了 2 分.
  {
    id: 't54-rows-11',
    cat: 'rows',
    q: '老旧小区完善类改造那个项目 满意度扣了几分',
    expect: (d) => {
      const i = satRows(R(d, '003-007')).find((x) => x.weight != null);
      return d.number(i.weight - i.score, 0.011);
    },
  },
  // B: 003-018 (咱大红门的, the 大红门 form of that name) row 项目数量: 得分 9 of 10.
  {
    id: 't54-rows-12',
    cat: 'rows',
    q: '咱大红门的城乡基层党组织服务群众经费 项目数量那条指标得了几分',
    expect: (d) =>
      d.value(R(d, '003-018'), rows(R(d, '003-018')).find((i) => norm(i.name).startsWith('项目数量')).score),
  },
  // B: 003-140 使用范围 scored 18 of 20 with no 偏差原因 (the text agrees).
  {
    id: 't54-rows-13',
    cat: 'rows',
    q: '体制资金-应急经费扣分的那条 偏差原因写了没',
    expect: (d) => d.empty(R(d, '003-140')),
  },
  // B: 大红门 forms whose satisfaction row is scored 0 (21); the doubtful records with a 0-scored 未做 row filed under
  // 效益 (003-041, 003-139, 003-142) and the 未做 rows with an empty 得分 (003-094, 003-135) may count.
  {
    id: 't54-rows-14',
    cat: 'rows',
    q: '咱大红门满意度那项得0分的项目有几个',
    expect: (d) => {
      const lo = F(d, and(DHM, satZero)).length;
      const extra = F(
        d,
        and(DHM, (r) => notDoneElsewhere(r) || satNotDoneBlankScore(r)),
      ).length;
      return d.countRange(lo, lo + extra);
    },
  },
  // B: 003-091 satisfaction row 年度指标值 「超过 90%」.
  {
    id: 't54-rows-15',
    cat: 'rows',
    q: '晨光路拆迁资金 满意度那条 指标值是多少',
    expect: (d) => d.value(R(d, '003-091'), '超过90%'),
  },
  // B: 城管办 forms with a satisfaction row below its weight (003-007, 003-013, 003-091); the 未做 rows with no 得分
  // (003-094, 003-135) and the doubtful labels (003-054, 003-095: neither has one) may be listed.
  {
    id: 't54-rows-16',
    cat: 'rows',
    q: '城管办的项目满意度有扣分的吗 有的话列一下',
    expect: (d) =>
      d.setTol(
        F(d, and(unitMust('城管办'), satLow)),
        F(
          d,
          and(unitWide('城管办'), (r) => satLow(r) || satNotDoneBlankScore(r)),
        ),
      ),
  },
  // B: 003-049 发放补贴人数 年度指标值 2800 人.
  {
    id: 't54-rows-17',
    cat: 'rows',
    q: '灵活就业社会保险补贴 发放补贴人数目标是多少人',
    expect: (d) => d.value(R(d, '003-049'), '2800人', 2800),
  },
  // C: 002-001 依申请公开审核数: 年度指标值 ≥20.
  {
    id: 't54-rows-18',
    cat: 'rows',
    q: '法律顾问那个项目 依申请公开审核数 目标定的多少',
    expect: (d) => d.value(R(d, '002-001'), '≥20', 20),
  },
  // C: 002-005 rows (8).
  {
    id: 't54-rows-19',
    cat: 'rows',
    q: '经济大脑那个项目一共有几个指标',
    expect: (d) => d.count(rows(R(d, '002-005')).length),
  },
  // C: 002-002 数量 row: 实际完成值 32 (年度指标值 20).
  {
    id: 't54-rows-20',
    cat: 'rows',
    q: '政府投资项目评估审核费 实际完成了多少个评估审核',
    expect: (d) => d.value(R(d, '002-002'), 32),
  },
  // C: 002-006 rows under 效益指标 (经济, 社会, 生态, 可持续: 4).
  {
    id: 't54-rows-21',
    cat: 'rows',
    q: '节能专项资金 表里效益那一块的指标有几条',
    expect: (d) => d.count(rows(R(d, '002-006')).filter((i) => norm(i.level1).includes('效益')).length),
  },
  // C: 发改委 forms without a real satisfaction row (002-002, 002-004, 002-013).
  {
    id: 't54-rows-22',
    cat: 'rows',
    q: '委里（发改委）的表 哪些没有满意度那一项指标',
    expect: (d) =>
      d.setTol(
        F(d, and(FG, noSat)),
        F(
          d,
          and(FG, (r) => noSat(r) || satNoPoints(r)),
        ),
      ),
  },
  // C: 002-013 质量 row (目标 项目总投资不低于100亿元以上…): 实际完成值 101.4亿元.
  {
    id: 't54-rows-23',
    cat: 'rows',
    q: '重大投资项目规划谋划 目标写总投资不低于100亿的那个指标 实际完成的是多少',
    expect: (d) => d.value(R(d, '002-013'), '101.4亿元', 1014000),
  },
  // C: 河门口 forms with a row below its weight and no 偏差原因 (all nine).
  {
    id: 't54-rows-24',
    cat: 'rows',
    q: '河门口那几个项目 扣了分的指标偏差原因是不是都没写 哪些项目没写',
    expect: (d) => d.set(F(d, and(HMK, devMissing))),
  },
  // C: 001-004 (基本户) satisfaction row 年度指标值 「社区对疫情防控物资发放等相关工作满意率达90%」.
  {
    id: 't54-rows-25',
    cat: 'rows',
    q: '双井疫情防控基本户那个项目 满意度那条指标值写的什么',
    expect: (d) => d.value(R(d, '001-004'), '满意率达90%'),
  },

  // ----------------------------------------------------------------- talk ----
  // A: a follow-up (同口径): the lead's sum of 全年预算, for 发改委 (both readings of 002-007).
  {
    id: 't54-talk-01',
    cat: 'talk',
    pre: '请统计潞源街道全部项目全年预算数合计。',
    q: '同口径，区发改委的是多少？',
    expect: (d) => d.sumMoney(F(d, FG), 'annualBudget'),
  },
  // A: two asks — 潞源's forms (22) and those with 总分 below 100 (7).
  {
    id: 't54-talk-02',
    cat: 'talk',
    q: '请分别告知潞源街道的项目总数，以及其中自评总分低于100分的项目数。',
    expect: (d) =>
      allOf(
        d.count(F(d, LY).length),
        d.count(
          F(
            d,
            and(LY, (r) => ts(r) != null && ts(r) < 100),
          ).length,
        ),
      ),
  },
  // A: a follow-up on the lead's list (发改委 forms with an empty 总分): the owners as a column of that list.
  {
    id: 't54-talk-03',
    cat: 'talk',
    pre: '区发改委哪些项目的总分未填写？',
    q: '上述项目的负责人分别是谁？',
    expect: (d) =>
      column(
        d,
        '负责人',
        F(
          d,
          and(FG, (r) => ts(r) == null),
        ),
        (r) => r.owner,
      ),
  },
  // A: context first; 潞源 forms with 执行率 below 100 % under either reading (000-021 states 99 %, its amounts give
  // 99.998 % → 100.00 %).
  {
    id: 't54-talk-04',
    cat: 'talk',
    q: '区政府下周听取各单位绩效自评情况汇报，烦请提供潞源街道2023年度预算执行率未达到100%的项目清单。',
    expect: (d) =>
      over(d, RATES, (rt) =>
        d.set(
          F(
            d,
            and(LY, (r) => rt(r) != null && rt(r) < 100),
          ),
        ),
      ),
  },
  // A: a follow-up on one project (the lowest 执行率 of 潞源, 000-018 under both readings): owner and phone.
  {
    id: 't54-talk-05',
    cat: 'talk',
    pre: '潞源街道项目中预算执行率最低的是哪个项目？',
    q: '该项目的负责人及联系电话是多少？',
    expect: (d) => d.valueAll(R(d, '000-018'), '贾安琪', '89538675'),
  },
  // A: 街到 typed for 街道; 潞源 forms with an empty 负责人 (6).
  {
    id: 't54-talk-06',
    cat: 'talk',
    q: '请问潞源街到有几个项目未填写项目负责人？',
    expect: (d) =>
      d.count(
        F(
          d,
          and(LY, (r) => blank(r.owner)),
        ).length,
      ),
  },
  // A: a follow-up on the lead's top five of 通州 by 全年预算: how many are 发改委's (3 under both readings of 002-007).
  {
    id: 't54-talk-07',
    cat: 'talk',
    pre: '请列出通州区全年预算数排名前五的项目。',
    q: '其中属于区发改委的有几个？',
    expect: (d) =>
      over(d, READERS, (m) => {
        const top = F(d, TZ)
          .filter((r) => m(r, 'annualBudget') != null)
          .sort((a, b) => m(b, 'annualBudget') - m(a, 'annualBudget'))
          .slice(0, 5);
        return d.count(top.filter(FG).length);
      }),
  },
  // B: a follow-up — the lead's count, for 城管办 (城乡管理办公室 29; 003-095 「城乡办、平安办」 and 003-054
  // 「城乡建设办公室」 may count).
  {
    id: 't54-talk-08',
    cat: 'talk',
    pre: '党群办有几个项目啊',
    q: '那城管办呢',
    expect: (d) => d.countRange(F(d, unitMust('城管办')).length, F(d, unitWide('城管办')).length),
  },
  // B: 牛艳伟 typed for 牛艳维 (sole owner of 31 forms).
  {
    id: 't54-talk-09',
    cat: 'talk',
    q: '牛艳伟负责几个项目',
    expect: (d) => d.count(F(d, ownerIs('牛艳维')).length),
  },
  // B: no punctuation; 赵康's forms with 年初预算数 not written (24).
  {
    id: 't54-talk-10',
    cat: 'talk',
    q: '帮我看下赵康的项目哪些年初预算没填',
    expect: (d) =>
      d.set(
        F(
          d,
          and(ownerIs('赵康'), (r) => ib(r) == null),
        ),
      ),
  },
  // B: a follow-up ordering the lead's list (便民服务中心's 12 forms) by 全年预算, largest first.
  {
    id: 't54-talk-11',
    cat: 'talk',
    pre: '便民中心的项目列一下',
    q: '按全年预算从大到小排',
    expect: (d) => ranked(d, F(d, unitMust('便民中心')), ab, 'desc'),
  },
  // B: two asks — 平安办's forms (7; 003-095 「城乡办、平安办」 may count) and their Σ全年预算 (多少钱 = 全年预算).
  {
    id: 't54-talk-12',
    cat: 'talk',
    q: '平安办几个项目 总共多少钱',
    expect: (d) =>
      allOf(
        d.countRange(F(d, unitMust('平安办')).length, F(d, unitWide('平安办')).length),
        unitPools(d, '平安办', (rs) => d.sumMoney(rs, 'annualBudget')),
      ),
  },
  // B: voice fillers; 003-091's owner and phone.
  {
    id: 't54-talk-13',
    cat: 'talk',
    q: '那个 就是 晨光路拆迁那个 负责人是谁来着 电话多少',
    expect: (d) => d.valueAll(R(d, '003-091'), '王璐', '67270318'),
  },
  // B: a word of English; 城管办's smallest 全年预算 (003-051 under either pool).
  {
    id: 't54-talk-14',
    cat: 'talk',
    q: '城管办budget最少的是哪个项目',
    expect: (d) => unitPools(d, '城管办', (rs) => d.top(rs, ab, 1, 'asc')),
  },
  // C: voice fillers; 发改委's forms (8).
  {
    id: 't54-talk-15',
    cat: 'talk',
    q: '嗯 那个 我们委 就是发改委 一共有几个项目来着',
    expect: (d) => d.count(F(d, FG).length),
  },
  // C: 经济大恼 typed for 经济大脑; 002-005's owner.
  {
    id: 't54-talk-16',
    cat: 'talk',
    q: '经济大恼那个项目的负责人是谁',
    expect: (d) => d.value(R(d, '002-005'), '张旖斐'),
  },
  // C: a follow-up on the lead's list (发改委's 8): those without a 总分 (002-004, 002-006, 002-007).
  {
    id: 't54-talk-17',
    cat: 'talk',
    pre: '发改委的项目都列一下',
    q: '哪几个没打总分',
    expect: (d) =>
      d.set(
        F(
          d,
          and(FG, (r) => ts(r) == null),
        ),
      ),
  },
  // C: a follow-up on one project (002-006): 全年执行数 247 (花完了: 100 %).
  {
    id: 't54-talk-18',
    cat: 'talk',
    pre: '节能专项资金预算是多少',
    q: '那执行了多少 钱花完了没',
    expect: (d) => d.value(R(d, '002-006'), ex(R(d, '002-006'))),
  },
  // C: English 「total score」 = 总分; the mean of the five 发改委 forms that state one (99.998).
  {
    id: 't54-talk-19',
    cat: 'talk',
    q: '发改委项目的total score平均是多少',
    expect: (d) =>
      d.avg(
        F(
          d,
          and(FG, (r) => ts(r) != null),
        ),
        ts,
      ),
  },
  // C: two asks — 潞源's forms (22) and those with no 负责人 (6).
  {
    id: 't54-talk-20',
    cat: 'talk',
    q: '潞源那边有几个项目 负责人没写的有几个',
    expect: (d) =>
      allOf(
        d.count(F(d, LY).length),
        d.count(
          F(
            d,
            and(LY, (r) => blank(r.owner)),
          ).length,
        ),
      ),
  },

  // ---------------------------------------------------------------- audit ----
  // A: 通州 budget 得分 against min(执行率, 100 %) × 分值 (± 0.05): off under both readings must be listed (000-024,
  // 000-025), off under one only may (000-006, 000-016, 000-021).
  {
    id: 't54-audit-01',
    cat: 'audit',
    q: '潞源街道和区发改委的项目中，预算执行得分与执行率对应不上的有哪些？',
    expect: (d) =>
      d.setTol(
        F(d, and(TZ, ...RATES.map(budgetOffBy))),
        F(
          d,
          and(TZ, (r) => RATES.some((rt) => budgetOffBy(rt)(r))),
        ),
      ),
  },
  // A: 发改委 forms with an empty 总分 (TOTAL_MISSING).
  {
    id: 't54-audit-02',
    cat: 'audit',
    q: '区发改委报送的自评表中，哪些未填写总分？',
    expect: (d) =>
      d.set(
        F(
          d,
          and(FG, (r) => ts(r) == null),
        ),
      ),
  },
  // A: RATE_ROUNDED_UP_TO_FULL in 通州 (002-002: 199.9 of 200 stated 100 %).
  {
    id: 't54-audit-03',
    cat: 'audit',
    q: '通州区项目中，是否存在执行率填写为100%但全年执行数小于全年预算数的情况？请列出。',
    expect: (d) => d.set(F(d, and(TZ, roundedUp))),
  },
  // A: 通州 phone cells with a 9-digit number (002-001).
  {
    id: 't54-audit-04',
    cat: 'audit',
    q: '通州区的项目中，联系电话填写为9位数的是哪个项目？',
    expect: (d) =>
      d.set(
        F(
          d,
          and(TZ, (r) => phoneDigits(r).some((p) => p.length === 9)),
        ),
      ),
  },
  // B: 民生办 forms whose 年初预算数 is above the 全年预算数 (14).
  {
    id: 't54-audit-05',
    cat: 'audit',
    q: '民生办的项目 年初预算比全年预算高的都有哪些',
    expect: (d) =>
      unitPools(d, '民生办', (rs) =>
        d.set(rs.filter((r) => ib(r) != null && ab(r) != null && ib(r) > ab(r))),
      ),
  },
  // B: RATE_MISMATCH in 大红门 (003-072: 80.5 % stated, 10.15 of 10.15 spent); a rate off only by rounding may be listed.
  {
    id: 't54-audit-06',
    cat: 'audit',
    q: '大红门这边执行率跟执行数对不上的表有哪些',
    expect: (d) =>
      d.setTol(
        F(d, and(DHM, rateOff)),
        F(
          d,
          and(DHM, (r) => rateOff(r) || rateDiff(r)),
        ),
      ),
  },
  // B: 大红门 phone cells with a 9-digit number (003-024 「672703090」).
  {
    id: 't54-audit-07',
    cat: 'audit',
    q: '咱们大红门电话号码多打了一位的是哪个项目',
    expect: (d) =>
      d.set(
        F(
          d,
          and(DHM, (r) => phoneDigits(r).some((p) => p.length === 9)),
        ),
      ),
  },
  // C: 发改委 forms to send back (errors of SCORING §8 computable from a record: 002-004, 002-006, 002-007 have no
  // 总分); the wrong values flagged as warnings (002-002 执行率 100 % on 99.95 %, 002-001's 9-digit phone) may be listed.
  {
    id: 't54-audit-08',
    cat: 'audit',
    q: '我们发改委的表 哪些有错要退回去改的',
    expect: (d) =>
      d.setTol(
        F(
          d,
          and(FG, (r) => ts(r) == null),
        ),
        F(
          d,
          and(FG, (r) => ts(r) == null || roundedUp(r) || phoneDigits(r).some((p) => p.length === 9)),
        ),
      ),
  },
  // C: 潞园 = 潞源; RATE_MISMATCH (000-006: 99.9 % stated, 433 of 438 = 98.86 %); rates off by rounding only optional.
  {
    id: 't54-audit-09',
    cat: 'audit',
    q: '潞园那边执行率算得不对的是哪个',
    expect: (d) =>
      d.setTol(
        F(d, and(LY, rateOff)),
        F(
          d,
          and(LY, (r) => rateOff(r) || rateDiff(r)),
        ),
      ),
  },
  // C: 河门口 forms without a 负责人 (the row is absent on all nine).
  {
    id: 't54-audit-10',
    cat: 'audit',
    q: '河门口街道的项目哪些没填负责人',
    expect: (d) =>
      d.set(
        F(
          d,
          and(HMK, (r) => blank(r.owner)),
        ),
      ),
  },

  // ----------------------------------------------------------------- desk ----
  // A: 002-001's 主管部门 as written: 办公室 (its 实施单位 says 通州区发改委).
  {
    id: 't54-desk-01',
    cat: 'desk',
    q: '区发改委“法律顾问”项目表上主管部门一栏填写的是什么？',
    expect: (d) => d.value(R(d, '002-001'), R(d, '002-001').department),
  },
  // A: 002-005's owner and phone.
  {
    id: 't54-desk-02',
    cat: 'desk',
    q: '请提供通州区“经济大脑”服务项目的项目负责人及联系电话。',
    expect: (d) => d.valueAll(R(d, '002-005'), R(d, '002-005').owner, R(d, '002-005').phone),
  },
  // A: 000-026 全年执行数.
  {
    id: 't54-desk-03',
    cat: 'desk',
    q: '潞源街道2023年下沉协管员经费全年执行数是多少万元？',
    expect: (d) => d.value(R(d, '000-026'), ex(R(d, '000-026'))),
  },
  // A: 002-007's 总分 is empty.
  {
    id: 't54-desk-04',
    cat: 'desk',
    q: '请问区发改委2023“疏整促”专班经费的自评总分是多少？',
    expect: (d) => d.empty(R(d, '002-007')),
  },
  // B: 003-097 has 主管部门 综合办公室 and 实施单位 大红门街道办事处 (the other way round from most forms): both asked.
  {
    id: 't54-desk-05',
    cat: 'desk',
    q: '集中隔离观察点经费 主管部门跟实施单位分别填的啥',
    expect: (d) => d.valueAll(R(d, '003-097'), R(d, '003-097').department, R(d, '003-097').implementingUnit),
  },
  // B: 67069133 is 003-116's phone (肖杰), on no other form.
  {
    id: 't54-desk-06',
    cat: 'desk',
    q: '67069133是谁的电话',
    expect: (d) => d.value(R(d, '003-116'), R(d, '003-116').owner),
  },
  // B: 003-127's 执行率 cell is empty, its amounts give 100 %: either answer.
  {
    id: 't54-desk-07',
    cat: 'desk',
    q: '平安建设经费执行率多少',
    expect: (d) => d.anyOf(d.value(R(d, '003-127'), 100), d.empty(R(d, '003-127'))),
  },
  // C: 002-004 (深化“放管服”改革…发展路径研究) has no 总分.
  {
    id: 't54-desk-08',
    cat: 'desk',
    q: '放管服那个研究项目 总分多少',
    expect: (d) => d.empty(R(d, '002-004')),
  },
  // C: 002-001's phone as written (9 digits).
  {
    id: 't54-desk-09',
    cat: 'desk',
    q: '法律顾问的联系电话是多少',
    expect: (d) => d.value(R(d, '002-001'), R(d, '002-001').phone),
  },
  // C: 002-003's owner.
  {
    id: 't54-desk-10',
    cat: 'desk',
    q: '产业高质量发展评估体系那个项目 谁负责的',
    expect: (d) => d.value(R(d, '002-003'), R(d, '002-003').owner),
  },

  // ------------------------------------------------------------------- no ----
  // A: 2024: no forms for that year.
  {
    id: 't54-no-01',
    cat: 'no',
    q: '请提供潞源街道2024年度项目绩效自评汇总情况。',
    expect: (d) => noYear(d, '2024', 2024),
  },
  // A: 财政局 names no form.
  {
    id: 't54-no-02',
    cat: 'no',
    q: '通州区财政局本级项目的自评得分情况如何？',
    expect: (d) => d.refuse('财政局'),
  },
  // A: a request to change a form's 总分.
  {
    id: 't54-no-03',
    cat: 'no',
    q: '请将潞源街道“2023年下沉协管员经费”的总分修改为95分。',
    expect: (d) => d.refuse('修改'),
  },
  // A: 采购方式 is on no form.
  {
    id: 't54-no-04',
    cat: 'no',
    q: '请列示区发改委各项目的政府采购方式。',
    expect: (d) => d.refuse('采购方式'),
  },
  // B: 教委 names no form (丰台区 alone would be 大红门's).
  {
    id: 't54-no-05',
    cat: 'no',
    q: '丰台区教委那边的项目有哪些',
    expect: (d) => d.refuse('教委'),
  },
  // B: 去年 = 2025 (README: read against today's date), no forms.
  {
    id: 't54-no-06',
    cat: 'no',
    q: '去年低保执行了多少',
    expect: (d) => noYear(d, '去年', 2025),
  },
  // B: 上半年 cannot be answered from a yearly form.
  {
    id: 't54-no-07',
    cat: 'no',
    q: '民生办上半年花了多少钱',
    expect: (d) => d.refuse('上半年'),
  },
  // C: 明年 = 2027, no forms.
  {
    id: 't54-no-08',
    cat: 'no',
    q: '我们发改委明年的项目预算大概多少',
    expect: (d) => noYear(d, '明年', 2027),
  },
  // C: 中标单位 is on no form.
  {
    id: 't54-no-09',
    cat: 'no',
    q: '经济大脑那个项目的中标单位是哪家公司',
    expect: (d) => d.refuse('中标'),
  },
  // C: a request to delete forms.
  {
    id: 't54-no-10',
    cat: 'no',
    q: '帮我把河门口的项目都删了',
    expect: (d) => d.refuse('删'),
  },

  // ---------------------------------------------------------------- order ----
  // A: 潞源's top three by 全年预算 (438, 391.92, 225).
  {
    id: 't54-order-01',
    cat: 'order',
    q: '潞源街道全年预算数排名前三的项目是哪些？请按降序列示。',
    expect: (d) => d.top(F(d, LY), ab, 3, 'desc'),
  },
  // A: 发改委's smallest 全年执行数 (002-001, 10 万元, under both readings of 002-007).
  {
    id: 't54-order-02',
    cat: 'order',
    q: '区发改委全年执行数最少的项目是哪个？',
    expect: (d) => d.topMoney(F(d, FG), 'executed', 1, 'asc'),
  },
  // A: 通州's three lowest 总分 (three forms at 99: 000-024, 000-025, 000-027).
  {
    id: 't54-order-03',
    cat: 'order',
    q: '通州区项目中自评总分最低的三个项目是哪些？',
    expect: (d) => d.top(F(d, TZ), ts, 3, 'asc'),
  },
  // A: 潞源's owner of the most forms: 周蕾莹 (5), said by name or by her forms.
  {
    id: 't54-order-04',
    cat: 'order',
    q: '潞源街道哪位项目负责人负责的项目数量最多？',
    expect: (d) => d.anyOf(d.value(R(d, '000-001'), '周蕾莹'), d.set(F(d, and(LY, ownerIs('周蕾莹'))))),
  },
  // B: 民生办's top three by 全年预算.
  {
    id: 't54-order-05',
    cat: 'order',
    q: '民生办全年预算最多的前三个',
    expect: (d) => unitPools(d, '民生办', (rs) => d.top(rs, ab, 3, 'desc')),
  },
  // B: 李毅飞's smallest 全年预算 (003-061, 0.08 万元; 多少钱 = 全年预算).
  {
    id: 't54-order-06',
    cat: 'order',
    q: '李毅飞负责的项目里哪个钱最少',
    expect: (d) => d.top(F(d, ownerIs('李毅飞')), ab, 1, 'asc'),
  },
  // B: 大红门's largest 全年 − 年初 among the forms with both written (003-018: 408.93 → 839.68118).
  {
    id: 't54-order-07',
    cat: 'order',
    q: '大红门哪个项目从年初到全年预算调增得最多',
    expect: (d) =>
      d.top(
        F(
          d,
          and(DHM, (r) => ib(r) != null && ab(r) != null),
        ),
        (r) => ab(r) - ib(r),
        1,
        'desc',
      ),
  },
  // C: 发改委's largest 全年预算: 002-007 as written (1,863,180) or 002-013 (1000) with 002-007 read as 元.
  {
    id: 't54-order-08',
    cat: 'order',
    q: '我们发改委哪个项目钱最多',
    expect: (d) => d.topMoney(F(d, FG), 'annualBudget', 1, 'desc'),
  },
  // C: 潞源's lowest 总分: three forms tie at 99 (any of them).
  {
    id: 't54-order-09',
    cat: 'order',
    q: '潞源那边总分最低的是哪个',
    expect: (d) => d.top(F(d, LY), ts, 1, 'asc'),
  },
  // C: 河门口's nine forms by 全年预算, largest first.
  {
    id: 't54-order-10',
    cat: 'order',
    q: '河门口的项目按预算从高到低排一下',
    expect: (d) => ranked(d, F(d, HMK), ab, 'desc'),
  },

  // ---------------------------------------------------------------- tally ----
  // A: 潞源 forms per 负责人 (the six without one form no group).
  {
    id: 't54-tally-01',
    cat: 'tally',
    q: '请按项目负责人统计潞源街道的项目个数。',
    expect: (d) =>
      d.groups(
        tallyBy(
          F(
            d,
            and(LY, (r) => !blank(r.owner)),
          ),
          (r) => r.owner,
          () => 1,
        ),
      ),
  },
  // A: 通州 forms per 主管部门 as written (4 labels), or per office (发改委's three labels, 办公室 among them, as one).
  {
    id: 't54-tally-02',
    cat: 'tally',
    q: '请按主管部门统计通州区的项目个数。',
    expect: (d) =>
      d.anyOf(
        d.groups(
          tallyBy(
            F(d, TZ),
            (r) => r.department,
            () => 1,
          ),
        ),
        d.groups({ 北京市通州区潞源街道办事处: F(d, LY).length, 通州区发展和改革委员会: F(d, FG).length }),
      ),
  },
  // A: 潞源's mean 总分 (all 22 state one).
  {
    id: 't54-tally-03',
    cat: 'tally',
    q: '潞源街道各项目自评总分的平均值是多少？',
    expect: (d) => d.avg(F(d, LY), ts),
  },
  // A: 发改委's mean 全年预算 over its 8 forms (both readings of 002-007).
  {
    id: 't54-tally-04',
    cat: 'tally',
    q: '区发改委平均每个项目的全年预算是多少万元？',
    expect: (d) =>
      d.anyOf(...READERS.map((m) => d.number(sumBy(F(d, FG), m, 'annualBudget') / F(d, FG).length))),
  },
  // B: 大红门 forms with a satisfaction row that says 未做 (23); the doubtful records (003-041, 003-139, 003-142) may
  // count.
  {
    id: 't54-tally-05',
    cat: 'tally',
    q: '咱大红门满意度写未做的一共几个',
    expect: (d) => {
      const lo = F(d, and(DHM, satNotDone)).length;
      return d.countRange(lo, lo + F(d, and(DHM, notDoneElsewhere)).length);
    },
  },
  // B: forms per owner, for the two named (赵康 26, 张宏 12).
  {
    id: 't54-tally-06',
    cat: 'tally',
    q: '赵康 张宏 各负责几个项目',
    expect: (d) => d.groups({ 赵康: F(d, ownerIs('赵康')).length, 张宏: F(d, ownerIs('张宏')).length }),
  },
  // B: 民生办's mean 全年执行数.
  {
    id: 't54-tally-07',
    cat: 'tally',
    q: '民生办平均每个项目执行了多少',
    expect: (d) => unitPools(d, '民生办', (rs) => d.avg(rs, ex)),
  },
  // C: 双井 (2) + 河门口 (9).
  {
    id: 't54-tally-08',
    cat: 'tally',
    q: '双井和河门口加起来一共几个项目',
    expect: (d) => d.count(F(d, (r) => SJ(r) || HMK(r)).length),
  },
  // C: 发改委's mean 全年执行数 (花了多少钱 = 执行数) over its 8 forms, both readings of 002-007.
  {
    id: 't54-tally-09',
    cat: 'tally',
    q: '我们发改委的项目平均每个花了多少钱',
    expect: (d) => d.anyOf(...READERS.map((m) => d.number(sumBy(F(d, FG), m, 'executed') / F(d, FG).length))),
  },
  // C: 河门口's mean 总分.
  {
    id: 't54-tally-10',
    cat: 'tally',
    q: '河门口的项目总分平均多少',
    expect: (d) => d.avg(F(d, HMK), ts),
  },
];
