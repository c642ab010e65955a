// The forty-second part (helper "blind60"): 120 portfolio questions asked by three people over the 169 forms — (A) the
// 主任 of a 街道 (大红门) typing on WeChat between meetings: short, no punctuation, 咱们 / 俺们 / 那几个 / 仨 / 俩, an emoji
// now and then, follow-ups that lean on the answer before (`pre`), corrections in mid-line (不对 / 我说错了 / 是…不是…) and
// chit-chat (好的 / 行 / 收到 / 辛苦); (B) a 科长 of the 区财政局 预算科: terse, budget jargon (预算调整, 调增 / 调减, 结余,
// 执行进度, 支出, 资金使用率, 分值 / 得分, 扣分), differences, sums, shares, averages and rankings, now and then two asks in
// one line (graded with `allOf`); (C) a young clerk who mixes English and Chinese (budget, score, list, rank, actual,
// target, KPI, total, thx, btw, pls), sometimes in traditional characters, about indicator rows (目标值 / 实际完成值 / 分值 /
// 得分 / 偏差原因), lists and rankings, and follow-ups. Written by an author who had not read src/, prompts/, test/ outside
// test/eval/ nor any other part's question lines; expectations computed from the records by ../lib and ./helpers.mjs
// only. Not split. Definitions: ../README.md ("The forty-second part").
import { money, norm, rate, rateComputed, rows } from '../lib/corpus.mjs';
import {
  allOf,
  budgetAbove,
  conv,
  lostPts,
  noYear,
  PCT,
  phoneNumbers,
  rateDiff,
  rateOff,
  shortRow,
  ts,
} from '../lib/shorthands.mjs';
import {
  anyOne,
  bothBudgets,
  CX,
  CX_MAYBE,
  cut,
  DHM,
  DQ,
  DQ_ABBR,
  FG,
  gap,
  HMK,
  ids,
  LY,
  left,
  level1Weight,
  MS,
  noReasonRows,
  notDoneLost,
  notDoneMaybe,
  notDoneSure,
  owner,
  ownerAny,
  pool,
  projectsOrRows,
  R,
  raise,
  SJ,
  SQ,
  SQ_IMPL,
  sumOf,
  sumScores,
  totalVsRows,
  twoReaders,
  yr,
  yuanKey,
  zeroStart,
} from './helpers.mjs';

const annual = (r) => money(r, 'annualBudget');
const executed = (r) => money(r, 'executed');

export const questions = [
  // ---- money: 01–08 A (街道 主任), 09–17 B (预算科 科长), 18–25 C (young clerk) ----
  {
    id: 't42-money-01',
    cat: 'money',
    q: '咱大红门那些项目一共花出去多少钱',
    // 全年执行数 of the 128 大红门 forms
    expect: (d) => d.number(sumOf(pool(d, DHM), executed)),
  },
  {
    id: 't42-money-02',
    cat: 'money',
    q: '老旧小区改造那个项目多少钱来着',
    // 2021 年度老旧小区完善类改造项目: 全年预算 = 全年执行 = 3457.171733 万元
    expect: (d) => d.value(R(d, '003-007'), 3457.171733),
  },
  {
    id: 't42-money-03',
    cat: 'money',
    q: '俺们民生办那几十个项目 预算加一块多少',
    // 民生保障办公室 (32 forms, 「民生保障办公室是」 included): Σ 全年预算数
    expect: (d) => d.number(sumOf(pool(d, MS), annual)),
  },
  {
    id: 't42-money-04',
    cat: 'money',
    q: '潞源那边钱没花完的几个项目 一共还剩多少',
    // Σ (全年预算 − 全年执行) over 潞源: 9.18 万元
    expect: (d) => d.number(sumOf(pool(d, LY), left(money))),
  },
  {
    id: 't42-money-05',
    cat: 'money',
    q: '晨光路拆迁那笔钱 换成元是多少来着',
    // 1342.2393 万元 = 13 422 393 元 (within 1 元)
    expect: (d) => d.number(money(R(d, '003-091'), 'annualBudget') * 10000, 1),
  },
  {
    id: 't42-money-06',
    cat: 'money',
    q: '社区建设办公室的年初预算加起来多少 不对 我说错了 是全年预算',
    // corrected to 全年预算: 社区建设办公室 in 主管部门 or 实施单位 (13) or as 实施单位 only (12)
    expect: (d) => d.anyOf(d.number(sumOf(pool(d, SQ), annual)), d.number(sumOf(pool(d, SQ_IMPL), annual))),
  },
  {
    id: 't42-money-07',
    cat: 'money',
    q: '咱大红门平均一个项目多少钱',
    // mean 全年预算数 of the 128 forms (全年执行数 gives the same to 0.01)
    expect: (d) => d.avg(pool(d, DHM), annual),
  },
  {
    id: 't42-money-08',
    cat: 'money',
    pre: '潞源的项目全年预算一共多少',
    q: '那双井的呢',
    // Σ 全年预算 of the two 双井 forms: 39.4
    expect: (d) => d.number(sumOf(pool(d, SJ), annual)),
  },
  {
    id: 't42-money-09',
    cat: 'money',
    q: '大红门预算调增项目几个，调增总额多少',
    // 全年 > 年初 (both written): 9 forms, 686.73 万元; 003-082 (年初 0) may be left out: 8, 681.55
    expect: (d) => {
      const rs = pool(d, (r) => DHM(r) && raise(r) > 0);
      const no0 = rs.filter((r) => !zeroStart(r));
      return allOf(
        d.countRange(no0.length, rs.length),
        d.anyOf(d.number(sumOf(rs, raise)), d.number(sumOf(no0, raise))),
      );
    },
  },
  {
    id: 't42-money-10',
    cat: 'money',
    q: '城市居民最低生活保障 调减多少，调减比例',
    // 年初 1320 − 全年 1168.685052 = 151.31 万元; 11.46 % of 年初 (to one decimal)
    expect: (d) => {
      const r = R(d, '003-015');
      return allOf(d.number(cut(r)), d.number((100 * cut(r)) / money(r, 'initialBudget'), PCT));
    },
  },
  {
    id: 't42-money-11',
    cat: 'money',
    q: '河门口上年结转资金合计',
    // 上年结转资金 row, 全年预算数: 5.1 + 8.02 + 1.26 + 14.63 = 29.01 (执行数 the same)
    expect: (d) => d.number(sumOf(pool(d, HMK), (r) => money(r, 'annualBudget', 'carryOver'))),
  },
  {
    id: 't42-money-12',
    cat: 'money',
    q: '城乡管理办公室支出占大红门总支出比重',
    // Σ 执行数 of 城乡管理办公室 (29) / Σ 执行数 of 大红门; 城乡建设办公室 (003-054) and 「城乡办、平安办」 (003-095) may be counted
    expect: (d) => {
      const whole = sumOf(pool(d, DHM), executed);
      const share = (f) => d.number((100 * sumOf(pool(d, f), executed)) / whole, PCT);
      return d.anyOf(
        share(CX),
        share((r) => CX(r) || ids('003-054')(r)),
        share((r) => CX(r) || ids('003-095')(r)),
        share((r) => CX(r) || CX_MAYBE(r)),
      );
    },
  },
  {
    id: 't42-money-13',
    cat: 'money',
    q: '民生办项目平均支出',
    // mean 全年执行数 over the 32 民生保障办公室 forms
    expect: (d) => d.avg(pool(d, MS), executed),
  },
  {
    id: 't42-money-14',
    cat: 'money',
    q: '潞源比河门口全年预算多多少',
    // Σ 潞源 − Σ 河门口 (signed or as a magnitude)
    expect: (d) =>
      gap(
        d,
        (m) =>
          sumOf(pool(d, LY), (r) => m(r, 'annualBudget')) - sumOf(pool(d, HMK), (r) => m(r, 'annualBudget')),
      ),
  },
  {
    id: 't42-money-15',
    cat: 'money',
    q: '大红门全年预算比年初预算净调增多少',
    // Σ (全年 − 年初) over the forms that have both (456.90); or Σ 全年 − Σ 年初 with an unwritten 年初 as 0 (README)
    expect: (d) => {
      const rs = pool(d, DHM);
      return d.anyOf(
        d.number(sumOf(rs.filter(bothBudgets), raise)),
        d.number(sumOf(rs, annual) - sumOf(rs, (r) => money(r, 'initialBudget'))),
      );
    },
  },
  {
    id: 't42-money-16',
    cat: 'money',
    q: '发改委结余合计，资金使用率最低的是哪个',
    // 结余 0.2 万元 (002-002 and 002-013, 0.1 each); lowest rate: 002-013 as stated (99.99 %), 002-002 as computed (99.95 %)
    expect: (d) =>
      allOf(
        d.number(sumOf(pool(d, FG), left(money))),
        d.anyOf(d.set([R(d, '002-013')]), d.set([R(d, '002-002')])),
      ),
  },
  {
    id: 't42-money-17',
    cat: 'money',
    q: '2020年项目支出合计，占全部支出比重',
    // 2020: 435.31 万元; its share of Σ 执行数 under both readings of 疏整促's 1,863,180
    expect: (d) => {
      const y20 = sumOf(pool(d, yr(2020)), executed);
      return allOf(
        d.number(y20),
        d.anyOf(
          d.number((100 * y20) / sumOf(d.all, executed), PCT),
          d.number((100 * y20) / sumOf(d.all, (r) => conv(r, 'executed')), PCT),
        ),
      );
    },
  },
  {
    id: 't42-money-18',
    cat: 'money',
    q: 'pls 算下潞源 total budget 是多少 thx',
    expect: (d) => d.number(sumOf(pool(d, LY), annual)),
  },
  {
    id: 't42-money-19',
    cat: 'money',
    q: '發改委 actual 支出 total 多少',
    // Σ 全年执行数 of 发改委, both readings of 1,863,180
    expect: (d) => twoReaders(d, (m) => sumOf(pool(d, FG), (r) => m(r, 'executed'))),
  },
  {
    id: 't42-money-20',
    cat: 'money',
    q: '經濟大腦那個 project 的 budget 換成元是多少',
    // 通州区“经济大脑”服务项目: 331.6 万元 = 3 316 000 元
    expect: (d) => d.number(money(R(d, '002-005'), 'annualBudget') * 10000, 1),
  },
  {
    id: 't42-money-21',
    cat: 'money',
    pre: '河门口 projects 的 budget list 一下',
    q: 'total 呢',
    // Σ 全年预算 of the nine 河门口 forms: 395.91
    expect: (d) => d.number(sumOf(pool(d, HMK), annual)),
  },
  {
    id: 't42-money-22',
    cat: 'money',
    q: 'btw 潞源 avg 执行数 per project 是多少',
    expect: (d) => d.avg(pool(d, LY), executed),
  },
  {
    id: 't42-money-23',
    cat: 'money',
    q: '大紅門 budget 最大的 project 占大紅門 total 幾 %',
    // 3457.171733 (003-007; 003-022 is 0.03 元 less, the same share) / Σ 大红门 全年预算
    expect: (d) => d.number((100 * annual(R(d, '003-007'))) / sumOf(pool(d, DHM), annual), PCT),
  },
  {
    id: 't42-money-24',
    cat: 'money',
    q: '2023 vs 2020 total budget 差多少',
    // Σ 2023 − Σ 2020 of 全年预算, both readings of 1,863,180, signed or not
    expect: (d) =>
      gap(
        d,
        (m) =>
          sumOf(pool(d, yr(2023)), (r) => m(r, 'annualBudget')) -
          sumOf(pool(d, yr(2020)), (r) => m(r, 'annualBudget')),
      ),
  },
  {
    id: 't42-money-25',
    cat: 'money',
    q: '李毅飛負責的 projects budget total',
    // the 22 forms whose 项目负责人 is 李毅飞
    expect: (d) => d.number(sumOf(pool(d, owner('李毅飞')), annual)),
  },

  // ---- rows: 01–08 A, 09–17 B, 18–25 C ----
  {
    id: 't42-rows-01',
    cat: 'rows',
    q: '咱大红门满意度写未做的有几个',
    // 23 forms whose satisfaction row says 未做; 003-041, 003-139, 003-142 show 「… 5 0 未做」 under a row the reading filed elsewhere
    expect: (d) =>
      d.countRange(
        pool(d, (r) => DHM(r) && notDoneSure(r)).length,
        pool(d, (r) => DHM(r) && (notDoneSure(r) || notDoneMaybe(r))).length,
      ),
  },
  {
    id: 't42-rows-02',
    cat: 'rows',
    q: '晨光路拆迁那个 满意度扣了几分',
    // 群众满意度 分值 5, 得分 0 (未做): 5
    expect: (d) => d.value(R(d, '003-091'), 5),
  },
  {
    id: 't42-rows-03',
    cat: 'rows',
    q: '老旧小区改造那个满意度为啥扣分',
    // 10 → 8; the reason wraps into the row below: 「施工会影响个别底商营业，对改造持观望态度；后续和产权单位沟通减免房租…」
    expect: (d) => d.value(R(d, '003-007'), '施工会影响个别底商营业'),
  },
  {
    id: 't42-rows-04',
    cat: 'rows',
    pre: '大红门老旧小区改造那个满意度得了几分',
    q: '目标值是多少',
    // the satisfaction row's 年度指标值: 达到 95%
    expect: (d) => d.value(R(d, '003-007'), '95%'),
  },
  {
    id: 't42-rows-05',
    cat: 'rows',
    q: '大红门那个城乡基层党组织服务群众经费 项目数量那个指标 目标多少 实际多少',
    // the row reads 「项目数量 113 110」 (年度指标值 113, 实际完成值 110; 10 → 9): both numbers
    expect: (d) => d.valueAll(R(d, '003-018'), 113, 110),
  },
  {
    id: 't42-rows-06',
    cat: 'rows',
    q: '体制资金应急经费扣了几分 不对 我说错了 是事业发展经费',
    // corrected to 体制资金-事业发展经费: its satisfaction row 5 → 0 (未做), 总分 95: 5 points
    expect: (d) => d.value(R(d, '003-139'), 5),
  },
  {
    id: 't42-rows-07',
    cat: 'rows',
    q: '河门口那几个项目 哪些指标被扣分了 列一下',
    // every 河门口 form has rows scored below their weight (21 rows): the 9 projects, or the rows with their project
    expect: (d) => projectsOrRows(d, pool(d, HMK), shortRow),
  },
  {
    id: 't42-rows-08',
    cat: 'rows',
    q: '潞源下沉协管员那个 协管员实际多少人',
    // 2023年下沉协管员经费: 协管员人数 目标 ≤43人, 实际 43人
    expect: (d) => d.value(R(d, '000-026'), '43人'),
  },
  {
    id: 't42-rows-09',
    cat: 'rows',
    q: '河门口指标扣分合计',
    // Σ (分值 − 得分) over the indicator rows of 河门口: 21
    expect: (d) => d.number(sumOf(pool(d, HMK), (r) => rows(r).reduce((s, i) => s + lostPts(i), 0))),
  },
  {
    id: 't42-rows-10',
    cat: 'rows',
    q: '民生办满意度扣分合计',
    // 19 民生保障办公室 satisfaction rows 5 → 0 (未做): 95; 003-041 and 003-142's 未做 rows (filed elsewhere) may count: 100 or 105
    expect: (d) => {
      const sure = sumOf(
        pool(d, (r) => MS(r) && notDoneSure(r)),
        notDoneLost,
      );
      const maybe = pool(d, (r) => MS(r) && notDoneMaybe(r)).map(notDoneLost);
      const alts = [sure, sure + (maybe[0] ?? 0), sure + maybe.reduce((a, b) => a + b, 0)];
      return d.anyOf(...[...new Set(alts)].map((v) => d.number(v)));
    },
  },
  {
    id: 't42-rows-11',
    cat: 'rows',
    q: '统计所经费 产出指标分值合计，效益指标分值合计',
    // 产出 5 + 20 + 30 + 5 + 10 = 70; 效益 20
    expect: (d) => {
      const r = R(d, '000-001');
      return allOf(d.number(level1Weight(r, '产出')), d.number(level1Weight(r, '效益')));
    },
  },
  {
    id: 't42-rows-12',
    cat: 'rows',
    q: '2023年节能专项资金 三级指标几个，分值合计',
    // 14 rows, Σ 分值 90 (the budget row's 10 apart)
    expect: (d) => {
      const r = R(d, '002-006');
      return allOf(d.count(rows(r).length), d.number(rows(r).reduce((s, i) => s + (i.weight ?? 0), 0)));
    },
  },
  {
    id: 't42-rows-13',
    cat: 'rows',
    q: '经济效益指标扣分的项目',
    // the nine 河门口 forms (经济效益指标 10 → 9 on each)
    expect: (d) =>
      d.set(pool(d, (r) => rows(r).some((i) => norm(i.level2).includes('经济效益') && shortRow(i)))),
  },
  {
    id: 't42-rows-14',
    cat: 'rows',
    q: '产出指标扣分的项目',
    // 003-018, 003-055, 003-140 and six 河门口 forms
    expect: (d) =>
      d.set(
        pool(d, (r) =>
          rows(r).some((i) => norm(i.level1).replace('标指', '指标').includes('产出') && shortRow(i)),
        ),
      ),
  },
  {
    id: 't42-rows-15',
    cat: 'rows',
    q: '政府投资项目评估审核费 审核数量指标值20，实际完成多少，超出百分之几',
    // 实际完成值 32; (32 − 20) / 20 = 60 %
    expect: (d) => allOf(d.number(32), d.number(60, PCT)),
  },
  {
    id: 't42-rows-16',
    cat: 'rows',
    q: '重大投资项目规划谋划 成本指标实际值合计，与指标值差额',
    // 通州区重大投资项目规划谋划's four 成本指标: 399.9 + 399.95 + 99 + 99.95 = 998.8 against 400 + 400 + 100 + 100: 1.2
    expect: (d) => {
      const cost = rows(R(d, '002-013')).filter((i) => norm(i.level2).includes('成本'));
      const a = cost.reduce((s, i) => s + Number(i.actual), 0);
      const t = cost.reduce((s, i) => s + Number(i.target), 0);
      return allOf(d.number(a), d.anyOf(d.number(t - a), d.number(a - t)));
    },
  },
  {
    id: 't42-rows-17',
    cat: 'rows',
    q: '大红门得分低于分值未写偏差原因的指标 条数',
    // 003-018, 003-055, 003-140 (3 rows); 003-007's reason wraps into the row below: it may count as not written (4)
    expect: (d) =>
      d.countRange(
        sumOf(pool(d, DHM), (r) => noReasonRows(r).length),
        sumOf(pool(d, DHM), (r) => noReasonRows(r, false).length),
      ),
  },
  {
    id: 't42-rows-18',
    cat: 'rows',
    q: '習風園改造項目 哪些 indicator 沒拿滿分 score 多少',
    // 建立廉政文化教育基地 20 → 19, 持续弘扬“三线文化” 10 → 9, 打造三线文化教育产业 10 → 9: the three rows named
    expect: (d) => d.valueAll(R(d, '004-011'), '建立廉政文化教育基地', '持续弘扬', '打造三线文化教育产业'),
  },
  {
    id: 't42-rows-19',
    cat: 'rows',
    q: '經濟大腦 project 的成本指標 target 是多少',
    // 项目资金控制数: 3332440.18元 (333.24 万元 accepted too)
    expect: (d) => d.value(R(d, '002-005'), 3332440.18, 333.244018),
  },
  {
    id: 't42-rows-20',
    cat: 'rows',
    q: '法律顾问 数量指标 合同审核 target 和 actual',
    // 年度指标值 ≥30, 实际完成值 100%
    expect: (d) => d.valueAll(R(d, '002-001'), 30, 100),
  },
  {
    id: 't42-rows-21',
    cat: 'rows',
    pre: '公益电影放映补贴 score 多少',
    q: '哪個 indicator 扣分了 偏差原因是啥',
    // the 社会效益 row 30 → 29: 「参与观活动人群固定范覆盖有限。下一步增强电影公益播放宣传…」
    expect: (d) => d.value(R(d, '000-027'), '参与观活动人群固定范覆盖有限'),
  },
  {
    id: 't42-rows-22',
    cat: 'rows',
    q: '潞源哪些 project 有 indicator 的 actual 沒填 list pls',
    // a weighted row with an empty 实际完成值: only 2023年接诉即办奖励金 (its 社会效益 row)
    expect: (d) => d.set([R(d, '000-022')]),
  },
  {
    id: 't42-rows-23',
    cat: 'rows',
    q: '潞源 滿意度 target ≥90% 的 projects list',
    // satisfaction rows written ≥90%: 000-006, 000-008, 000-019, 000-026; rows written 90% / 90 (000-023, -024, -025, 000-009) may be listed
    expect: (d) => {
      const t = (f) => (r) => rows(r).some((i) => norm(i.level1).includes('满意度') && f(norm(i.target)));
      return d.setTol(
        pool(d, (r) => LY(r) && t((s) => s === '≥90%')(r)),
        pool(d, (r) => LY(r) && t((s) => s === '90%' || s === '90')(r)),
      );
    },
  },
  {
    id: 't42-rows-24',
    cat: 'rows',
    q: '河門口哪些 projects 滿意度 score 沒拿滿',
    // 004-001, 004-002, 004-007, 004-013 (10 → 9)
    expect: (d) =>
      d.set(pool(d, (r) => HMK(r) && rows(r).some((i) => norm(i.level1).includes('满意度') && shortRow(i)))),
  },
  {
    id: 't42-rows-25',
    cat: 'rows',
    q: 'btw 评估审核费那个经济效益 target 1亿元以上 actual 是多少',
    // 为区政府节约的资金额: 实际完成值 2.5亿元
    expect: (d) => d.value(R(d, '002-002'), '2.5亿元', 2.5),
  },

  // ---- talk: 01–07 A, 08–14 B, 15–20 C ----
  {
    id: 't42-talk-01',
    cat: 'talk',
    q: '好的收到 那潞源一共几个项目',
    expect: (d) => d.count(pool(d, LY).length),
  },
  {
    id: 't42-talk-02',
    cat: 'talk',
    pre: '大红门城乡管理办公室几个项目',
    q: '那党群办呢 辛苦',
    // 党群工作办公室 (23) and 「党群办」 itself (003-071): 23 or 24
    expect: (d) => d.countRange(pool(d, DQ).length, pool(d, (r) => DQ(r) || DQ_ABBR(r)).length),
  },
  {
    id: 't42-talk-03',
    cat: 'talk',
    pre: '河门口总分97的有哪几个',
    q: '那仨的预算加起来多少',
    // 004-007, 004-011, 004-013: 1.16 + 14.63 + 9 = 24.79
    expect: (d) =>
      d.number(
        sumOf(
          pool(d, (r) => HMK(r) && ts(r) === 97),
          annual,
        ),
      ),
  },
  {
    id: 't42-talk-04',
    cat: 'talk',
    q: '行 那大红门总分最低那个是谁负责的',
    // 创卫及拆违治乱消除隐患工作经费 (总分 90): 王秋香
    expect: (d) => d.value(R(d, '003-094'), '王秋香'),
  },
  {
    id: 't42-talk-05',
    cat: 'talk',
    pre: '赵康负责几个项目',
    q: '不对 我说错了 是赵路广',
    // 赵路广 alone: 2; with 「赵路广、孟卓聪」 (003-095): 3
    expect: (d) => d.countRange(pool(d, owner('赵路广')).length, pool(d, ownerAny('赵路广')).length),
  },
  {
    id: 't42-talk-06',
    cat: 'talk',
    q: '辛苦了👍 再帮我看下双井疫情防控那俩 一共多少钱',
    // 6.5 + 32.9 = 39.4 万元
    expect: (d) => d.number(sumOf(pool(d, SJ), annual)),
  },
  {
    id: 't42-talk-07',
    cat: 'talk',
    pre: '大红门满意度写未做的列一下',
    q: '这些里面民生办的有几个',
    // 19 民生保障办公室 forms; 003-041 and 003-142 (未做 under a row filed elsewhere) may count: 19–21
    expect: (d) =>
      d.countRange(
        pool(d, (r) => MS(r) && notDoneSure(r)).length,
        pool(d, (r) => MS(r) && (notDoneSure(r) || notDoneMaybe(r))).length,
      ),
  },
  {
    id: 't42-talk-08',
    cat: 'talk',
    pre: '潞源结余合计',
    q: '发改委呢',
    // Σ (全年预算 − 全年执行) over 发改委: 0.2
    expect: (d) => twoReaders(d, (m) => sumOf(pool(d, FG), left(m))),
  },
  {
    id: 't42-talk-09',
    cat: 'talk',
    pre: '预算调增的项目',
    q: '按调增额排前三',
    // 城乡基层党组织服务群众经费 430.75, 基层党组织党建活动经费 (大红门) 137.57, 灵活就业社会保险补贴 68.74
    expect: (d) =>
      d.top(
        pool(d, (r) => raise(r) > 0),
        raise,
        3,
        'desc',
      ),
  },
  {
    id: 't42-talk-10',
    cat: 'talk',
    pre: '民生办 项目数，预算合计',
    q: '平均呢',
    // mean 全年预算 over the 32 民生保障办公室 forms
    expect: (d) => d.avg(pool(d, MS), annual),
  },
  {
    id: 't42-talk-11',
    cat: 'talk',
    pre: '城市居民最低生活保障 调减多少',
    q: '占年初比例',
    // 151.314948 / 1320 = 11.46 %
    expect: (d) => d.number((100 * cut(R(d, '003-015'))) / money(R(d, '003-015'), 'initialBudget'), PCT),
  },
  {
    id: 't42-talk-12',
    cat: 'talk',
    q: '收到，谢谢。另外河门口平均得分多少',
    // mean 总分 of the nine 河门口 forms: 97.67
    expect: (d) => d.avg(pool(d, HMK), ts),
  },
  {
    id: 't42-talk-13',
    cat: 'talk',
    pre: '2020年项目执行数合计',
    q: '2023年呢',
    expect: (d) => twoReaders(d, (m) => sumOf(pool(d, yr(2023)), (r) => m(r, 'executed'))),
  },
  {
    id: 't42-talk-14',
    cat: 'talk',
    pre: '发改委总分最低的项目',
    q: '换成潞源',
    // 潞源's lowest 总分 is 99, three forms (000-024, 000-025, 000-027): any of them
    expect: (d) => {
      const ly = pool(d, (r) => LY(r) && ts(r) != null);
      const low = Math.min(...ly.map(ts));
      return anyOne(
        d,
        ly.filter((r) => ts(r) === low),
      );
    },
  },
  {
    id: 't42-talk-15',
    cat: 'talk',
    q: 'hi 在嗎 想問下潞源有幾個 project 總分不是100',
    // 000-015, -016, -018, -021, -024, -025, -027
    expect: (d) => d.count(pool(d, (r) => LY(r) && ts(r) !== 100).length),
  },
  {
    id: 't42-talk-16',
    cat: 'talk',
    pre: '大红门 budget top 5 list pls',
    q: '只要 top 3 thx',
    // 003-007 / 003-022 (0.03 元 apart: either first), 晨光路拆迁资金
    expect: (d) => d.top(pool(d, DHM), yuanKey('annualBudget'), 3, 'desc'),
  },
  {
    id: 't42-talk-17',
    cat: 'talk',
    pre: '牛艳维负责几个 projects',
    q: '那张宏呢 thx',
    expect: (d) => d.count(pool(d, owner('张宏')).length),
  },
  {
    id: 't42-talk-18',
    cat: 'talk',
    pre: '潞源 project 数量多少',
    q: 'sorry 打錯了 我想問的是大紅門 不是潞源',
    expect: (d) => d.count(pool(d, DHM).length),
  },
  {
    id: 't42-talk-19',
    cat: 'talk',
    pre: '晨光路拆迁资金的 owner 是誰',
    q: 'phone number 呢',
    expect: (d) => d.value(R(d, '003-091'), '67270318'),
  },
  {
    id: 't42-talk-20',
    cat: 'talk',
    q: 'ok got it 👌 最後一個問題 發改委 total budget 多少',
    // Σ 全年预算 of 发改委, both readings of 1,863,180
    expect: (d) => twoReaders(d, (m) => sumOf(pool(d, FG), (r) => m(r, 'annualBudget'))),
  },

  // ---- audit: 01–03 A, 04–07 B, 08–10 C ----
  {
    id: 't42-audit-01',
    cat: 'audit',
    q: '咱大红门哪个项目电话号码多写了一位',
    // 党群服务中心（站）运行经费: 672703090 (9 digits)
    expect: (d) => d.set(pool(d, (r) => DHM(r) && phoneNumbers(r).some((p) => p.length === 9))),
  },
  {
    id: 't42-audit-02',
    cat: 'audit',
    q: '潞源那几个没填负责人的 是哪几个',
    // 000-006, -007, -008, -023, -024, -025
    expect: (d) => d.set(pool(d, (r) => LY(r) && norm(r.owner) === '')),
  },
  {
    id: 't42-audit-03',
    cat: 'audit',
    q: '咱大红门有没有总分跟指标得分加起来对不上的',
    // three readings: 总分 ≠ Σ 得分 and ≠ 预算得分 + Σ 得分 (003-020, -059, -084, -086, -117); 总分 ≠ Σ 得分 of the rows; 总分 ≠
    // 预算得分 + Σ 得分 (SCORING's TOTAL_MISMATCH)
    expect: (d) => {
      const rs = pool(d, (r) => DHM(r) && ts(r) != null);
      const withBudget = (r) => Math.abs(ts(r) - sumScores(r) - (money(r, 'score') ?? 0)) > 0.1;
      return d.anyOf(
        d.set(rs.filter((r) => totalVsRows(r) && withBudget(r))),
        d.set(rs.filter(totalVsRows)),
        d.set(rs.filter(withBudget)),
      );
    },
  },
  {
    id: 't42-audit-04',
    cat: 'audit',
    q: '执行率填报数与测算数不符的项目',
    // stated ≠ 全年执行数 / 全年预算数 rounded or truncated: 000-006 (99.9 vs 98.86), 003-072 (80.5 vs 100); the forms whose
    // stated rate differs only by rounding may be listed
    expect: (d) => d.setTol(pool(d, rateOff), pool(d, rateDiff)),
  },
  {
    id: 't42-audit-05',
    cat: 'audit',
    q: '预算执行得分与执行率对不上的',
    // off against both the stated and the computed rate: 000-024, 000-025 (9 for 99.1 % / 99.5 %); off by one of them:
    // 000-006, 000-016, 000-021, 003-072, and 平安建设经费's 「100％」 in the 得分 cell
    expect: (d) => {
      const off = (rt) => (r) => {
        const w = money(r, 'weight');
        const s = money(r, 'score');
        const x = rt(r);
        return w != null && s != null && x != null && Math.abs(s - Math.min(x / 100, 1) * w) > 0.05;
      };
      return d.setTol(
        pool(d, (r) => off(rate)(r) && off(rateComputed)(r)),
        pool(d, (r) => off(rate)(r) || off(rateComputed)(r) || budgetAbove(r)),
      );
    },
  },
  {
    id: 't42-audit-06',
    cat: 'audit',
    q: '总分未填的项目',
    expect: (d) => d.set(pool(d, (r) => ts(r) == null)),
  },
  {
    id: 't42-audit-07',
    cat: 'audit',
    q: '乡村医生基本待遇经费 执行率按执行数除以预算测算多少，表上填多少',
    // 10.15 / 10.15 = 100 %; the form states 80.5 %
    expect: (d) => {
      const r = R(d, '003-072');
      return allOf(d.value(r, rateComputed(r)), d.value(r, rate(r)));
    },
  },
  {
    id: 't42-audit-08',
    cat: 'audit',
    q: 'list pls 主管部门和实施单位填反了的 projects',
    // a 科室 as 主管部门 and the 街道办事处 as 实施单位: 003-020, -038, -059, -097, -137; 法律顾问 (主管部门 「办公室」, 实施单位
    // 通州区发改委) may be listed
    expect: (d) =>
      d.setTol(
        pool(
          d,
          (r) =>
            DHM(r) &&
            !norm(r.department).includes('街道办事处') &&
            norm(r.implementingUnit).includes('街道办事处'),
        ),
        [R(d, '002-001')],
      ),
  },
  {
    id: 't42-audit-09',
    cat: 'audit',
    q: '哪個 project 的聯繫電話填了兩個號碼',
    expect: (d) => d.set(pool(d, (r) => phoneNumbers(r).length > 1)),
  },
  {
    id: 't42-audit-10',
    cat: 'audit',
    q: '大紅門年初預算沒填的 projects 幾個',
    // 61 大红门 forms leave 年初预算数 empty (003-082 writes 0: filled)
    expect: (d) => d.count(pool(d, (r) => DHM(r) && money(r, 'initialBudget') == null).length),
  },

  // ---- desk: 01–03 A, 04–07 B, 08–10 C ----
  {
    id: 't42-desk-01',
    cat: 'desk',
    q: '晨光路拆迁那个谁负责的',
    expect: (d) => d.value(R(d, '003-091'), '王璐'),
  },
  {
    id: 't42-desk-02',
    cat: 'desk',
    q: '东门里小区综合整治那个花了多少',
    // 东门里小区综合整治提升工程项目资金: 全年执行数 173.238668 万元
    expect: (d) => d.value(R(d, '003-103'), 173.238668),
  },
  {
    id: 't42-desk-03',
    cat: 'desk',
    q: '温馨家园运行经费 电话多少',
    expect: (d) => d.value(R(d, '003-141'), '67270320'),
  },
  {
    id: 't42-desk-04',
    cat: 'desk',
    q: '重大投资项目规划谋划 执行率 预算得分',
    // 通州区重大投资项目规划谋划: 99.99 %, 9.99
    expect: (d) => {
      const r = R(d, '002-013');
      return allOf(d.value(r, rate(r)), d.value(r, money(r, 'score')));
    },
  },
  {
    id: 't42-desk-05',
    cat: 'desk',
    q: '一次性个人就业补贴和外出就业补助 预算数',
    // 2023 年一次性个人就业补贴和外出就业补助: 全年预算数 0.8 万元 (年初 not written)
    expect: (d) => d.value(R(d, '003-144'), 0.8),
  },
  {
    id: 't42-desk-06',
    cat: 'desk',
    q: '灵活就业社会保险补贴 年初、全年预算',
    // 200 and 268.74347
    expect: (d) => d.valueAll(R(d, '003-049'), 200, 268.74347),
  },
  {
    id: 't42-desk-07',
    cat: 'desk',
    q: '平安建设经费 总分',
    expect: (d) => d.value(R(d, '003-127'), 100),
  },
  {
    id: 't42-desk-08',
    cat: 'desk',
    q: '統計所經費的 owner 和 phone pls',
    expect: (d) => d.valueAll(R(d, '000-001'), '周蕾莹', '80856942'),
  },
  {
    id: 't42-desk-09',
    cat: 'desk',
    q: '經濟大腦項目 implementing unit 是哪個',
    expect: (d) => d.value(R(d, '002-005'), '产业发展科'),
  },
  {
    id: 't42-desk-10',
    cat: 'desk',
    q: '河西锦苑小区电梯维护经费 上年结转多少 thx',
    // 上年结转资金 8.02 万元 (the whole of its money)
    expect: (d) => d.value(R(d, '004-002'), 8.02),
  },

  // ---- no: 01–03 A, 04–07 B, 08–10 C ----
  {
    id: 't42-no-01',
    cat: 'no',
    q: '咱大红门有没有钱没花完的项目',
    // every 大红门 form spends its 全年预算数 (003-096 even 0.0000004 万元 more): none
    expect: (d) => d.set(pool(d, (r) => DHM(r) && executed(r) < annual(r))),
  },
  {
    id: 't42-no-02',
    cat: 'no',
    q: '西城那边报上来几个项目',
    // no 西城 form: a refusal naming it, or nothing listed
    expect: (d) => d.anyOf(d.refuse('西城'), d.set([])),
  },
  {
    id: 't42-no-03',
    cat: 'no',
    q: '去年咱大红门项目平均多少分',
    // 去年 = 2025 (README): no forms for that year
    expect: (d) => noYear(d, '去年', 2025),
  },
  {
    id: 't42-no-04',
    cat: 'no',
    q: '成本指标扣分的项目',
    // every 成本指标 row has its full 分值
    expect: (d) =>
      d.set(
        pool(d, (r) =>
          rows(r).some(
            (i) => (norm(i.level1).includes('成本') || norm(i.level2).includes('成本')) && shortRow(i),
          ),
        ),
      ),
  },
  {
    id: 't42-no-05',
    cat: 'no',
    q: '2019年度预算调减合计',
    // no 2019 forms (and no project name says 2019)
    expect: (d) => noYear(d, '2019', 2019),
  },
  {
    id: 't42-no-06',
    cat: 'no',
    q: '政府采购金额合计',
    // the forms have no 采购 amount: a refusal
    expect: (d) => d.refuse('政府采购'),
  },
  {
    id: 't42-no-07',
    cat: 'no',
    q: '执行率低于80%的项目',
    // lowest stated 80.5 % (003-072), lowest computed 96.17 %: none under either reading
    expect: (d) =>
      d.anyOf(...[rate, rateComputed].map((f) => d.set(pool(d, (r) => f(r) != null && f(r) < 80)))),
  },
  {
    id: 't42-no-08',
    cat: 'no',
    q: 'score 低於90分的 projects list',
    // the lowest 总分 is 90 (003-094): none strictly below
    expect: (d) => d.set(pool(d, (r) => ts(r) != null && ts(r) < 90)),
  },
  {
    id: 't42-no-09',
    cat: 'no',
    q: '大紅門 project 裡有 owner 叫張三的嗎',
    expect: (d) => d.anyOf(d.refuse('张三'), d.refuse('張三'), d.set([])),
  },
  {
    id: 't42-no-10',
    cat: 'no',
    q: 'pls 給我 2023 Q3 的 actual 支出',
    // a yearly form has no quarter: a refusal
    expect: (d) => d.anyOf(d.refuse('Q3'), d.refuse('第三季度'), d.refuse('季度')),
  },

  // ---- order: 01–03 A, 04–07 B, 08–10 C ----
  {
    id: 't42-order-01',
    cat: 'order',
    q: '咱大红门预算最大的仨项目',
    // 003-007 / 003-022 (0.03 元 apart: either first), 晨光路拆迁资金
    expect: (d) => d.top(pool(d, DHM), yuanKey('annualBudget'), 3, 'desc'),
  },
  {
    id: 't42-order-02',
    cat: 'order',
    q: '潞源哪个项目花钱最少',
    // 潞源街道年度人口抽样调查: 0.36 万元
    expect: (d) => d.top(pool(d, LY), executed, 1, 'asc'),
  },
  {
    id: 't42-order-03',
    cat: 'order',
    q: '牛艳维那些项目里 哪个预算最多',
    expect: (d) => d.top(pool(d, owner('牛艳维')), annual, 1, 'desc'),
  },
  {
    id: 't42-order-04',
    cat: 'order',
    q: '调减额最大的前三个项目',
    // 003-015 151.31, 003-130 12.47, 003-036 8.54
    expect: (d) =>
      d.top(
        pool(d, (r) => cut(r) > 0),
        cut,
        3,
        'desc',
      ),
  },
  {
    id: 't42-order-05',
    cat: 'order',
    q: '执行率最低的五个项目',
    // stated: 003-072, 000-018, then 000-015 / -016 / -021 at 99; computed: 000-018, 000-006, 000-024, 000-015, 000-025
    expect: (d) => d.anyOf(...[rate, rateComputed].map((f) => d.top(d.all, f, 5, 'asc'))),
  },
  {
    id: 't42-order-06',
    cat: 'order',
    q: '河门口全年预算从高到低排',
    expect: (d) => {
      const rs = pool(d, HMK);
      return d.top(rs, annual, rs.length, 'desc');
    },
  },
  {
    id: 't42-order-07',
    cat: 'order',
    q: '结余最多的项目',
    // 朗清园社区警务工作室…: 438 − 433 = 5 万元
    expect: (d) => d.top(d.all, left(money), 1, 'desc'),
  },
  {
    id: 't42-order-08',
    cat: 'order',
    q: '潞源 budget rank 第二的 project 是哪個',
    // 438 (000-006), then 391.92: 2023年下沉协管员经费
    expect: (d) => {
      const rs = pool(d, LY).sort((a, b) => annual(b) - annual(a));
      return d.set([rs[1]]);
    },
  },
  {
    id: 't42-order-09',
    cat: 'order',
    q: '李毅飛負責的 projects 按 budget 排 top 3',
    expect: (d) => d.top(pool(d, owner('李毅飞')), annual, 3, 'desc'),
  },
  {
    id: 't42-order-10',
    cat: 'order',
    q: '大紅門哪個科室的 project 最多 有幾個',
    // 民生保障办公室 as 实施单位: 31, or 32 with 「民生保障办公室是」 (003-055)
    expect: (d) =>
      d.countRange(
        pool(d, (r) => DHM(r) && norm(r.implementingUnit) === '民生保障办公室').length,
        pool(d, (r) => DHM(r) && MS(r)).length,
      ),
  },

  // ---- tally: 01–03 A, 04–07 B, 08–10 C ----
  {
    id: 't42-tally-01',
    cat: 'tally',
    q: '咱大红门一共多少个项目',
    expect: (d) => d.count(pool(d, DHM).length),
  },
  {
    id: 't42-tally-02',
    cat: 'tally',
    q: '俺们大红门赵康手上几个项目',
    expect: (d) => d.count(pool(d, (r) => DHM(r) && owner('赵康')(r)).length),
  },
  {
    id: 't42-tally-03',
    cat: 'tally',
    q: '潞源总分满分的有几个',
    // 总分 100: 15 of 22
    expect: (d) => d.count(pool(d, (r) => LY(r) && ts(r) === 100).length),
  },
  {
    id: 't42-tally-04',
    cat: 'tally',
    q: '按年度统计项目数',
    expect: (d) => d.groups({ 2020: pool(d, yr(2020)).length, 2023: pool(d, yr(2023)).length }),
  },
  {
    id: 't42-tally-05',
    cat: 'tally',
    q: '年初预算未填的项目数',
    // 68 forms have no 年初预算数; 疏整促 writes 「-」 there (it may count as filled: 67)
    expect: (d) => {
      const n = pool(d, (r) => money(r, 'initialBudget') == null).length;
      return d.countRange(n - 1, n);
    },
  },
  {
    id: 't42-tally-06',
    cat: 'tally',
    q: '2020年项目数、预算合计',
    // 11 forms (双井 2, 河门口 9), 435.31 万元
    expect: (d) => {
      const rs = pool(d, yr(2020));
      return allOf(d.count(rs.length), d.number(sumOf(rs, annual)));
    },
  },
  {
    id: 't42-tally-07',
    cat: 'tally',
    q: '总分100分的项目占比',
    // 118 of 169 (69.82 %), or of the 166 forms that state a 总分 (71.08 %)
    expect: (d) => {
      const n = pool(d, (r) => ts(r) === 100).length;
      return d.anyOf(
        d.number((100 * n) / d.all.length, PCT),
        d.number((100 * n) / pool(d, (r) => ts(r) != null).length, PCT),
      );
    },
  },
  {
    id: 't42-tally-08',
    cat: 'tally',
    q: 'how many projects 的 owner 是空的',
    // 项目负责人 blank (6) or no such row (the nine 河门口 forms): 15
    expect: (d) => d.count(pool(d, (r) => norm(r.owner) === '').length),
  },
  {
    id: 't42-tally-09',
    cat: 'tally',
    q: '2023年 total projects 多少 thx',
    expect: (d) => d.count(pool(d, yr(2023)).length),
  },
  {
    id: 't42-tally-10',
    cat: 'tally',
    q: '張宏負責的 projects budget total',
    // the 12 forms of 张宏: Σ 全年预算 497.76 万元
    expect: (d) => d.number(sumOf(pool(d, owner('张宏')), annual)),
  },
];
