// The forty-fifth part (helper "blind63"): 120 portfolio questions asked by three people over the 169 forms — (A) an
// official of the 区财政局预算科 checking many units' submissions at once (terse, imperative: 列出 / 统计 / 核对 / 汇总 /
// 按单位, abbreviated offices, 万元 / 元 / 亿, conditions combined, ranges, figures per 主管部门 / 实施单位 / 年度), (B) a
// new hire (实习生) who does not know the form's terms yet (lay words, hedges, a question about a term along with the
// question, follow-ups, polite chit-chat), and (C) a manager typing on a phone in WeChat (very short, pinyin-IME
// homophones, English words, emoji, 1.2w / 50w / 九成, two asks in one message). Written by an author who had not read
// src/, prompts/, test/ outside test/eval/ nor any other part's question lines; expectations computed from the records by
// ../lib and ./helpers.mjs only. Not split. Definitions: ../README.md ("The forty-fifth part").
import {
  aboveWeight,
  actualMissing,
  benefitDoubt,
  blank,
  devMissing,
  money,
  noBenefit,
  norm,
  ownerMissing,
  rows,
  satDoubt,
  satLow,
  satNotDone,
  satRows,
} from '../lib/corpus.mjs';
import {
  allOf,
  budgetAbove,
  budgetScoreOff,
  column,
  F,
  groupCount,
  groupSum,
  lostPts,
  moneyBand,
  moneyBandCount,
  noYear,
  nth,
  overspent,
  overspentReal,
  phoneNumbers,
  placeSum,
  ranked,
  rateDiff,
  rateOff,
  roundedUp,
  rowCount,
  shortRow,
  totalOff,
  ts,
  weightOff,
  y,
} from '../lib/shorthands.mjs';
import {
  anyOfTied,
  budgetScoreOffStated,
  countBy,
  cross,
  DHM,
  DHM_POOLS,
  FG,
  groupsAlt,
  HMK,
  LY,
  left,
  MS,
  over,
  pct,
  R,
  RATES,
  READERS,
  SJ,
  wanOrYuan,
  yi,
} from './helpers.mjs';

const sumOf = (rs, f) => rs.reduce((s, r) => s + (f(r) ?? 0), 0);
const avgOf = (rs, f) => {
  const vs = rs.map(f).filter((v) => v != null);
  return vs.reduce((a, b) => a + b, 0) / vs.length;
};
const satZero = (r) => satRows(r).some((i) => i.score === 0);
const satNoScore = (r) => satRows(r).some((i) => i.weight && i.score == null);
/** A satDoubt record whose satisfaction row (filed under 效益指标 by the pdf-text reading) says 未做. */
const doubtNotDone = (r) =>
  satDoubt(r) && rows(r).some((i) => /未做/.test(`${i.actual ?? ''}${i.deviation ?? ''}`));
const l2 = (w) => (i) => norm(i.level2).includes(w);
const costWeight = (r) =>
  rows(r)
    .filter((i) => norm(`${i.level1}${i.level2}`).includes('成本'))
    .reduce((s, i) => s + (i.weight ?? 0), 0);
const satWeight = (r) => satRows(r).reduce((s, i) => s + (i.weight ?? 0), 0);
const carry = (col) => (r) => money(r, col, 'carryOver');

// biome-ignore format: one question per line
export const questions = [
  // ---- money: 01–09 A, 10–17 B, 18–25 C ----
  { id: "t45-money-01", cat: "money", q: "汇总潞源街道2023年项目全年预算数合计、全年执行数合计，分别列示", expect: (d) => allOf(d.sumMoney(F(d, (r) => LY(r) && r.year === 2023), "annualBudget"), d.sumMoney(F(d, (r) => LY(r) && r.year === 2023), "executed")) },
  { id: "t45-money-02", cat: "money", q: "按主管部门汇总全年预算数（万元），以表上所填主管部门为准", expect: (d) => over(d, READERS, (m) => groupSum(d, (r) => r.department, (r) => m(r, "annualBudget"))) },
  { id: "t45-money-03", cat: "money", q: "列出全年预算数介于100万元至500万元之间的项目", expect: (d) => moneyBand(d, "annualBudget", 100, 500) },
  { id: "t45-money-04", cat: "money", q: "核对民生办实施的项目：年初预算数合计、全年预算数合计各多少万元", expect: (d) => allOf(d.number(sumOf(F(d, MS), (r) => money(r, "initialBudget"))), d.number(sumOf(F(d, MS), (r) => money(r, "annualBudget")))) },
  { id: "t45-money-05", cat: "money", q: "统计发改委2023年全年执行数合计，按亿元报", expect: (d) => over(d, READERS, (m) => yi(d, sumOf(F(d, FG), (r) => m(r, "executed")))) },
  { id: "t45-money-06", cat: "money", q: "列出执行率不低于99%但低于100%的项目", expect: (d) => over(d, RATES, (k) => d.set(F(d, (r) => k(r) != null && k(r) >= 99 && k(r) < 100))) },
  { id: "t45-money-07", cat: "money", q: "汇总河门口2020年项目上年结转资金合计（万元）", expect: (d) => over(d, ["annualBudget", "executed"], (col) => d.number(sumOf(F(d, (r) => HMK(r) && r.year === 2020), carry(col)))) },
  { id: "t45-money-08", cat: "money", q: "除大红门外，其余各单位项目全年预算数合计", expect: (d) => over(d, cross(DHM_POOLS(d), READERS), ([pool, m]) => d.number(sumOf(d.all.filter((r) => !pool.includes(r)), (r) => m(r, "annualBudget")))) },
  { id: "t45-money-09", cat: "money", q: "统计全年预算数高于1000万元的项目，全年执行数合计多少", expect: (d) => over(d, READERS, (m) => d.number(sumOf(F(d, (r) => m(r, "annualBudget") > 1000), (r) => m(r, "executed")))) },
  { id: "t45-money-10", cat: "money", q: "不好意思打扰了，我刚来。想问下「2023年社区公益事业补助资金」这个项目钱用了多少呀？是不是就是表上那个执行数", expect: (d) => d.value(R(d, "000-018"), 65.39337) },
  { id: "t45-money-11", cat: "money", q: "还想问下「2023年社区公益事业补助资金」花剩下的钱是多少呀？我也不太懂，是不是预算减去用掉的", expect: (d) => wanOrYuan(d, 68 - 65.39337) },
  { id: "t45-money-12", cat: "money", q: "我刚来不太懂，年初的预算和全年的预算两个数都写了、但是数不一样的，有几个项目呀？是不是说明中间调过预算", expect: (d) => d.count(F(d, (r) => money(r, "initialBudget") != null && money(r, "annualBudget") != null && money(r, "initialBudget") !== money(r, "annualBudget")).length) },
  { id: "t45-money-13", cat: "money", q: "请问潞源街道那边一共花了多少钱呀？就是执行数全部加起来", expect: (d) => placeSum(d, ["潞源"], ["000"], "executed") },
  { id: "t45-money-14", cat: "money", q: "我想问一下，平均一个项目的预算大概是多少钱呀？所有项目一起算的那种", expect: (d) => over(d, READERS, (m) => d.number(avgOf(d.all, (r) => m(r, "annualBudget")))) },
  { id: "t45-money-15", cat: "money", q: "双井那两个疫情防控的项目，钱加起来是多少呀？好像是三十多万？", expect: (d) => d.sumMoney(F(d, SJ), "annualBudget") },
  { id: "t45-money-16", cat: "money", q: "应该是叫「上年结转」吧？哪些项目有上年结转的钱呀（不是0、也不是空着的那种）", expect: (d) => over(d, ["annualBudget", "executed"], (col) => d.set(F(d, (r) => carry(col)(r) > 0))) },
  { id: "t45-money-17", cat: "money", q: "执行率没到100%的那些项目，一共还剩多少钱没花呀？我也不太懂，是不是每个预算减执行数再加起来", expect: (d) => over(d, RATES, (k) => wanOrYuan(d, sumOf(F(d, (r) => k(r) != null && k(r) < 100), left(money)))) },
  { id: "t45-money-18", cat: "money", q: "大洪门23年budget合计多少w", expect: (d) => placeSum(d, ["大红门"], ["003"], "annualBudget", y(2023)) },
  { id: "t45-money-19", cat: "money", q: "预算过百万的有几个🤔", expect: (d) => moneyBandCount(d, "annualBudget", 100, Infinity) },
  { id: "t45-money-20", cat: "money", q: "发改为 平均执行率 多少？", expect: (d) => d.anyOf(...RATES.map((k) => pct(d, avgOf(F(d, FG), k))), ...READERS.map((m) => pct(d, (100 * sumOf(F(d, FG), (r) => m(r, "executed"))) / sumOf(F(d, FG), (r) => m(r, "annualBudget"))))) },
  { id: "t45-money-21", cat: "money", q: "潞原 结余total多少w？顺便 哪个剩的最多", expect: (d) => allOf(wanOrYuan(d, sumOf(F(d, LY), left(money))), d.top(F(d, LY), left(money), 1, "desc")) },
  { id: "t45-money-22", cat: "money", q: "全部项目 总预算 多少亿？", expect: (d) => over(d, READERS, (m) => yi(d, sumOf(d.all, (r) => m(r, "annualBudget")))) },
  { id: "t45-money-23", cat: "money", q: "50w~100w之间的项目 list下", expect: (d) => moneyBand(d, "annualBudget", 50, 100) },
  { id: "t45-money-24", cat: "money", q: "河门口20年钱总共多少w，占全部预算百分之几", expect: (d) => allOf(d.sumMoney(F(d, HMK), "annualBudget"), over(d, READERS, (m) => pct(d, (100 * sumOf(F(d, HMK), (r) => m(r, "annualBudget"))) / sumOf(d.all, (r) => m(r, "annualBudget"))))) },
  { id: "t45-money-25", cat: "money", q: "1.2w以下的小项目 几个", expect: (d) => moneyBandCount(d, "annualBudget", -Infinity, 1.2) },

  // ---- rows: 01–09 A, 10–17 B, 18–25 C ----
  { id: "t45-rows-01", cat: "rows", q: "列出满意度指标扣分（得分低于分值）的项目", expect: (d) => d.setTol(F(d, satLow), F(d, (r) => satLow(r) || satDoubt(r) || satNoScore(r))) },
  { id: "t45-rows-02", cat: "rows", q: "核对三级指标超过15条的项目", expect: (d) => d.set(F(d, (r) => rows(r).length > 15)) },
  { id: "t45-rows-03", cat: "rows", q: "列出成本指标分值合计不低于20分的项目", expect: (d) => d.setTol(F(d, (r) => costWeight(r) >= 20 && !benefitDoubt(r)), F(d, (r) => costWeight(r) >= 20)) },
  { id: "t45-rows-04", cat: "rows", q: "大红门项目中，列出满意度指标分值合计不等于10分的", expect: (d) => over(d, DHM_POOLS(d), (pool) => d.setTol(pool.filter((r) => satRows(r).length > 0 && satWeight(r) !== 10), pool.filter((r) => satWeight(r) !== 10))) },
  { id: "t45-rows-05", cat: "rows", q: "列出有扣分但偏差原因分析未填写的项目", expect: (d) => d.set(F(d, devMissing)) },
  { id: "t45-rows-06", cat: "rows", q: "统计全部项目经济效益指标条数", /* 003-017's text has one more 经济效益指标 row, filed under 成本指标 by the pdf-text record */ expect: (d) => d.countRange(rowCount(d.all, l2("经济效益")), rowCount(d.all, l2("经济效益")) + 1) },
  { id: "t45-rows-07", cat: "rows", q: "列出未设效益指标的项目", expect: (d) => d.setTol(F(d, noBenefit), F(d, (r) => noBenefit(r) || benefitDoubt(r))) },
  { id: "t45-rows-08", cat: "rows", q: "列出有分值但实际完成值未填写的指标所在项目", expect: (d) => d.setTol(F(d, (r) => (r.format !== "pdf-text" && actualMissing(r)) || satRows(r).some((i) => i.weight && blank(i.actual) && /未做/.test(i.deviation ?? ""))), F(d, actualMissing)) },
  { id: "t45-rows-09", cat: "rows", q: "汇总全部项目三级指标扣分合计（分值减得分）", expect: (d) => d.number(sumOf(d.all, (r) => rows(r).reduce((t, i) => t + lostPts(i), 0))) },
  { id: "t45-rows-10", cat: "rows", q: "不好意思，「2023年社区公益事业补助资金」里面那个参与人数的指标，目标写的多少、实际做到多少呀？", expect: (d) => d.valueAll(R(d, "000-018"), 1500, 12097) },
  { id: "t45-rows-11", cat: "rows", q: "我也不太懂，满意度那一行好像有的写的是「未做」？是哪些项目呀", expect: (d) => d.setTol(F(d, satNotDone), F(d, (r) => satNotDone(r) || doubtNotDone(r))) },
  { id: "t45-rows-12", cat: "rows", q: "「习风园改造项目」那个打分的表里，哪几条没拿满分呀？", expect: (d) => d.valueAll(R(d, "004-011"), "廉政文化教育基地", "三线精神", "三线文化教育产业") },
  { id: "t45-rows-13", cat: "rows", q: "应该是叫二级指标吧？数量指标一共有多少条呀，所有项目加起来", expect: (d) => d.count(rowCount(d.all, l2("数量"))) },
  { id: "t45-rows-14", cat: "rows", q: "「政法委群防群治补助经费」那个买米面油的指标，目标是多少、实际做到多少？好像没做满是吧", expect: (d) => d.valueAll(R(d, "000-008"), 600, 521) },
  { id: "t45-rows-15", cat: "rows", q: "我刚来，看到有的表满意度那行是0分，一共有多少个项目满意度是0分的呀？", expect: (d) => d.countRange(F(d, satZero).length, F(d, (r) => satZero(r) || satDoubt(r) || satNoScore(r)).length) },
  { id: "t45-rows-16", cat: "rows", q: "有的项目指标特别多，指标条数最多的是哪个项目呀？", expect: (d) => d.top(d.all, (r) => rows(r).length, 1, "desc") },
  { id: "t45-rows-17", cat: "rows", q: "时效指标是不是说时间的那种？有没有哪个项目时效指标没拿满分呀", expect: (d) => d.set(F(d, (r) => rows(r).some((i) => l2("时效")(i) && shortRow(i)))) },
  { id: "t45-rows-18", cat: "rows", q: "满意度 target写≥90%的 有几条", expect: (d) => d.count(rowCount(d.all, (i) => norm(i.level1).includes("满意度") && norm(i.target) === "≥90%")) },
  { id: "t45-rows-19", cat: "rows", q: "何门口 指标扣分 加一起几分", expect: (d) => d.number(sumOf(F(d, HMK), (r) => rows(r).reduce((t, i) => t + lostPts(i), 0))) },
  { id: "t45-rows-20", cat: "rows", q: "产出指标 平均每个项目几条?", expect: (d) => over(d, [(i) => norm(i.level1).includes("产出"), (i) => norm(i.level1) === "产出指标"], (f) => pct(d, rowCount(d.all, f) / d.all.length)) },
  { id: "t45-rows-21", cat: "rows", q: "朗清园 装修面积 target/actual？", expect: (d) => d.value(R(d, "000-006"), 1535) },
  { id: "t45-rows-22", cat: "rows", q: "经济大脑 成本指标写的多少钱", expect: (d) => d.anyOf(d.value(R(d, "002-005"), 3332440.18), d.value(R(d, "002-005"), 333.244018)) },
  { id: "t45-rows-23", cat: "rows", q: "指标<5条的项目 有哪些", expect: (d) => d.set(F(d, (r) => rows(r).length < 5)) },
  { id: "t45-rows-24", cat: "rows", q: "生态效益指标 没设的项目 几个", expect: (d) => d.count(F(d, (r) => !rows(r).some(l2("生态"))).length) },
  { id: "t45-rows-25", cat: "rows", q: "dhm 满意度写未做的 几个？预算top3是哪几个", expect: (d) => allOf(d.countRange(F(d, (r) => DHM(r) && satNotDone(r)).length, F(d, (r) => DHM(r) && (satNotDone(r) || doubtNotDone(r))).length), d.top(F(d, (r) => DHM(r) && satNotDone(r)), (r) => money(r, "annualBudget"), 3, "desc")) },

  // ---- talk: 01–07 A, 08–14 B, 15–20 C ----
  { id: "t45-talk-01", cat: "talk", pre: "统计潞源街道项目数", q: "按负责人汇总", expect: (d) => groupCount(d, (r) => r.owner, F(d, (r) => LY(r) && !blank(r.owner))) },
  { id: "t45-talk-02", cat: "talk", pre: "列出发改委全年预算数前三的项目", q: "核对上述项目执行率", expect: (d) => allOf(over(d, READERS, (m) => d.set(F(d, FG).filter((r) => m(r, "annualBudget") != null).sort((a, b) => m(b, "annualBudget") - m(a, "annualBudget")).slice(0, 3))), over(d, RATES, (k) => column(d, "执行率", F(d, FG), k))) },
  { id: "t45-talk-03", cat: "talk", pre: "汇总大红门全年预算数合计", q: "按实施单位拆分", expect: (d) => over(d, DHM_POOLS(d), (pool) => groupSum(d, (r) => r.implementingUnit, (r) => money(r, "annualBudget"), pool)) },
  { id: "t45-talk-04", cat: "talk", pre: "列出执行率低于100%的项目", q: "除潞源外", expect: (d) => over(d, RATES, (k) => d.set(F(d, (r) => !LY(r) && k(r) != null && k(r) < 100))) },
  { id: "t45-talk-05", cat: "talk", q: "汇总潞源全年预算数合计——更正：汇总全年执行数合计", expect: (d) => d.sumMoney(F(d, LY), "executed") },
  { id: "t45-talk-06", cat: "talk", pre: "列出总分低于99分的项目", q: "其中负责人未填写的", expect: (d) => d.set(F(d, (r) => ts(r) != null && ts(r) < 99 && ownerMissing(r))) },
  { id: "t45-talk-07", cat: "talk", pre: "列出2020年度项目", q: "按全年执行数降序", expect: (d) => ranked(d, F(d, y(2020)), (r) => money(r, "executed"), "desc") },
  { id: "t45-talk-08", cat: "talk", q: "您好，不好意思打扰了，我刚来财务科还不太会看这个表。想问下「执行率」是什么意思呀？还有执行率最低的是哪个项目", expect: (d) => over(d, RATES, (k) => d.top(d.all, k, 1, "asc")) },
  { id: "t45-talk-09", cat: "talk", pre: "潞源街道一共有几个项目呀", q: "那这些里面钱花得最多的是哪个呀？我说的是执行数", expect: (d) => d.top(F(d, LY), (r) => money(r, "executed"), 1, "desc") },
  { id: "t45-talk-10", cat: "talk", pre: "「2023年社区公益事业补助资金」的执行率是多少呀", q: "是不是没花完呀？那还剩多少钱", expect: (d) => wanOrYuan(d, 68 - 65.39337) },
  { id: "t45-talk-11", cat: "talk", q: "我想查一下双井的项目有几个……啊不对不好意思，我是说河门口的", expect: (d) => d.count(F(d, HMK).length) },
  { id: "t45-talk-12", cat: "talk", pre: "满意度指标扣分的项目有哪些呀", q: "那这些项目的负责人是谁呀？电话也想要一下", expect: (d) => { const rs = F(d, (r) => satLow(r) || satDoubt(r) || satNoScore(r)); return allOf(column(d, "负责人", rs, (r) => r.owner), column(d, "电话", rs, (r) => r.phone)); } },
  { id: "t45-talk-13", cat: "talk", q: "我也不太懂，「总分」是不是就是表上最后那个分？总分没填的有哪些项目呀", expect: (d) => d.set(F(d, (r) => ts(r) == null)) },
  { id: "t45-talk-14", cat: "talk", pre: "发改委的项目有哪些", q: "它们平均打了多少分呀？就是最后那个总分", expect: (d) => d.number(avgOf(F(d, FG), ts), 0.011) },
  { id: "t45-talk-15", cat: "talk", pre: "潞原的项目 执行率最低top3", q: "换成dhm呢", expect: (d) => over(d, cross(DHM_POOLS(d), RATES), ([pool, k]) => d.top(pool, k, 3, "asc")) },
  { id: "t45-talk-16", cat: "talk", pre: "发改委 budget top3", q: "它们的负责人+电话？", expect: (d) => allOf(over(d, READERS, (m) => d.set(F(d, FG).sort((a, b) => m(b, "annualBudget") - m(a, "annualBudget")).slice(0, 3))), column(d, "负责人", F(d, FG), (r) => r.owner), column(d, "电话", F(d, FG), (r) => r.phone)) },
  { id: "t45-talk-17", cat: "talk", q: "周雷莹 负责几个项目，钱一共多少w", expect: (d) => allOf(d.count(F(d, (r) => norm(r.owner) === "周蕾莹").length), d.sumMoney(F(d, (r) => norm(r.owner) === "周蕾莹"), "annualBudget")) },
  { id: "t45-talk-18", cat: "talk", pre: "河门口 2020 项目 list", q: "👍 按总分排一下 从低到高", expect: (d) => ranked(d, F(d, HMK), ts, "asc") },
  { id: "t45-talk-19", cat: "talk", pre: "双景 的项目有哪些", q: "不对 是双井", expect: (d) => d.set(F(d, SJ)) },
  { id: "t45-talk-20", cat: "talk", q: "thx👌 再问下 总分满分100的 有几个？平均分多少", expect: (d) => allOf(d.count(F(d, (r) => ts(r) === 100).length), d.number(avgOf(d.all, ts), 0.011)) },

  // ---- audit: 01–04 A, 05–07 B, 08–10 C ----
  { id: "t45-audit-01", cat: "audit", q: "核对总分与各项得分合计不符的项目，列出", expect: (d) => d.setTol(F(d, totalOff), F(d, (r) => totalOff(r) || weightOff(r))) },
  { id: "t45-audit-02", cat: "audit", q: "列出所填执行率与全年执行数÷全年预算数计算结果不一致的项目", expect: (d) => d.setTol(F(d, rateOff), F(d, (r) => rateOff(r) || rateDiff(r))) },
  { id: "t45-audit-03", cat: "audit", q: "统计全年执行数超过全年预算数的项目数", expect: (d) => d.countRange(F(d, overspentReal).length, F(d, overspent).length) },
  { id: "t45-audit-04", cat: "audit", q: "按单位列出分值合计不等于100的项目", expect: (d) => d.set(F(d, weightOff)) },
  { id: "t45-audit-05", cat: "audit", q: "不好意思，听同事说有的表执行率写的100%，但其实钱没花完，是哪些项目呀？", expect: (d) => d.set(F(d, roundedUp)) },
  { id: "t45-audit-06", cat: "audit", q: "预算执行那一行的得分，好像应该是执行率乘以10吧？有没有哪个项目算错了呀", expect: (d) => d.anyOf(d.set(F(d, budgetScoreOff)), d.setTol(F(d, (r) => budgetScoreOffStated(r) === true), F(d, (r) => budgetScoreOffStated(r) !== false))) },
  { id: "t45-audit-07", cat: "audit", q: "扣了分但是没写原因的，有几个项目呀？是不是都要退回去改", expect: (d) => d.count(F(d, devMissing).length) },
  { id: "t45-audit-08", cat: "audit", q: "要退回去改的表 有几个🙄", expect: (d) => d.countRange(F(d, (r) => totalOff(r) || ts(r) == null || rateOff(r) || overspentReal(r)).length, F(d, (r) => totalOff(r) || ts(r) == null || rateOff(r) || overspent(r) || weightOff(r) || aboveWeight(r) || budgetAbove(r) || budgetScoreOff(r)).length) },
  { id: "t45-audit-09", cat: "audit", q: "电话9位数的 是哪个🤔", expect: (d) => d.set(F(d, (r) => phoneNumbers(r).some((p) => p.length === 9))) },
  { id: "t45-audit-10", cat: "audit", q: "得分>分值的指标 有没有", expect: (d) => d.setTol(F(d, aboveWeight), F(d, (r) => aboveWeight(r) || budgetAbove(r))) },

  // ---- desk: 01–04 A, 05–07 B, 08–10 C ----
  { id: "t45-desk-01", cat: "desk", q: "核对「2023 年城市居民最低生活保障」年初预算数、全年预算数、全年执行数", expect: (d) => d.valueAll(R(d, "003-015"), 1320, 1168.685052) },
  { id: "t45-desk-02", cat: "desk", q: "晨光路拆迁资金：实施单位、负责人", expect: (d) => d.valueAll(R(d, "003-091"), "城乡管理办公室", "王璐") },
  { id: "t45-desk-03", cat: "desk", q: "经济大脑项目联系电话", expect: (d) => d.value(R(d, "002-005"), "69547757") },
  { id: "t45-desk-04", cat: "desk", q: "平安建设经费执行率", expect: (d) => d.anyOf(d.empty(R(d, "003-127")), d.value(R(d, "003-127"), 100)) },
  { id: "t45-desk-05", cat: "desk", q: "不好意思，「河西锦苑小区电梯维护经费」表上最后那个分是多少呀？", expect: (d) => d.value(R(d, "004-002"), 98) },
  { id: "t45-desk-06", cat: "desk", q: "我刚来，「朗清园社区警务工作室装饰装修和信息化工程相关资金项目」是谁管的呀？负责人好像没写？", expect: (d) => d.empty(R(d, "000-006")) },
  { id: "t45-desk-07", cat: "desk", q: "「接诉即办-社区」这个项目一共多少钱呀？用完了没有", expect: (d) => d.value(R(d, "000-019"), 19.6) },
  { id: "t45-desk-08", cat: "desk", q: "习峰园 score多少", expect: (d) => d.value(R(d, "004-011"), 97) },
  { id: "t45-desk-09", cat: "desk", q: "疏整促 budget多少w", expect: (d) => d.anyOf(d.value(R(d, "002-007"), 1863180), d.value(R(d, "002-007"), 186.318)) },
  { id: "t45-desk-10", cat: "desk", q: "潞源人口抽样调差 谁负责 电话？", expect: (d) => d.valueAll(R(d, "000-004"), "周蕾莹", "80856942") },

  // ---- no: 01–04 A, 05–07 B, 08–10 C ----
  { id: "t45-no-01", cat: "no", q: "按单位汇总政府采购金额", expect: (d) => d.refuse("政府采购") },
  { id: "t45-no-02", cat: "no", q: "统计2021年度项目数", expect: (d) => noYear(d, "2021", 2021) },
  { id: "t45-no-03", cat: "no", q: "核对区教育局项目自评结果", expect: (d) => d.refuse("教育局") },
  { id: "t45-no-04", cat: "no", q: "汇总各单位三公经费支出", expect: (d) => d.refuse("三公经费") },
  { id: "t45-no-05", cat: "no", q: "不好意思，想问下这些项目的中标单位是哪家公司呀？", expect: (d) => d.refuse("中标单位") },
  { id: "t45-no-06", cat: "no", q: "我刚来，去年的表有吗？去年预算一共多少呀", expect: (d) => noYear(d, "去年", 2025) },
  { id: "t45-no-07", cat: "no", q: "请问哪些项目交了绩效目标调整申请呀？我也不太懂这个", expect: (d) => d.refuse("调整申请") },
  { id: "t45-no-08", cat: "no", q: "西城区 的项目 budget多少", expect: (d) => d.refuse("西城区") },
  { id: "t45-no-09", cat: "no", q: "张三 负责啥项目", expect: (d) => d.refuse("张三") },
  { id: "t45-no-10", cat: "no", q: "明年budget会涨吗📈", expect: (d) => d.refuse("明年") },

  // ---- order: 01–04 A, 05–07 B, 08–10 C ----
  { id: "t45-order-01", cat: "order", q: "按全年预算数降序列出前5个项目", expect: (d) => d.topMoney(d.all, "annualBudget", 5) },
  { id: "t45-order-02", cat: "order", q: "列出大红门全年执行数最低的3个项目", expect: (d) => over(d, DHM_POOLS(d), (pool) => d.top(pool, (r) => money(r, "executed"), 3, "asc")) },
  { id: "t45-order-03", cat: "order", q: "按主管部门列出各部门全年预算数最高的项目", expect: (d) => over(d, READERS, (m) => bestPerGroupBy(d, (r) => r.department, (r) => m(r, "annualBudget"))) },
  { id: "t45-order-04", cat: "order", q: "列出2020年度项目总分后3名", expect: (d) => d.top(F(d, y(2020)), ts, 3, "asc") },
  { id: "t45-order-05", cat: "order", q: "钱用得最多的前三个项目是哪些呀？我说的是执行数", expect: (d) => d.topMoney(d.all, "executed", 3) },
  { id: "t45-order-06", cat: "order", q: "潞源那边的项目，预算从小到大排第二的是哪个呀", expect: (d) => nth(d, F(d, LY), (r) => money(r, "annualBudget"), 2, "asc") },
  { id: "t45-order-07", cat: "order", q: "双井和河门口的放一起，按总分从高到低排一下可以吗", expect: (d) => ranked(d, F(d, (r) => SJ(r) || HMK(r)), ts, "desc") },
  { id: "t45-order-08", cat: "order", q: "dhm 民生办 budget top3", expect: (d) => d.top(F(d, MS), (r) => money(r, "annualBudget"), 3, "desc") },
  { id: "t45-order-09", cat: "order", q: "执行率 倒数5🙏", expect: (d) => over(d, RATES, (k) => d.top(d.all, k, 5, "asc")) },
  { id: "t45-order-10", cat: "order", q: "赵康 的项目里 钱最多的是哪个", expect: (d) => anyOfTied([R(d, "003-007"), R(d, "003-022")], 1) },

  // ---- tally: 01–04 A, 05–07 B, 08–10 C ----
  { id: "t45-tally-01", cat: "tally", q: "按主管部门统计项目数", expect: (d) => groupCount(d, (r) => r.department) },
  { id: "t45-tally-02", cat: "tally", q: "按年度统计项目数及全年预算数合计", expect: (d) => allOf(groupCount(d, (r) => r.year), over(d, READERS, (m) => groupSum(d, (r) => r.year, (r) => m(r, "annualBudget")))) },
  { id: "t45-tally-03", cat: "tally", q: "统计大红门各实施单位项目数", expect: (d) => over(d, DHM_POOLS(d), (pool) => groupCount(d, (r) => r.implementingUnit, pool)) },
  { id: "t45-tally-04", cat: "tally", q: "统计项目负责人未填写的项目数，按主管部门", expect: (d) => groupCount(d, (r) => r.department, F(d, ownerMissing)) },
  { id: "t45-tally-05", cat: "tally", q: "我想知道每一年各有多少个项目呀？", expect: (d) => groupCount(d, (r) => r.year) },
  { id: "t45-tally-06", cat: "tally", q: "每个负责人各管几个项目呀？我也不太懂这个怎么统计", expect: (d) => groupsAlt(d, [countBy(F(d, (r) => !blank(r.owner)), (r) => norm(r.owner)), ownerSplitCounts(d)]) },
  { id: "t45-tally-07", cat: "tally", q: "满意度那行写「未做」的，是不是都是大红门的？各个单位分别有几个呀", expect: (d) => groupsAlt(d, cross([F(d, satNotDone), F(d, (r) => satNotDone(r) || doubtNotDone(r))], [(r) => r.department, (r) => r.implementingUnit]).map(([rs, key]) => countBy(rs, key))) },
  { id: "t45-tally-08", cat: "tally", q: "各街道 项目数 分别多少", expect: (d) => groupsAlt(d, cross(["", "街道", "街道办事处"], DHM_POOLS(d)).map(([suffix, pool]) => ({ [`潞源${suffix}`]: F(d, LY).length, [`双井${suffix}`]: F(d, SJ).length, [`大红门${suffix}`]: pool.length, [`河门口${suffix}`]: F(d, HMK).length }))) },
  { id: "t45-tally-09", cat: "tally", q: "20年 vs 23年 平均score", expect: (d) => d.groups({ 2020: avgOf(F(d, y(2020)), ts), 2023: avgOf(F(d, y(2023)), ts) }) },
  { id: "t45-tally-10", cat: "tally", q: "发改委 按实施单位 各几个项目?", expect: (d) => groupCount(d, (r) => r.implementingUnit, F(d, FG)) },
];

/** The form(s) with the largest key in each group (ties: any of them). */
function bestPerGroupBy(d, group, key) {
  const by = {};
  for (const r of d.all) {
    by[group(r)] ??= [];
    by[group(r)].push(r);
  }
  const must = [];
  const may = [];
  for (const rs of Object.values(by)) {
    const vs = rs.filter((r) => key(r) != null);
    if (!vs.length) continue;
    const best = Math.max(...vs.map(key));
    const tied = vs.filter((r) => key(r) === best);
    if (tied.length === 1) must.push(tied[0]);
    else may.push(...tied);
  }
  return d.setTol(must, may);
}
/** Per-owner counts with a cell naming two people counted for each of them. */
function ownerSplitCounts(d) {
  const m = {};
  for (const r of F(d, (x) => !blank(x.owner)))
    for (const n of norm(r.owner).split(/[、,，;；/]/)) m[n] = (m[n] ?? 0) + 1;
  return m;
}
