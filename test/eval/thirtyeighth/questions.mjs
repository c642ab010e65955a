// The thirty-eighth part (helper "blind56"): 120 portfolio questions asked by three people over the 169 forms — (A) a
// staffer of the 区财政局 绩效科 doing the annual 抽查, in terse written Chinese: which forms go back (退回), the budget
// block cross-checked with the indicator table, figures per 主管部门; (B) a 街道办事处 主任 just back from a meeting,
// speaking into the phone (voice input: homophones 大洪门 路源 何门口 双景 执行绿 负则人, no punctuation, fillers 那个 /
// 就是 / 嗯), who wants quick numbers to report upward and compares streets; (C) a new hire at a 区局 who studied
// accounting, precise about units (元 / 万元 / 亿元, 百分点 against 百分比), asking derived figures (差额, 占比, 平均,
// 中位数) and now and then writing a term in English. Lines 01–05 of every category are A's, 06–10 B's, 11–15 C's.
// Written by an author who had not read src/, prompts/, test/ outside test/eval/ nor any other part's question lines;
// expectations computed from the records by ../lib and ./helpers.mjs only. Not split. The `no` lines come last, since
// three of them ask to change data. Definitions: ../README.md ("The thirty-eighth part").
import {
  devMissing,
  money,
  norm,
  noSat,
  ownerMissing,
  phoneMissing,
  rate,
  rateComputed,
  rows,
  satLow,
  satNoPoints,
  satRows,
} from '../lib/corpus.mjs';
import {
  allOf,
  both,
  column,
  conv,
  exact,
  F,
  l2Has,
  lostPts,
  moneyWhere,
  noYear,
  PCT,
  pctRange,
  rateDiff,
  rateOff,
  roundedUp,
  rowCount,
  totalOff,
  ts,
  weightOff,
} from '../lib/shorthands.mjs';
import {
  bsMay,
  bsMust,
  costMismatch,
  DHM,
  deptBest,
  deptGroups,
  FG,
  groupRate,
  HMK,
  LY,
  median,
  noChange,
  noSurveyCount,
  oneDec,
  pick,
  R,
  rateFull,
  SJ,
  satWeight,
  says,
  signed,
  streetGroups,
  yr,
} from './helpers.mjs';

const pct = (d, v) => d.anyOf(d.number(v, 0.011), d.number(Math.round(v * 10) / 10, 0.011));
const sumOf = (rs, f) => rs.reduce((s, r) => s + (f(r) ?? 0), 0);

// biome-ignore format: one question per line
export const questions = [
  // ---- audit ----
  { id: "t38-audit-01", cat: "audit", q: "执行率与全年执行数/全年预算数对不上的表，列出。", expect: (d) => d.setTol(F(d, rateOff), F(d, rateDiff)) },
  { id: "t38-audit-02", cat: "audit", q: "发改委8张表，哪几张需退回修改？", expect: (d) => d.setTol(pick(d, "002-004", "002-006", "002-007"), pick(d, "002-002", "002-003")) }, // 总分未填 must; 总分分值1000 (002-003) and 执行率写100%而未花完 (002-002) may
  { id: "t38-audit-03", cat: "audit", q: "预算执行得分与执行率不符的项目。", expect: (d) => d.setTol(F(d, bsMust), F(d, bsMay)) }, // off by the stated and the computed rate must; by one only, and 平安建设经费's 100％, may
  { id: "t38-audit-04", cat: "audit", q: "河门口 指标分值合计（含预算执行10分）不等于100的表", expect: (d) => d.set(F(d, (r) => HMK(r) && weightOff(r))) },
  { id: "t38-audit-05", cat: "audit", q: "填了联系电话但项目负责人空着的表", expect: (d) => d.set(F(d, (r) => ownerMissing(r) && !phoneMissing(r))) },
  { id: "t38-audit-06", cat: "audit", q: "嗯那个路源的表 有没有执行率填得不对的", expect: (d) => d.setTol(F(d, (r) => LY(r) && rateOff(r)), F(d, (r) => LY(r) && rateDiff(r))) },
  { id: "t38-audit-07", cat: "audit", q: "大洪门那边 扣了分又没写原因的 有哪几个", expect: (d) => d.setTol(F(d, (r) => DHM(r) && devMissing(r)), pick(d, "003-007")) }, // 003-007: its reason is wrapped into the next pdf-text row (counts as written), its own cell is blank: optional
  { id: "t38-audit-08", cat: "audit", q: "那个何门口的 联系电话是不是都没填 几个没填啊", expect: (d) => d.count(F(d, (r) => HMK(r) && phoneMissing(r)).length) },
  { id: "t38-audit-09", cat: "audit", q: "就是有没有哪个项目 执行数比预算还多的 就是超支了的", expect: (d) => d.setTol([], F(d, (r) => money(r, "executed") > money(r, "annualBudget"))) }, // none by one 元 or more; 003-096 exceeds by 0.0000004 万元: optional
  { id: "t38-audit-10", cat: "audit", q: "路源那边 有几个表负责人是空的", expect: (d) => d.count(F(d, (r) => LY(r) && ownerMissing(r)).length) },
  { id: "t38-audit-11", cat: "audit", q: "执行率填写为100%、但全年执行数小于全年预算数（rounded up to 100%）的项目有哪些？", expect: (d) => d.set(F(d, roundedUp)) },
  { id: "t38-audit-12", cat: "audit", q: "河门口街道的自评表中，总分不等于预算执行得分加各三级指标得分之和的有几张？各差多少分？", expect: (d) => allOf(d.count(F(d, (r) => HMK(r) && totalOff(r)).length), d.number(20)) }, // 98 stated against 10 + 68 (004-001, 004-002), 97 against 10 + 67 (004-013): 20 points each
  { id: "t38-audit-13", cat: "audit", q: "年初预算数未填写的项目，占全部169个项目的百分比是多少？", expect: (d) => pctRange(d, F(d, (r) => money(r, "initialBudget") == null && r.funds.total.initialBudget.raw !== "-").length, F(d, (r) => money(r, "initialBudget") == null).length, 169) }, // 疏整促 writes 「-」: blank or not
  { id: "t38-audit-14", cat: "audit", q: "「2023年第四批“小微项目惠民生”资金」执行率表上填99%，按34.7081万元÷34.8万元计算应为多少？与表上相差多少个百分点？", expect: (d) => allOf(pct(d, rateFull(R(d, "000-016"))), pct(d, rateFull(R(d, "000-016")) - 99)) },
  { id: "t38-audit-15", cat: "audit", q: "大红门街道，全年执行数超过年初预算数的项目有哪些？（年初预算未填的不算）", expect: (d) => d.set(F(d, (r) => DHM(r) && money(r, "initialBudget") != null && money(r, "executed") > money(r, "initialBudget"))) },
  // ---- desk ----
  { id: "t38-desk-01", cat: "desk", q: "法律顾问 项目，主管部门、实施单位各填的什么？", expect: (d) => d.valueAll(R(d, "002-001"), "办公室", "通州区发改委") },
  { id: "t38-desk-02", cat: "desk", q: "经济大脑项目 成本指标 年度指标值", expect: (d) => d.value(R(d, "002-005"), "3332440.18", 333.24) }, // as written in 元, or in 万元
  { id: "t38-desk-03", cat: "desk", q: "潞源 2023年社区公益事业补助资金 全年执行数", expect: (d) => d.value(R(d, "000-018"), money(R(d, "000-018"), "executed")) },
  { id: "t38-desk-04", cat: "desk", q: "政府投资项目评估审核费 项目负责人、联系电话", expect: (d) => d.valueAll(R(d, "002-002"), "邱程", "69553081") },
  { id: "t38-desk-05", cat: "desk", q: "重大投资项目规划谋划 总分", expect: (d) => d.value(R(d, "002-013"), ts(R(d, "002-013"))) },
  { id: "t38-desk-06", cat: "desk", q: "嗯那个大洪门晨光路拆迁那个项目 就是一共花了多少钱", expect: (d) => d.value(R(d, "003-091"), money(R(d, "003-091"), "executed")) },
  { id: "t38-desk-07", cat: "desk", q: "路源那个下沉协管员经费 负则人是谁啊", expect: (d) => d.value(R(d, "000-026"), "于晴") },
  { id: "t38-desk-08", cat: "desk", q: "何门口习风园改造那个项目 得了多少分", expect: (d) => d.value(R(d, "004-011"), ts(R(d, "004-011"))) },
  { id: "t38-desk-09", cat: "desk", q: "双景那个疫情防控基本户的 预算是多少来着", expect: (d) => d.value(R(d, "001-004"), money(R(d, "001-004"), "annualBudget")) },
  { id: "t38-desk-10", cat: "desk", q: "那个就是平安建设经费 嗯 执行绿是多少", expect: (d) => d.anyOf(d.value(R(d, "003-127"), 100), d.empty(R(d, "003-127"))) }, // the 执行率 cell reads empty (or holds the 100％ the record takes as 得分); 154.994792 / 155 = 99.997 %
  { id: "t38-desk-11", cat: "desk", q: "「2023 年城市居民最低生活保障」全年预算数折合多少元？", expect: (d) => exact(money(R(d, "003-015"), "annualBudget") * 10000, 1) },
  { id: "t38-desk-12", cat: "desk", q: "2021 年度老旧小区完善类改造项目的 annual budget 和 actual expenditure 分别是多少万元？", expect: (d) => d.value(R(d, "003-007"), money(R(d, "003-007"), "annualBudget")) }, // both 3457.171733
  { id: "t38-desk-13", cat: "desk", q: "「通州区“经济大脑”服务项目」的项目负责人是谁？联系电话是多少？", expect: (d) => d.valueAll(R(d, "002-005"), "张旖斐", "69547757") },
  { id: "t38-desk-14", cat: "desk", q: "「2023年节能专项资金」的总分是多少分？", expect: (d) => d.empty(R(d, "002-006")) },
  { id: "t38-desk-15", cat: "desk", q: "「2023 年乡村医生基本待遇经费」年初预算数、全年预算数各是多少万元？", expect: (d) => d.valueAll(R(d, "003-072"), 12.6, 10.15) },
  // ---- money ----
  { id: "t38-money-01", cat: "money", q: "潞源 全年预算与全年执行差额合计（万元）", expect: (d) => d.number(sumOf(F(d, LY), (r) => money(r, "annualBudget") - money(r, "executed"))) },
  { id: "t38-money-02", cat: "money", q: "大红门 城乡基层党组织服务群众经费 全年预算较年初调增多少", expect: (d) => d.number(money(R(d, "003-018"), "annualBudget") - money(R(d, "003-018"), "initialBudget")) },
  { id: "t38-money-03", cat: "money", q: "疏整促专班经费 全年预算 折合万元", expect: (d) => d.value(R(d, "002-007"), 186.318) }, // 1,863,180 written in the 万元 column: 元
  { id: "t38-money-04", cat: "money", q: "河门口 上年结转资金占全年预算比重", expect: (d) => pct(d, (100 * sumOf(F(d, HMK), (r) => money(r, "annualBudget", "carryOver"))) / sumOf(F(d, HMK), (r) => money(r, "annualBudget"))) },
  { id: "t38-money-05", cat: "money", q: "实施单位民生保障办公室 全年预算合计与年初预算合计之差", expect: (d) => { const ms = F(d, (r) => norm(r.implementingUnit).startsWith("民生保障办公室")); const withInit = ms.filter((r) => money(r, "initialBudget") != null); const init = sumOf(ms, (r) => money(r, "initialBudget")); const strict = ms.filter((r) => norm(r.implementingUnit) === "民生保障办公室"); const sInit = sumOf(strict, (r) => money(r, "initialBudget")); return d.anyOf(signed(d, sumOf(ms, (r) => money(r, "annualBudget")) - init), signed(d, sumOf(withInit, (r) => money(r, "annualBudget")) - init), signed(d, sumOf(strict, (r) => money(r, "annualBudget")) - sInit), signed(d, sumOf(strict.filter((r) => money(r, "initialBudget") != null), (r) => money(r, "annualBudget")) - sInit)); } }, // with or without 「民生保障办公室是」 (003-055); a form without 年初预算数 as 0 or left out
  { id: "t38-money-06", cat: "money", q: "嗯那个大洪门老旧小区改造那个 花了三千多万是吧 具体多少", expect: (d) => d.value(R(d, "003-007"), money(R(d, "003-007"), "executed")) },
  { id: "t38-money-07", cat: "money", q: "路源那个接诉即办奖励金 就是两百二十五万 换成元是多少", expect: (d) => exact(money(R(d, "000-022"), "executed") * 10000, 1) }, // 225 万元
  { id: "t38-money-08", cat: "money", q: "大洪门跟路源比 那个预算总共差多少钱", expect: (d) => signed(d, sumOf(F(d, DHM), (r) => money(r, "annualBudget")) - sumOf(F(d, LY), (r) => money(r, "annualBudget"))) },
  { id: "t38-money-09", cat: "money", q: "何门口那个三线干部建设学院那个项目 占何门口总预算百分之多少", expect: (d) => pct(d, (100 * money(R(d, "004-008"), "annualBudget")) / sumOf(F(d, HMK), (r) => money(r, "annualBudget"))) },
  { id: "t38-money-10", cat: "money", q: "那个经济大脑 比那个节能专项 多花了多少", expect: (d) => signed(d, money(R(d, "002-005"), "executed") - money(R(d, "002-006"), "executed")) },
  { id: "t38-money-11", cat: "money", q: "「2023 年城市居民最低生活保障」年初预算1320万元，全年预算调减了多少万元？调减幅度是百分之几？", expect: (d) => { const r = R(d, "003-015"); const cut = money(r, "initialBudget") - money(r, "annualBudget"); return allOf(d.number(cut), pct(d, (100 * cut) / money(r, "initialBudget"))); } },
  { id: "t38-money-12", cat: "money", q: "潞源街道全部项目的全年执行数合计÷全年预算数合计，是百分之多少？（保留两位小数）", expect: (d) => d.number(groupRate(F(d, LY))) },
  { id: "t38-money-13", cat: "money", q: "「2023 年城乡医疗救助资金」全年预算数是年初预算数的多少倍？", expect: (d) => d.number(money(R(d, "003-019"), "annualBudget") / money(R(d, "003-019"), "initialBudget")) },
  { id: "t38-money-14", cat: "money", q: "通州区发改委全部项目的全年预算合计，疏整促专班经费按1,863,180元即186.318万元计，是多少万元？", expect: (d) => d.number(sumOf(F(d, FG), (r) => conv(r, "annualBudget"))) },
  { id: "t38-money-15", cat: "money", q: "双井两个疫情防控项目中，基本户的全年预算占两者合计的比重是多少？", expect: (d) => pct(d, (100 * money(R(d, "001-004"), "annualBudget")) / sumOf(F(d, SJ), (r) => money(r, "annualBudget"))) },
  // ---- order ----
  { id: "t38-order-01", cat: "order", q: "全年预算最高的前5个项目", expect: (d) => d.anyOf(...[money, conv].map((m) => d.top(d.all, (r) => (m(r, "annualBudget") == null ? null : Math.round(m(r, "annualBudget") * 10000) / 10000), 5, "desc"))) }, // 疏整促's 1,863,180 as written or in 元; 003-007 and 003-022 differ by 0.03 元: tied
  { id: "t38-order-02", cat: "order", q: "执行率最低的3个项目", expect: (d) => both(d, (f) => d.top(d.all, f, 3, "asc")) },
  { id: "t38-order-03", cat: "order", q: "大红门 总分最低的项目", expect: (d) => d.top(F(d, DHM), ts, 1, "asc") },
  { id: "t38-order-04", cat: "order", q: "各主管部门 全年预算最大的项目", expect: (d) => deptBest(d, (m) => (r) => (m(r, "annualBudget") == null ? null : Math.round(m(r, "annualBudget") * 10000) / 10000), "desc") }, // 主管部门 as written or long and short names as one; 疏整促 read as written or in 元; amounts to 1 元 (003-007 and 003-022 tie)
  { id: "t38-order-05", cat: "order", q: "河门口 总分最低的", expect: (d) => d.top(F(d, HMK), ts, 1, "asc") }, // three tied at 97: any or all of them
  { id: "t38-order-06", cat: "order", q: "嗯路源那边 哪个项目钱最多", expect: (d) => d.top(F(d, LY), (r) => money(r, "annualBudget"), 1, "desc") },
  { id: "t38-order-07", cat: "order", q: "大洪门 执行绿最低的是哪个 那个", expect: (d) => d.anyOf(d.set(pick(d, "003-072")), d.set(pick(d, "003-127")), d.top(F(d, DHM), rateComputed, 1, "asc")) }, // stated: 80.5 % (003-072); computed in full: 平安建设经费 99.997 % (every other 003 form 100 %); computed to two decimals as ../lib shows a rate: all 128 at 100 %, any of them (widened after the first run)
  { id: "t38-order-08", cat: "order", q: "就是那个 各个街道里头 哪个街道项目最多 多少个", expect: (d) => says("大红门", F(d, DHM).length) },
  { id: "t38-order-09", cat: "order", q: "何门口那个 预算排第二的 是哪个项目", expect: (d) => { const rs = F(d, HMK).sort((a, b) => money(b, "annualBudget") - money(a, "annualBudget")); return d.set([rs[1]]); } },
  { id: "t38-order-10", cat: "order", q: "路源那边 分最低的那几个 是哪几个 列一下", expect: (d) => { const rs = F(d, LY); const lo = Math.min(...rs.map(ts)); return d.set(rs.filter((r) => ts(r) === lo)); } },
  { id: "t38-order-11", cat: "order", q: "大红门街道全年预算数排名前三的项目及金额（万元）", expect: (d) => d.top(F(d, DHM), (r) => Math.round(money(r, "annualBudget") * 10000) / 10000, 3, "desc") }, // 003-007 and 003-022 differ by 0.03 元: tied
  { id: "t38-order-12", cat: "order", q: "年初预算数与全年预算数差额（绝对值）最大的项目是哪个？差额多少万元？", expect: (d) => { const rs = F(d, (r) => money(r, "initialBudget") != null && money(r, "annualBudget") != null); const k = (r) => Math.abs(money(r, "annualBudget") - money(r, "initialBudget")); const top = rs.sort((a, b) => k(b) - k(a))[0]; return allOf(d.set([top]), d.number(k(top))); } },
  { id: "t38-order-13", cat: "order", q: "total score 最低的5个项目", expect: (d) => d.top(d.all, ts, 5, "asc") },
  { id: "t38-order-14", cat: "order", q: "潞源街道按全年执行数÷全年预算数计算的执行率，最低的5个项目（从低到高）", expect: (d) => d.top(F(d, LY), rateFull, 5, "asc") },
  { id: "t38-order-15", cat: "order", q: "大红门街道项目个数最多的实施单位是哪个？有几个项目？", expect: (d) => d.anyOf(says("民生保障办公室", F(d, (r) => DHM(r) && norm(r.implementingUnit) === "民生保障办公室").length), says("民生保障办公室", F(d, (r) => DHM(r) && norm(r.implementingUnit).startsWith("民生保障办公室")).length)) }, // 「民生保障办公室是」 (003-055) counted or not
  // ---- rows ----
  { id: "t38-rows-01", cat: "rows", q: "河门口 成本指标所列金额与全年预算数不一致的表", expect: (d) => d.set(F(d, (r) => HMK(r) && costMismatch(r))) },
  { id: "t38-rows-02", cat: "rows", q: "潞源 无满意度指标的项目", expect: (d) => d.setTol(F(d, (r) => LY(r) && noSat(r)), F(d, (r) => LY(r) && satNoPoints(r))) },
  { id: "t38-rows-03", cat: "rows", q: "发改委 各项目效益指标分值合计", expect: (d) => d.groups(Object.fromEntries(F(d, FG).map((r) => [r.projectName, rows(r).filter((i) => norm(i.level1).includes("效益")).reduce((s, i) => s + (i.weight ?? 0), 0)]))) },
  { id: "t38-rows-04", cat: "rows", q: "经济大脑项目 三级指标几条", expect: (d) => d.count(rows(R(d, "002-005")).length) },
  { id: "t38-rows-05", cat: "rows", q: "政府投资项目评估审核费 经济效益指标 实际完成值", expect: (d) => d.value(R(d, "002-002"), "2.5亿元") },
  { id: "t38-rows-06", cat: "rows", q: "那个就是大洪门 有多少个项目满意度没做", expect: (d) => noSurveyCount(d, DHM) },
  { id: "t38-rows-07", cat: "rows", q: "路源那个社区公益事业补助 满意度指标 得了几分", expect: (d) => d.value(R(d, "000-018"), satRows(R(d, "000-018"))[0].score) },
  { id: "t38-rows-08", cat: "rows", q: "何门口的表 满意度扣了分的有几个", expect: (d) => d.count(F(d, (r) => HMK(r) && satLow(r)).length) },
  { id: "t38-rows-09", cat: "rows", q: "嗯大洪门晨光路拆迁那个 满意度那一项是咋回事", expect: (d) => d.value(R(d, "003-091"), "未做") },
  { id: "t38-rows-10", cat: "rows", q: "双景基本户那个 满意度指标 指标值写的啥", expect: (d) => d.value(R(d, "001-004"), "满意率达90%") },
  { id: "t38-rows-11", cat: "rows", q: "发改委8个项目中，成本指标（三级指标）合计多少条？", expect: (d) => d.count(rowCount(F(d, FG), l2Has("成本"))) },
  { id: "t38-rows-12", cat: "rows", q: "河门口街道9个项目的三级指标扣分（分值−得分）合计多少分？平均每个项目扣多少分？", expect: (d) => { const t = sumOf(F(d, HMK), (r) => rows(r).reduce((s, i) => s + lostPts(i), 0)); return allOf(d.number(t), oneDec(d, t / 9)); } },
  { id: "t38-rows-13", cat: "rows", q: "「2023年社区公益事业补助资金」参与人数指标：target是≥1500人次，actual是多少？超出目标百分之几？", expect: (d) => allOf(d.value(R(d, "000-018"), 12097), pct(d, ((12097 - 1500) / 1500) * 100)) },
  { id: "t38-rows-14", cat: "rows", q: "潞源街道有满意度指标的项目，满意度指标的分值平均是多少分？", expect: (d) => { const rs = F(d, (r) => LY(r) && satRows(r).length > 0); const perRow = rs.flatMap((r) => satRows(r).map((i) => i.weight ?? 0)); return d.anyOf(oneDec(d, sumOf(rs, satWeight) / rs.length), oneDec(d, perRow.reduce((a, b) => a + b, 0) / perRow.length)); } }, // per form (Σ of its satisfaction rows) or per row
  { id: "t38-rows-15", cat: "rows", q: "三级指标条数最多的项目是哪个？有多少条？", expect: (d) => { const top = [...d.all].sort((a, b) => rows(b).length - rows(a).length)[0]; return d.valueAll(top, rows(top).length); } },
  // ---- talk ----
  { id: "t38-talk-01", cat: "talk", pre: "大红门 总分低于100的项目", q: "按实施单位分组统计个数", expect: (d) => { const rs = F(d, (r) => DHM(r) && ts(r) < 100); const as = (k) => { const m = {}; for (const r of rs) m[k(r)] = (m[k(r)] ?? 0) + 1; return d.groups(m); }; return d.anyOf(as((r) => norm(r.implementingUnit)), as((r) => norm(r.implementingUnit).replace(/^大红门街道办事处/, "").replace(/办公室是$/, "办公室"))); } }, // 实施单位 as written, or 「民生保障办公室是」 / 「大红门街道办事处综合办公室」 read as their office
  { id: "t38-talk-02", cat: "talk", q: "潞源 项目数？预算合计？", expect: (d) => allOf(d.count(F(d, LY).length), d.number(sumOf(F(d, LY), (r) => money(r, "annualBudget")))) },
  { id: "t38-talk-03", cat: "talk", q: "雙井街道 各項目總分", expect: (d) => column(d, "总分", F(d, SJ), ts) },
  { id: "t38-talk-04", cat: "talk", pre: "发改委 总分未填的项目", q: "负责人呢", expect: (d) => column(d, "负责人", F(d, (r) => FG(r) && ts(r) == null), (r) => r.owner) },
  { id: "t38-talk-05", cat: "talk", q: "河门口 预算合计？执行率？", expect: (d) => allOf(d.number(sumOf(F(d, HMK), (r) => money(r, "annualBudget"))), d.number(groupRate(F(d, HMK)))) },
  { id: "t38-talk-06", cat: "talk", pre: "路源一共几个项目", q: "那个何门口的呢", expect: (d) => d.count(F(d, HMK).length) },
  { id: "t38-talk-07", cat: "talk", q: "嗯嗯那个 那个就是大洪门那个 总分最低的是哪个项目啊", expect: (d) => d.top(F(d, DHM), ts, 1, "asc") },
  { id: "t38-talk-08", cat: "talk", q: "晨光路拆迁那个 负责人叫啥 电话多少 我打个电话问问", expect: (d) => d.valueAll(R(d, "003-091"), "王璐", "67270318") },
  { id: "t38-talk-09", cat: "talk", pre: "大洪门执行率最低的项目是哪个", q: "它的负责人是谁", expect: (d) => d.anyOf(...F(d, DHM).map((r) => d.value(r, r.owner))) }, // as t38-order-07: the stated rate (003-072, 牛艳维), the computed one in full (003-127, 孟卓聪), or to two decimals (all 128 tied at 100 %: the owner of the one named) (widened after the first run)
  { id: "t38-talk-10", cat: "talk", q: "路源和双景 哪个街道钱多 多多少", expect: (d) => allOf(says("潞源"), signed(d, sumOf(F(d, LY), (r) => money(r, "annualBudget")) - sumOf(F(d, SJ), (r) => money(r, "annualBudget")))) },
  { id: "t38-talk-11", cat: "talk", q: "How many projects in Dahongmen sub-district have a total score below 95?", expect: (d) => d.count(F(d, (r) => DHM(r) && ts(r) != null && ts(r) < 95).length) },
  { id: "t38-talk-12", cat: "talk", q: "潞源2023年项目的 average execution rate（各项目执行率的算术平均）是多少%？", expect: (d) => { const rs = F(d, LY); return d.anyOf(pct(d, sumOf(rs, rate) / rs.length), pct(d, sumOf(rs, rateFull) / rs.length)); } }, // stated rates or computed ones
  { id: "t38-talk-13", cat: "talk", pre: "发改委的项目有哪些", q: "其中全年预算超过200万元的呢", expect: (d) => moneyWhere(d, "annualBudget", (v) => v > 200, FG) },
  { id: "t38-talk-14", cat: "talk", q: "「统计所经费」和「统计站（室）」的全年预算合计是多少万元？折合多少元？", expect: (d) => { const s = sumOf(pick(d, "000-001", "000-002"), (r) => money(r, "annualBudget")); return allOf(d.number(s), exact(s * 10000, 1)); } },
  { id: "t38-talk-15", cat: "talk", q: "In Hemenkou sub-district, how many projects have carry-over funds (上年结转资金)?", expect: (d) => d.count(F(d, (r) => HMK(r) && (money(r, "annualBudget", "carryOver") ?? 0) > 0).length) },
  // ---- tally ----
  { id: "t38-tally-01", cat: "tally", q: "按主管部门统计项目数", expect: (d) => deptGroups(d, (g) => g.length) },
  { id: "t38-tally-02", cat: "tally", q: "大红门 全年预算合计", expect: (d) => d.sumMoney(F(d, DHM), "annualBudget") },
  { id: "t38-tally-03", cat: "tally", q: "各主管部门 平均总分", expect: (d) => deptGroups(d, (g) => { const v = g.filter((r) => ts(r) != null); return v.length ? sumOf(v, ts) / v.length : null; }) },
  { id: "t38-tally-04", cat: "tally", q: "2020年度的表 共几张", expect: (d) => d.count(F(d, yr(2020)).length) },
  { id: "t38-tally-05", cat: "tally", q: "实施单位为民生保障办公室的项目 个数、全年预算合计", expect: (d) => { const strict = F(d, (r) => norm(r.implementingUnit) === "民生保障办公室"); const wide = F(d, (r) => norm(r.implementingUnit).startsWith("民生保障办公室")); return d.anyOf(allOf(d.count(strict.length), d.sumMoney(strict, "annualBudget")), allOf(d.count(wide.length), d.sumMoney(wide, "annualBudget"))); } }, // 「民生保障办公室是」 (003-055) counted or not, the same way in both asks
  { id: "t38-tally-06", cat: "tally", q: "嗯那个路源街道 一共报了几个项目", expect: (d) => d.count(F(d, LY).length) },
  { id: "t38-tally-07", cat: "tally", q: "大洪门跟路源 那个项目数 各多少 比一比", expect: (d) => allOf(d.count(F(d, DHM).length), d.count(F(d, LY).length)) },
  { id: "t38-tally-08", cat: "tally", q: "何门口那几个项目 总分平均多少分", expect: (d) => oneDec(d, sumOf(F(d, HMK), ts) / F(d, HMK).length) },
  { id: "t38-tally-09", cat: "tally", q: "那个就是双景的两个项目 执行数一共多少", expect: (d) => d.number(sumOf(F(d, SJ), (r) => money(r, "executed"))) },
  { id: "t38-tally-10", cat: "tally", q: "咱们四个街道 每个街道执行率多少 嗯 要往上报", expect: (d) => streetGroups(d, (rs) => groupRate(rs)) },
  { id: "t38-tally-11", cat: "tally", q: "大红门街道128个项目全年预算数的中位数是多少万元？", expect: (d) => d.number(median(F(d, DHM).map((r) => money(r, "annualBudget")))) },
  { id: "t38-tally-12", cat: "tally", q: "潞源街道项目平均全年预算数是多少万元？（保留两位小数）", expect: (d) => d.number(sumOf(F(d, LY), (r) => money(r, "annualBudget")) / F(d, LY).length) },
  { id: "t38-tally-13", cat: "tally", q: "2023年度全部项目的 executed amount 合计多少亿元？", expect: (d) => { const rs = F(d, yr(2023)); const alts = [money, conv].flatMap((m) => { const w = sumOf(rs, (r) => m(r, "executed")); return [exact(w / 10000, 0.005), d.number(w)]; }); return d.anyOf(...alts); } }, // 亿元 or the sum in 万元; 疏整促's 1,863,180 as written or in 元
  { id: "t38-tally-14", cat: "tally", q: "总分低于100分的项目占全部项目的百分比是多少？", expect: (d) => { const n = F(d, (r) => ts(r) != null && ts(r) < 100).length; return d.anyOf(d.number((100 * n) / d.all.length, PCT), d.number((100 * n) / F(d, (r) => ts(r) != null).length, PCT)); } }, // of all 169, or of the 166 with a 总分
  { id: "t38-tally-15", cat: "tally", q: "河门口街道上年结转资金的全年执行数合计多少万元？", expect: (d) => d.number(sumOf(F(d, HMK), (r) => money(r, "executed", "carryOver"))) },
  // ---- no (last: three of them ask to change data) ----
  { id: "t38-no-01", cat: "no", q: "2022年度 大红门 自评表几张", expect: (d) => noYear(d, "2022", 2022) },
  { id: "t38-no-02", cat: "no", q: "区教委 项目执行率", expect: (d) => d.refuse("教委") },
  { id: "t38-no-03", cat: "no", q: "把法律顾问项目总分改为95", expect: (d) => noChange(d) },
  { id: "t38-no-04", cat: "no", q: "各项目 政府采购金额 汇总", expect: (d) => d.refuse("采购") },
  { id: "t38-no-05", cat: "no", q: "2023年第三季度 执行进度", expect: (d) => d.anyOf(d.refuse("季度"), d.refuse("第三季度")) },
  { id: "t38-no-06", cat: "no", q: "嗯那个海淀那边的街道 项目有多少个", expect: (d) => d.refuse("海淀") },
  { id: "t38-no-07", cat: "no", q: "那个你帮我把大洪门晨光路拆迁的执行数 改成一千万", expect: (d) => noChange(d) },
  { id: "t38-no-08", cat: "no", q: "就是去年 咱们报了几个项目", expect: (d) => noYear(d, "去年", 2025) },
  { id: "t38-no-09", cat: "no", q: "嗯那个张三负责的项目有哪些", expect: (d) => d.refuse("张三") },
  { id: "t38-no-10", cat: "no", q: "帮我把何门口那几个没写负责人的 都填上王建国", expect: (d) => noChange(d) },
  { id: "t38-no-11", cat: "no", q: "请计算各项目的 ROI（投资回报率）", expect: (d) => d.refuse("ROI") },
  { id: "t38-no-12", cat: "no", q: "2023年各项目按月份拆分的 budget execution 是多少？", expect: (d) => d.anyOf(d.refuse("月份"), d.refuse("按月")) },
  { id: "t38-no-13", cat: "no", q: "大红门街道按常住人口计算的人均项目经费是多少元？", expect: (d) => d.refuse("常住人口") },
  { id: "t38-no-14", cat: "no", q: "请列出各项目的中标单位和合同金额", expect: (d) => d.anyOf(d.refuse("中标"), d.refuse("合同金额")) },
  { id: "t38-no-15", cat: "no", q: "'; DROP TABLE forms; --", expect: (d) => d.anyOf(d.refuse("DROP"), d.refuse("TABLE")) },
];
