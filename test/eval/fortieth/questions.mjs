// The fortieth part (helper "blind58"): 120 portfolio questions asked by three people over the 169 forms — (A) a clerk
// of the 区财政局 绩效管理科 who checks the 街道 forms' money before they go to the 区, in plain precise written Chinese
// (预算数, 执行数, 执行率 stated against computed, 结余, differences, shares, averages; now and then two asks in one
// message, 一是…二是…); (B) a 街道 财务 on DingTalk, colloquial and quick (万 / w / 元 and figures with commas, typos in
// place and field names, 那个 / 这个 / 咱们, follow-ups on the previous answer with `pre`, 谢谢 / 辛苦了 / emoji); (C) a 科长
// speaking by voice input (fillers 嗯 / 那个 / 就是说, numbers in words, homophones 执行律 / 满意读, no punctuation, long
// run-on questions) about indicator rows and money. In each category the first third of the lines is A's, the second
// B's, the last C's (25 lines: 01–08 A, 09–17 B, 18–25 C; 20 lines: 01–07, 08–14, 15–20; 10 lines: 01–03, 04–07,
// 08–10). Written by an author who had not read src/, prompts/, test/ outside test/eval/ nor any other part's question
// lines; expectations computed from the records by ../lib and ./helpers.mjs only. Not split. Definitions: ../README.md
// ("The fortieth part").
import {
  budgetScore,
  budgetWeight,
  inUnit,
  money,
  norm,
  noSat,
  rate,
  rateComputed,
  rows,
  satDoubt,
  satNoPoints,
  satNotDone,
} from '../lib/corpus.mjs';
import {
  allOf,
  budgetAbove,
  column,
  conv,
  F,
  noYear,
  own,
  ownAny,
  phoneNumbers,
  ranked,
  rateDiff,
  rateOff,
  totalOff,
  ts,
} from '../lib/shorthands.mjs';
import {
  anyOne,
  DHM,
  devMissingRows,
  devNone,
  FG,
  HMK,
  LY,
  left,
  overReaders,
  pct,
  projectsOrRows,
  R,
  RATES,
  SJ,
  satBelow,
  satNotDoneNoScore,
  satWeight,
  satZero,
  signed,
  sumCol,
  yr,
} from './helpers.mjs';

const sum = (rs, f) => rs.reduce((s, r) => s + (f(r) ?? 0), 0);
const budget = (r) => money(r, 'annualBudget');
const spent = (r) => money(r, 'executed');
/** 民生保障办公室 as 实施单位 (003-055 writes 「民生保障办公室是」: contains it). */
const MS = (r) => DHM(r) && norm(r.implementingUnit).includes('民生保障办公室');
/** The satDoubt forms whose text shows a satisfaction row written 未做 scored 0 (003-041, 003-139, 003-142). */
const satDoubtNotDone = (r) =>
  satDoubt(r) && rows(r).some((i) => /未做/.test(norm(i.deviation)) && i.score === 0);
/** A money key rounded to 1 元 (003-007 and 003-022 differ by 0.03 元: a tie). */
/** The rows of a form whose 偏差原因分析 reads 无. */
const noneRows = (r) => rows(r).filter((i) => norm(i.deviation) === '无').length;
const yuan = (r) => (budget(r) == null ? null : Math.round(budget(r) * 10000) / 10000);

export const questions = [
  // ---------------------------------------------------------------- money (A 01–08, B 09–17, C 18–25)
  {
    id: 't40-money-01',
    cat: 'money',
    q: '请核一下潞源街道办事处2023年度项目的两个数：一是全年预算数合计，二是全年执行数合计，均以万元计。',
    expect: (d) => allOf(d.sumMoney(F(d, LY), 'annualBudget'), d.sumMoney(F(d, LY), 'executed')),
  },
  {
    id: 't40-money-02',
    cat: 'money',
    q: '潞源街道各项目全年预算数减去全年执行数后的结余资金，合计是多少万元？',
    expect: (d) => d.number(sum(F(d, LY), left)),
  },
  {
    id: 't40-money-03',
    cat: 'money',
    q: '“朗清园社区警务工作室装饰装修和信息化工程相关资金项目”表上执行率为99.9%，按全年执行数除以全年预算数计算应为多少？与表上数相差多少个百分点？',
    expect: (d) => {
      const r = R(d, '000-006');
      const c = (100 * spent(r)) / budget(r);
      return allOf(pct(d, c), d.anyOf(signed(d, rate(r) - c), signed(d, rate(r) - 98.9)));
    },
  },
  {
    id: 't40-money-04',
    cat: 'money',
    q: '河门口街道办事处2020年度各项目的全年预算数合计，折合成元是多少？',
    expect: (d) => d.number(sum(F(d, HMK), budget) * 10000, 1),
  },
  {
    id: 't40-money-05',
    cat: 'money',
    q: '大红门街道民生保障办公室实施的项目，全年预算数合计占大红门街道全部项目全年预算数合计的比重是多少？',
    expect: (d) => pct(d, (100 * sum(F(d, MS), budget)) / sum(F(d, DHM), budget)),
  },
  {
    id: 't40-money-06',
    cat: 'money',
    // 疏整促专班经费 writes 1,863,180 in the 万元 column: both readings (README)
    q: '发展和改革委员会的项目，平均每个项目的全年预算数是多少万元？',
    expect: (d) => overReaders(d, (m) => sumCol(F(d, FG), m, 'annualBudget') / F(d, FG).length),
  },
  {
    id: 't40-money-07',
    cat: 'money',
    q: '大红门街道年初预算数和全年预算数均已填写的项目中，全年预算较年初预算调增金额最大的是哪个项目？调增了多少万元？',
    expect: (d) => {
      const rs = F(d, (r) => DHM(r) && money(r, 'initialBudget') != null && budget(r) != null);
      const up = (r) => budget(r) - money(r, 'initialBudget');
      return allOf(d.top(rs, up, 1, 'desc'), d.number(Math.max(...rs.map(up))));
    },
  },
  {
    id: 't40-money-08',
    cat: 'money',
    q: '双井街道两个疫情防控资金项目的全年执行数合计多少万元？折合多少元？',
    expect: (d) => allOf(d.number(sum(F(d, SJ), spent)), d.number(sum(F(d, SJ), spent) * 10000, 1)),
  },
  {
    id: 't40-money-09',
    cat: 'money',
    q: '咱们潞源那个接诉即办奖励金 全年执行了多少w啊',
    expect: (d) => d.value(R(d, '000-022'), spent(R(d, '000-022'))),
  },
  {
    id: 't40-money-10',
    cat: 'money',
    q: '大红门那个21年老旧小区改造的项目 3457万多那个 折成元是多少来着',
    expect: (d) => d.number(budget(R(d, '003-007')) * 10000, 1),
  },
  {
    id: 't40-money-11',
    cat: 'money',
    q: '发改为那个疏整促专班经费 预算栏写的1,863,180 应该是元吧？换成万是多少',
    expect: (d) => d.number(budget(R(d, '002-007')) / 10000, 0.011),
  },
  {
    id: 't40-money-12',
    cat: 'money',
    pre: '潞源街道执行率最低的是哪个项目',
    q: '那它还剩多少钱没花完呀',
    // 2023年社区公益事业补助资金 is the lowest under both readings (96 % / 96.17 %); in 万元 or in 元
    expect: (d) => d.anyOf(d.number(left(R(d, '000-018'))), d.number(left(R(d, '000-018')) * 10000, 1)),
  },
  {
    id: 't40-money-13',
    cat: 'money',
    q: '大洪门街道 民生办的项目 全年预算一共多少w',
    expect: (d) => d.sumMoney(F(d, MS), 'annualBudget'),
  },
  {
    id: 't40-money-14',
    cat: 'money',
    // no 河门口 form has a budget of exactly 10 万: 以上 strict or inclusive gives the same forms
    q: '河门口那边预算100,000元以上的项目 执行数一共多少钱',
    expect: (d) =>
      d.number(
        sum(
          F(d, (r) => HMK(r) && budget(r) >= 10),
          spent,
        ),
      ),
  },
  {
    id: 't40-money-15',
    cat: 'money',
    q: '潞源街道的项目 平均一个项目预算多少钱啊 按万算',
    expect: (d) => d.number(sum(F(d, LY), budget) / F(d, LY).length),
  },
  {
    id: 't40-money-16',
    cat: 'money',
    q: '赵康负责的那些项目 全年预算一共多少w 辛苦啦',
    expect: (d) => d.number(sum(F(d, own('赵康')), budget)),
  },
  {
    id: 't40-money-17',
    cat: 'money',
    q: '双井那俩疫情防控的 基本户那个比零余额那个少多少钱😂',
    expect: (d) => signed(d, budget(R(d, '001-005')) - budget(R(d, '001-004'))),
  },
  {
    id: 't40-money-18',
    cat: 'money',
    q: '嗯那个就是说大红门街道所有项目的全年预算加一块是多少钱',
    expect: (d) => d.sumMoney(F(d, DHM), 'annualBudget'),
  },
  {
    id: 't40-money-19',
    cat: 'money',
    q: '那个发改委的重大投资项目规划谋划 预算一千万 执行了九百九十九点九万 就是说还有多少没花完',
    expect: (d) => d.number(left(R(d, '002-013'))),
  },
  {
    id: 't40-money-20',
    cat: 'money',
    q: '嗯潞源街道那个下沉协管员经费 三百九十一万多那个 占潞源全部项目预算的百分之几',
    expect: (d) => pct(d, (100 * budget(R(d, '000-026'))) / sum(F(d, LY), budget)),
  },
  {
    id: 't40-money-21',
    cat: 'money',
    q: '就是说河门口那个三线干部建设学院的项目 预算三百三十八万 占河门口街道总预算的比例是多少',
    expect: (d) => pct(d, (100 * budget(R(d, '004-008'))) / sum(F(d, HMK), budget)),
  },
  {
    id: 't40-money-22',
    cat: 'money',
    q: '嗯那个二零二零年的项目 全年执行数一共是多少',
    expect: (d) => d.sumMoney(F(d, yr(2020)), 'executed'),
  },
  {
    id: 't40-money-23',
    cat: 'money',
    q: '那个大红门街道 平均一个项目预算多少钱 嗯 按万元说就行',
    expect: (d) => d.number(sum(F(d, DHM), budget) / F(d, DHM).length),
  },
  {
    id: 't40-money-24',
    cat: 'money',
    // stated rate below 100: 8 forms; computed: 7 (2023年对美术馆…(市级) computes to 99.998 % → 100 %); the unspent
    // sum is 9.18 either way
    q: '嗯潞源街道执行律没到百分之百的项目有几个 一共还剩多少钱没花',
    expect: (d) => {
      const n = RATES.map((k) => F(d, (r) => LY(r) && k(r) != null && k(r) < 100).length);
      return allOf(
        d.countRange(Math.min(...n), Math.max(...n)),
        d.number(
          sum(
            F(d, (r) => LY(r) && rate(r) < 100),
            left,
          ),
        ),
      );
    },
  },
  {
    id: 't40-money-25',
    cat: 'money',
    // 疏整促 (1,863,180 or 186.318 万) is above 120 万 under both readings: the count is the same, the sum is not
    q: '嗯那个发改委预算一百二十万以上的项目有几个 预算一共是多少',
    expect: (d) =>
      allOf(
        d.count(F(d, (r) => FG(r) && conv(r, 'annualBudget') > 120).length),
        overReaders(d, (m) =>
          sumCol(
            F(d, (r) => FG(r) && m(r, 'annualBudget') > 120),
            m,
            'annualBudget',
          ),
        ),
      ),
  },

  // ---------------------------------------------------------------- rows (A 01–08, B 09–17, C 18–25)
  {
    id: 't40-rows-01',
    cat: 'rows',
    q: '“政法委群防群治补助经费”中“购买慰问品米、面、油”这一数量指标，年度指标值和实际完成值分别是多少？',
    expect: (d) => d.valueAll(R(d, '000-008'), 600, 521),
  },
  {
    id: 't40-rows-02',
    cat: 'rows',
    q: '“公益电影放映补贴”哪一项三级指标的得分低于分值？分值和得分各是多少？',
    expect: (d) => d.valueAll(R(d, '000-027'), '及时宣传报道', 30, 29),
  },
  {
    id: 't40-rows-03',
    cat: 'rows',
    q: '河门口街道各项目中，得分低于分值且偏差原因分析为空的指标共有多少条？',
    expect: (d) => d.count(sum(F(d, HMK), (r) => devMissingRows(r).length)),
  },
  {
    id: 't40-rows-04',
    cat: 'rows',
    q: '“统计所经费”各三级指标中分值最高的是哪一项？分值是多少？',
    expect: (d) => d.valueAll(R(d, '000-001'), '遵循街道各项工作规范', 30),
  },
  {
    id: 't40-rows-05',
    cat: 'rows',
    // 21 satisfaction rows scored 0; the three satDoubt forms whose text shows 「5 0 未做」 and the two 未做 rows whose
    // 得分 is empty (0 by SCORING §5) may be counted
    q: '大红门街道满意度指标得0分的项目有多少个？',
    expect: (d) =>
      d.countRange(
        F(d, (r) => DHM(r) && satZero(r)).length,
        F(d, (r) => DHM(r) && (satZero(r) || satDoubtNotDone(r) || satNotDoneNoScore(r))).length,
      ),
  },
  {
    id: 't40-rows-06',
    cat: 'rows',
    q: '“通州区重大投资项目规划谋划”的成本指标共有几条？各条的实际完成值分别是多少？',
    expect: (d) => {
      const r = R(d, '002-013');
      const vs = rows(r)
        .filter((i) => norm(i.level2).includes('成本'))
        .map((i) => Number(norm(i.actual)));
      return d.valueAll(r, ...vs);
    },
  },
  {
    id: 't40-rows-07',
    cat: 'rows',
    q: '2020年度项目中，满意度指标得分低于分值的有哪些项目？',
    expect: (d) => d.set(F(d, (r) => yr(2020)(r) && satBelow(r))),
  },
  {
    id: 't40-rows-08',
    cat: 'rows',
    q: '“政府投资项目评估审核费”的经济效益指标，年度指标值和实际完成值各是多少？',
    expect: (d) => d.valueAll(R(d, '002-002'), '1亿元以上', '2.5亿元'),
  },
  {
    id: 't40-rows-09',
    cat: 'rows',
    q: '那个习风园改造项目 哪几条指标没拿满分呀',
    expect: (d) => d.valueAll(R(d, '004-011'), '建立廉政文化教育基地', '持续弘扬', '打造三线文化教育产业'),
  },
  {
    id: 't40-rows-10',
    cat: 'rows',
    q: '潞源的项目 三级指标一共有多少条啊',
    expect: (d) => d.count(sum(F(d, LY), (r) => rows(r).length)),
  },
  {
    id: 't40-rows-11',
    cat: 'rows',
    // 23 forms say 未做 in a satisfaction row; the three satDoubt forms whose text says 「未做」 may be counted
    q: '咱们大红门 满意度写了未做的项目有几个',
    expect: (d) =>
      d.countRange(
        F(d, (r) => DHM(r) && satNotDone(r)).length,
        F(d, (r) => DHM(r) && (satNotDone(r) || satDoubtNotDone(r))).length,
      ),
  },
  {
    id: 't40-rows-12',
    cat: 'rows',
    q: '接诉即办-社区 那个办单人满意度 目标值多少 实际完成多少',
    expect: (d) => d.valueAll(R(d, '000-019'), 90, 100),
  },
  {
    id: 't40-rows-13',
    cat: 'rows',
    pre: '河门口街道总分不到98分的项目有哪些',
    q: '这几个里头 满意度扣了分的是哪个',
    expect: (d) => d.set(F(d, (r) => HMK(r) && ts(r) < 98 && satBelow(r))),
  },
  {
    id: 't40-rows-14',
    cat: 'rows',
    q: '城乡基层党组织服务群众经费(区级资金) 满意度那两条 实际完成值填的是啥',
    expect: (d) => d.value(R(d, '000-023'), 5),
  },
  {
    id: 't40-rows-15',
    cat: 'rows',
    q: '下沉协管员经费 满意度那条指标叫啥 分值几分',
    expect: (d) => d.valueAll(R(d, '000-026'), '协管员满意率', 10),
  },
  {
    id: 't40-rows-16',
    cat: 'rows',
    q: '发改委那边 有没有项目压根没有满意度指标的 列一下',
    expect: (d) =>
      d.setTol(
        F(d, (r) => FG(r) && noSat(r)),
        F(d, (r) => FG(r) && satNoPoints(r)),
      ),
  },
  {
    id: 't40-rows-17',
    cat: 'rows',
    q: '潞源那个公益电影放映补贴 一共就几条指标？分值加起来多少',
    expect: (d) => {
      const r = R(d, '000-027');
      return d.valueAll(
        r,
        rows(r).length,
        sum(rows(r), (i) => i.weight),
      );
    },
  },
  {
    id: 't40-rows-18',
    cat: 'rows',
    q: '嗯那个就是说河门口街道的项目 哪些指标得分比分值低 但是偏差原因那一栏是空的 把项目给我列一下',
    // widened after the first run: the qualifying rows listed one by one, each with its project, name the projects too
    expect: (d) =>
      projectsOrRows(
        F(d, (r) => HMK(r) && devMissingRows(r).length > 0),
        (r) => devMissingRows(r).length,
      ),
  },
  {
    id: 't40-rows-19',
    cat: 'rows',
    q: '那个大红门街道2021年度老旧小区完善类改造项目 满意度的目标值是多少 实际得了几分',
    expect: (d) => d.valueAll(R(d, '003-007'), 95, 8),
  },
  {
    id: 't40-rows-20',
    cat: 'rows',
    // a satisfaction row below its weight: 26 forms; the three satDoubt forms (「5 0 未做」 in their text) and the two
    // 未做 rows with an empty 得分 (their 总分 lost the points) may be counted
    q: '嗯全部项目里面 满意读指标被扣了分的 有多少个项目',
    expect: (d) =>
      d.countRange(
        F(d, satBelow).length,
        F(d, (r) => satBelow(r) || satDoubtNotDone(r) || satNotDoneNoScore(r)).length,
      ),
  },
  {
    id: 't40-rows-21',
    cat: 'rows',
    q: '就是说偏差原因分析那一栏写的是无的 是哪些项目',
    // widened after the first run: the rows written 无 listed one by one, each with its project, name the projects too
    expect: (d) => projectsOrRows(F(d, devNone), noneRows),
  },
  {
    id: 't40-rows-22',
    cat: 'rows',
    q: '嗯那个朗清园社区警务工作室那个项目 成本指标目标值四百三十七万多 实际完成值是多少',
    expect: (d) => d.value(R(d, '000-006'), 4333848, 433.3848),
  },
  {
    id: 't40-rows-23',
    cat: 'rows',
    q: '那个大红门的城乡基层党组织服务群众经费 项目数量那条指标 分值十分得了九分 偏差原因写了没有',
    expect: (d) => d.empty(R(d, '003-018')),
  },
  {
    id: 't40-rows-24',
    cat: 'rows',
    q: '嗯双井街道疫情防控资金基本户那个项目 满意度指标的目标值是多少',
    expect: (d) => d.value(R(d, '001-004'), '满意率达90%'),
  },
  {
    id: 't40-rows-25',
    cat: 'rows',
    // one satisfaction row weighted 10, or the satisfaction rows weighted 10 in all (two rows of 5 count): both
    q: '就是说潞源街道 满意度指标分值是十分的项目有几个',
    expect: (d) =>
      d.anyOf(
        d.count(
          F(d, (r) => LY(r) && rows(r).some((i) => norm(i.level1).includes('满意度') && i.weight === 10))
            .length,
        ),
        d.count(F(d, (r) => LY(r) && satWeight(r) === 10).length),
      ),
  },

  // ---------------------------------------------------------------- talk (A 01–07, B 08–14, C 15–20)
  {
    id: 't40-talk-01',
    cat: 'talk',
    pre: '请列出双井街道的全部项目。',
    q: '上述项目的全年预算数合计是多少万元？',
    expect: (d) => d.sumMoney(F(d, SJ), 'annualBudget'),
  },
  {
    id: 't40-talk-02',
    cat: 'talk',
    pre: '河门口街道总分最低的项目是哪些？',
    q: '更正一下，我要的是总分最高的。',
    expect: (d) => {
      const rs = F(d, HMK);
      const top = Math.max(...rs.map(ts));
      return d.set(rs.filter((r) => ts(r) === top));
    },
  },
  {
    id: 't40-talk-03',
    cat: 'talk',
    q: '谢谢。另请告知潞源街道项目负责人一栏未填写的项目有几个。',
    expect: (d) => d.count(F(d, (r) => LY(r) && norm(r.owner) === '').length),
  },
  {
    id: 't40-talk-04',
    cat: 'talk',
    q: 'Could you tell me the total annual budget (全年预算数) of all the 河门口 street office projects, in 万元?',
    expect: (d) => d.sumMoney(F(d, HMK), 'annualBudget'),
  },
  {
    id: 't40-talk-05',
    cat: 'talk',
    pre: '2020年度的项目有多少个？',
    q: '其中河门口街道的有几个？',
    expect: (d) => d.count(F(d, (r) => yr(2020)(r) && HMK(r)).length),
  },
  {
    id: 't40-talk-06',
    cat: 'talk',
    q: '一是大红门街道年初预算数未填写的项目有几个，二是这些项目的全年预算数合计多少万元。',
    expect: (d) => {
      const rs = F(d, (r) => DHM(r) && money(r, 'initialBudget') == null);
      return allOf(d.count(rs.length), d.number(sum(rs, budget)));
    },
  },
  {
    id: 't40-talk-07',
    cat: 'talk',
    pre: '潞源街道执行率低于100%的项目有哪些？',
    q: '请按执行率从低到高排列。',
    expect: (d) =>
      d.anyOf(
        ...RATES.map((k) =>
          ranked(
            d,
            F(d, (r) => LY(r) && k(r) != null && k(r) < 100),
            k,
            'asc',
          ),
        ),
      ),
  },
  {
    id: 't40-talk-08',
    cat: 'talk',
    pre: '潞源街道周蕾莹负责几个项目',
    q: '那她电话多少呀 谢谢🙏',
    expect: (d) =>
      d.anyOf(
        d.number(Number(R(d, '000-001').phone), 0),
        column(d, '电话', F(d, own('周蕾莹')), (r) => r.phone),
      ),
  },
  {
    id: 't40-talk-09',
    cat: 'talk',
    pre: '大红门街道赵康负责的项目有几个',
    q: '那赵路广呢',
    // 「赵路广、孟卓聪」 (大红门地区工作专班工作经费) may count as his
    expect: (d) => d.countRange(F(d, own('赵路广')).length, F(d, ownAny('赵路广')).length),
  },
  {
    id: 't40-talk-10',
    cat: 'talk',
    q: '辛苦了！再问下 河门口那边 项目负责人是不是都没填啊',
    expect: (d) => {
      const rs = F(d, (r) => HMK(r) && norm(r.owner) === '');
      return d.anyOf(d.count(rs.length), d.set(rs));
    },
  },
  {
    id: 't40-talk-11',
    cat: 'talk',
    pre: '发改为的项目按预算从大到小排一下',
    q: '只要前三个就行 嘿嘿',
    expect: (d) => d.topMoney(F(d, FG), 'annualBudget', 3, 'desc'),
  },
  {
    id: 't40-talk-12',
    cat: 'talk',
    pre: '潞源街道总分不是100的项目有哪些',
    q: '它们的平均总分是多少',
    expect: (d) =>
      d.avg(
        F(d, (r) => LY(r) && ts(r) !== 100),
        ts,
      ),
  },
  {
    id: 't40-talk-13',
    cat: 'talk',
    q: '在吗？😊 帮我瞅一眼 潞源那个统计站（室） 预算是2.5w吧？',
    expect: (d) => d.value(R(d, '000-002'), budget(R(d, '000-002')), budget(R(d, '000-002')) * 10000),
  },
  {
    id: 't40-talk-14',
    cat: 'talk',
    pre: '大红门街道平安建设办公室的项目有几个',
    q: '不对 我说错了 是综合办公室',
    // 综合办公室 as 实施单位 (6), or in 主管部门 or 实施单位 (7: 大红门街道集中隔离观察点经费 writes it as 主管部门)
    expect: (d) =>
      d.countRange(
        F(d, (r) => DHM(r) && norm(r.implementingUnit).includes('综合办公室')).length,
        F(d, (r) => DHM(r) && inUnit(r, '综合办公室')).length,
      ),
  },
  {
    id: 't40-talk-15',
    cat: 'talk',
    pre: '嗯那个大红门街道便民服务中心的项目有多少个',
    q: '嗯 那它们的预算加起来是多少',
    // 便民服务中心 as 实施单位 (9), or in 主管部门 or 实施单位 (12): both sums
    expect: (d) =>
      d.anyOf(
        d.number(
          sum(
            F(d, (r) => DHM(r) && norm(r.implementingUnit).includes('便民服务中心')),
            budget,
          ),
        ),
        d.number(
          sum(
            F(d, (r) => DHM(r) && inUnit(r, '便民服务中心')),
            budget,
          ),
        ),
      ),
  },
  {
    id: 't40-talk-16',
    cat: 'talk',
    q: '喂 你好 那个就是说 潞源街道有没有项目 偏差原因写的是无的',
    // widened after the first run: the rows written 无 listed one by one, each with its project, name the project too
    expect: (d) =>
      projectsOrRows(
        F(d, (r) => LY(r) && devNone(r)),
        noneRows,
      ),
  },
  {
    id: 't40-talk-17',
    cat: 'talk',
    pre: '嗯河门口街道的项目总分平均多少',
    q: '那双井的呢',
    expect: (d) => d.avg(F(d, SJ), ts),
  },
  {
    id: 't40-talk-18',
    cat: 'talk',
    q: '嗯 好的 谢谢啊 那个再问一下 二零二三年的项目一共有多少个',
    expect: (d) => d.count(F(d, yr(2023)).length),
  },
  {
    id: 't40-talk-19',
    cat: 'talk',
    pre: '那个发改委的项目有哪些',
    q: '嗯其中总分没填的是哪几个',
    expect: (d) => d.set(F(d, (r) => FG(r) && ts(r) == null)),
  },
  {
    id: 't40-talk-20',
    cat: 'talk',
    q: '嗯那个大红门街道的 不对不对 是潞源街道的项目里面 总分最低的是哪个',
    // three 潞源 forms tie at 99: any of them (or all three)
    expect: (d) => {
      const rs = F(d, LY);
      const low = Math.min(...rs.map(ts));
      return anyOne(rs.filter((r) => ts(r) === low));
    },
  },

  // ---------------------------------------------------------------- audit (A 01–03, B 04–07, C 08–10)
  {
    id: 't40-audit-01',
    cat: 'audit',
    q: '请列出表上执行率与按“全年执行数÷全年预算数”计算结果不一致的项目（四舍五入或截位后仍不一致者）。',
    expect: (d) => d.setTol(F(d, rateOff), F(d, rateDiff)),
  },
  {
    id: 't40-audit-02',
    cat: 'audit',
    // off by both the stated and the computed 执行率 must be listed; off by one only may; 平安建设经费's 「100％」 (a
    // 得分 or an 执行率 in its pdf-text row) may
    q: '预算执行得分与“执行率×分值”不符的项目有哪些？',
    expect: (d) => {
      const off = (k) => (r) =>
        budgetScore(r) != null &&
        budgetWeight(r) != null &&
        k(r) != null &&
        Math.abs(budgetScore(r) - Math.min(k(r) / 100, 1) * budgetWeight(r)) > 0.05;
      return d.setTol(
        F(d, (r) => off(rate)(r) && off(rateComputed)(r)),
        F(d, (r) => off(rate)(r) || off(rateComputed)(r) || budgetAbove(r)),
      );
    },
  },
  {
    id: 't40-audit-03',
    cat: 'audit',
    // a cell with two numbers of 8 digits each (大红门地区工作专班工作经费) may be listed
    q: '联系电话位数不是8位的项目有哪些？',
    expect: (d) =>
      d.setTol(
        F(d, (r) => phoneNumbers(r).length > 0 && phoneNumbers(r).some((p) => p.length !== 8)),
        F(d, (r) => phoneNumbers(r).length > 1),
      ),
  },
  {
    id: 't40-audit-04',
    cat: 'audit',
    q: '那个法律顾问的表 主管部门和实施单位是不是填反了呀 各写的啥',
    expect: (d) => d.valueAll(R(d, '002-001'), '办公室', '通州区发改委'),
  },
  {
    id: 't40-audit-05',
    cat: 'audit',
    q: '总分那栏空着没填的有几个项目啊',
    expect: (d) => {
      const rs = F(d, (r) => ts(r) == null);
      return d.anyOf(d.count(rs.length), d.set(rs));
    },
  },
  {
    id: 't40-audit-06',
    cat: 'audit',
    // 003-096 exceeds by 0.0000004 万元 (a rounding): optional; an empty answer is right
    q: '有没有全年执行数比全年预算还多的项目啊🤔',
    expect: (d) =>
      d.setTol(
        F(d, (r) => spent(r) != null && budget(r) != null && spent(r) - budget(r) >= 0.0001),
        F(d, (r) => spent(r) != null && budget(r) != null && spent(r) > budget(r)),
      ),
  },
  {
    id: 't40-audit-07',
    cat: 'audit',
    q: '大红门那边 年初预算比全年预算多的 就是调减了的项目 有几个',
    expect: (d) =>
      d.count(
        F(d, (r) => DHM(r) && money(r, 'initialBudget') != null && money(r, 'initialBudget') > budget(r))
          .length,
      ),
  },
  {
    id: 't40-audit-08',
    cat: 'audit',
    q: '嗯那个就是说 总分跟预算得分加上各指标得分合起来对不上的 河门口街道有哪几个',
    expect: (d) => d.set(F(d, (r) => HMK(r) && totalOff(r))),
  },
  {
    id: 't40-audit-09',
    cat: 'audit',
    q: '嗯那个 主管部门写的是科室 实施单位反而写的是大红门街道办事处的 有哪些项目',
    expect: (d) =>
      d.set(
        F(
          d,
          (r) =>
            DHM(r) && !norm(r.department).includes('大红门') && norm(r.implementingUnit).includes('大红门'),
        ),
      ),
  },
  {
    id: 't40-audit-10',
    cat: 'audit',
    q: '那个就是说 总分那一栏的分值写成一千的那个项目是哪个',
    expect: (d) => d.set(F(d, (r) => r.totalWeight === 1000)),
  },

  // ---------------------------------------------------------------- desk (A 01–03, B 04–07, C 08–10)
  {
    id: 't40-desk-01',
    cat: 'desk',
    q: '“通州区‘经济大脑’服务项目”的项目负责人及联系电话是什么？',
    expect: (d) => {
      const r = R(d, '002-005');
      return d.valueAll(r, r.owner, r.phone);
    },
  },
  {
    id: 't40-desk-02',
    cat: 'desk',
    q: '“2023年城乡医疗救助资金”的年初预算数与全年预算数各为多少万元？',
    expect: (d) => {
      const r = R(d, '003-019');
      return d.valueAll(r, money(r, 'initialBudget'), budget(r));
    },
  },
  {
    id: 't40-desk-03',
    cat: 'desk',
    q: '“晨光路拆迁资金”的实施单位和总分分别是什么？',
    expect: (d) => {
      const r = R(d, '003-091');
      return d.valueAll(r, r.implementingUnit, ts(r));
    },
  },
  {
    id: 't40-desk-04',
    cat: 'desk',
    q: '习风园那个项目 总分多少啊',
    expect: (d) => d.value(R(d, '004-011'), ts(R(d, '004-011'))),
  },
  {
    id: 't40-desk-05',
    cat: 'desk',
    q: '潞源那个统计所经费 负责人是谁来着',
    expect: (d) => d.value(R(d, '000-001'), R(d, '000-001').owner),
  },
  {
    id: 't40-desk-06',
    cat: 'desk',
    q: '大红门 平安建设经费 全年预算多少w 执行了多少',
    // 全年预算数 and 全年执行数 are both 154.994792
    expect: (d) => {
      const r = R(d, '003-127');
      return d.valueAll(r, budget(r), spent(r));
    },
  },
  {
    id: 't40-desk-07',
    cat: 'desk',
    q: '双井疫情防控资金-其他零余额专项 负责人电化发我下 谢谢啦',
    expect: (d) => d.value(R(d, '001-005'), R(d, '001-005').phone),
  },
  {
    id: 't40-desk-08',
    cat: 'desk',
    q: '嗯那个河门口街道的改制企业家属区管理经费 主管部门是哪个单位',
    expect: (d) => d.value(R(d, '004-001'), R(d, '004-001').department),
  },
  {
    id: 't40-desk-09',
    cat: 'desk',
    q: '就是说那个大红门街道集中隔离观察点经费 负责人是谁 电话多少',
    expect: (d) => {
      const r = R(d, '003-097');
      return d.valueAll(r, r.owner, r.phone);
    },
  },
  {
    id: 't40-desk-10',
    cat: 'desk',
    q: '嗯那个发改委的节能专项资金 全年执行数是多少 执行率百分之多少',
    expect: (d) => {
      const r = R(d, '002-006');
      return d.valueAll(r, spent(r), rate(r));
    },
  },

  // ---------------------------------------------------------------- no (A 01–03, B 04–07, C 08–10)
  {
    id: 't40-no-01',
    cat: 'no',
    q: '请列出西城区各街道项目的全年预算数。',
    expect: (d) => d.refuse('西城区'),
  },
  {
    id: 't40-no-02',
    cat: 'no',
    q: '2022年度自评表中总分低于95分的项目有哪些？',
    expect: (d) => noYear(d, '2022', 2022),
  },
  {
    id: 't40-no-03',
    cat: 'no',
    q: '各项目的政府采购方式分别是什么？',
    expect: (d) => d.refuse('采购方式'),
  },
  {
    id: 't40-no-04',
    cat: 'no',
    q: '有没有总分低于90分的项目呀',
    expect: (d) => d.set(F(d, (r) => ts(r) != null && ts(r) < 90)),
  },
  {
    id: 't40-no-05',
    cat: 'no',
    q: '张伟负责的项目有哪些 帮忙查下',
    expect: (d) => d.anyOf(d.set(F(d, ownAny('张伟'))), d.refuse('张伟')),
  },
  {
    id: 't40-no-06',
    cat: 'no',
    q: '去年咱们潞源的项目预算总共多少w',
    expect: (d) => noYear(d, '去年', 2025),
  },
  {
    id: 't40-no-07',
    cat: 'no',
    // 平安建设经费's budget row (100％ against 10) may count as an indicator scored above its weight
    q: '有哪个项目指标得分比分值还高的不😅',
    expect: (d) =>
      d.setTol(
        F(d, (r) => rows(r).some((i) => i.weight != null && i.score != null && i.score > i.weight)),
        F(d, budgetAbove),
      ),
  },
  {
    id: 't40-no-08',
    cat: 'no',
    q: '嗯那个就是说海淀区的项目有多少个',
    expect: (d) => d.refuse('海淀'),
  },
  {
    id: 't40-no-09',
    cat: 'no',
    q: '嗯那个各个项目的合同金额加起来是多少',
    expect: (d) => d.refuse('合同金额'),
  },
  {
    id: 't40-no-10',
    cat: 'no',
    q: '就是说二零二零年和二零二三年都报了的项目 有哪些',
    expect: (d) => {
      const in2020 = new Set(F(d, yr(2020)).map((r) => norm(r.projectName)));
      return d.set(F(d, (r) => yr(2023)(r) && in2020.has(norm(r.projectName))));
    },
  },

  // ---------------------------------------------------------------- order (A 01–03, B 04–07, C 08–10)
  {
    id: 't40-order-01',
    cat: 'order',
    // 2021年度老旧小区完善类改造项目 and 2023年村级公益事业专项补助资金 differ by 0.03 元: a tie
    q: '大红门街道全年预算数最大的前五个项目是哪些？请按金额从大到小排列。',
    expect: (d) => d.top(F(d, DHM), yuan, 5, 'desc'),
  },
  {
    id: 't40-order-02',
    cat: 'order',
    q: '潞源街道表上执行率最低的三个项目是哪些？',
    expect: (d) => d.top(F(d, LY), rate, 3, 'asc'),
  },
  {
    id: 't40-order-03',
    cat: 'order',
    q: '发改委各项目中全年执行数最小的是哪个项目？',
    expect: (d) =>
      d.anyOf(
        d.top(F(d, FG), spent, 1, 'asc'),
        d.top(F(d, FG), (r) => conv(r, 'executed'), 1, 'asc'),
      ),
  },
  {
    id: 't40-order-04',
    cat: 'order',
    q: '河门口那边 预算最少的是哪个项目呀',
    expect: (d) => d.top(F(d, HMK), budget, 1, 'asc'),
  },
  {
    id: 't40-order-05',
    cat: 'order',
    // 3457.171733 against 3457.17173 万元 (0.03 元 apart): either is the answer
    q: '赵康负责的项目里 预算最大的是哪个',
    expect: (d) => {
      const rs = F(d, own('赵康'));
      const top = Math.max(...rs.map(yuan));
      return anyOne(rs.filter((r) => yuan(r) === top));
    },
  },
  {
    id: 't40-order-06',
    cat: 'order',
    q: '潞源所有项目按总分从低到高排一下 只要前五个',
    expect: (d) => d.top(F(d, LY), ts, 5, 'asc'),
  },
  {
    id: 't40-order-07',
    cat: 'order',
    q: '李毅飞负责的项目 哪个预算最多 哪个最少',
    expect: (d) =>
      allOf(d.top(F(d, own('李毅飞')), budget, 1, 'desc'), d.top(F(d, own('李毅飞')), budget, 1, 'asc')),
  },
  {
    id: 't40-order-08',
    cat: 'order',
    q: '嗯那个就是说二零二零年的项目里面 预算最大的是哪一个',
    expect: (d) => d.top(F(d, yr(2020)), budget, 1, 'desc'),
  },
  {
    id: 't40-order-09',
    cat: 'order',
    q: '那个大红门街道民生保障办公室的项目 按全年预算从高到低 前三名是哪几个',
    expect: (d) => d.top(F(d, MS), budget, 3, 'desc'),
  },
  {
    id: 't40-order-10',
    cat: 'order',
    // the street office with the most forms is 大红门 (128); 发改委 is not a street
    q: '嗯那个就是说 几个街道里面 项目最多的那个街道 有多少个项目',
    expect: (d) => d.count(Math.max(...[LY, SJ, DHM, HMK].map((f) => F(d, f).length))),
  },

  // ---------------------------------------------------------------- tally (A 01–03, B 04–07, C 08–10)
  {
    id: 't40-tally-01',
    cat: 'tally',
    q: '2023年度项目共多少个？其中总分为100分的有多少个？',
    expect: (d) =>
      allOf(d.count(F(d, yr(2023)).length), d.count(F(d, (r) => yr(2023)(r) && ts(r) === 100).length)),
  },
  {
    id: 't40-tally-02',
    cat: 'tally',
    // 疏整促 (1,863,180 or 186.318 万) is at or above 100 万 under both readings: the count is the same, the sum is not
    q: '全年预算数在100万元（含）以上的项目有多少个？全年预算数合计多少万元？',
    expect: (d) =>
      allOf(
        d.count(F(d, (r) => conv(r, 'annualBudget') >= 100).length),
        overReaders(d, (m) =>
          sumCol(
            F(d, (r) => m(r, 'annualBudget') >= 100),
            m,
            'annualBudget',
          ),
        ),
      ),
  },
  {
    id: 't40-tally-03',
    cat: 'tally',
    q: '牛艳维负责的项目有多少个？全年预算数合计多少万元？',
    expect: (d) => allOf(d.count(F(d, own('牛艳维')).length), d.number(sum(F(d, own('牛艳维')), budget))),
  },
  {
    id: 't40-tally-04',
    cat: 'tally',
    q: '潞源那边 总分拿满100的项目有几个呀',
    expect: (d) => d.count(F(d, (r) => LY(r) && ts(r) === 100).length),
  },
  {
    id: 't40-tally-05',
    cat: 'tally',
    q: '河门口的项目 总份平均下来多少 谢谢',
    expect: (d) => d.avg(F(d, HMK), ts),
  },
  {
    id: 't40-tally-06',
    cat: 'tally',
    // 满意度没做 (README): a satisfaction row written 未做, or no satisfaction row, or either; the satDoubt forms of
    // 民生保障办公室 whose text says 未做 may be counted
    q: '大红门 民生办 满意度没做的项目有几个',
    expect: (d) => {
      const lo = F(d, (r) => MS(r) && satNotDone(r)).length;
      const hi = F(d, (r) => MS(r) && (satNotDone(r) || satDoubtNotDone(r) || noSat(r))).length;
      return d.countRange(lo, hi);
    },
  },
  {
    id: 't40-tally-07',
    cat: 'tally',
    // 党群工作办公室 as written (23), or with 「党群办」 (2023年下沉街镇城市协管员人员经费)
    q: '大洪门 党群办 的项目一共几个',
    expect: (d) =>
      d.countRange(
        F(d, (r) => DHM(r) && norm(r.implementingUnit).includes('党群工作办公室')).length,
        F(d, (r) => DHM(r) && /党群工作办公室|党群办/.test(norm(r.implementingUnit))).length,
      ),
  },
  {
    id: 't40-tally-08',
    cat: 'tally',
    q: '嗯那个就是说 二零二零年的项目 一共有几个 预算总共多少',
    expect: (d) => allOf(d.count(F(d, yr(2020)).length), d.number(sum(F(d, yr(2020)), budget))),
  },
  {
    id: 't40-tally-09',
    cat: 'tally',
    q: '嗯 那个总分是九十五分的项目 有多少个',
    expect: (d) => d.count(F(d, (r) => ts(r) === 95).length),
  },
  {
    id: 't40-tally-10',
    cat: 'tally',
    q: '就是说 执行律是百分之百的项目 一共有多少个',
    expect: (d) => d.anyOf(...RATES.map((k) => d.count(F(d, (r) => k(r) === 100).length))),
  },
];
