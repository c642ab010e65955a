// The thirty-seventh part (helper "blind54"): 120 portfolio questions asked by three people over the 169 forms — (A,
// lines 01–05 of every category) an officer of the 纪检监察 who asks about people, phones and units: who answers for
// what, people with several projects, one phone for different people, blank or malformed contacts, 主管部门 and 实施单位
// that look swapped; (B, 06–10) a 街道 director who wants it short: yes / no, how many, which is worst or best, is
// anything missing, spoken (咱们, 那个, 有没有); (C, 11–15) a data analyst of the 区财政局 who asks about the rows of the
// indicator table by kind (产出 / 效益 / 满意度, 数量 / 质量 / 时效 / 成本), a row's values, rows whose target and actual
// differ, rows with an empty 偏差原因, sums and averages over rows and percentages of forms. Written by an author who had
// not read src/, prompts/, test/ outside test/eval/ nor any other part's question lines; expectations computed from the
// records by ../lib and ./helpers.mjs only. Not split. Definitions: ../README.md ("The thirty-seventh part").
import {
  belowWeight,
  blank,
  devMissing,
  money,
  norm,
  noSat,
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
  column,
  F,
  moneyBandCount,
  noYear,
  PCT,
  pctRange,
  place,
  placeCount,
  ranked,
  roundedUp,
  rowCount,
  shortRow,
  sumBy,
  totalOff,
  ts,
  weightOff,
  weightTotal,
} from '../lib/shorthands.mjs';
import {
  anyNumber,
  budgetOffComputed,
  budgetOffStated,
  DHM,
  devBlankLoose,
  differsPlain,
  differsReal,
  FG,
  HMK,
  hasPhone,
  ids,
  isCost,
  LY,
  l2,
  left,
  misfiled,
  ownAny,
  owner,
  phoneOdd,
  projectsPerPerson,
  R,
  SAT_IN_TEXT,
  SJ,
  SWAP_MAYBE,
  sat0Text,
  satLowText,
  says,
  swapped,
} from './helpers.mjs';

const sumRows = (rs, f, v) =>
  rs.reduce(
    (s, r) =>
      s +
      rows(r)
        .filter(f)
        .reduce((t, i) => t + (v(i) ?? 0), 0),
    0,
  );
const budget = (r) => money(r, 'annualBudget');

export const questions = [
  // ---- desk: one project's fact ----
  // A: 纪检监察
  {
    id: 't37-desk-01',
    cat: 'desk',
    q: '晨光路拆迁资金这个项目，登记的负责人和联系电话分别是什么？',
    expect: (d) => d.valueAll(R(d, '003-091'), '王璐', '67270318'),
  },
  {
    id: 't37-desk-02',
    cat: 'desk',
    q: '号码67069133登记在哪个项目名下？',
    expect: (d) => d.set(F(d, hasPhone('67069133'))),
  },
  {
    id: 't37-desk-03',
    cat: 'desk',
    q: '大红门地区工作专班工作经费，实施单位一栏填的是哪个科室',
    expect: (d) => d.value(R(d, '003-095'), '城乡办、平安办'),
  },
  {
    id: 't37-desk-04',
    cat: 'desk',
    q: '请核实法律顾问项目的主管部门、实施单位各填的什么',
    expect: (d) => d.valueAll(R(d, '002-001'), '办公室', '通州区发改委'),
  },
  {
    id: 't37-desk-05',
    cat: 'desk',
    q: '朗清园社区警务工作室那个项目，项目负责人是谁',
    // the owner cell is blank (the phone is filled)
    expect: (d) => d.empty(R(d, '000-006')),
  },
  // B: 街道主任
  {
    id: 't37-desk-06',
    cat: 'desk',
    q: '那个晨光路拆迁资金，钱花完了没？',
    // yes / no with a figure: the 执行率 (100 % both ways) or the 执行数 equal to the budget
    expect: (d) => d.value(R(d, '003-091'), 100, 1342.2393),
  },
  {
    id: 't37-desk-07',
    cat: 'desk',
    q: '习风园改造项目最后得了多少分啊',
    expect: (d) => d.value(R(d, '004-011'), 97),
  },
  {
    id: 't37-desk-08',
    cat: 'desk',
    q: '咱们那个2023年节能专项资金，总分填了没有',
    expect: (d) => d.empty(R(d, '002-006')),
  },
  {
    id: 't37-desk-09',
    cat: 'desk',
    q: '公益电影放映补贴那个项目预算多少钱',
    // 1.036 万元, or said in 元
    expect: (d) => d.value(R(d, '000-027'), 1.036, 10360),
  },
  {
    id: 't37-desk-10',
    cat: 'desk',
    q: '东门里小区综合整治那个项目是谁在负责',
    expect: (d) => d.value(R(d, '003-103'), '赵康'),
  },
  // C: 区财政局数据分析
  {
    id: 't37-desk-11',
    cat: 'desk',
    q: '政法委群防群治补助经费的数量指标“购买慰问品米、面、油”，年度指标值和实际完成值分别是多少？',
    expect: (d) => d.valueAll(R(d, '000-008'), 600, 521),
  },
  {
    id: 't37-desk-12',
    cat: 'desk',
    q: '公益电影放映补贴那条社会效益指标扣了1分，偏差原因是怎么写的',
    expect: (d) => d.value(R(d, '000-027'), '参与观活动人群固定范覆盖有限'),
  },
  {
    id: 't37-desk-13',
    cat: 'desk',
    q: '2023年接诉即办奖励金的满意度指标，年度指标值和实际完成值各是多少',
    expect: (d) => d.valueAll(R(d, '000-022'), 85, 96),
  },
  {
    id: 't37-desk-14',
    cat: 'desk',
    q: '习风园改造项目的质量指标分值多少、实际得了几分？',
    expect: (d) => d.valueAll(R(d, '004-011'), 10, 9),
  },
  {
    id: 't37-desk-15',
    cat: 'desk',
    q: '法律顾问项目成本指标的年度指标值填的是多少',
    expect: (d) => d.value(R(d, '002-001'), 100000, '10万'),
  },

  // ---- tally: counts, groups, shares ----
  // A
  {
    id: 't37-tally-01',
    cat: 'tally',
    q: '李毅飞作为项目负责人的项目共有多少个？',
    expect: (d) => d.count(F(d, ownAny('李毅飞')).length),
  },
  {
    id: 't37-tally-02',
    cat: 'tally',
    q: '发改委的项目，按负责人分别统计一下个数',
    expect: (d) => {
      const m = {};
      for (const r of F(d, FG)) m[norm(r.owner)] = (m[norm(r.owner)] ?? 0) + 1;
      return d.groups(m);
    },
  },
  {
    id: 't37-tally-03',
    cat: 'tally',
    q: '项目负责人一栏为空的表一共几张？',
    // blank or no such row (the 004 forms have none)
    expect: (d) => d.count(F(d, (r) => blank(r.owner)).length),
  },
  {
    id: 't37-tally-04',
    cat: 'tally',
    q: '至少负责两个项目的负责人有几位',
    // a shared cell (赵路广、孟卓聪) counted for each or for neither: both give the same figure
    expect: (d) => {
      const n = (mode) => [...projectsPerPerson(d.all, mode).values()].filter((rs) => rs.length >= 2).length;
      return d.countRange(Math.min(n('sole'), n('any')), Math.max(n('sole'), n('any')));
    },
  },
  {
    id: 't37-tally-05',
    cat: 'tally',
    q: '电话67270330在几张表上出现过',
    expect: (d) => d.count(F(d, hasPhone('67270330')).length),
  },
  // B
  {
    id: 't37-tally-06',
    cat: 'tally',
    q: '咱们大红门一共报了多少个项目',
    expect: (d) => placeCount(d, ['大红门'], '003'),
  },
  {
    id: 't37-tally-07',
    cat: 'tally',
    q: '河门口那边有几个项目没拿满分',
    expect: (d) => d.count(F(d, (r) => HMK(r) && ts(r) != null && ts(r) < 100).length),
  },
  {
    id: 't37-tally-08',
    cat: 'tally',
    q: '2020年的项目一共几个',
    expect: (d) => d.count(F(d, (r) => r.year === 2020).length),
  },
  {
    id: 't37-tally-09',
    cat: 'tally',
    q: '有多少个项目总分是满分100的',
    expect: (d) => d.count(F(d, (r) => ts(r) === 100).length),
  },
  {
    id: 't37-tally-10',
    cat: 'tally',
    q: '潞源有几个项目没设满意度指标？',
    expect: (d) =>
      d.countRange(
        F(d, (r) => LY(r) && noSat(r)).length,
        F(d, (r) => LY(r) && (noSat(r) || satNoPoints(r))).length,
      ),
  },
  // C
  {
    id: 't37-tally-11',
    cat: 'tally',
    q: '全部项目里，二级指标是质量指标的三级指标一共有多少条？',
    // four pdf-text rows filed under 质量 read 「—————时效指标」 / 「时效指标疫苗接种」: they may be 时效 rows
    expect: (d) => {
      const n = rowCount(d.all, l2('质量'));
      return d.countRange(n - rowCount(d.all, (i) => l2('质量')(i) && misfiled(i)), n);
    },
  },
  {
    id: 't37-tally-12',
    cat: 'tally',
    q: '设置了满意度指标的项目占全部项目的比例是多少？',
    // satDoubt forms (a satisfaction row in the text, none in the record) and 003-005's rows without points either way
    expect: (d) => {
      const lo = F(d, (r) => satRows(r).length > 0 && !satNoPoints(r)).length;
      const hi = F(d, (r) => satRows(r).length > 0 || satDoubt(r)).length;
      return pctRange(d, lo, hi, d.all.length);
    },
  },
  {
    id: 't37-tally-13',
    cat: 'tally',
    q: '有指标扣了分但偏差原因空着的项目有几个',
    // the lib reading (a reason wrapped into the next pdf-text row counts as written) or every empty reason cell
    expect: (d) => {
      const a = F(d, devMissing).length;
      const b = F(d, devBlankLoose).length;
      return d.countRange(Math.min(a, b), Math.max(a, b));
    },
  },
  {
    id: 't37-tally-14',
    cat: 'tally',
    q: '数量指标中得分低于分值的共几条',
    expect: (d) => d.count(rowCount(d.all, (i) => l2('数量')(i) && shortRow(i))),
  },
  {
    id: 't37-tally-15',
    cat: 'tally',
    q: '潞源的自评表平均每张有多少条三级指标',
    expect: (d) => d.number(rowCount(F(d, LY), () => true) / F(d, LY).length),
  },

  // ---- order: rankings and superlatives ----
  // A
  {
    id: 't37-order-01',
    cat: 'order',
    q: '名下项目最多的负责人是谁？',
    expect: () => says('牛艳维'),
  },
  {
    id: 't37-order-02',
    cat: 'order',
    q: '大红门的负责人里，谁经手的全年预算合计最多',
    expect: (d) => {
      const m = projectsPerPerson(F(d, DHM), 'any');
      const best = [...m].sort((a, b) => d.sum(b[1], budget) - d.sum(a[1], budget))[0][0];
      return says(best);
    },
  },
  {
    id: 't37-order-03',
    cat: 'order',
    q: '孟卓聪负责的项目按全年预算从高到低排一下',
    // the shared cell 「赵路广、孟卓聪」 (大红门地区工作专班工作经费) may or may not be his
    expect: (d) =>
      d.anyOf(
        ranked(d, F(d, owner('孟卓聪')), budget, 'desc'),
        ranked(d, F(d, ownAny('孟卓聪')), budget, 'desc'),
      ),
  },
  {
    id: 't37-order-04',
    cat: 'order',
    q: '赵康名下的项目里，总分最低的是哪个',
    expect: (d) => d.top(F(d, owner('赵康')), ts, 1, 'asc'),
  },
  {
    id: 't37-order-05',
    cat: 'order',
    q: '哪个联系电话对应的项目最多？',
    expect: () => says('67270395'),
  },
  // B
  {
    id: 't37-order-06',
    cat: 'order',
    q: '咱们几个街道比一比，哪个街道平均分最低',
    expect: () => says('河门口'),
  },
  {
    id: 't37-order-07',
    cat: 'order',
    q: '执行率最低的是哪个项目',
    expect: (d) => d.anyOf(d.top(d.all, rate, 1, 'asc'), d.top(d.all, rateComputed, 1, 'asc')),
  },
  {
    id: 't37-order-08',
    cat: 'order',
    q: '总分倒数三名是哪几个',
    expect: (d) => d.top(d.all, ts, 3, 'asc'),
  },
  {
    id: 't37-order-09',
    cat: 'order',
    q: '大红门预算最大的前五个项目',
    expect: (d) => d.top(F(d, DHM), budget, 5, 'desc'),
  },
  {
    id: 't37-order-10',
    cat: 'order',
    q: '潞源那边哪个项目花钱最多',
    expect: (d) => d.top(F(d, LY), (r) => money(r, 'executed'), 1, 'desc'),
  },
  // C
  {
    id: 't37-order-11',
    cat: 'order',
    q: '三级指标条数最多的是哪个项目？',
    expect: (d) => d.top(d.all, (r) => rows(r).length, 1, 'desc'),
  },
  {
    id: 't37-order-12',
    cat: 'order',
    q: '可持续影响指标分值最高的是哪个项目',
    expect: (d) =>
      d.top(
        d.all,
        (r) =>
          rows(r)
            .filter(l2('可持续'))
            .reduce((s, i) => s + (i.weight ?? 0), 0),
        1,
        'desc',
      ),
  },
  {
    id: 't37-order-13',
    cat: 'order',
    q: '满意度指标分值合计最高的项目是哪个',
    expect: (d) =>
      d.top(
        F(d, (r) => satRows(r).length > 0),
        (r) => satRows(r).reduce((s, i) => s + (i.weight ?? 0), 0),
        1,
        'desc',
      ),
  },
  {
    id: 't37-order-14',
    cat: 'order',
    q: '成本指标条数最多的前三个项目',
    expect: (d) => d.top(d.all, (r) => rows(r).filter(isCost).length, 3, 'desc'),
  },
  {
    id: 't37-order-15',
    cat: 'order',
    q: '质量指标条数最多的两个项目是哪两个',
    expect: (d) => d.top(d.all, (r) => rows(r).filter(l2('质量')).length, 2, 'desc'),
  },

  // ---- money ----
  // A
  {
    id: 't37-money-01',
    cat: 'money',
    q: '牛艳维负责的项目全年预算合计多少万元？',
    expect: (d) => d.sumMoney(F(d, ownAny('牛艳维')), 'annualBudget'),
  },
  {
    id: 't37-money-02',
    cat: 'money',
    q: '赵康名下项目的全年执行数加起来是多少',
    expect: (d) => d.sumMoney(F(d, ownAny('赵康')), 'executed'),
  },
  {
    id: 't37-money-03',
    cat: 'money',
    q: '负责人没填的那些项目，全年预算一共多少钱',
    expect: (d) =>
      d.sumMoney(
        F(d, (r) => blank(r.owner)),
        'annualBudget',
      ),
  },
  {
    id: 't37-money-04',
    cat: 'money',
    q: '留的电话是89538675的几个项目，预算合计多少',
    expect: (d) => d.sumMoney(F(d, hasPhone('89538675')), 'annualBudget'),
  },
  {
    id: 't37-money-05',
    cat: 'money',
    q: '孟卓聪经手的项目资金总共有多少（按全年预算）',
    expect: (d) =>
      d.anyOf(
        d.sumMoney(F(d, owner('孟卓聪')), 'annualBudget'),
        d.sumMoney(F(d, ownAny('孟卓聪')), 'annualBudget'),
      ),
  },
  // B
  {
    id: 't37-money-06',
    cat: 'money',
    q: '潞源一共花出去多少钱',
    expect: (d) => d.sumMoney(F(d, LY), 'executed'),
  },
  {
    id: 't37-money-07',
    cat: 'money',
    q: '双井那俩项目预算加一块儿多少',
    expect: (d) => d.sumMoney(F(d, SJ), 'annualBudget'),
  },
  {
    id: 't37-money-08',
    cat: 'money',
    q: '咱们潞源还有多少钱没花完',
    expect: (d) => bothMoney(d, (m) => F(d, LY).reduce((s, r) => s + left(m)(r), 0)),
  },
  {
    id: 't37-money-09',
    cat: 'money',
    q: '有没有预算上千万的项目？有几个',
    expect: (d) => moneyBandCount(d, 'annualBudget', 1000, Number.POSITIVE_INFINITY),
  },
  {
    id: 't37-money-10',
    cat: 'money',
    q: '全部项目平均一个预算多少钱',
    expect: (d) => bothMoney(d, (m) => sumBy(d.all, m, 'annualBudget') / d.all.length),
  },
  // C
  {
    id: 't37-money-11',
    cat: 'money',
    q: '没有设置满意度指标的项目，全年预算合计是多少',
    // the forms without a satisfaction row must count; a form whose satisfaction rows carry no points (003-005) and
    // the satDoubt forms may, each independently (README: both are optional)
    expect: (d) => {
      const pointless = (r) => satNoPoints(r) && !satDoubt(r);
      return anyNumber(d, [
        d.sum(F(d, noSat), budget),
        d.sum(
          F(d, (r) => noSat(r) || pointless(r)),
          budget,
        ),
        d.sum(
          F(d, (r) => noSat(r) || satDoubt(r)),
          budget,
        ),
        d.sum(
          F(d, (r) => noSat(r) || satNoPoints(r)),
          budget,
        ),
      ]);
    },
  },
  {
    id: 't37-money-12',
    cat: 'money',
    q: '存在扣分却没写偏差原因的项目，全年预算一共多少',
    expect: (d) => anyNumber(d, [d.sum(F(d, devMissing), budget), d.sum(F(d, devBlankLoose), budget)]),
  },
  {
    id: 't37-money-13',
    cat: 'money',
    q: '发改委设了生态效益指标的项目，平均每个全年预算是多少？',
    expect: (d) => {
      const rs = F(d, (r) => FG(r) && rows(r).some(l2('生态')));
      return bothMoney(d, (m) => sumBy(rs, m, 'annualBudget') / rs.length);
    },
  },
  {
    id: 't37-money-14',
    cat: 'money',
    q: '满意度指标被扣分的项目，全年执行数合计多少',
    // satDoubt forms whose text shows a satisfaction row scored below its weight may count
    expect: (d) =>
      anyNumber(d, [
        d.sum(F(d, satLow), (r) => money(r, 'executed')),
        d.sum(F(d, satLowText), (r) => money(r, 'executed')),
      ]),
  },
  {
    id: 't37-money-15',
    cat: 'money',
    q: '有指标扣分的项目，预算占全部项目预算的比重是多少',
    expect: (d) =>
      bothMoney(
        d,
        (m) => (100 * sumBy(F(d, belowWeight), m, 'annualBudget')) / sumBy(d.all, m, 'annualBudget'),
        PCT,
      ),
  },

  // ---- rows: the indicator table ----
  // A
  {
    id: 't37-rows-01',
    cat: 'rows',
    q: '周蕾莹负责的几个项目，三级指标一共多少条？',
    expect: (d) => d.count(rowCount(F(d, owner('周蕾莹')), () => true)),
  },
  {
    id: 't37-rows-02',
    cat: 'rows',
    q: '牛艳维负责的项目中，满意度指标被扣了分的是哪些项目',
    // satDoubt forms (their text shows the satisfaction row, the record has none) are optional
    expect: (d) =>
      d.setTol(
        F(d, (r) => ownAny('牛艳维')(r) && satLow(r)),
        F(d, (r) => ownAny('牛艳维')(r) && satDoubt(r)),
      ),
  },
  {
    id: 't37-rows-03',
    cat: 'rows',
    q: '李毅飞名下的项目，有没有哪条指标扣了分的？列出项目',
    expect: (d) => d.set(F(d, (r) => ownAny('李毅飞')(r) && belowWeight(r))),
  },
  {
    id: 't37-rows-04',
    cat: 'rows',
    q: '赵康负责的项目，满意度指标没拿满分的有几个',
    expect: (d) =>
      d.countRange(
        F(d, (r) => ownAny('赵康')(r) && satLow(r)).length,
        F(d, (r) => ownAny('赵康')(r) && satLowText(r)).length,
      ),
  },
  {
    id: 't37-rows-05',
    cat: 'rows',
    q: '赵路广负责的项目里，满意度指标写了未做的有哪些',
    // the shared cell 「赵路广、孟卓聪」 counts for him (its satisfaction row is not 未做 either way)
    expect: (d) => d.set(F(d, (r) => ownAny('赵路广')(r) && satNotDone(r))),
  },
  // B
  {
    id: 't37-rows-06',
    cat: 'rows',
    q: '统计所经费那个一共几条指标',
    expect: (d) => d.count(rows(R(d, '000-001')).length),
  },
  {
    id: 't37-rows-07',
    cat: 'rows',
    q: '晨光路拆迁资金哪条指标扣分了，扣了几分',
    expect: (d) => d.valueAll(R(d, '003-091'), '群众满意度', 5),
  },
  {
    id: 't37-rows-08',
    cat: 'rows',
    q: '咱们有没有满意度拿了0分的项目？几个',
    // satDoubt forms (「… 5 0 未做」 in the text, no row in the record) may count
    expect: (d) => {
      const n = F(d, (r) => satRows(r).some((i) => i.score === 0)).length;
      return d.countRange(n, F(d, sat0Text).length);
    },
  },
  {
    id: 't37-rows-09',
    cat: 'rows',
    q: '习风园改造项目满意度那一项得了几分',
    expect: (d) => d.value(R(d, '004-011'), satRows(R(d, '004-011'))[0].score),
  },
  {
    id: 't37-rows-10',
    cat: 'rows',
    q: '那个2023年社区公益事业补助资金，数量指标有几条',
    expect: (d) => d.count(rows(R(d, '000-018')).filter(l2('数量')).length),
  },
  // C
  {
    id: 't37-rows-11',
    cat: 'rows',
    q: '全部自评表里满意度指标总共多少条',
    // the satDoubt forms' rows (in their text, not in the record) may count
    expect: (d) => {
      const n = d.all.reduce((s, r) => s + satRows(r).length, 0);
      return d.countRange(n, n + F(d, satDoubt).length);
    },
  },
  {
    id: 't37-rows-12',
    cat: 'rows',
    q: '所有成本指标的分值合计是多少',
    // two pdf-text 成本 rows filed under 时效 (「155成本指标成本指标」) and one 经济效益 row filed under 成本 may count
    // either way
    expect: (d) => {
      const n = sumRows(d.all, isCost, (i) => i.weight);
      const inT = sumRows(
        d.all,
        (i) => l2('时效')(i) && misfiled(i),
        (i) => i.weight,
      );
      const out = sumRows(
        d.all,
        (i) => isCost(i) && misfiled(i),
        (i) => i.weight,
      );
      return anyNumber(d, [n, n + inT, n - out, n + inT - out]);
    },
  },
  {
    id: 't37-rows-13',
    cat: 'rows',
    q: '满意度指标的分值平均是多少分',
    expect: (d) => {
      // per row (every 三级 satisfaction row with a 分值), or per form (the 满意度指标 分值 of each form that has a
      // satisfaction row: the sum of its rows; 003-005's rows without points in or out); the satDoubt forms' rows as
      // their text shows them in or out
      const ws = d.all.flatMap((r) => satRows(r).map((i) => i.weight)).filter((w) => w != null);
      const more = [...ws, ...Object.values(SAT_IN_TEXT).map((i) => i.weight)];
      const avg = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
      const perForm = (withPointless) =>
        F(d, (r) => satRows(r).length > 0 && (withPointless || !satNoPoints(r))).map((r) =>
          satRows(r).reduce((t, i) => t + (i.weight ?? 0), 0),
        );
      const text = Object.values(SAT_IN_TEXT).map((i) => i.weight);
      return anyNumber(d, [
        avg(ws),
        avg(more),
        ...[true, false].flatMap((p) => [avg(perForm(p)), avg([...perForm(p), ...text])]),
      ]);
    },
  },
  {
    id: 't37-rows-14',
    cat: 'rows',
    q: '潞源的项目里，数量指标的实际完成值跟年度指标值不一致的有哪些项目',
    // a target and an actual that differ only by an operator (≥5450㎡ / 5450㎡) may or may not count
    expect: (d) =>
      d.setTol(
        F(d, (r) => LY(r) && rows(r).some((i) => l2('数量')(i) && differsReal(i))),
        F(d, (r) => LY(r) && rows(r).some((i) => l2('数量')(i) && differsPlain(i))),
      ),
  },
  {
    id: 't37-rows-15',
    cat: 'rows',
    q: '经济效益指标扣了分的有哪几个项目',
    expect: (d) => d.set(F(d, (r) => rows(r).some((i) => l2('经济效益')(i) && shortRow(i)))),
  },

  // ---- audit: mistakes and gaps ----
  // A
  {
    id: 't37-audit-01',
    cat: 'audit',
    q: '67270325这个号码对应了几个不同的负责人？分别是谁',
    // the people named, or the forms of that number with their 负责人
    expect: (d) => {
      const rs = F(d, hasPhone('67270325'));
      const who = [...new Set(rs.map((r) => norm(r.owner)))];
      return d.anyOf(
        says(...who),
        allOf(
          d.set(rs),
          column(d, '负责人', rs, (r) => r.owner),
        ),
      );
    },
  },
  {
    id: 't37-audit-02',
    cat: 'audit',
    q: '联系电话位数不对的是哪些项目？',
    expect: (d) => d.set(F(d, phoneOdd)),
  },
  {
    id: 't37-audit-03',
    cat: 'audit',
    q: '负责人和联系电话两项都没填的项目有哪些',
    expect: (d) => d.set(F(d, (r) => blank(r.owner) && blank(r.phone))),
  },
  {
    id: 't37-audit-04',
    cat: 'audit',
    q: '有没有主管部门和实施单位填反了的项目',
    expect: (d) => d.setTol(F(d, swapped), F(d, ids(...SWAP_MAYBE))),
  },
  {
    id: 't37-audit-05',
    cat: 'audit',
    q: '同一个负责人留了不同联系电话的，有哪几位',
    // sole owners whose forms carry more than one phone cell; 孟卓聪 (his own 67270343 and the shared cell) is extra
    expect: (d) => {
      const who = [...projectsPerPerson(d.all, 'sole')]
        .filter(([, rs]) => new Set(rs.map((r) => norm(r.phone))).size > 1)
        .map(([p]) => p);
      return says(...who);
    },
  },
  // B
  {
    id: 't37-audit-06',
    cat: 'audit',
    q: '咱们有没有总分没填的表',
    expect: (d) => d.set(F(d, (r) => ts(r) == null)),
  },
  {
    id: 't37-audit-07',
    cat: 'audit',
    q: '有没有执行率写了100%、钱其实没花完的',
    expect: (d) => d.set(F(d, roundedUp)),
  },
  {
    id: 't37-audit-08',
    cat: 'audit',
    q: '总分跟各项得分加起来对不上的是哪些',
    // 总分 equal neither to budget 得分 + Σ 得分 nor to Σ 得分 alone; the forms that state Σ 得分 alone may be listed
    expect: (d) => {
      const sumS = (r) => rows(r).reduce((s, i) => s + (i.score ?? 0), 0);
      return d.setTol(
        F(d, (r) => totalOff(r) && Math.abs(ts(r) - sumS(r)) > 0.1),
        F(d, totalOff),
      );
    },
  },
  {
    id: 't37-audit-09',
    cat: 'audit',
    q: '有没有压根没设满意度指标的项目？是哪些',
    expect: (d) =>
      d.setTol(
        F(d, noSat),
        F(d, (r) => satDoubt(r) || satNoPoints(r)),
      ),
  },
  {
    id: 't37-audit-10',
    cat: 'audit',
    q: '预算执行那一项的得分算错了的有没有',
    // off by the amounts' rate and by the stated one must be listed; off by one reading only may (平安建设经费's 100％
    // in the 得分 cell too)
    expect: (d) =>
      d.setTol(
        F(d, (r) => budgetOffComputed(r) && budgetOffStated(r)),
        F(d, (r) => budgetOffComputed(r) || budgetOffStated(r) || budgetAbove(r)),
      ),
  },
  // C
  {
    id: 't37-audit-11',
    cat: 'audit',
    q: '潞源和发改委的项目里，有分值但实际完成值空着的指标出现在哪些项目',
    expect: (d) => d.set(F(d, (r) => (LY(r) || FG(r)) && rows(r).some((i) => i.weight && blank(i.actual)))),
  },
  {
    id: 't37-audit-12',
    cat: 'audit',
    q: '有没有指标得分比分值还高的',
    expect: (d) => d.setTol([], F(d, budgetAbove)),
  },
  {
    id: 't37-audit-13',
    cat: 'audit',
    q: '满分的指标却写了偏差原因的，涉及哪些项目',
    // a bare 无 in the reason cell is optional
    expect: (d) => {
      const full = (i) => i.weight != null && i.score === i.weight && !blank(i.deviation);
      const real = (i) => full(i) && !/^(无|—|-|\/)$/.test(norm(i.deviation));
      return d.setTol(
        F(d, (r) => rows(r).some(real)),
        F(d, (r) => rows(r).some(full)),
      );
    },
  },
  {
    id: 't37-audit-14',
    cat: 'audit',
    q: '分值加起来不等于100的表有哪些',
    // neither with nor without the budget row must be listed; off with the budget row only may
    expect: (d) =>
      d.setTol(
        F(
          d,
          (r) => weightOff(r) && Math.abs(weightTotal(r) - (r.funds?.total?.weight?.value ?? 0) - 100) > 0.01,
        ),
        F(d, weightOff),
      ),
  },
  {
    id: 't37-audit-15',
    cat: 'audit',
    q: '满意度指标得了0分的表，占全部表的百分之几',
    expect: (d) => {
      const n = F(d, (r) => satRows(r).some((i) => i.score === 0)).length;
      return pctRange(d, n, F(d, sat0Text).length, d.all.length);
    },
  },

  // ---- no: what the forms cannot answer ----
  // A
  { id: 't37-no-01', cat: 'no', q: '李毅飞的身份证号码是多少', expect: (d) => d.refuse('身份证') },
  { id: 't37-no-02', cat: 'no', q: '各项目的审批人分别是谁，列一下', expect: (d) => d.refuse('审批人') },
  {
    id: 't37-no-03',
    cat: 'no',
    q: '张建军负责了哪些项目',
    expect: (d) => d.anyOf(d.refuse('张建军'), d.set([])),
  },
  { id: 't37-no-04', cat: 'no', q: '牛艳维的职务和级别是什么', expect: (d) => d.refuse('职务') },
  { id: 't37-no-05', cat: 'no', q: '赵康有没有和供应商吃过饭', expect: (d) => d.refuse('供应商') },
  // B
  { id: 't37-no-06', cat: 'no', q: '咱们明年预算能批下来多少', expect: (d) => d.refuse('明年') },
  { id: 't37-no-07', cat: 'no', q: '去年咱们总分多少', expect: (d) => noYear(d, '去年', 2025) },
  { id: 't37-no-08', cat: 'no', q: '帮我把晨光路拆迁资金的总分改成100分', expect: (d) => d.refuse('改') },
  { id: 't37-no-09', cat: 'no', q: '今天天气咋样啊', expect: (d) => d.refuse('天气') },
  {
    id: 't37-no-10',
    cat: 'no',
    q: '海淀区那边有几个项目',
    expect: (d) => d.anyOf(d.refuse('海淀'), d.set([])),
  },
  // C
  { id: 't37-no-11', cat: 'no', q: '四级指标一共有多少条', expect: (d) => d.refuse('四级指标') },
  { id: 't37-no-12', cat: 'no', q: '各条指标的度量单位分别是什么', expect: (d) => d.refuse('度量单位') },
  { id: 't37-no-13', cat: 'no', q: '指标性质为“≥”的指标有几条', expect: (d) => d.refuse('指标性质') },
  {
    id: 't37-no-14',
    cat: 'no',
    q: '2022年度满意度指标的平均分值是多少',
    expect: (d) => noYear(d, '2022', 2022),
  },
  { id: 't37-no-15', cat: 'no', q: '每条指标的评分细则是什么', expect: (d) => d.refuse('评分细则') },

  // ---- talk: follow-ups, two asks, columns, registers ----
  // A
  {
    id: 't37-talk-01',
    cat: 'talk',
    pre: '晨光路拆迁资金的负责人是谁',
    q: '他的电话多少',
    expect: (d) => d.value(R(d, '003-091'), '67270318'),
  },
  {
    id: 't37-talk-02',
    cat: 'talk',
    pre: '王丽负责哪些项目',
    q: '那张宏呢',
    expect: (d) => d.set(F(d, ownAny('张宏'))),
  },
  {
    id: 't37-talk-03',
    cat: 'talk',
    q: '把孟卓聪负责的项目列出来，顺便把联系电话也带上',
    expect: (d) =>
      allOf(
        d.setTol(F(d, owner('孟卓聪')), F(d, ownAny('孟卓聪'))),
        column(d, '电话', F(d, ownAny('孟卓聪')), (r) => r.phone),
      ),
  },
  {
    id: 't37-talk-04',
    cat: 'talk',
    pre: '67270395是哪些项目留的电话',
    q: '这些项目的负责人是不是同一个人',
    // all of them name 赵康: say so, or list the forms with their 负责人
    expect: (d) => {
      const rs = F(d, hasPhone('67270395'));
      return d.anyOf(
        says('赵康'),
        allOf(
          d.set(rs),
          column(d, '负责人', rs, (r) => r.owner),
        ),
      );
    },
  },
  {
    id: 't37-talk-05',
    cat: 'talk',
    q: '发改委各项目的负责人、联系电话列个表给我',
    expect: (d) =>
      allOf(
        d.set(F(d, FG)),
        column(d, '负责人', F(d, FG), (r) => r.owner),
        column(d, '电话', F(d, FG), (r) => r.phone),
      ),
  },
  // B
  {
    id: 't37-talk-06',
    cat: 'talk',
    pre: '大红门总分最低的是哪个项目',
    q: '那潞源呢',
    expect: (d) => d.top(F(d, LY), ts, 1, 'asc'),
  },
  {
    id: 't37-talk-07',
    cat: 'talk',
    pre: '执行率最低的五个项目',
    q: '只要前两个',
    expect: (d) => d.anyOf(d.top(d.all, rate, 2, 'asc'), d.top(d.all, rateComputed, 2, 'asc')),
  },
  {
    id: 't37-talk-08',
    cat: 'talk',
    q: '咱们没拿满分的项目有几个，都是哪些',
    // a form whose 总分 is blank may be counted and listed or not
    expect: (d) => {
      const must = F(d, (r) => ts(r) != null && ts(r) < 100);
      const may = F(d, (r) => ts(r) == null);
      return allOf(d.countRange(must.length, must.length + may.length), d.setTol(must, may));
    },
  },
  {
    id: 't37-talk-09',
    cat: 'talk',
    q: '那个 河门口的项目 总分都是多少 给我列一下',
    expect: (d) => allOf(place(d, ['河门口'], '004'), column(d, '总分', F(d, HMK), ts)),
  },
  {
    id: 't37-talk-10',
    cat: 'talk',
    pre: '2023年总分低于95分的有哪些',
    q: '换成2020年的呢',
    expect: (d) => d.set(F(d, (r) => r.year === 2020 && ts(r) != null && ts(r) < 95)),
  },
  // C
  {
    id: 't37-talk-11',
    cat: 'talk',
    pre: '河门口哪些项目设了生态效益指标',
    q: '这些里面满意度指标扣了分的是哪几个',
    expect: (d) => d.set(F(d, (r) => HMK(r) && rows(r).some(l2('生态')) && satLow(r))),
  },
  {
    id: 't37-talk-12',
    cat: 'talk',
    q: 'How many 质量指标 rows scored below their weight?',
    expect: (d) => d.count(rowCount(d.all, (i) => l2('质量')(i) && shortRow(i))),
  },
  {
    id: 't37-talk-13',
    cat: 'talk',
    pre: '成本指标一共多少条',
    q: '那时效指标呢',
    // pdf-text rows misfiled between 质量 / 时效 / 成本 (see tally-11, rows-12) may count either way
    expect: (d) => {
      const n = rowCount(d.all, l2('时效'));
      const out = rowCount(d.all, (i) => l2('时效')(i) && misfiled(i));
      const inQ = rowCount(d.all, (i) => l2('质量')(i) && misfiled(i));
      return d.countRange(n - out, n + inQ);
    },
  },
  {
    id: 't37-talk-14',
    cat: 'talk',
    q: '滿意度指標扣了分的項目有哪些',
    expect: (d) => d.setTol(F(d, satLow), F(d, satDoubt)),
  },
  {
    id: 't37-talk-15',
    cat: 'talk',
    q: '数量指标有多少条？平均每条分值是多少？',
    expect: (d) => {
      const rs = d.all.flatMap((r) => rows(r).filter(l2('数量')));
      const ws = rs.map((i) => i.weight).filter((w) => w != null);
      return allOf(d.count(rs.length), d.number(ws.reduce((a, b) => a + b, 0) / ws.length));
    },
  },
];
