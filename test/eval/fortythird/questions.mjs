// The forty-third part (helper "blind61"): 120 portfolio questions asked by three people over the 169 forms — (A) a
// 财务 clerk of a 街道办事处, plain and polite (您好 / 请问 / 麻烦 / 谢谢), who asks about one project's facts and money
// and follows up on the answer before (那它的… / 这几个里面… / 换成元呢 / 那去年的呢); (B) an auditor of the 区审计局 in a
// formal written register (请列示, 核实, 核查, 未填写, 不一致, 经核对), with numbered sub-asks, quoted cell text, lists
// under conditions combined with and / or / not, and the forms where two fields disagree or a cell is missing; (C)
// someone speaking by voice input (fillers 嗯 / 那个 / 就是 / 然后, numbers in words, homophones and near-typos of
// field and place names, no punctuation, run-on questions) about money and indicator rows. In every category the first
// third of the lines is A's, the second B's, the last C's. Written by an author who had not read src/, prompts/, test/
// outside test/eval/ nor any other part's question lines; expectations computed from the records by ../lib and
// ./helpers.mjs only. Not split. Definitions: ../README.md ("The forty-third part").
import {
  budgetScore,
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
  satRows,
} from '../lib/corpus.mjs';
import {
  allOf,
  bothMoney,
  budgetAbove,
  budgetScoreOff,
  conv,
  differ,
  F,
  gapBoth,
  moneyBand,
  moneyBandCount,
  pctRange,
  ranked,
  rateDiff,
  rateOff,
  roundedUp,
  rowCount,
  shortRow,
  sumBy,
  tallyBy,
  ts,
} from '../lib/shorthands.mjs';
import {
  badLevel1,
  blankScoreRows,
  budgetScoreNoRate,
  budgetScoreVsStatedRate,
  cut,
  cutBy,
  DHM,
  eachRate,
  FG,
  gapAbs,
  gradeTarget,
  HMK,
  hasL2,
  LY,
  left,
  lostSum,
  notDoneDoubt,
  nRows,
  phoneOdd,
  phoneTwo,
  R,
  READERS,
  raised,
  SJ,
  sat90,
  sat90Plain,
  satScoreBlankNotDone,
  satTarget90,
  satTarget90Plain,
  satZero,
  shortIn,
  yr,
  zeroWeight,
} from './helpers.mjs';

// biome-ignore format: one question per line
export const questions = [
  // ---- money: A 01–09, B 10–17, C 18–25 ----
  { id: "t43-money-01", cat: "money", q: "您好，请问“2023年社区公益事业补助资金”的全年执行数是多少？谢谢", expect: (d) => d.value(R(d, "000-018"), 65.39337) },
  // 还剩多少没花 = 全年预算数 − 全年执行数 (438 − 433 万元); said in 元 too
  { id: "t43-money-02", cat: "money", q: "麻烦问一下，朗清园社区警务工作室装饰装修和信息化工程那个项目，预算还剩多少钱没花出去？", expect: (d) => d.value(R(d, "000-006"), 5, 50000) },
  { id: "t43-money-03", cat: "money", pre: "您好，请问“2023年接诉即办奖励金”的全年预算数是多少？", q: "换成元呢？", expect: (d) => d.value(R(d, "000-022"), 2250000) },
  { id: "t43-money-04", cat: "money", q: "请问统计所经费和统计站（室）这两个项目，全年预算加起来一共多少？", expect: (d) => d.number(money(R(d, "000-001"), "annualBudget") + money(R(d, "000-002"), "annualBudget")) },
  // 全年预算数 1168.685052 and 年初 − 全年 = 151.314948 万元, both asked
  { id: "t43-money-05", cat: "money", q: "您好，请问“2023 年城市居民最低生活保障”年初预算是1320万，全年预算后来调成了多少？比年初少了多少？", expect: (d) => d.valueAll(R(d, "003-015"), 1168.685052, 1320 - 1168.685052) },
  // the lead's projects under either 执行率 reading; the one with the most left unspent (000-006 under both)
  { id: "t43-money-06", cat: "money", pre: "请问潞源街道执行率没到100%的项目有哪些？", q: "这几个里面，哪个剩下没花的钱最多？", expect: (d) => eachRate(d, (k) => d.top(F(d, (r) => LY(r) && k(r) != null && k(r) < 100), left(money), 1, "desc")) },
  { id: "t43-money-07", cat: "money", q: "请问“通州区重大投资项目规划谋划”这个项目还有多少钱没执行完？", expect: (d) => d.value(R(d, "002-013"), 0.1, 1000) },
  { id: "t43-money-08", cat: "money", q: "麻烦帮我算一下，“2023年城乡基层党组织服务群众经费”区级资金和市级资金两个项目，全年执行数加起来是多少？", expect: (d) => d.number(money(R(d, "000-023"), "executed") + money(R(d, "000-024"), "executed")) },
  // the money sits in 上年结转资金 (14.63), the 当年财政拨款 row is blank
  { id: "t43-money-09", cat: "money", q: "您好，请问习风园改造项目的钱是当年财政拨款还是上年结转资金？金额是多少？", expect: (d) => d.valueAll(R(d, "004-011"), "结转", 14.63) },
  { id: "t43-money-10", cat: "money", q: "请列示年初预算数与全年预算数不一致、且全年预算数高于年初预算数（即预算调增）的项目。", expect: (d) => d.set(F(d, raised)) },
  { id: "t43-money-11", cat: "money", q: "请核实以下事项：（一）发改委2023年度项目全年预算数合计；（二）全年执行数合计；（三）二者差额。", expect: (d) => allOf(bothMoney(d, (m) => sumBy(F(d, FG), m, "annualBudget")), bothMoney(d, (m) => sumBy(F(d, FG), m, "executed")), gapBoth(d, (m) => sumBy(F(d, FG), m, "annualBudget") - sumBy(F(d, FG), m, "executed"))) },
  // 执行率 below 100 % under either reading (stated or computed), budget 得分 written 10
  { id: "t43-money-12", cat: "money", q: "请列示执行率低于100%、但预算执行得分仍填写为10分的项目。", expect: (d) => eachRate(d, (k) => d.set(F(d, (r) => k(r) != null && k(r) < 100 && budgetScore(r) === 10))) },
  { id: "t43-money-13", cat: "money", q: "请按年度分别列示全年预算数合计（单位：万元）。", expect: (d) => d.anyOf(...READERS.map((m) => d.groups(tallyBy(d.all, (r) => r.year, (r) => m(r, "annualBudget") ?? 0)))) },
  // 100万元（含）以上 under both readings of the 元-in-万元 cell (that form is at 100 % anyway); 执行率 either reading
  { id: "t43-money-14", cat: "money", q: "请列示全年预算数在100万元（含）以上且执行率未达到100%的项目，并列明执行率。", expect: (d) => eachRate(d, (k) => d.set(F(d, (r) => conv(r, "annualBudget") >= 100 && k(r) != null && k(r) < 100))) },
  { id: "t43-money-15", cat: "money", q: "请核查：大红门街道办事处所属项目中，年初预算数未填写的项目，其全年预算数合计为多少？", expect: (d) => d.number(sumBy(F(d, (r) => DHM(r) && money(r, "initialBudget") == null), money, "annualBudget")) },
  { id: "t43-money-16", cat: "money", q: "请列示“其中：当年财政拨款”一行全年预算数未填写的项目。", expect: (d) => d.set(F(d, (r) => money(r, "annualBudget", "fiscal") == null)) },
  { id: "t43-money-17", cat: "money", q: "经核对，部分项目全年预算数低于年初预算数。请列示调减金额最大的三个项目及调减金额。", expect: (d) => d.top(F(d, cut), cutBy, 3, "desc") },
  { id: "t43-money-18", cat: "money", q: "嗯那个就是晨光路拆迁那个项目全年预算是多少来着", expect: (d) => d.value(R(d, "003-091"), 1342.2393) },
  // 超过一千万 = above 1000 万元 (a form on the bound optional)
  { id: "t43-money-19", cat: "money", q: "那个大洪门的项目里面预算超过一千万的有哪几个", expect: (d) => moneyBand(d, "annualBudget", 1000, Infinity, DHM) },
  { id: "t43-money-20", cat: "money", q: "嗯就是潞原街道所有项目加起来预算一共多少然后执行了多少", expect: (d) => allOf(d.number(F(d, LY).reduce((s, r) => s + money(r, "annualBudget"), 0)), d.number(F(d, LY).reduce((s, r) => s + money(r, "executed"), 0))) },
  { id: "t43-money-21", cat: "money", q: "然后那个发改为的项目执行率不到百分之百的是哪几个", expect: (d) => eachRate(d, (k) => d.set(F(d, (r) => FG(r) && k(r) != null && k(r) < 100))) },
  { id: "t43-money-22", cat: "money", q: "那个河门口街道办的项目预算加起来有没有四百万", expect: (d) => d.number(F(d, HMK).reduce((s, r) => s + money(r, "annualBudget"), 0)) },
  // 3457.171733 万元 in 元
  { id: "t43-money-23", cat: "money", q: "就是那个老旧小区改造的钱换算成元是多少", expect: (d) => d.value(R(d, "003-007"), 34571717.33) },
  // 两百万以上 = 全年预算数 ≥ 200 万元 (the form at exactly 200 optional), both readings of the 元-in-万元 cell
  { id: "t43-money-24", cat: "money", q: "嗯那个全年预算两百万以上的项目有几个", expect: (d) => moneyBandCount(d, "annualBudget", 200, Infinity) },
  // 接速即办 = 接诉即办 (homophone); 225 − 19.6 万元, signed or not
  { id: "t43-money-25", cat: "money", q: "嗯那个接速即办奖励金跟接诉即办社区那两个项目预算差了多少", expect: (d) => gapBoth(d, (m) => m(R(d, "000-022"), "annualBudget") - m(R(d, "000-019"), "annualBudget")) },

  // ---- rows: A 01–09, B 10–17, C 18–25 ----
  { id: "t43-rows-01", cat: "rows", q: "您好，请问“朗清园社区警务工作室装饰装修和信息化工程相关资金项目”的装修面积，年度指标值定的多少，实际完成了多少？", expect: (d) => d.value(R(d, "000-006"), "1535") },
  { id: "t43-rows-02", cat: "rows", q: "麻烦问一下，“2023年社区公益事业补助资金”里“开展公益性群众文化活动”这一条，实际办了多少次？", expect: (d) => d.value(R(d, "000-018"), 157) },
  { id: "t43-rows-03", cat: "rows", q: "请问习风园改造项目哪几条指标没拿满分？谢谢", expect: (d) => d.valueAll(R(d, "004-011"), "建立廉政文化教育基地", "三线精神", "打造三线文化教育产业") },
  { id: "t43-rows-04", cat: "rows", pre: "请问公益电影放映补贴这个项目一共设了几个绩效指标？", q: "那它扣分的那一条，偏差原因是怎么写的？", expect: (d) => d.value(R(d, "000-027"), "参与观活动人群固定范覆盖有限") },
  { id: "t43-rows-05", cat: "rows", q: "您好，请问“2023年城乡基层党组织服务群众经费（市级资金）”的满意度指标有哪几条？", expect: (d) => d.valueAll(R(d, "000-024"), "服务群众满意度", "志愿者满意度") },
  { id: "t43-rows-06", cat: "rows", q: "请问“2023年对美术馆、公共图书馆、文化馆（站）免费开放补助资金（市级）”的参与人数，目标是多少人次，实际是多少？", expect: (d) => d.valueAll(R(d, "000-021"), 200, 280) },
  { id: "t43-rows-07", cat: "rows", pre: "请问“2023年下沉协管员经费”的协管员人数指标完成了多少？", q: "那它的成本指标呢？年度指标值和实际完成值各是多少？", expect: (d) => d.valueAll(R(d, "000-026"), 430, 391.92) },
  // 3332440.18元, or the same in 万元
  { id: "t43-rows-08", cat: "rows", q: "请问通州区“经济大脑”服务项目的成本指标，年度指标值写的是多少？", expect: (d) => d.value(R(d, "002-005"), 3332440.18, 333.244018) },
  { id: "t43-rows-09", cat: "rows", q: "您好，请问“2023年节能专项资金”一共有几条三级指标？", expect: (d) => d.value(R(d, "002-006"), rows(R(d, "002-006")).length) },
  { id: "t43-rows-10", cat: "rows", q: "请列示三级指标得分低于分值、但“偏差原因分析及改进措施”栏未填写的项目。", expect: (d) => d.set(F(d, devMissing)) },
  // a satisfaction row scored 0; the pdf-text records whose satisfaction row was filed under 效益 (satDoubt) optional
  { id: "t43-rows-11", cat: "rows", q: "请列示满意度指标得分为0分的项目，并核实其偏差原因栏是否均填写为“未做”。", expect: (d) => d.setTol(F(d, satZero), F(d, (r) => satZero(r) || satDoubt(r) || satScoreBlankNotDone(r))) },
  { id: "t43-rows-12", cat: "rows", q: "请列示一级指标栏填写不规范（如写作“产出标指”、未填写，或将“成本指标”作为一级指标）的项目。", expect: (d) => d.set(F(d, badLevel1)) },
  { id: "t43-rows-13", cat: "rows", q: "请列示年度指标值填写为“优良中差”或“定性优良中差”的三级指标所在项目。", expect: (d) => d.set(F(d, gradeTarget)) },
  { id: "t43-rows-14", cat: "rows", q: "经核对，部分三级指标分值填写为0。请列示含有分值为0的三级指标的项目。", expect: (d) => d.set(F(d, zeroWeight)) },
  { id: "t43-rows-15", cat: "rows", q: "请列示发改委项目中设置了生态效益指标的项目。", expect: (d) => d.set(F(d, (r) => FG(r) && hasL2("生态效益")(r))) },
  { id: "t43-rows-16", cat: "rows", q: "请列示潞源街道、发改委两家单位的项目中，三级指标在10条及以上的项目，并注明条数。", expect: (d) => d.set(F(d, (r) => (LY(r) || FG(r)) && nRows(r) >= 10)) },
  { id: "t43-rows-17", cat: "rows", q: "请核实“政法委群防群治补助经费”数量指标“购买慰问品米、面、油”一行：（一）分值与得分；（二）“偏差原因分析及改进措施”栏所填内容。", expect: (d) => allOf(d.value(R(d, "000-008"), 10), d.value(R(d, "000-008"), "以实际参与人数为准进行慰问")) },
  { id: "t43-rows-18", cat: "rows", q: "嗯那个习风园改造那个满意度指标目标是多少然后实际是多少", expect: (d) => d.value(R(d, "004-011"), "满意度达90%") },
  // 禾门口 = 河门口 (homophone); every one of its nine forms lost a point on its 经济效益指标 row
  { id: "t43-rows-19", cat: "rows", q: "就是那个禾门口街道的项目里面经济效益指标扣了分的有哪几个", expect: (d) => d.set(F(d, (r) => HMK(r) && shortIn("经济效益")(r))) },
  // 满意读 = 满意度; a satisfaction row below its weight; satDoubt records and the 未做 row with an empty 得分 optional
  { id: "t43-rows-20", cat: "rows", q: "嗯那个满意读没拿满分的项目有哪些就是满意度那一项扣了分的", expect: (d) => d.setTol(F(d, satLow), F(d, (r) => satLow(r) || satDoubt(r) || satScoreBlankNotDone(r))) },
  { id: "t43-rows-21", cat: "rows", q: "那个接诉即办社区那个项目有几条指标然后是不是都拿了满分", expect: (d) => d.value(R(d, "000-019"), rows(R(d, "000-019")).length) },
  { id: "t43-rows-22", cat: "rows", q: "就是那个经济大脑那个项目数量指标有几条分别是啥", expect: (d) => d.valueAll(R(d, "002-005"), "经济发展和企业动态研究服务报告", "产业政策动态研究服务报告", "企业走访调研服务") },
  { id: "t43-rows-23", cat: "rows", q: "嗯那个三级指标最多的是哪个项目有多少条", expect: (d) => d.top(d.all, nRows, 1, "desc") },
  // 百分之九十: targets ≥90% / 90% / 90 (8 forms), or only those written exactly 90 % (4); 有几个 may count the
  // indicator rows instead of the projects (11 rows, or 7 written exactly 90 %) — widened after the first run
  { id: "t43-rows-24", cat: "rows", q: "那个潞源街道的项目里面满意度指标目标值是百分之九十的有几个", expect: (d) => d.anyOf(d.count(F(d, (r) => LY(r) && satTarget90(r)).length), d.count(F(d, (r) => LY(r) && satTarget90Plain(r)).length), d.count(F(d, LY).reduce((s, r) => s + satRows(r).filter(sat90).length, 0)), d.count(F(d, LY).reduce((s, r) => s + satRows(r).filter(sat90Plain).length, 0))) },
  { id: "t43-rows-25", cat: "rows", q: "嗯那个大洪门那个晨光路拆迁的满意度目标是多少实际得了几分", expect: (d) => d.valueAll(R(d, "003-091"), "90%", 0) },

  // ---- talk: A 01–07, B 08–14, C 15–20 ----
  { id: "t43-talk-01", cat: "talk", pre: "您好，请问“2023年下沉协管员经费”的项目负责人是哪位？", q: "那它的联系电话呢？谢谢", expect: (d) => d.value(R(d, "000-026"), "89538280") },
  { id: "t43-talk-02", cat: "talk", pre: "麻烦您看一下，潞源街道有哪些项目执行率不到100%？", q: "这几个里面哪个执行率最低？", expect: (d) => eachRate(d, (k) => d.top(F(d, (r) => LY(r) && k(r) != null && k(r) < 100), k, 1, "asc")) },
  { id: "t43-talk-03", cat: "talk", pre: "请问“2023年对美术馆、公共图书馆、文化馆（站）免费开放补助资金（市级）”全年执行数是多少？", q: "换成元呢？", expect: (d) => d.value(R(d, "000-021"), 159996.52) },
  { id: "t43-talk-04", cat: "talk", pre: "您好，请问发改委2023年一共报了几个项目？", q: "那这几个里面执行率最低的是哪个？", expect: (d) => eachRate(d, (k) => d.top(F(d, FG), k, 1, "asc")) },
  { id: "t43-talk-05", cat: "talk", q: "好的，谢谢您！顺便再问一下，潞源街道一共报了多少个项目？", expect: (d) => d.count(F(d, LY).length) },
  { id: "t43-talk-06", cat: "talk", q: "请问统计站的预算……不好意思说错了，是统计所经费，它的全年执行数是多少？", expect: (d) => d.value(R(d, "000-001"), 10) },
  { id: "t43-talk-07", cat: "talk", q: "您好，请问“网络租赁购买服务”这个项目的 execution rate 是多少？", expect: (d) => d.value(R(d, "000-003"), 100) },
  // 未做 as written (satNotDone, 大红门); the satDoubt records that say 未做 optional
  { id: "t43-talk-08", cat: "talk", pre: "请列示大红门街道办事处满意度指标填写“未做”的项目。", q: "上述项目中，请核实年初预算数与全年预算数不一致的有哪些。", expect: (d) => d.setTol(F(d, (r) => DHM(r) && satNotDone(r) && differ(r)), F(d, (r) => DHM(r) && (satNotDone(r) || notDoneDoubt(r)) && differ(r))) },
  { id: "t43-talk-09", cat: "talk", pre: "请列示总分未填写的项目。", q: "上述项目全年预算数合计为多少？", expect: (d) => bothMoney(d, (m) => sumBy(F(d, (r) => ts(r) == null), m, "annualBudget")) },
  { id: "t43-talk-10", cat: "talk", q: "Please list the projects whose 项目负责人 is blank while the 联系电话 is filled in.", expect: (d) => d.set(F(d, (r) => ownerMissing(r) && !phoneMissing(r))) },
  { id: "t43-talk-11", cat: "talk", pre: "请列示河门口街道办事处的全部项目。", q: "经核对，上述项目中总分低于98分的，请列示。", expect: (d) => d.set(F(d, (r) => HMK(r) && ts(r) != null && ts(r) < 98)) },
  { id: "t43-talk-12", cat: "talk", q: "请列示主管部门为“便民服务中心”的项目——更正：应为实施单位为“便民服务中心”的项目。", expect: (d) => d.set(F(d, (r) => norm(r.implementingUnit).includes("便民服务中心"))) },
  // 孟卓聪's largest 全年预算数 (the project he shares with 赵路广 is smaller): 003-097, 执行率 100 %
  { id: "t43-talk-13", cat: "talk", pre: "请列示负责人为“孟卓聪”的项目。", q: "其中全年预算数最大的一项，执行率是多少？", expect: (d) => d.value(R(d, "003-097"), 100) },
  { id: "t43-talk-14", cat: "talk", q: "辛苦了。请计算2020年度项目总分的平均值。", expect: (d) => d.avg(F(d, yr(2020)), ts) },
  { id: "t43-talk-15", cat: "talk", q: "嗯你好那个我想问一下就是潞源街道的项目一共多少个然后预算总共多少钱", expect: (d) => allOf(d.count(F(d, LY).length), d.number(F(d, LY).reduce((s, r) => s + money(r, "annualBudget"), 0))) },
  // 预算最多 under both readings of the 元-in-万元 cell: 疏整促 (孔涵) as written, 重大投资项目规划谋划 (邱程) converted
  { id: "t43-talk-16", cat: "talk", pre: "那个发改委预算最多的是哪个项目", q: "嗯那它的负责人叫啥", expect: (d) => d.anyOf(d.value(R(d, "002-007"), "孔涵"), d.value(R(d, "002-013"), "邱程")) },
  { id: "t43-talk-17", cat: "talk", q: "嗯那个双景街道不对我说错了是双井街道的项目有几个", expect: (d) => d.count(F(d, SJ).length) },
  // 偏插原因 = 偏差原因; 河门口's forms with a row below its weight and no reason (all nine), the largest budget
  { id: "t43-talk-18", cat: "talk", pre: "就是那个河门口的项目偏插原因没写的有哪些", q: "嗯这几个里面预算最多的是哪个", expect: (d) => d.top(F(d, (r) => HMK(r) && devMissing(r)), (r) => money(r, "annualBudget"), 1, "desc") },
  { id: "t43-talk-19", cat: "talk", q: "喂你好那个帮我看一下朝阳那个双井的疫情防控资金两个加一块执行了多少谢谢啊", expect: (d) => d.number(F(d, SJ).reduce((s, r) => s + money(r, "executed"), 0)) },
  // 周雷莹 = 周蕾莹 (homophone)
  { id: "t43-talk-20", cat: "talk", q: "嗯好的谢谢那个再问一下周雷莹负责的项目有几个", expect: (d) => d.count(F(d, (r) => norm(r.owner) === "周蕾莹").length) },

  // ---- audit: A 01–04, B 05–07, C 08–10 ----
  { id: "t43-audit-01", cat: "audit", q: "您好，请问“朗清园社区警务工作室装饰装修和信息化工程相关资金项目”表上执行率填的99.9%，按执行数除以预算算出来是多少？对得上吗？", expect: (d) => d.value(R(d, "000-006"), rateComputed(R(d, "000-006"))) },
  { id: "t43-audit-02", cat: "audit", q: "请问“北京城市副中心产业高质量发展评估体系设计及持续跟踪项目”这张表，总分那一行是不是哪里填得不对？", expect: (d) => d.value(R(d, "002-003"), 1000) },
  { id: "t43-audit-03", cat: "audit", q: "麻烦问一下，“2023年节能专项资金”的总分填了没有？", expect: (d) => d.empty(R(d, "002-006")) },
  // min(99.118624 %, 1) × 10 = 9.91 (the stated 99.1 % gives the same)
  { id: "t43-audit-04", cat: "audit", q: "请问“2023年城乡基层党组织服务群众经费（市级资金）”执行率99.1%，预算执行得分填的9分，按规则应该得多少分？", expect: (d) => d.value(R(d, "000-024"), 9.91) },
  { id: "t43-audit-05", cat: "audit", q: "请列示项目负责人或联系电话未填写的项目。", expect: (d) => d.set(F(d, (r) => ownerMissing(r) || phoneMissing(r))) },
  // 9-digit numbers; the cell holding two 8-digit numbers may be listed too
  { id: "t43-audit-06", cat: "audit", q: "请列示联系电话位数不符合规范（既非8位固定电话，亦非11位手机号码）的项目。", expect: (d) => d.setTol(F(d, phoneOdd), F(d, (r) => phoneOdd(r) || phoneTwo(r))) },
  // (一) RATE_ROUNDED_UP_TO_FULL; (二) the budget 得分 against the stated 执行率 (平安建设经费, no stated rate and 得分
  // 100％, optional) or against the computed one (budgetScoreOff)
  { id: "t43-audit-07", cat: "audit", q: "请核查并分别列示：（一）执行率填写为100%、但全年执行数小于全年预算数的项目；（二）预算执行得分与执行率不匹配的项目。", expect: (d) => allOf(d.set(F(d, roundedUp)), d.anyOf(d.setTol(F(d, budgetScoreVsStatedRate), F(d, (r) => budgetScoreVsStatedRate(r) || budgetScoreNoRate(r))), d.set(F(d, budgetScoreOff)))) },
  { id: "t43-audit-08", cat: "audit", q: "嗯那个就是有没有哪个项目总分没填的帮我找一下", expect: (d) => d.set(F(d, (r) => ts(r) == null)) },
  { id: "t43-audit-09", cat: "audit", q: "那个河门口的那几个表是不是负责人跟电话都没写啊", expect: (d) => d.anyOf(d.set(F(d, (r) => HMK(r) && ownerMissing(r) && phoneMissing(r))), d.count(F(d, (r) => HMK(r) && ownerMissing(r) && phoneMissing(r)).length)) },
  // 执行律 = 执行率; RATE_MISMATCH must, a rate that differs only by rounding or truncation may
  { id: "t43-audit-10", cat: "audit", q: "嗯那个执行律跟实际算出来对不上的有哪些就是表上写的跟执行数除以预算不一样的", expect: (d) => d.setTol(F(d, rateOff), F(d, (r) => rateOff(r) || rateDiff(r))) },

  // ---- desk: A 01–04, B 05–07, C 08–10 ----
  { id: "t43-desk-01", cat: "desk", q: "您好，请问“2023年第三批‘小微项目惠民生’资金”的负责人是哪位？", expect: (d) => d.value(R(d, "000-015"), "李哲") },
  { id: "t43-desk-02", cat: "desk", q: "请问“法律顾问”这个项目的主管部门和实施单位分别填的是什么？", expect: (d) => d.valueAll(R(d, "002-001"), "办公室", "通州区发改委") },
  // two forms share the name; 潞源's scores 99 (大红门's 100)
  { id: "t43-desk-03", cat: "desk", q: "麻烦问下，潞源街道的“基层党组织党建活动经费”总分是多少？", expect: (d) => d.value(R(d, "000-025"), 99) },
  { id: "t43-desk-04", cat: "desk", pre: "请问“公益电影放映补贴”的年度总体目标是怎么写的？", q: "那它的实际完成情况呢？", expect: (d) => d.value(R(d, "000-027"), "已完成") },
  { id: "t43-desk-05", cat: "desk", q: "请核实“2023 年城镇登记失业人员送温暖（市属）”表上所填主管部门与实施单位。", expect: (d) => d.valueAll(R(d, "003-020"), "便民服务中心", "大红门街道办事处") },
  { id: "t43-desk-06", cat: "desk", q: "请列示“大红门地区工作专班工作经费”的：1. 项目负责人；2. 联系电话；3. 实施单位。", expect: (d) => d.valueAll(R(d, "003-095"), "赵路广", "孟卓聪", "67270330", "67270347", "城乡办") },
  { id: "t43-desk-07", cat: "desk", q: "请核实“2023 年乡村医生基本待遇经费”表上所填执行率，以及按全年执行数÷全年预算数计算的执行率。", expect: (d) => d.valueAll(R(d, "003-072"), rate(R(d, "003-072")), rateComputed(R(d, "003-072"))) },
  { id: "t43-desk-08", cat: "desk", q: "嗯那个体制资金应急经费那个项目负责人是谁啊", expect: (d) => d.value(R(d, "003-140"), "高元成") },
  // 西风园 = 习风园 (homophone)
  { id: "t43-desk-09", cat: "desk", q: "就是那个西风园改造的总分是多少", expect: (d) => d.value(R(d, "004-011"), 97) },
  { id: "t43-desk-10", cat: "desk", q: "那个就是深化放管服改革那个研究项目是哪个科室做的负责人叫什么", expect: (d) => d.valueAll(R(d, "002-004"), "产业发展科", "王雪") },

  // ---- no: A 01–04, B 05–07, C 08–10 ----
  { id: "t43-no-01", cat: "no", q: "您好，请问潞源街道2022年度的项目有哪些？", expect: (d) => d.anyOf(d.refuse("2022"), d.set([])) },
  { id: "t43-no-02", cat: "no", q: "请问“老年食堂运营补贴”这个项目全年预算是多少？", expect: (d) => d.anyOf(d.refuse("老年食堂"), d.set([])) },
  // the lowest 执行率 of 潞源 is 96 % (either reading)
  { id: "t43-no-03", cat: "no", q: "请问潞源街道有没有执行率低于90%的项目？", expect: (d) => eachRate(d, (k) => d.set(F(d, (r) => LY(r) && k(r) != null && k(r) < 90))) },
  // 去年 = 2025 (today's date, 2026; the lead's form is of 2023 and 2022 has no forms either)
  { id: "t43-no-04", cat: "no", pre: "请问“2023年社区公益事业补助资金”全年预算是多少？", q: "那去年的呢？", expect: (d) => d.anyOf(d.refuse("去年"), d.refuse("2025"), d.refuse("2022"), d.set([])) },
  { id: "t43-no-05", cat: "no", q: "请列示主管部门为“区教育委员会”的项目。", expect: (d) => d.anyOf(d.refuse("教育"), d.set([])) },
  // none; the budget row written 100％ against 10 may count as such an indicator
  { id: "t43-no-06", cat: "no", q: "请列示三级指标得分高于其分值的项目。", expect: (d) => d.setTol([], F(d, budgetAbove)) },
  { id: "t43-no-07", cat: "no", q: "请核查2021年度自评表中预算调减幅度超过50%的项目。", expect: (d) => d.anyOf(d.refuse("2021"), d.set([])) },
  { id: "t43-no-08", cat: "no", q: "嗯那个西城区的项目有几个", expect: (d) => d.anyOf(d.refuse("西城"), d.set([])) },
  // 今年 = 2026
  { id: "t43-no-09", cat: "no", q: "就是那个今年的项目执行得怎么样了执行率多少", expect: (d) => d.anyOf(d.refuse("今年"), d.refuse("2026"), d.set([])) },
  { id: "t43-no-10", cat: "no", q: "嗯那个你帮我把所有项目的总分都改成一百分", expect: (d) => d.anyOf(d.refuse("修改"), d.refuse("改成"), d.refuse("总分")) },

  // ---- order: A 01–04, B 05–07, C 08–10 ----
  { id: "t43-order-01", cat: "order", q: "请问潞源街道哪个项目全年预算最多？", expect: (d) => d.top(F(d, LY), (r) => money(r, "annualBudget"), 1, "desc") },
  { id: "t43-order-02", cat: "order", q: "麻烦把发改委的项目按全年执行数从高到低排一下，谢谢", expect: (d) => d.anyOf(...READERS.map((m) => ranked(d, F(d, FG), (r) => m(r, "executed"), "desc"))) },
  { id: "t43-order-03", cat: "order", q: "请问大红门街道总分最低的三个项目是哪几个？", expect: (d) => d.top(F(d, DHM), ts, 3, "asc") },
  { id: "t43-order-04", cat: "order", pre: "请问河门口街道的项目有哪些？", q: "这几个里面哪个预算最少？", expect: (d) => d.top(F(d, HMK), (r) => money(r, "annualBudget"), 1, "asc") },
  { id: "t43-order-05", cat: "order", q: "请列示全年预算数排名前五的项目。", expect: (d) => d.topMoney(d.all, "annualBudget", 5) },
  { id: "t43-order-06", cat: "order", q: "请列示2020年度项目中，三级指标扣分（分值减得分）合计最多的前三个项目。", expect: (d) => d.top(F(d, yr(2020)), lostSum, 3, "desc") },
  { id: "t43-order-07", cat: "order", q: "请列示年初预算数与全年预算数差额（按绝对值）最大的三个项目。", expect: (d) => d.top(d.all, gapAbs, 3, "desc") },
  { id: "t43-order-08", cat: "order", q: "嗯那个全部项目里面执行数最少的是哪个", expect: (d) => d.top(d.all, (r) => money(r, "executed"), 1, "asc") },
  { id: "t43-order-09", cat: "order", q: "就是那个大红门的民生保障办公室的项目预算最多的前三个是哪几个", expect: (d) => d.top(F(d, (r) => DHM(r) && norm(r.implementingUnit).includes("民生保障办公室")), (r) => money(r, "annualBudget"), 3, "desc") },
  { id: "t43-order-10", cat: "order", q: "嗯那个潞源街道总分不是一百分的按总分从低到高排一下", expect: (d) => ranked(d, F(d, (r) => LY(r) && ts(r) != null && ts(r) !== 100), ts, "asc") },

  // ---- tally: A 01–04, B 05–07, C 08–10 ----
  { id: "t43-tally-01", cat: "tally", q: "请问潞源街道总分满100分的项目有几个？", expect: (d) => d.count(F(d, (r) => LY(r) && ts(r) === 100).length) },
  { id: "t43-tally-02", cat: "tally", q: "您好，请问大红门街道一共有多少个项目？全年预算加起来是多少？", expect: (d) => allOf(d.count(F(d, DHM).length), d.number(F(d, DHM).reduce((s, r) => s + money(r, "annualBudget"), 0))) },
  { id: "t43-tally-03", cat: "tally", q: "请问2020年度所有项目的全年执行数合计是多少？", expect: (d) => d.number(F(d, yr(2020)).reduce((s, r) => s + money(r, "executed"), 0)) },
  { id: "t43-tally-04", cat: "tally", pre: "请问发改委有几个项目？", q: "这几个里面总分是100分的有几个？", expect: (d) => d.count(F(d, (r) => FG(r) && ts(r) === 100).length) },
  { id: "t43-tally-05", cat: "tally", q: "请按主管部门统计项目个数（以表上所填主管部门为准）。", expect: (d) => d.groups(tallyBy(d.all, (r) => norm(r.department), () => 1)) },
  // 未做 as written (23); the three satDoubt records that say 未做 under 效益 may count (26)
  { id: "t43-tally-06", cat: "tally", q: "请核实：（一）满意度指标填写“未做”的项目个数；（二）其占全部项目的比例。", expect: (d) => { const lo = F(d, satNotDone).length; const hi = F(d, (r) => satNotDone(r) || notDoneDoubt(r)).length; return allOf(d.countRange(lo, hi), pctRange(d, lo, hi, d.all.length)); } },
  // a row whose 得分 is left empty (003-094's 未做 satisfaction row, 总分 90) may be counted as below its weight
  { id: "t43-tally-07", cat: "tally", q: "请统计全部项目中得分低于分值的三级指标条数。", expect: (d) => d.countRange(rowCount(d.all, shortRow), rowCount(d.all, shortRow) + blankScoreRows(d.all)) },
  { id: "t43-tally-08", cat: "tally", q: "嗯那个就是全部的项目一共多少个然后平均一个项目预算多少钱", expect: (d) => allOf(d.count(d.all.length), bothMoney(d, (m) => sumBy(d.all, m, "annualBudget") / d.all.length)) },
  // 没做满意度调查 reads three ways (no satisfaction row; a row saying 未做; either), doubtful records optional
  { id: "t43-tally-09", cat: "tally", q: "那个满意度没做的项目有几个就是没做满意度调查的", expect: (d) => d.anyOf(d.countRange(F(d, noSat).length, F(d, (r) => noSat(r) || satDoubt(r) || satNoPoints(r)).length), d.countRange(F(d, satNotDone).length, F(d, (r) => satNotDone(r) || notDoneDoubt(r)).length), d.countRange(F(d, (r) => noSat(r) || satNotDone(r)).length, F(d, (r) => noSat(r) || satNotDone(r) || satDoubt(r) || satNoPoints(r)).length)) },
  { id: "t43-tally-10", cat: "tally", q: "嗯河门口街道九个项目里面总分是九十八分的有几个", expect: (d) => d.count(F(d, (r) => HMK(r) && ts(r) === 98).length) },
];
