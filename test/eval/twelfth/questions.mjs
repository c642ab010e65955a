// The twelfth part (helper "blind29"): 120 portfolio questions asked by two people over the 169 forms — a 区财政局 科员
// dictating by voice input on a phone (speech-to-text output: no or odd punctuation, fillers 那个 / 就是 / 然后 / 嗯,
// numbers now and then in words — 百分之百, 五十万, 二零二三年 — and the homophone slips a recognizer makes: 陈光路 for
// 晨光路, 路源 / 鹿源 for 潞源, 牛燕维 for 牛艳维, 李一飞 for 李毅飞, 孔寒 for 孔涵) and a 街道 主任 texting
// between meetings (very short, imperative, no subject: 预算最大的三个, 谁没填负责人, 满意度没做的 数一下).
// Written by an author who had not read src/, prompts/, test/ outside test/eval/ nor any other part's question lines;
// expectations computed from the records by ../lib and ./helpers.mjs only. Not split. Definitions: ../README.md
// ("The twelfth part").
import {
  belowWeight,
  blank,
  budgetScore,
  budgetWeight,
  devMissing,
  money,
  norm,
  noSat,
  rate,
  rateComputed,
  rows,
  satDoubt,
  satNoPoints,
} from '../lib/corpus.mjs';
import {
  allOf,
  bestPerGroup,
  budgetScoreOff,
  conv,
  F,
  l2Has,
  moneyBand,
  moneyBandCount,
  noSurvey,
  noYear,
  nth,
  own,
  ownAny,
  phoneNumbers,
  ranked,
  rankOf,
  rateDiff,
  rateOff,
  roundedUp,
  rowCount,
  shortRow,
  ts,
} from '../lib/shorthands.mjs';
import {
  DHM,
  FG,
  gapOf,
  HMK,
  ids,
  LY,
  m1,
  msStrict,
  msWide,
  noneOr,
  pct,
  R,
  SJ,
  STREET_POOLS,
  sumM,
  surveyCount,
  topM,
  y,
  yiBoth,
  yuan,
} from './helpers.mjs';

const bud = (r) => money(r, 'annualBudget');
const exe = (r) => money(r, 'executed');
const init = (r) => money(r, 'initialBudget');

export const questions = [
  // ---- desk: one project's field ----
  {
    id: 'tw-desk-01',
    cat: 'desk',
    q: '那个 统计所经费是谁负责的 电话多少来着',
    // 000-001: 项目负责人 周蕾莹, 联系电话 80856942
    expect: (d) => d.valueAll(R(d, '000-001'), '周蕾莹', '80856942'),
  },
  {
    id: 'tw-desk-02',
    cat: 'desk',
    q: '经济大脑 负责人',
    expect: (d) => d.value(R(d, '002-005'), '张旖斐'),
  },
  {
    id: 'tw-desk-03',
    cat: 'desk',
    q: '嗯 陈光路拆迁资金那个全年预算是多少',
    // 陈光路: the recognizer's 晨光路 (003-091 晨光路拆迁资金, 全年预算 1342.2393 万元)
    expect: (d) => d.value(R(d, '003-091'), 1342.2393),
  },
  {
    id: 'tw-desk-04',
    cat: 'desk',
    q: '公益电影 总分',
    expect: (d) => d.value(R(d, '000-027'), 99),
  },
  {
    id: 'tw-desk-05',
    cat: 'desk',
    q: '朗清园警务室 谁负责',
    // 000-006: the 项目负责人 cell is blank (联系电话 89538761 only)
    expect: (d) => d.empty(R(d, '000-006')),
  },
  {
    id: 'tw-desk-06',
    cat: 'desk',
    q: '那个 67069133这个电话是哪个项目留的',
    // found once in all records: 003-116 (肖杰); the project listed, or named in the text
    expect: (d) => d.anyOf(d.set([R(d, '003-116')]), d.value(R(d, '003-116'), R(d, '003-116').projectName)),
  },
  {
    id: 'tw-desk-07',
    cat: 'desk',
    q: '放管服 总分多少',
    // 002-004: the 总分 cell is blank
    expect: (d) => d.empty(R(d, '002-004')),
  },
  {
    id: 'tw-desk-08',
    cat: 'desk',
    q: '就是四上统计工作人员奖励经费那个 年初预算数填了没有',
    // 004-010: 年初预算数 blank (全年 1.61)
    expect: (d) => d.empty(R(d, '004-010')),
  },
  {
    id: 'tw-desk-09',
    cat: 'desk',
    q: '疏整促 实施单位',
    expect: (d) => d.value(R(d, '002-007'), '通州区发展和改革委员会'),
  },
  {
    id: 'tw-desk-10',
    cat: 'desk',
    q: '二零二三年应急经费 全年执行数是多少啊',
    // 003-078 「2023 年应急经费」 (体制资金-应急经费, 003-140, does not carry the year in its name): 130 万元
    expect: (d) => d.value(R(d, '003-078'), 130),
  },
  {
    id: 'tw-desk-11',
    cat: 'desk',
    q: '习风园 预算多少',
    expect: (d) => d.value(R(d, '004-011'), 14.63),
  },
  {
    id: 'tw-desk-12',
    cat: 'desk',
    q: '然后那个孔寒负责的是哪个项目',
    // 孔寒: the recognizer's 孔涵, 项目负责人 of 002-007 only
    expect: (d) => d.anyOf(d.set([R(d, '002-007')]), d.value(R(d, '002-007'), R(d, '002-007').projectName)),
  },
  {
    id: 'tw-desk-13',
    cat: 'desk',
    q: '老旧小区那个 执行率',
    // 003-007, the only name with 老旧小区: stated 100 %, computed 100 %
    expect: (d) => d.value(R(d, '003-007'), 100),
  },
  {
    id: 'tw-desk-14',
    cat: 'desk',
    q: '城市居民最低生活保障那个 年初预算跟全年预算分别是多少',
    // 003-015: 年初 1320, 全年 1168.685052 万元
    expect: (d) => d.valueAll(R(d, '003-015'), 1320, 1168.685052),
  },
  {
    id: 'tw-desk-15',
    cat: 'desk',
    q: '法律服务 主管部门 实施单位',
    // 003-027 「2023 年法律服务」 (not 法律顾问): 大红门街道办事处 / 平安建设办公室
    expect: (d) => d.valueAll(R(d, '003-027'), '大红门街道办事处', '平安建设办公室'),
  },

  // ---- tally: counts, averages, groups ----
  {
    id: 'tw-tally-01',
    cat: 'tally',
    q: '大红门 几个项目',
    expect: (d) => d.count(F(d, DHM).length),
  },
  {
    id: 'tw-tally-02',
    cat: 'tally',
    q: '嗯 赵康一共负责了几个项目啊',
    expect: (d) => d.count(F(d, own('赵康')).length),
  },
  {
    id: 'tw-tally-03',
    cat: 'tally',
    q: '满意度没做的 多少个',
    // three readings (no satisfaction row 14–19; 未做 23–27; either 37–42), see surveyCount
    expect: (d) => surveyCount(d),
  },
  {
    id: 'tw-tally-04',
    cat: 'tally',
    q: '那个二零二零年的项目总共有多少个',
    expect: (d) => d.count(F(d, y(2020)).length),
  },
  {
    id: 'tw-tally-05',
    cat: 'tally',
    q: '总分不到100的 几个',
    // a stated 总分 below 100 (the three blank 总分 are not below anything)
    expect: (d) => d.count(F(d, (r) => ts(r) != null && ts(r) < 100).length),
  },
  {
    id: 'tw-tally-06',
    cat: 'tally',
    q: '就是按年度分一下 每年各有多少个项目',
    expect: (d) =>
      d.anyOf(
        d.groups({ 2020: F(d, y(2020)).length, 2023: F(d, y(2023)).length }),
        allOf(d.count(F(d, y(2020)).length), d.count(F(d, y(2023)).length)),
      ),
  },
  {
    id: 'tw-tally-07',
    cat: 'tally',
    q: '民生保障办公室 项目数',
    // 31, or 32 with 003-055 「民生保障办公室是」
    expect: (d) => d.countRange(F(d, msStrict).length, F(d, msWide).length),
  },
  {
    id: 'tw-tally-08',
    cat: 'tally',
    q: '李毅飞负责的那些项目 平均总分是多少',
    expect: (d) => d.avg(F(d, own('李毅飞')), ts),
  },
  {
    id: 'tw-tally-09',
    cat: 'tally',
    q: '负责人那一栏没填的 有几个项目',
    // blank (6, 潞源) or no such row (the nine 河门口 forms): 15
    expect: (d) => d.count(F(d, (r) => blank(r.owner)).length),
  },
  {
    id: 'tw-tally-10',
    cat: 'tally',
    q: '张宏 王丽 各负责几个',
    expect: (d) => {
      const a = F(d, own('张宏')).length;
      const b = F(d, own('王丽')).length;
      return d.anyOf(d.groups({ 张宏: a, 王丽: b }), allOf(d.count(a), d.count(b)));
    },
  },

  // ---- order: rankings ----
  {
    id: 'tw-order-01',
    cat: 'order',
    q: '预算最多的前三个',
    expect: (d) => topM(d, d.all, 'annualBudget', 3, 'desc'),
  },
  {
    id: 'tw-order-02',
    cat: 'order',
    q: '那个 执行率最低的是哪个项目啊',
    // stated: 003-072 (80.5 %); computed: 000-018 (96.17 %)
    expect: (d) => d.anyOf(d.top(d.all, rate, 1, 'asc'), d.top(d.all, rateComputed, 1, 'asc')),
  },
  {
    id: 'tw-order-03',
    cat: 'order',
    q: '总分最低五个',
    // 003-094 (90), then any four of the 25 forms at 95
    expect: (d) => d.top(d.all, ts, 5, 'asc'),
  },
  {
    id: 'tw-order-04',
    cat: 'order',
    q: '赵康负责的项目里面 哪个钱最多',
    // 003-007 and 003-022 differ by 0.03 元: either
    expect: (d) => topM(d, F(d, own('赵康')), 'annualBudget', 1, 'desc'),
  },
  {
    id: 'tw-order-05',
    cat: 'order',
    q: '潞源 执行数前五',
    expect: (d) => topM(d, F(d, LY), 'executed', 5, 'desc'),
  },
  {
    id: 'tw-order-06',
    cat: 'order',
    q: '双井街道那两个项目 按预算从高到低排一下',
    expect: (d) => ranked(d, F(d, SJ), m1('annualBudget'), 'desc'),
  },
  {
    id: 'tw-order-07',
    cat: 'order',
    q: '河门口 总分 从高到低',
    expect: (d) => ranked(d, F(d, HMK), ts, 'desc'),
  },
  {
    id: 'tw-order-08',
    cat: 'order',
    q: '发改委那几个项目里面 全年执行数排第二的是哪个',
    // as written 疏整促 (1863180) is first and 002-013 second; with its cell read as 元, 002-013 is first and 经济大脑 second
    expect: (d) =>
      d.anyOf(nth(d, F(d, FG), m1('executed'), 2, 'desc'), nth(d, F(d, FG), m1('executed', conv), 2, 'desc')),
  },
  {
    id: 'tw-order-09',
    cat: 'order',
    q: '牛艳维 预算最少三个',
    expect: (d) => topM(d, F(d, own('牛艳维')), 'annualBudget', 3, 'asc'),
  },
  {
    id: 'tw-order-10',
    cat: 'order',
    q: '嗯 大红门街道里面总分最低的是哪一个',
    expect: (d) => d.top(F(d, DHM), ts, 1, 'asc'),
  },
  {
    id: 'tw-order-11',
    cat: 'order',
    q: '接诉即办奖励金 潞源排第几 按预算',
    // 000-022 (225) after 000-006 (438) and 000-026 (391.92): 3
    expect: (d) => rankOf(d, F(d, LY), R(d, '000-022'), m1('annualBudget'), 'desc'),
  },
  {
    id: 'tw-order-12',
    cat: 'order',
    q: '二零二三年的项目里 执行数最少的五个是哪些',
    expect: (d) => topM(d, F(d, y(2023)), 'executed', 5, 'asc'),
  },
  {
    id: 'tw-order-13',
    cat: 'order',
    q: '张宏 执行数最高的',
    expect: (d) => topM(d, F(d, own('张宏')), 'executed', 1, 'desc'),
  },
  {
    id: 'tw-order-14',
    cat: 'order',
    q: '每个街道执行数最少的项目分别是哪个',
    // 潞源 000-004, 双井 001-004, 大红门 003-061, 河门口 004-007 (发改委 is not a street)
    expect: (d) =>
      bestPerGroup(
        d,
        STREET_POOLS.map((p) => F(d, p)),
        m1('executed'),
        'asc',
      ),
  },
  {
    id: 'tw-order-15',
    cat: 'order',
    q: '年初预算最高的三个',
    // 003-015 (1320), 002-013 (1000), 003-071 (693.8608); 疏整促's 年初 is blank
    expect: (d) => topM(d, d.all, 'initialBudget', 3, 'desc'),
  },

  // ---- rows: indicator rows ----
  {
    id: 'tw-rows-01',
    cat: 'rows',
    q: '那个 潞源精细化管控那个项目 三级指标一共有几条',
    expect: (d) => d.count(rows(R(d, '000-009')).length),
  },
  {
    id: 'tw-rows-02',
    cat: 'rows',
    q: '公益电影 哪条指标扣分了',
    // 000-027: its 社会效益 row 「及时宣传报道电影公益放映工作的先进人物…」 scored 29 of 30
    expect: (d) => d.value(R(d, '000-027'), '及时宣传报道电影公益放映工作的先进人物'),
  },
  {
    id: 'tw-rows-03',
    cat: 'rows',
    q: '统计站那个项目 数量指标的目标值是多少',
    // 000-002 统计站（室）: 维护统计站（室） 5个
    expect: (d) => d.value(R(d, '000-002'), '5个'),
  },
  {
    id: 'tw-rows-04',
    cat: 'rows',
    q: '朗清园警务室 装修面积 目标 实际',
    // 000-006: 装修面积 1535平方米 / 1535平方米
    expect: (d) => d.value(R(d, '000-006'), '1535平方米'),
  },
  {
    id: 'tw-rows-05',
    cat: 'rows',
    q: '然后那个社区公益事业补助资金 社区治安活动实际开展了多少次',
    // 000-018: 指标2：开展社区治安活动 ≥5次 / 32
    expect: (d) => d.value(R(d, '000-018'), 32),
  },
  {
    id: 'tw-rows-06',
    cat: 'rows',
    q: '免费开放补助 市级那个 参与人数目标',
    // 000-021 (市级): 指标3：参与人数 ≥200人次 (the 区级 form 000-020 has no such row)
    expect: (d) => d.value(R(d, '000-021'), '≥200人次'),
  },
  {
    id: 'tw-rows-07',
    cat: 'rows',
    q: '政府投资项目评估审核费那个 给区政府节约的资金实际完成值是多少',
    // 002-002: 为区政府节约的资金额 1亿元以上 / 2.5亿元
    expect: (d) => d.value(R(d, '002-002'), '2.5亿元'),
  },
  {
    id: 'tw-rows-08',
    cat: 'rows',
    q: '重大投资项目规划谋划 成本指标几条',
    expect: (d) => d.count(rows(R(d, '002-013')).filter(l2Has('成本')).length),
  },
  {
    id: 'tw-rows-09',
    cat: 'rows',
    q: '就是那个疏整促专班经费 数量指标有几条啊',
    expect: (d) => d.count(rows(R(d, '002-007')).filter(l2Has('数量')).length),
  },
  {
    id: 'tw-rows-10',
    cat: 'rows',
    q: '河门口 质量指标扣分的 几条',
    // 004-008/009/010/011/012: 9 of 10 each
    expect: (d) => d.count(rowCount(F(d, HMK), (i) => l2Has('质量')(i) && shortRow(i))),
  },
  {
    id: 'tw-rows-11',
    cat: 'rows',
    q: '路源街道 有生态效益指标的项目是哪几个',
    // 路源: the recognizer's 潞源; 000-008 and 000-009
    expect: (d) => d.set(F(d, (r) => LY(r) && rows(r).some(l2Has('生态效益')))),
  },
  {
    id: 'tw-rows-12',
    cat: 'rows',
    q: '发改委 经济效益指标 几条',
    // one row each in 002-002/003/004/005 (二级 「经济效益」)/006
    expect: (d) => d.count(rowCount(F(d, FG), l2Has('经济效益'))),
  },
  {
    id: 'tw-rows-13',
    cat: 'rows',
    q: '那个节能专项资金 时效指标有几条',
    expect: (d) => d.count(rows(R(d, '002-006')).filter(l2Has('时效')).length),
  },
  {
    id: 'tw-rows-14',
    cat: 'rows',
    q: '经济大脑 成本指标 目标值',
    // 002-005: 项目资金控制数 3332440.18元
    expect: (d) => d.value(R(d, '002-005'), '3332440.18'),
  },
  {
    id: 'tw-rows-15',
    cat: 'rows',
    q: '老旧小区那个改造项目 满意度指标得了几分',
    // 003-007: 服务对象满意度 10 分, 得 8 分 (its reason wrapped into the next line of the text)
    expect: (d) => d.value(R(d, '003-007'), 8),
  },
  {
    id: 'tw-rows-16',
    cat: 'rows',
    q: '第五次经济普查 聘了几个临时人员',
    // 000-005: 街道普查办聘用临时人员 3人 / 3人
    expect: (d) => d.value(R(d, '000-005'), '3人'),
  },
  {
    id: 'tw-rows-17',
    cat: 'rows',
    q: '政法委以奖代补奖励那个 时效指标实际完成情况写的啥',
    // 000-007: 群防群治先进集体评选年内完成慰问 年内完成慰问 / 12月13日完成
    expect: (d) => d.value(R(d, '000-007'), '12月13日完成'),
  },
  {
    id: 'tw-rows-18',
    cat: 'rows',
    q: '河门口 实际完成值写良好的 几条',
    // 16 cells read 「良好」 alone; two more say 「取得了良好的社会效益」 (004-008, 004-011): 16, or 18 read as containing it
    expect: (d) =>
      d.anyOf(
        d.count(rowCount(F(d, HMK), (i) => norm(i.actual) === '良好')),
        d.count(rowCount(F(d, HMK), (i) => norm(i.actual).includes('良好'))),
      ),
  },
  {
    id: 'tw-rows-19',
    cat: 'rows',
    q: '嗯 鹿源那边可持续影响指标一共有几条',
    // 鹿源: the recognizer's 潞源; one row each in 000-007/008/009/015/016/017
    expect: (d) => d.count(rowCount(F(d, LY), l2Has('可持续'))),
  },
  {
    id: 'tw-rows-20',
    cat: 'rows',
    q: '接诉即办-社区 社工办单奖励 实际多少',
    // 000-019: 指标2：社工办单奖励 ≥1 / 66
    expect: (d) => d.value(R(d, '000-019'), 66),
  },

  // ---- audit: mistakes and gaps ----
  {
    id: 'tw-audit-01',
    cat: 'audit',
    q: '那个 有没有项目名称重复的 就是两个表叫同一个名字的',
    // 基层党组织党建活动经费: 潞源's 000-025 and 大红门's 003-040 (the name twice, as a multiset)
    expect: (d) => d.set(ids(d, '000-025', '003-040')),
  },
  {
    id: 'tw-audit-02',
    cat: 'audit',
    q: '潞源 执行率填错的',
    // RATE_MISMATCH: 000-006 (99.9 % stated, 98.86 % computed); forms whose stated rate differs only by rounding optional
    expect: (d) =>
      d.setTol(
        F(d, (r) => LY(r) && rateOff(r)),
        F(d, (r) => LY(r) && rateDiff(r)),
      ),
  },
  {
    id: 'tw-audit-03',
    cat: 'audit',
    q: '有没有哪个项目钱花超了 就是执行数比预算还多的',
    // none by one 元; 003-096 exceeds by 0.0000004 万元 (optional)
    expect: (d) => d.setTol([], [R(d, '003-096')]),
  },
  {
    id: 'tw-audit-04',
    cat: 'audit',
    q: '负责人 电话 都空着的 几个',
    // the nine 河门口 forms have neither row
    expect: (d) => d.count(F(d, (r) => blank(r.owner) && blank(r.phone)).length),
  },
  {
    id: 'tw-audit-05',
    cat: 'audit',
    q: '电话号码只有九位数的是哪几个项目',
    // 002-001 695468784, 003-024 672703090
    expect: (d) => d.set(F(d, (r) => phoneNumbers(r).some((p) => p.length === 9))),
  },
  {
    id: 'tw-audit-06',
    cat: 'audit',
    q: '总分那栏满分写成1000的 哪个',
    // TOTAL_WEIGHT_NOT_100: 002-003
    expect: (d) => d.set(F(d, (r) => r.totalWeight === 1000)),
  },
  {
    id: 'tw-audit-07',
    cat: 'audit',
    q: '嗯 潞源街道那边 有没有扣了分但是没写偏差原因的',
    // none: 潞源's one row below its weight (公益电影放映补贴, 29 of 30) has a reason
    expect: (d) => d.set(F(d, (r) => LY(r) && devMissing(r))),
  },
  {
    id: 'tw-audit-08',
    cat: 'audit',
    q: '执行率100% 钱没花完的',
    // RATE_ROUNDED_UP_TO_FULL: 002-002 (199.9 of 200)
    expect: (d) => d.set(F(d, roundedUp)),
  },
  {
    id: 'tw-audit-09',
    cat: 'audit',
    q: '河门口那几个 年初预算跟全年预算不一样的有哪些',
    // 004-007 (1 / 1.16) and 004-012 (3 / 12.67); six forms leave 年初 blank: counted as different or not (each reading
    // whole)
    expect: (d) => {
      const both = (r) => init(r) != null && init(r) !== bud(r);
      return d.anyOf(
        d.set(F(d, (r) => HMK(r) && both(r))),
        d.set(F(d, (r) => HMK(r) && (both(r) || init(r) == null))),
      );
    },
  },
  {
    id: 'tw-audit-10',
    cat: 'audit',
    q: '潞源 预算执行得分算错的',
    // BUDGET_SCORE_MISMATCH by the computed rate (000-006/016/021/024/025) or by the stated rate (000-024/025)
    expect: (d) => {
      const byStated = (r) =>
        budgetScore(r) != null &&
        rate(r) != null &&
        Math.abs(budgetScore(r) - Math.min(rate(r) / 100, 1) * budgetWeight(r)) > 0.05;
      return d.anyOf(
        d.set(F(d, (r) => LY(r) && budgetScoreOff(r))),
        d.set(F(d, (r) => LY(r) && byStated(r))),
      );
    },
  },
  {
    id: 'tw-audit-11',
    cat: 'audit',
    q: '就是预算执行率那一行 得分没填的有哪些项目',
    // 003-080, 003-112, 003-141; 平安建设经费 (five values for six cells: 「10 100％」) either way
    expect: (d) =>
      d.setTol(
        F(d, (r) => budgetScore(r) == null),
        [R(d, '003-127')],
      ),
  },
  {
    id: 'tw-audit-12',
    cat: 'audit',
    q: '大红门 一个满意度指标都没有的',
    // 003-014, 003-022; satDoubt forms and 003-005 (a satisfaction row without points) optional
    expect: (d) =>
      d.setTol(
        F(d, (r) => DHM(r) && noSat(r)),
        F(d, (r) => DHM(r) && (satDoubt(r) || satNoPoints(r))),
      ),
  },
  {
    id: 'tw-audit-13',
    cat: 'audit',
    q: '大红门那边 主管部门跟实施单位是不是有填反了的 帮我找一下',
    // the five 大红门 forms whose 主管部门 names an office of the street and whose 实施单位 is the 街道办事处:
    // 003-020, 003-038, 003-137 (便民服务中心), 003-059 (社区建设办公室), 003-097 (综合办公室)
    expect: (d) => d.set(F(d, (r) => DHM(r) && !norm(r.department).includes('街道办事处'))),
  },
  {
    id: 'tw-audit-14',
    cat: 'audit',
    q: '负责人写了俩人的',
    // 003-095 「赵路广、孟卓聪」
    expect: (d) => d.set(F(d, (r) => /[、,，;；/]/.test(norm(r.owner)))),
  },
  {
    id: 'tw-audit-15',
    cat: 'audit',
    q: '总分不是一百 但是各项指标一分都没扣的 有哪些',
    // 003-117 (98, every row at full marks) must be listed; 003-094 and 003-135 leave the 得分 of their 未做 satisfaction
    // row blank (optional); the forms whose budget row alone lost points count only where the budget row is not an
    // indicator (two readings, each whole)
    expect: (d) => {
      const blankSat = (r) => rows(r).some((i) => i.weight && i.score == null);
      const noRowLost = (r) => ts(r) != null && ts(r) < 100 && !belowWeight(r);
      const budgetFull = (r) => budgetScore(r) != null && budgetScore(r) >= budgetWeight(r);
      const must = (extra) => F(d, (r) => noRowLost(r) && !blankSat(r) && extra(r));
      const may = F(d, (r) => noRowLost(r) && blankSat(r));
      return d.anyOf(
        d.setTol(must(budgetFull), may),
        d.setTol(
          must(() => true),
          may,
        ),
      );
    },
  },
  {
    id: 'tw-audit-16',
    cat: 'audit',
    q: '年初比全年多的 几个',
    // 年初预算数 above 全年预算数 (both filled): 37
    expect: (d) => d.count(F(d, (r) => init(r) != null && bud(r) != null && init(r) > bud(r)).length),
  },
  {
    id: 'tw-audit-17',
    cat: 'audit',
    q: '那个 发改委的表里面 有哪些是要退回去重新改的',
    // TOTAL_MISSING: 002-004, 002-006, 002-007; 002-003's 总分 weight 1000 (TOTAL_WEIGHT_NOT_100) optional
    expect: (d) =>
      d.setTol(
        F(d, (r) => FG(r) && ts(r) == null),
        [R(d, '002-003')],
      ),
  },
  {
    id: 'tw-audit-18',
    cat: 'audit',
    q: '赵路广 满意度没做的',
    // 003-013, 003-135 (未做); the shared 003-095 has its satisfaction row scored 10
    expect: (d) => noSurvey(d, ownAny('赵路广')),
  },
  {
    id: 'tw-audit-19',
    cat: 'audit',
    q: '满分指标 还写了偏差原因的',
    // DEVIATION_ON_FULL_SCORE: 000-008 (「以实际参与人数为准进行慰问」); the bare 「无」 of 000-009 and 002-001 optional
    expect: (d) => {
      const on = (bare) => (r) =>
        rows(r).some(
          (i) =>
            i.weight != null &&
            i.score != null &&
            i.score >= i.weight &&
            !blank(i.deviation) &&
            (bare || norm(i.deviation) !== '无'),
        );
      return d.setTol(F(d, on(false)), F(d, on(true)));
    },
  },
  {
    id: 'tw-audit-20',
    cat: 'audit',
    q: '嗯 执行率不到百分之百的 都有哪些',
    // stated below 100 (平安建设经费's cell is empty), or computed below 100 (at two decimals, or at full precision —
    // money left, by more than float noise: 000-021 is 99.998 %)
    expect: (d) => {
      const left = (r) => bud(r) != null && exe(r) != null && exe(r) < bud(r) - 1e-9;
      return d.anyOf(
        d.set(F(d, (r) => rate(r) != null && rate(r) < 100)),
        d.set(F(d, (r) => rateComputed(r) != null && rateComputed(r) < 100)),
        d.set(F(d, left)),
      );
    },
  },

  // ---- money ----
  {
    id: 'tw-money-01',
    cat: 'money',
    q: '大红门 预算合计',
    expect: (d) => d.sumMoney(F(d, DHM), 'annualBudget'),
  },
  {
    id: 'tw-money-02',
    cat: 'money',
    q: '那个 路源街道全年执行数一共多少钱',
    // 路源: the recognizer's 潞源
    expect: (d) => d.sumMoney(F(d, LY), 'executed'),
  },
  {
    id: 'tw-money-03',
    cat: 'money',
    q: '发改委 总预算 多少亿',
    expect: (d) => yiBoth(d, (m) => sumM(F(d, FG), 'annualBudget', m)),
  },
  {
    id: 'tw-money-04',
    cat: 'money',
    q: '嗯 牛燕维负责的项目 预算加起来一共有多少万',
    // 牛燕维: the recognizer's 牛艳维 (31 forms)
    expect: (d) => d.sumMoney(F(d, own('牛艳维')), 'annualBudget'),
  },
  {
    id: 'tw-money-05',
    cat: 'money',
    q: '预算50万以上的 几个',
    expect: (d) => moneyBandCount(d, 'annualBudget', 50, Number.POSITIVE_INFINITY),
  },
  {
    id: 'tw-money-06',
    cat: 'money',
    q: '全年预算在十万到五十万之间的项目有多少个',
    // strictly inside 46; the four forms at exactly 10 万 (none at 50) on the bound
    expect: (d) => moneyBandCount(d, 'annualBudget', 10, 50),
  },
  {
    id: 'tw-money-07',
    cat: 'money',
    q: '河门口 一共花了多少',
    expect: (d) => d.sumMoney(F(d, HMK), 'executed'),
  },
  {
    id: 'tw-money-08',
    cat: 'money',
    q: '就是所有项目平均下来 每个项目预算是多少钱',
    expect: (d) => {
      const a = sumM(d.all, 'annualBudget') / d.all.length;
      const b = sumM(d.all, 'annualBudget', conv) / d.all.length;
      return d.anyOf(d.number(a), d.number(b));
    },
  },
  {
    id: 'tw-money-09',
    cat: 'money',
    q: '双井 执行数合计 换成元',
    // 6.5 + 32.9 = 39.4 万元 = 394000 元
    expect: (d) => yuan(d, (m) => sumM(F(d, SJ), 'executed', m)),
  },
  {
    id: 'tw-money-10',
    cat: 'money',
    q: '那个城乡基层党组织服务群众经费 市级资金那个，还剩多少钱没花',
    // 000-024 (市级资金): 100 − 99.118624 = 0.881376 万元 = 8813.76 元
    expect: (d) => {
      const r = R(d, '000-024');
      return d.anyOf(d.number(bud(r) - exe(r)), d.number((bud(r) - exe(r)) * 10000, 1));
    },
  },
  {
    id: 'tw-money-11',
    cat: 'money',
    q: '五百万到一千万之间的 列出来',
    // 003-029, 003-071, 003-018; 002-013 (1000) on the bound
    expect: (d) => moneyBand(d, 'annualBudget', 500, 1000),
  },
  {
    id: 'tw-money-12',
    cat: 'money',
    q: '二零二三年的项目跟二零二零年的比 全年预算总数差了多少',
    expect: (d) =>
      gapOf(
        d,
        sumM(F(d, y(2023)), 'annualBudget') - sumM(F(d, y(2020)), 'annualBudget'),
        sumM(F(d, y(2023)), 'annualBudget', conv) - sumM(F(d, y(2020)), 'annualBudget', conv),
      ),
  },
  {
    id: 'tw-money-13',
    cat: 'money',
    q: '赵康 执行数合计',
    expect: (d) => d.sumMoney(F(d, own('赵康')), 'executed'),
  },
  {
    id: 'tw-money-14',
    cat: 'money',
    q: '那个 大红门民生保障办公室的预算 占整个大红门的百分之多少',
    // 003-055 「民生保障办公室是」 in or out
    expect: (d) => {
      const whole = sumM(F(d, DHM), 'annualBudget');
      return d.anyOf(
        pct(d, sumM(F(d, msStrict), 'annualBudget'), whole),
        pct(d, sumM(F(d, msWide), 'annualBudget'), whole),
      );
    },
  },
  {
    id: 'tw-money-15',
    cat: 'money',
    q: '两万块以下的 列一下',
    // 全年预算 below 2 万元 (none exactly on it)
    expect: (d) => moneyBand(d, 'annualBudget', Number.NEGATIVE_INFINITY, 2),
  },
  {
    id: 'tw-money-16',
    cat: 'money',
    q: '嗯 张宏负责的项目 年初预算加起来跟全年预算加起来 差多少',
    // a blank 年初 as 0, or only the forms that fill both; signed or magnitude
    expect: (d) => {
      const rs = F(d, own('张宏'));
      const filled = rs.filter((r) => init(r) != null);
      return gapOf(
        d,
        sumM(rs, 'initialBudget') - sumM(rs, 'annualBudget'),
        sumM(filled, 'initialBudget') - sumM(filled, 'annualBudget'),
      );
    },
  },
  {
    id: 'tw-money-17',
    cat: 'money',
    q: '全部项目 执行数总额',
    expect: (d) => d.sumMoney(d.all, 'executed'),
  },
  {
    id: 'tw-money-18',
    cat: 'money',
    q: '嗯 李一飞负责的那些 平均每个项目预算多少',
    // 李一飞: the recognizer's 李毅飞 (22 forms)
    expect: (d) => d.avg(F(d, own('李毅飞')), bud),
  },
  {
    id: 'tw-money-19',
    cat: 'money',
    q: '潞源 没花完的钱 一共多少',
    // Σ (全年预算 − 全年执行) over 潞源 (no form above its budget), in 万元 or 元
    expect: (d) => {
      const left = F(d, LY).reduce((s, r) => s + bud(r) - exe(r), 0);
      return d.anyOf(d.number(left), d.number(left * 10000, 1));
    },
  },
  {
    id: 'tw-money-20',
    cat: 'money',
    q: '大红门执行数超过一百万的有几个',
    // 003-094 (exactly 100) on the bound
    expect: (d) => moneyBandCount(d, 'executed', 100, Number.POSITIVE_INFINITY, DHM),
  },
  {
    id: 'tw-money-21',
    cat: 'money',
    q: '发改委 100万以上的 几个',
    // 002-002, 002-005, 002-006, 002-007 (186.318 or 1863180), 002-013: 5 either way
    expect: (d) => moneyBandCount(d, 'annualBudget', 100, Number.POSITIVE_INFINITY, FG),
  },
  {
    id: 'tw-money-22',
    cat: 'money',
    q: '就是经济大脑那个项目的预算 换算成元是多少啊',
    expect: (d) => d.number(bud(R(d, '002-005')) * 10000, 1),
  },
  {
    id: 'tw-money-23',
    cat: 'money',
    q: '2020年 预算合计',
    expect: (d) => d.sumMoney(F(d, y(2020)), 'annualBudget'),
  },
  {
    id: 'tw-money-24',
    cat: 'money',
    q: '然后 王丽负责的项目。全年预算一共是多少',
    expect: (d) => d.sumMoney(F(d, own('王丽')), 'annualBudget'),
  },
  {
    id: 'tw-money-25',
    cat: 'money',
    q: '朗清园 预算比执行多多少',
    // 000-006: 438 − 433 = 5 万元
    expect: (d) => gapOf(d, bud(R(d, '000-006')) - exe(R(d, '000-006'))),
  },

  // ---- no: what the forms cannot answer ----
  {
    id: 'tw-no-01',
    cat: 'no',
    q: '那个 西城区的项目有多少个',
    expect: (d) => noneOr(d, '西城区'),
  },
  {
    id: 'tw-no-02',
    cat: 'no',
    q: '明年预算 报多少',
    expect: (d) => noYear(d, '明年', 2027),
  },
  {
    id: 'tw-no-03',
    cat: 'no',
    q: '二零二二年的项目有哪些',
    // 2022 has no forms (the names 「2022年第五批小微项目」, 「2022-2023 年采暖季…」 are 2023 forms)
    expect: (d) => noYear(d, '2022', 2022),
  },
  {
    id: 'tw-no-04',
    cat: 'no',
    q: '公开招标的 几个',
    expect: (d) => d.refuse('公开招标'),
  },
  {
    id: 'tw-no-05',
    cat: 'no',
    q: '那个 你帮我把统计所经费的总分改成九十分',
    expect: (d) => d.refuse('改'),
  },
  {
    id: 'tw-no-06',
    cat: 'no',
    q: '张伟 负责的',
    expect: (d) => noneOr(d, '张伟'),
  },
  {
    id: 'tw-no-07',
    cat: 'no',
    q: '嗯 审计整改的情况怎么样了 整改完了没有',
    expect: (d) => d.refuse('整改'),
  },
  {
    id: 'tw-no-08',
    cat: 'no',
    q: '评审专家 名单',
    expect: (d) => d.refuse('专家'),
  },
  {
    id: 'tw-no-09',
    cat: 'no',
    q: '今天天气怎么样 会不会下雨啊',
    expect: (d) => d.refuse('天气'),
  },
  {
    id: 'tw-no-10',
    cat: 'no',
    q: '发改委的表 全删了',
    expect: (d) => d.refuse('删'),
  },

  // ---- talk: follow-ups and two asks ----
  {
    id: 'tw-talk-01',
    cat: 'talk',
    pre: '大红门 总分95的',
    q: '几个',
    expect: (d) => d.count(F(d, (r) => DHM(r) && ts(r) === 95).length),
  },
  {
    id: 'tw-talk-02',
    cat: 'talk',
    pre: '那个 牛艳维负责的项目都有哪些',
    q: '嗯 这些里面满意度没做的有几个',
    // 未做 19 (either reading: she has no form without a satisfaction row), up to 21 with 003-041 and 003-142 (satDoubt)
    expect: (d) => surveyCount(d, own('牛艳维')),
  },
  {
    id: 'tw-talk-03',
    cat: 'talk',
    q: '嗯，那个温馨家园运行经费。负责人是谁电话多少',
    // 003-141: 牛艳维, 67270320
    expect: (d) => allOf(d.value(R(d, '003-141'), '牛艳维'), d.value(R(d, '003-141'), '67270320')),
  },
  {
    id: 'tw-talk-04',
    cat: 'talk',
    pre: '预算最大的五个',
    q: '只要2020年的',
    expect: (d) => topM(d, F(d, y(2020)), 'annualBudget', 5, 'desc'),
  },
  {
    id: 'tw-talk-05',
    cat: 'talk',
    q: '张宏 几个项目 一共多少钱',
    expect: (d) => allOf(d.count(F(d, own('张宏')).length), d.sumMoney(F(d, own('张宏')), 'annualBudget')),
  },
];
