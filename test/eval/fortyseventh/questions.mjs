// The forty-seventh part (helper "blind65"): 120 portfolio questions asked by three people over the 169 forms — (A) a
// clerk of the 潞源 街道办事处 checking the street's own forms before they go in (the place said as 我们潞源街道, 潞源,
// 潞源办事处, 潞源街道办, 咱们街道（潞源）), (B) a 纪检 / inspection officer asking for exceptions, negations and cells
// that disagree, lists under conditions on indicator rows, 逐一列明, and (C) a 科长 who talks in follow-ups (`pre`),
// corrects himself in speech and dictates with fillers and numbers in words. Written by an author who had not read
// src/, prompts/, test/ outside test/eval/ nor any other part's question lines; expectations computed from the records
// by ../lib and ./helpers.mjs only. Not split. Definitions: ../README.md ("The forty-seventh part").
import {
  blank,
  budgetScore,
  devMissing,
  money,
  norm,
  noSat,
  rate,
  rows,
  satDoubt,
  satLow,
  satNotDone,
  satRows,
} from '../lib/corpus.mjs';
import {
  allOf,
  budgetScoreOff,
  column,
  F,
  l2Has,
  noYear,
  ranked,
  rateDiff,
  rateOff,
  roundedUp,
  tallyBy,
  ts,
} from '../lib/shorthands.mjs';
import {
  actualBlankRows,
  bothBudgets,
  DHM,
  FG,
  HMK,
  LY,
  left,
  level1Blank,
  level1Wrong,
  not,
  notDoneElsewhere,
  over,
  projectsOfRows,
  R,
  RATES,
  READERS,
  SJ,
  saysNotDone,
  shortRow,
  wanOrYuan,
  yuan,
} from './helpers.mjs';

const sumOf = (rs, f) => rs.reduce((s, r) => s + (f(r) ?? 0), 0);
const owner1 = (name) => (r) => norm(r.owner) === name;

export const questions = [
  // ---- money ----
  // A: 还剩多少没花 = 全年预算数 − 全年执行数 (433 of 438 万元); the answer may give it in 万元 or in 元.
  {
    id: 't47-money-01',
    cat: 'money',
    q: '我们潞源街道朗清园社区警务工作室那个项目，预算438万，到年底还剩多少没花？',
    expect: (d) => wanOrYuan(d, left(money)(R(d, '000-006'))),
  },
  // A: either 执行率 reading (96 % stated, 96.17 % from the amounts).
  {
    id: 't47-money-02',
    cat: 'money',
    q: '潞源办事处2023年社区公益事业补助资金的执行率是多少',
    expect: (d) => over(d, RATES, (f) => d.number(f(R(d, '000-018')))),
  },
  // A: 10 万元 in 元.
  {
    id: 't47-money-03',
    cat: 'money',
    q: '帮我看下我们街道统计所经费全年执行了多少钱，换成元，我填报表要用',
    expect: (d) => yuan(d, money(R(d, '000-001'), 'executed')),
  },
  // A: 结余 of 000-015 in 元 (34.34 − 34.06795 万元 = 2720.5 元).
  {
    id: 't47-money-04',
    cat: 'money',
    q: '潞源街道第三批“小微项目惠民生”资金结余了多少元？',
    expect: (d) => yuan(d, left(money)(R(d, '000-015'))),
  },
  // A: Σ 全年预算数 over the 22 潞源 forms.
  {
    id: 't47-money-05',
    cat: 'money',
    q: '咱们潞源街道办报上来的这些项目，全年预算数加起来一共是多少万元',
    expect: (d) => d.sumMoney(F(d, LY), 'annualBudget'),
  },
  // A: the 潞源 forms with 全年执行数 below 全年预算数 (the 结余 column is not graded).
  {
    id: 't47-money-06',
    cat: 'money',
    q: '潞源这边有没有钱没花完的项目？有的话列一下，顺带把结余写上',
    expect: (d) => d.set(F(d, (r) => LY(r) && left(money)(r) > 0)),
  },
  // A: the 区级 and 市级 城乡基层党组织服务群众经费 of 潞源, executed amounts added.
  {
    id: 't47-money-07',
    cat: 'money',
    q: '我们街道（潞源）城乡基层党组织服务群众经费区级资金和市级资金两个，全年执行数加一块是多少',
    expect: (d) => d.number(money(R(d, '000-023'), 'executed') + money(R(d, '000-024'), 'executed')),
  },
  // A: 391.92 万元 in 元.
  {
    id: 't47-money-08',
    cat: 'money',
    q: '潞源街道办2023年下沉协管员经费全年预算是多少？麻烦换算成元',
    expect: (d) => yuan(d, money(R(d, '000-026'), 'annualBudget')),
  },
  // A: 16 − 15.999652 万元 = 3.48 元.
  {
    id: 't47-money-09',
    cat: 'money',
    q: '我们潞源那个免费开放补助资金（市级）最后还剩几块钱没花？按元说',
    expect: (d) => yuan(d, left(money)(R(d, '000-021'))),
  },
  // B: the forms outside 大红门 (000, 001, 002, 004); both readings of the 元-in-万元 cell.
  {
    id: 't47-money-10',
    cat: 'money',
    q: '除了大红门街道以外，其他单位项目的全年预算合计是多少',
    expect: (d) => d.sumMoney(F(d, not(DHM)), 'annualBudget'),
  },
  // B: two asks — the stated rate (99.9 %) and the one 433 / 438 gives (98.86 %).
  {
    id: 't47-money-11',
    cat: 'money',
    q: '朗清园社区警务工作室装饰装修和信息化工程相关资金项目，表上写的执行率是多少？按全年执行数除以全年预算数算出来又是多少？',
    expect: (d) => {
      const r = R(d, '000-006');
      return allOf(d.number(rate(r)), d.number((100 * money(r, 'executed')) / money(r, 'annualBudget')));
    },
  },
  // B: Σ 结余 over the forms whose 全年执行数 is below 全年预算数 (every office).
  {
    id: 't47-money-12',
    cat: 'money',
    q: '并非全额执行的项目，也就是全年执行数小于全年预算数的，结余金额合计是多少？',
    expect: (d) => {
      const rs = F(d, (r) => left(money)(r) > 0);
      return d.number(sumOf(rs, left(money)));
    },
  },
  // B: Σ (全年 − 年初) over the forms with both written and 全年 above 年初 (年初 written 0 counts as written).
  {
    id: 't47-money-13',
    cat: 'money',
    q: '全年预算比年初预算调增了的项目，调增的金额一共是多少万元？',
    expect: (d) => {
      const up = (r) => money(r, 'annualBudget') - money(r, 'initialBudget');
      return d.number(
        sumOf(
          F(d, (r) => bothBudgets(r) && up(r) > 0),
          up,
        ),
      );
    },
  },
  // B: 河门口 forms with both written (004-007, 004-009, 004-012): Σ (全年 − 年初), the same as Σ |…| here.
  {
    id: 't47-money-14',
    cat: 'money',
    q: '河门口街道既填了年初预算又填了全年预算的项目，两个数之间的差额合计是多少？',
    expect: (d) =>
      d.number(
        sumOf(
          F(d, (r) => HMK(r) && bothBudgets(r)),
          (r) => Math.abs(money(r, 'annualBudget') - money(r, 'initialBudget')),
        ),
      ),
  },
  // B: 发改委 forms other than 002-007: Σ 全年执行数.
  {
    id: 't47-money-15',
    cat: 'money',
    q: '发改委的项目中，不是2023“疏整促”专班经费的那几个，全年执行数合计多少？',
    expect: (d) =>
      d.sumMoney(
        F(d, (r) => FG(r) && r.id !== '002-007'),
        'executed',
      ),
  },
  // B: roundedUp is 002-002 only: 200 − 199.9 = 0.1 万元 (or 1000 元).
  {
    id: 't47-money-16',
    cat: 'money',
    q: '执行率写的是100%、可全年执行数又没到全年预算数的，差了多少钱？',
    expect: (d) => wanOrYuan(d, sumOf(F(d, roundedUp), left(money))),
  },
  // B: two asks over the 大红门 forms with both 年初 and 全年 written: Σ 年初, Σ 全年.
  {
    id: 't47-money-17',
    cat: 'money',
    q: '大红门街道年初预算数和全年预算数都填了的项目，年初预算合计、全年预算合计各是多少？',
    expect: (d) => {
      const rs = F(d, (r) => DHM(r) && bothBudgets(r));
      return allOf(
        d.number(sumOf(rs, (r) => money(r, 'initialBudget'))),
        d.number(sumOf(rs, (r) => money(r, 'annualBudget'))),
      );
    },
  },
  // C: the same sum for 双井.
  {
    id: 't47-money-18',
    cat: 'money',
    pre: '潞源街道的项目全年预算一共多少',
    q: '那双井的呢',
    expect: (d) => d.sumMoney(F(d, SJ), 'annualBudget'),
  },
  // C: 1342.2393 万元 in 元.
  {
    id: 't47-money-19',
    cat: 'money',
    pre: '嗯那个大红门的晨光路拆迁资金预算是多少',
    q: '换成元呢',
    expect: (d) => yuan(d, money(R(d, '003-091'), 'annualBudget')),
  },
  // C: the correction asks Σ 全年预算数 of 发改委 (both readings of 002-007).
  {
    id: 't47-money-20',
    cat: 'money',
    pre: '发改委的项目执行数加起来多少',
    q: '不对我说错了，是全年预算加起来多少',
    expect: (d) => d.sumMoney(F(d, FG), 'annualBudget'),
  },
  // C: Σ 全年预算数 of 河门口.
  {
    id: 't47-money-21',
    cat: 'money',
    q: '嗯 就是 河门口那几个项目 全年预算 加起来 一共是多少 说个数就行',
    expect: (d) => d.sumMoney(F(d, HMK), 'annualBudget'),
  },
  // C: the three largest 全年预算数 of 大红门 (003-007, 003-022, 003-091), added.
  {
    id: 't47-money-22',
    cat: 'money',
    pre: '大红门街道预算最高的三个项目是哪几个',
    q: '这三个加起来多少钱',
    expect: (d) => {
      const top = F(d, DHM)
        .sort((a, b) => money(b, 'annualBudget') - money(a, 'annualBudget'))
        .slice(0, 3);
      return d.number(sumOf(top, (r) => money(r, 'annualBudget')));
    },
  },
  // C: 一百万以上 of 潞源: 000-023 and 000-024 sit on the bound (100): inclusive or strict.
  {
    id: 't47-money-23',
    cat: 'money',
    q: '那个 潞源 预算一百万以上的项目 预算合计是多少',
    expect: (d) =>
      d.anyOf(
        d.number(
          sumOf(
            F(d, (r) => LY(r) && money(r, 'annualBudget') > 100),
            (r) => money(r, 'annualBudget'),
          ),
        ),
        d.number(
          sumOf(
            F(d, (r) => LY(r) && money(r, 'annualBudget') >= 100),
            (r) => money(r, 'annualBudget'),
          ),
        ),
      ),
  },
  // C: mean 全年执行数 of the two 双井 forms.
  {
    id: 't47-money-24',
    cat: 'money',
    pre: '双井的两个疫情防控资金各执行了多少',
    q: '平均每个多少',
    expect: (d) => {
      const rs = F(d, SJ);
      return d.number(sumOf(rs, (r) => money(r, 'executed')) / rs.length);
    },
  },
  // C: the lowest 执行率 of 潞源 is 000-018 under both readings; its 结余 2.60663 万元 (or in 元).
  {
    id: 't47-money-25',
    cat: 'money',
    pre: '潞源街道执行率最低的项目是哪个',
    q: '它还剩多少没花',
    expect: (d) => wanOrYuan(d, left(money)(R(d, '000-018'))),
  },

  // ---- rows ----
  // A: 000-027's only short row (社会效益, 29 of 30): its 偏差原因.
  {
    id: 't47-rows-01',
    cat: 'rows',
    q: '我们潞源的公益电影放映补贴，哪个指标扣分了？偏差原因写的是什么',
    expect: (d) => d.value(R(d, '000-027'), '参与观活动人群固定范覆盖有限'),
  },
  {
    id: 't47-rows-02',
    cat: 'rows',
    q: '潞源街道统计所经费一共有几条绩效指标',
    expect: (d) => d.count(rows(R(d, '000-001')).length),
  },
  // A: two rows share the name 购买慰问品米、面、油; the 数量 one (≥600 / 521) is meant, the 质量 one (定性优良中差 / 优)
  // is accepted too (a name alone does not tell them apart).
  {
    id: 't47-rows-03',
    cat: 'rows',
    q: '潞源政法委群防群治补助经费里“购买慰问品米、面、油”那条指标，年度指标值和实际完成值分别是多少？',
    expect: (d) => {
      const r = R(d, '000-008');
      return d.anyOf(d.valueAll(r, 600, 521), d.valueAll(r, '定性优良中差', '优'));
    },
  },
  // A: 成本指标 row 全年资金: target ≤430万元.
  {
    id: 't47-rows-04',
    cat: 'rows',
    q: '潞源街道下沉协管员经费的成本指标“全年资金”，目标值填的多少',
    expect: (d) => d.value(R(d, '000-026'), 430),
  },
  {
    id: 't47-rows-05',
    cat: 'rows',
    q: '潞源街道哪些项目有指标被扣了分',
    expect: (d) => d.set(F(d, (r) => LY(r) && belowWeightAny(r))),
  },
  // A: 000-022's 社会效益 row has an empty 实际完成值.
  {
    id: 't47-rows-06',
    cat: 'rows',
    q: '我们潞源2023年接诉即办奖励金那张表，哪条指标的实际完成值没填？',
    expect: (d) => d.value(R(d, '000-022'), '充分利用接诉即办奖励资金'),
  },
  // A: rows of 000-017 whose 一级指标 reads 产出标指.
  {
    id: 't47-rows-07',
    cat: 'rows',
    q: '潞源的2022年第五批小微项目，一级指标写成“产出标指”的有几条',
    expect: (d) => d.count(rows(R(d, '000-017')).filter((i) => norm(i.level1) === '产出标指').length),
  },
  // A: two asks: the number of rows of 000-009 and Σ 分值 of its rows.
  {
    id: 't47-rows-08',
    cat: 'rows',
    q: '潞源街道重点区域精细化管控项目一共多少个三级指标？分值加起来是多少？',
    expect: (d) => {
      const rs = rows(R(d, '000-009'));
      return allOf(d.count(rs.length), d.number(sumOf(rs, (i) => i.weight)));
    },
  },
  // A: a satisfaction row whose target reads ≥90%; targets 90% / 90 without ≥ may be listed too.
  {
    id: 't47-rows-09',
    cat: 'rows',
    q: '潞源办的项目里，满意度指标目标值写的是≥90%的有哪些',
    expect: (d) =>
      d.setTol(
        F(d, (r) => LY(r) && satRows(r).some((i) => norm(i.target).includes('≥90%'))),
        F(d, (r) => LY(r) && satRows(r).some((i) => norm(i.target).includes('90'))),
      ),
  },
  // B: devMissing (a wrapped pdf-text reason counts as written).
  {
    id: 't47-rows-10',
    cat: 'rows',
    q: '得分低于分值、但偏差原因一栏空着的指标，是哪些项目的？请逐一列明',
    expect: (d) => d.set(F(d, devMissing)),
  },
  // B: a satisfaction row scored below its weight, outside 大红门.
  {
    id: 't47-rows-11',
    cat: 'rows',
    q: '满意度指标得分低于分值的项目，除了大红门以外还有哪些？',
    expect: (d) => d.set(F(d, (r) => !DHM(r) && satLow(r))),
  },
  // B: 河门口 forms with a 经济效益 row scored below its weight.
  {
    id: 't47-rows-12',
    cat: 'rows',
    q: '河门口街道的项目中，经济效益指标没有拿满分的有几个项目？',
    expect: (d) =>
      d.count(F(d, (r) => HMK(r) && rows(r).some((i) => l2Has('经济效益')(i) && shortRow(i))).length),
  },
  // B: rows scored below their weight whose 一级指标 is not 满意度; the pdf-text rows that say 未做 under 效益 (the
  // satisfaction row of a doubtful record) may be counted or not.
  {
    id: 't47-rows-13',
    cat: 'rows',
    q: '不是满意度指标、却被扣了分的三级指标，一共有多少条？',
    expect: (d) => {
      const all = d.all.flatMap((r) =>
        rows(r).filter((i) => shortRow(i) && !norm(i.level1).includes('满意度')),
      );
      const sure = all.filter((i) => !saysNotDone(i));
      return d.countRange(sure.length, all.length);
    },
  },
  // B: no 发改委 form has weights that miss 90: an empty answer (or 0).
  {
    id: 't47-rows-14',
    cat: 'rows',
    q: '三级指标分值加起来不等于90分的，发改委有没有这样的项目？',
    expect: (d) => {
      const rs = F(d, (r) => FG(r) && Math.abs(sumOf(rows(r), (i) => i.weight) - 90) > 0.01);
      return d.anyOf(d.set(rs), d.count(rs.length));
    },
  },
  // B: a weighted row whose 实际完成值 is empty (lib's actualMissing); **widened after the first run**: the pdf-text rows
  // whose values the record misplaces (folded into the name, two values in the 年度指标值, a 未做 row shifted) are
  // optional, and a project may be named once per row (the reply lists rows).
  {
    id: 't47-rows-15',
    cat: 'rows',
    q: '有分值、实际完成值却没有填写的指标，所属项目请列出来',
    expect: (d) => projectsOfRows(d, actualBlankRows),
  },
  // B: 大红门 forms with a satisfaction row below its weight that does not say 未做.
  {
    id: 't47-rows-16',
    cat: 'rows',
    q: '大红门的项目里，满意度指标没写“未做”、得分又低于分值的，有没有？',
    expect: (d) => d.set(F(d, (r) => DHM(r) && satRows(r).some((i) => shortRow(i) && !saysNotDone(i)))),
  },
  // B: two asks: the rows whose 年度指标值 contains 优良中差 (count) and their forms.
  {
    id: 't47-rows-17',
    cat: 'rows',
    q: '年度指标值填的是“优良中差”的指标有多少条？分别在哪些项目里？',
    expect: (d) => {
      const hit = (i) => norm(i.target).includes('优良中差');
      return allOf(
        d.count(sumOf(d.all, (r) => rows(r).filter(hit).length)),
        d.set(F(d, (r) => rows(r).some(hit))),
      );
    },
  },
  // C: the three short rows of 004-011.
  {
    id: 't47-rows-18',
    cat: 'rows',
    pre: '那个 河门口的习风园改造项目 得了多少分',
    q: '它哪几条指标扣分了',
    expect: (d) => d.valueAll(R(d, '004-011'), '建立廉政文化教育基地', '三线精神', '打造三线文化教育产业'),
  },
  // C: 003-140's short row (使用范围, 18 of 20) has no 偏差原因.
  {
    id: 't47-rows-19',
    cat: 'rows',
    pre: '大红门的体制资金应急经费 总分多少',
    q: '扣分那条指标的偏差原因写了没有',
    expect: (d) => d.empty(R(d, '003-140')),
  },
  // C: 000-006's satisfaction row: target ≥90%, actual 90%.
  {
    id: 't47-rows-20',
    cat: 'rows',
    pre: '潞源的朗清园社区警务工作室项目有几条指标',
    q: '那满意度那条的目标值和实际值呢',
    expect: (d) => d.valueAll(R(d, '000-006'), '≥90%', '90%'),
  },
  {
    id: 't47-rows-21',
    cat: 'rows',
    q: '嗯 就是 双井那个基本户的疫情防控资金 满意度指标 目标值写的什么',
    expect: (d) => d.value(R(d, '001-004'), '满意率达90%'),
  },
  // C: 那经济效益指标呢 keeps 河门口 and 没拿满分 and changes the row kind.
  {
    id: 't47-rows-22',
    cat: 'rows',
    pre: '河门口街道哪些项目满意度没拿满分',
    q: '那经济效益指标呢',
    expect: (d) => d.set(F(d, (r) => HMK(r) && rows(r).some((i) => l2Has('经济效益')(i) && shortRow(i)))),
  },
  // C: among the 大红门 forms whose satisfaction row says 未做, those whose satisfaction row weighs 10 (the doubtful
  // records with 未做 filed under 效益 are optional).
  {
    id: 't47-rows-23',
    cat: 'rows',
    pre: '大红门满意度指标写未做的项目有多少个',
    q: '这些里面 满意度分值是十分的 是哪个',
    expect: (d) =>
      d.setTol(
        F(d, (r) => DHM(r) && satNotDone(r) && satRows(r).some((i) => saysNotDone(i) && i.weight === 10)),
        F(d, (r) => DHM(r) && notDoneElsewhere(r) && rows(r).some((i) => saysNotDone(i) && i.weight === 10)),
      ),
  },
  // C: 000-023's two satisfaction rows give 5 as 实际完成值.
  {
    id: 't47-rows-24',
    cat: 'rows',
    q: '那个 潞源街道 城乡基层党组织服务群众经费区级资金 的满意度指标 实际完成值 填的是什么',
    expect: (d) => d.value(R(d, '000-023'), '5'),
  },
  {
    id: 't47-rows-25',
    cat: 'rows',
    pre: '发改委的政府投资项目评估审核费 有几条指标',
    q: '其中经济效益那条的目标值和实际完成值呢',
    expect: (d) => d.valueAll(R(d, '002-002'), '1亿元以上', '2.5亿元'),
  },

  // ---- talk ----
  // A: 那里面 = the 潞源 forms; owner blank.
  {
    id: 't47-talk-01',
    cat: 'talk',
    pre: '我们潞源街道一共报了多少个项目',
    q: '那里面负责人没填的有哪几个',
    expect: (d) => d.set(F(d, (r) => LY(r) && blank(r.owner))),
  },
  // A: every 潞源 form has a phone: an empty list or 0.
  {
    id: 't47-talk-02',
    cat: 'talk',
    q: '你好，我是潞源街道办的，想在报之前自查一下，我们街道的表有没有联系电话没填的？',
    expect: (d) => {
      const rs = F(d, (r) => LY(r) && blank(r.phone));
      return d.anyOf(d.set(rs), d.count(rs.length));
    },
  },
  {
    id: 't47-talk-03',
    cat: 'talk',
    pre: '潞源街道的统计所经费总分多少',
    q: '它的负责人和电话呢',
    expect: (d) => d.valueAll(R(d, '000-001'), '周蕾莹', '80856942'),
  },
  // A: the 潞源 forms without a satisfaction row; the largest 全年预算数 among them.
  {
    id: 't47-talk-04',
    cat: 'talk',
    pre: '潞源街道有哪些项目没有满意度指标',
    q: '谢谢，那这些里面预算最多的是哪个',
    expect: (d) =>
      d.top(
        F(d, (r) => LY(r) && noSat(r)),
        (r) => money(r, 'annualBudget'),
        1,
        'desc',
      ),
  },
  // A: 社区那个接诉即办 = 接诉即办-社区 (000-019).
  {
    id: 't47-talk-05',
    cat: 'talk',
    pre: '潞源街道2023年接诉即办奖励金是谁负责的',
    q: '好的，那社区那个接诉即办呢',
    expect: (d) => d.value(R(d, '000-019'), '白筱艺'),
  },
  // A: the lead's projects ordered by 执行率 ascending, one reading for the whole answer (under the computed one
  // 000-021 reads 100 % and is not in the lead's set).
  {
    id: 't47-talk-06',
    cat: 'talk',
    pre: '我们潞源预算执行率没到100%的有哪些',
    q: '按执行率从低到高排一下',
    expect: (d) =>
      over(d, RATES, (f) =>
        ranked(
          d,
          F(d, (r) => LY(r) && f(r) != null && f(r) < 100),
          f,
          'asc',
        ),
      ),
  },
  // A: the correction asks the 潞源 forms whose budget row 得分 is not 10.
  {
    id: 't47-talk-07',
    cat: 'talk',
    pre: '潞源街道办总分不是100分的项目有哪些',
    q: '不好意思说错了，我要看的是预算执行那一项得分不是10分的',
    expect: (d) => d.set(F(d, (r) => LY(r) && budgetScore(r) != null && budgetScore(r) !== 10)),
  },
  // B: 上述项目中 = the forms below 100 %; those of 发改委, one reading for the whole answer.
  {
    id: 't47-talk-08',
    cat: 'talk',
    pre: '请列明执行率低于100%的项目',
    q: '上述项目中，属于发改委的有哪些',
    expect: (d) => over(d, RATES, (f) => d.set(F(d, (r) => FG(r) && f(r) != null && f(r) < 100))),
  },
  // B: the correction widens to 95 and below (大红门).
  {
    id: 't47-talk-09',
    cat: 'talk',
    pre: '大红门街道总分低于95分的项目有哪些',
    q: '并非低于95分，我要的是95分及以下的，重新列一下',
    expect: (d) => d.set(F(d, (r) => DHM(r) && ts(r) != null && ts(r) <= 95)),
  },
  // B: the forms whose satisfaction row says 未做, owner 牛艳维; the doubtful records whose 未做 row is filed under
  // 效益 may be listed.
  {
    id: 't47-talk-10',
    cat: 'talk',
    pre: '满意度指标写“未做”的项目有几个',
    q: '其中负责人是牛艳维的，逐一列出',
    expect: (d) =>
      d.setTol(
        F(d, (r) => satNotDone(r) && owner1('牛艳维')(r)),
        F(d, (r) => (satNotDone(r) || notDoneElsewhere(r)) && owner1('牛艳维')(r)),
      ),
  },
  // B: the three forms without 总分; two columns of their table.
  {
    id: 't47-talk-11',
    cat: 'talk',
    pre: '核查一下总分没有填写的项目',
    q: '这几个的负责人和联系电话分别是什么',
    expect: (d) => {
      const rs = F(d, (r) => ts(r) == null);
      return allOf(
        column(d, '负责人', rs, (r) => r.owner),
        column(d, '电话', rs, (r) => r.phone),
      );
    },
  },
  // B: 发改委 forms over 100 万元 (002-007 under both readings), minus the two of 邱程.
  {
    id: 't47-talk-12',
    cat: 'talk',
    pre: '请列示发改委全年预算在100万元以上的项目',
    q: '除了邱程负责的以外呢',
    expect: (d) =>
      over(d, READERS, (m) => d.set(F(d, (r) => FG(r) && m(r, 'annualBudget') > 100 && !owner1('邱程')(r)))),
  },
  // B: the nine 河门口 forms have neither owner nor phone; 按单位 by 主管部门 or by 实施单位, as written.
  {
    id: 't47-talk-13',
    cat: 'talk',
    pre: '既没有填负责人、又没有填联系电话的项目有多少个',
    q: '按单位统计一下',
    expect: (d) => {
      const rs = F(d, (r) => blank(r.owner) && blank(r.phone));
      return d.anyOf(
        d.groups(
          tallyBy(
            rs,
            (r) => r.department,
            () => 1,
          ),
        ),
        d.groups(
          tallyBy(
            rs,
            (r) => r.implementingUnit,
            () => 1,
          ),
        ),
      );
    },
  },
  // B: 大红门 forms with 全年 below 年初; the largest 调减 (年初 − 全年).
  {
    id: 't47-talk-14',
    cat: 'talk',
    pre: '经核对，大红门街道有哪些项目的全年预算比年初预算少',
    q: '上述项目中调减金额最大的是哪一个',
    expect: (d) =>
      d.top(
        F(d, (r) => DHM(r) && bothBudgets(r) && money(r, 'annualBudget') < money(r, 'initialBudget')),
        (r) => money(r, 'initialBudget') - money(r, 'annualBudget'),
        1,
        'desc',
      ),
  },
  {
    id: 't47-talk-15',
    cat: 'talk',
    pre: '嗯 那个 大红门的项目有多少个',
    q: '那河门口的呢',
    expect: (d) => d.count(F(d, HMK).length),
  },
  // C: 换成潞源的 keeps 总分; 只要不是满分的 = 总分 below 100.
  {
    id: 't47-talk-16',
    cat: 'talk',
    pre: '双井的项目总分都是多少',
    q: '换成潞源的 只要不是满分的',
    expect: (d) => d.set(F(d, (r) => LY(r) && ts(r) != null && ts(r) < 100)),
  },
  // C: 第二个 of the 发改委 ranking by 全年预算数: 002-013 (as written) or 002-005 (002-007 converted).
  {
    id: 't47-talk-17',
    cat: 'talk',
    pre: '发改委预算最多的三个项目',
    q: '第二个的负责人是谁',
    expect: (d) =>
      over(d, READERS, (m) => {
        const r = F(d, FG).sort((a, b) => m(b, 'annualBudget') - m(a, 'annualBudget'))[1];
        return d.value(r, r.owner);
      }),
  },
  // C: the correction asks the 潞源 form with the smallest 全年执行数.
  {
    id: 't47-talk-18',
    cat: 'talk',
    pre: '潞源街道哪个项目预算最多',
    q: '不对 我说错了 是执行数最少的',
    expect: (d) => d.top(F(d, LY), (r) => money(r, 'executed'), 1, 'asc'),
  },
  {
    id: 't47-talk-19',
    cat: 'talk',
    q: '喂 那个 就是 河门口街道 总分九十七分的项目 有哪几个',
    expect: (d) => d.set(F(d, (r) => HMK(r) && ts(r) === 97)),
  },
  // C: 再加上 adds 执行数 above 100 万元 to the lead's 大红门 / 赵康 filter; a count or the list.
  {
    id: 't47-talk-20',
    cat: 'talk',
    pre: '大红门街道负责人是赵康的项目有几个',
    q: '再加上执行数超过一百万的条件',
    expect: (d) => {
      const rs = F(d, (r) => DHM(r) && owner1('赵康')(r) && money(r, 'executed') > 100);
      return d.anyOf(d.count(rs.length), d.set(rs));
    },
  },

  // ---- audit ----
  // A: RATE_MISMATCH in 潞源 (000-006); the forms whose stated rate differs from the computed one only by rounding
  // or truncation may be listed.
  {
    id: 't47-audit-01',
    cat: 'audit',
    q: '帮我把潞源街道的表自查一下：表上执行率和用执行数除以预算算出来的对不上的，有哪些？',
    expect: (d) =>
      d.setTol(
        F(d, (r) => LY(r) && rateOff(r)),
        F(d, (r) => LY(r) && (rateOff(r) || rateDiff(r))),
      ),
  },
  // A: the budget 得分 against the rate: against the stated rate 000-024 and 000-025 are off; against the computed
  // one also 000-006, 000-016 and 000-021 (optional).
  {
    id: 't47-audit-02',
    cat: 'audit',
    q: '我们潞源办事处的表里，预算执行那一行的得分跟执行率对不上的有没有？',
    expect: (d) => {
      const offStated = (r) =>
        budgetScore(r) != null &&
        rate(r) != null &&
        Math.abs(budgetScore(r) - (Math.min(rate(r), 100) / 100) * r.funds.total.weight.value) > 0.05;
      return d.setTol(
        F(d, (r) => LY(r) && offStated(r) && budgetScoreOff(r)),
        F(d, (r) => LY(r) && (offStated(r) || budgetScoreOff(r))),
      );
    },
  },
  {
    id: 't47-audit-03',
    cat: 'audit',
    q: '潞源街道的项目，有没有哪个表压根没设满意度指标的？',
    expect: (d) =>
      d.setTol(
        F(d, (r) => LY(r) && noSat(r)),
        F(d, (r) => LY(r) && (noSat(r) || satDoubt(r))),
      ),
  },
  // A: 一级指标 written as something other than 产出/效益/满意度指标 (产出标指, 成本指标); a blank 一级指标 (000-027)
  // may count as 填错 too.
  {
    id: 't47-audit-04',
    cat: 'audit',
    q: '我们街道（潞源）一级指标填得不规范的，比如写成“产出标指”、把成本指标当一级指标的，有哪几个项目？',
    expect: (d) =>
      d.setTol(
        F(d, (r) => LY(r) && level1Wrong(r)),
        F(d, (r) => LY(r) && (level1Wrong(r) || level1Blank(r))),
      ),
  },
  // B: 年初 ≠ 全年 outside 大红门 and 发改委.
  {
    id: 't47-audit-05',
    cat: 'audit',
    q: '除了大红门和发改委以外，年初预算数与全年预算数不一致的项目，请逐一列明',
    expect: (d) =>
      d.set(
        F(
          d,
          (r) =>
            !DHM(r) && !FG(r) && bothBudgets(r) && money(r, 'initialBudget') !== money(r, 'annualBudget'),
        ),
      ),
  },
  {
    id: 't47-audit-06',
    cat: 'audit',
    q: '既有得分低于分值的指标、又没写偏差原因的项目，不是河门口的有哪些？',
    expect: (d) => d.set(F(d, (r) => !HMK(r) && devMissing(r))),
  },
  // B: 大红门 forms whose 年初 and 全年 differ while the stated 执行率 is 100 %.
  {
    id: 't47-audit-07',
    cat: 'audit',
    q: '年初预算与全年预算不一致、执行率却照样填100%的项目，大红门有几个？',
    expect: (d) =>
      d.count(
        F(
          d,
          (r) =>
            DHM(r) &&
            bothBudgets(r) &&
            money(r, 'initialBudget') !== money(r, 'annualBudget') &&
            rate(r) === 100,
        ).length,
      ),
  },
  // C: RATE_ROUNDED_UP_TO_FULL (002-002).
  {
    id: 't47-audit-08',
    cat: 'audit',
    q: '嗯 那个 就是 执行率写了百分之百 但是钱其实没花完的 有哪几个',
    expect: (d) => d.set(F(d, roundedUp)),
  },
  // C: among the 大红门 未做 forms, the one whose satisfaction 得分 is left empty (003-094).
  {
    id: 't47-audit-09',
    cat: 'audit',
    pre: '大红门满意度写未做的项目有哪些',
    q: '这几个里面 满意度得分没填的有吗',
    expect: (d) =>
      d.set(
        F(d, (r) => DHM(r) && satNotDone(r) && satRows(r).some((i) => i.weight != null && i.score == null)),
      ),
  },
  // C: 那潞源的呢: devMissing in 潞源: none.
  {
    id: 't47-audit-10',
    cat: 'audit',
    pre: '河门口的项目有哪些扣了分没写偏差原因',
    q: '那潞源的呢',
    expect: (d) => {
      const rs = F(d, (r) => LY(r) && devMissing(r));
      return d.anyOf(d.set(rs), d.count(rs.length));
    },
  },

  // ---- desk ----
  {
    id: 't47-desk-01',
    cat: 'desk',
    q: '我们潞源的网络租赁购买服务，负责人是谁',
    expect: (d) => d.value(R(d, '000-003'), R(d, '000-003').owner),
  },
  {
    id: 't47-desk-02',
    cat: 'desk',
    q: '潞源街道办2023年第五次经济普查经费，预期目标是怎么写的',
    expect: (d) => d.value(R(d, '000-005'), '组建街道普查办公室'),
  },
  {
    id: 't47-desk-03',
    cat: 'desk',
    q: '潞源政法委以奖代补奖励那张表的联系电话是多少',
    expect: (d) => d.value(R(d, '000-007'), R(d, '000-007').phone),
  },
  {
    id: 't47-desk-04',
    cat: 'desk',
    q: '咱们潞源接诉即办-社区那个项目，总分多少？',
    expect: (d) => d.value(R(d, '000-019'), ts(R(d, '000-019'))),
  },
  // B: the cell as written (1,863,180) or read as 元 (186.318 万元).
  {
    id: 't47-desk-05',
    cat: 'desk',
    q: '2023“疏整促”专班经费的全年预算数，表上填的是多少？',
    expect: (d) => d.value(R(d, '002-007'), 1863180, 186.318),
  },
  // B: two asks (how many people, who); **reshaped after the first run**: the count was asked too (graded with allOf).
  {
    id: 't47-desk-06',
    cat: 'desk',
    q: '大红门地区工作专班工作经费的负责人填了几个人？分别是谁？',
    expect: (d) => allOf(d.value(R(d, '003-095'), 2), d.valueAll(R(d, '003-095'), '赵路广', '孟卓聪')),
  },
  {
    id: 't47-desk-07',
    cat: 'desk',
    q: '晨光路拆迁资金的实施单位是哪个科室？',
    expect: (d) => d.value(R(d, '003-091'), R(d, '003-091').implementingUnit),
  },
  {
    id: 't47-desk-08',
    cat: 'desk',
    q: '那个 习风园改造项目 实际完成情况写的啥',
    expect: (d) => d.value(R(d, '004-011'), R(d, '004-011').goals.actual),
  },
  // C: the 004 forms have no 项目负责人 row.
  {
    id: 't47-desk-09',
    cat: 'desk',
    pre: '河西锦苑小区电梯维护经费 总分多少',
    q: '它的负责人呢',
    expect: (d) => d.empty(R(d, '004-002')),
  },
  // C: 002-004 leaves 总分 empty.
  {
    id: 't47-desk-10',
    cat: 'desk',
    q: '嗯 深化放管服改革那个研究项目 总分是多少来着',
    expect: (d) => d.empty(R(d, '002-004')),
  },

  // ---- no ----
  { id: 't47-no-01', cat: 'no', q: '我们潞源街道明年的预算是多少', expect: (d) => d.refuse('明年') },
  {
    id: 't47-no-02',
    cat: 'no',
    q: '潞源街道办2024年的项目执行率都是多少',
    expect: (d) => noYear(d, '2024', 2024),
  },
  {
    id: 't47-no-03',
    cat: 'no',
    q: '我们潞源街道这些项目的采购方式都是什么',
    expect: (d) => d.refuse('采购方式'),
  },
  { id: 't47-no-04', cat: 'no', q: '潞源的项目支付进度到几月份了', expect: (d) => d.refuse('支付进度') },
  { id: 't47-no-05', cat: 'no', q: '请列明审计整改尚未完成的项目', expect: (d) => d.refuse('审计整改') },
  {
    id: 't47-no-06',
    cat: 'no',
    q: '八里桥街道的项目中，执行率低于90%的有哪些？',
    expect: (d) => d.refuse('八里桥'),
  },
  { id: 't47-no-07', cat: 'no', q: '负责人为张三的项目存在哪些问题？', expect: (d) => d.refuse('张三') },
  { id: 't47-no-08', cat: 'no', q: '嗯 那个 上半年的执行进度怎么样了', expect: (d) => d.refuse('上半年') },
  {
    id: 't47-no-09',
    cat: 'no',
    q: '就是 各个项目的中标单位 帮我列一下',
    expect: (d) => d.refuse('中标单位'),
  },
  {
    id: 't47-no-10',
    cat: 'no',
    pre: '潞源街道有多少个项目',
    q: '那它们的合同金额一共多少',
    expect: (d) => d.refuse('合同金额'),
  },

  // ---- order ----
  {
    id: 't47-order-01',
    cat: 'order',
    q: '我们潞源街道预算最多的前三个项目',
    expect: (d) => d.top(F(d, LY), (r) => money(r, 'annualBudget'), 3, 'desc'),
  },
  // A: 总分 99 on three 潞源 forms: any of them.
  {
    id: 't47-order-02',
    cat: 'order',
    q: '潞源办事处总分最低的是哪个项目',
    expect: (d) => d.top(F(d, LY), ts, 1, 'asc'),
  },
  // A: 结余 (全年预算数 − 全年执行数) from the largest, the first five.
  {
    id: 't47-order-03',
    cat: 'order',
    q: '潞源的项目按结余从多到少排，给我前五个',
    expect: (d) => d.top(F(d, LY), left(money), 5, 'desc'),
  },
  {
    id: 't47-order-04',
    cat: 'order',
    q: '潞源街道执行率最低的三个项目',
    expect: (d) => over(d, RATES, (f) => d.top(F(d, LY), f, 3, 'asc')),
  },
  // B: outside 大红门, the five largest 全年执行数 (both readings of 002-007).
  {
    id: 't47-order-05',
    cat: 'order',
    q: '除了大红门以外，全年执行数最高的五个项目是哪些？',
    expect: (d) => d.topMoney(F(d, not(DHM)), 'executed', 5, 'desc'),
  },
  // B: every 河门口 form is below 100: all of them, 总分 ascending.
  {
    id: 't47-order-06',
    cat: 'order',
    q: '河门口街道并非满分的项目，按总分从低到高排列',
    expect: (d) =>
      ranked(
        d,
        F(d, (r) => HMK(r) && ts(r) < 100),
        ts,
        'asc',
      ),
  },
  {
    id: 't47-order-07',
    cat: 'order',
    q: '发改委的项目里，不是2023年节能专项资金的，按全年预算从高到低列明',
    expect: (d) =>
      over(d, READERS, (m) =>
        ranked(
          d,
          F(d, (r) => FG(r) && r.id !== '002-006'),
          (r) => m(r, 'annualBudget'),
          'desc',
        ),
      ),
  },
  {
    id: 't47-order-08',
    cat: 'order',
    q: '嗯 那个 大红门 预算最少的 五个项目',
    expect: (d) => d.top(F(d, DHM), (r) => money(r, 'annualBudget'), 5, 'asc'),
  },
  {
    id: 't47-order-09',
    cat: 'order',
    pre: '潞源街道执行数最多的前三个',
    q: '换成大红门的',
    expect: (d) => d.top(F(d, DHM), (r) => money(r, 'executed'), 3, 'desc'),
  },
  {
    id: 't47-order-10',
    cat: 'order',
    pre: '河门口的项目按执行数从高到低排',
    q: '只要前两个',
    expect: (d) => d.top(F(d, HMK), (r) => money(r, 'executed'), 2, 'desc'),
  },

  // ---- tally ----
  {
    id: 't47-tally-01',
    cat: 'tally',
    q: '我们潞源街道一共报了几个项目',
    expect: (d) => d.count(F(d, LY).length),
  },
  {
    id: 't47-tally-02',
    cat: 'tally',
    q: '潞源办事处负责人是周蕾莹的项目有几个',
    expect: (d) => d.count(F(d, (r) => LY(r) && owner1('周蕾莹')(r)).length),
  },
  // A: per owner (the forms without an owner form no group).
  {
    id: 't47-tally-03',
    cat: 'tally',
    q: '潞源的项目按负责人统计一下个数',
    expect: (d) =>
      d.groups(
        tallyBy(
          F(d, (r) => LY(r) && !blank(r.owner)),
          (r) => r.owner,
          () => 1,
        ),
      ),
  },
  {
    id: 't47-tally-04',
    cat: 'tally',
    q: '潞源街道总分100分的项目有几个',
    expect: (d) => d.count(F(d, (r) => LY(r) && ts(r) === 100).length),
  },
  // B: the four streets, labelled by their short name, with 街道 or with 街道办事处.
  {
    id: 't47-tally-05',
    cat: 'tally',
    q: '各街道的项目数分别是多少？发改委不算在内',
    expect: (d) => {
      const n = {
        潞源: F(d, LY).length,
        双井: F(d, SJ).length,
        大红门: F(d, DHM).length,
        河门口: F(d, HMK).length,
      };
      const with_ = (suffix) => Object.fromEntries(Object.entries(n).map(([k, v]) => [k + suffix, v]));
      return d.anyOf(d.groups(n), d.groups(with_('街道')), d.groups(with_('街道办事处')));
    },
  },
  // B: per owner among the forms whose satisfaction row says 未做; with or without the doubtful records whose 未做 row
  // is filed under 效益.
  {
    id: 't47-tally-06',
    cat: 'tally',
    q: '满意度指标写“未做”的项目，按负责人分别统计个数',
    expect: (d) =>
      d.anyOf(
        d.groups(
          tallyBy(
            F(d, satNotDone),
            (r) => r.owner,
            () => 1,
          ),
        ),
        d.groups(
          tallyBy(
            F(d, (r) => satNotDone(r) || notDoneElsewhere(r)),
            (r) => r.owner,
            () => 1,
          ),
        ),
      ),
  },
  // B: no satisfaction row, outside 河门口 (the doubtful records may be counted).
  {
    id: 't47-tally-07',
    cat: 'tally',
    q: '河门口以外，没有设置满意度指标的项目一共几个？',
    expect: (d) =>
      d.countRange(
        F(d, (r) => !HMK(r) && noSat(r)).length,
        F(d, (r) => !HMK(r) && (noSat(r) || satDoubt(r))).length,
      ),
  },
  {
    id: 't47-tally-08',
    cat: 'tally',
    q: '嗯 大红门街道 负责人是李毅飞的 有几个项目',
    expect: (d) => d.count(F(d, (r) => DHM(r) && owner1('李毅飞')(r)).length),
  },
  // C: two asks per year: the count and Σ 全年预算数 (both readings of 002-007 in 2023).
  {
    id: 't47-tally-09',
    cat: 'tally',
    q: '那个 按年度统计一下 项目个数 还有 预算合计',
    expect: (d) =>
      allOf(
        d.groups(
          tallyBy(
            d.all,
            (r) => String(r.year),
            () => 1,
          ),
        ),
        over(d, READERS, (m) =>
          d.groups(
            tallyBy(
              d.all,
              (r) => String(r.year),
              (r) => m(r, 'annualBudget') ?? 0,
            ),
          ),
        ),
      ),
  },
  {
    id: 't47-tally-10',
    cat: 'tally',
    pre: '河门口街道的项目有几个',
    q: '那总分九十八分的呢',
    expect: (d) => d.count(F(d, (r) => HMK(r) && ts(r) === 98).length),
  },
];

/** A row scored below its weight (as lib's belowWeight). */
function belowWeightAny(r) {
  return rows(r).some(shortRow);
}
