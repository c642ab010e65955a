// The thirty-fourth part (helper "blind51"): 120 portfolio questions asked by three people over the 169 forms — (AB) a
// 区财政局 预算科 section chief who speaks of money in 亿元 / 万元 / 元 mixed, of budget adjustments (调增, 调减, 年初 vs
// 全年) and execution progress, and asks yes / no with a figure to confirm (是不是超过三千万了); (AC) a 社区 party
// secretary dictating on a phone in colloquial, dialect-flavoured Mandarin with voice-input errors (homophones, missing
// punctuation, run-on sentences: 俺们, 咋, 啥, 那个啥, 民生宝障办, 城相管理办); (AD) an internal auditor who asks about
// people and contacts (负责人, 联系电话, 实施单位), duplicates and blanks, and wants lists with counts. Written by an
// author who had not read src/, prompts/, test/ outside test/eval/ nor any other part's question lines; expectations
// computed from the records by ../lib and ./helpers.mjs only. Not split. Lines 01–05 of every category are AB, 06–10
// AC, 11–15 AD. Definitions: ../README.md ("The thirty-fourth part").
import {
  blank,
  budgetScore,
  devMissing,
  money,
  norm,
  rows,
  satDoubt,
  satNotDone,
  satRows,
} from '../lib/corpus.mjs';
import {
  allOf,
  budgetRowDoubt,
  budgetScoreOff,
  column,
  F,
  l2Has,
  moneyBandCount,
  noSurvey,
  noYear,
  ranked,
  rateDiff,
  rateOff,
  roundedUp,
  shortRow,
  tallyBy,
  totalOff,
  ts,
  weightOff,
} from '../lib/shorthands.mjs';
import {
  adjust,
  DHM,
  FG,
  fig,
  HMK,
  hasBoth,
  LY,
  loneValue,
  noOwner,
  noPhone,
  nRows,
  ownerIs,
  phoneHas,
  R,
  RATES,
  SJ,
  sumOf,
  unitHas,
  yi,
  yr,
} from './helpers.mjs';

const MS = unitHas('民生保障办公室');
const DQ = unitHas('党群工作办公室');
const CX = unitHas('城乡管理办公室');
const PA = unitHas('平安建设办公室');
/** A column of the answer's project table, and the table lists exactly the projects asked about (the column grader
 * alone looks only at the cells of the projects it knows). */
const withColumn = (d, label, rs, f) => allOf(d.set(rs), column(d, label, rs, f));
const annual = (r) => money(r, 'annualBudget');
const executed = (r) => money(r, 'executed');
const initial = (r) => money(r, 'initialBudget');
/** Phones that two or more named people share (the two-name cell split, or as written). */
const sharedPhones = (d, split) => {
  const m = new Map();
  for (const r of d.all) {
    if (blank(r.phone) || blank(r.owner)) continue;
    const phones = split
      ? String(r.phone)
          .normalize('NFKC')
          .split(/[、,，]/)
      : [norm(r.phone)];
    const owners = split ? norm(r.owner).split(/[、,，]/) : [norm(r.owner)];
    for (const p of phones) for (const o of owners) (m.get(p) ?? m.set(p, new Set()).get(p)).add(o);
  }
  return [...m].filter(([, s]) => s.size > 1).map(([p]) => p);
};

export const questions = [
  // ---- money ----
  {
    id: 't34-money-01',
    cat: 'money',
    // AB
    q: '大红门街道2023年全年预算数合计是多少亿元？',
    expect: (d) =>
      yi(
        d,
        F(d, (r) => DHM(r) && yr(2023)(r)),
        'annualBudget',
      ),
  },
  {
    id: 't34-money-02',
    cat: 'money',
    // AB
    q: '潞源街道的项目全年执行数加起来多少万元，是不是超过一千六百万了？',
    expect: (d) => sumOf(d, F(d, LY), 'executed'),
  },
  {
    id: 't34-money-03',
    cat: 'money',
    // AB
    q: '发改委2023年的预算盘子总共多少元？按元给我报个数',
    expect: (d) => fig(d, (m) => F(d, FG).reduce((a, r) => a + (m(r, 'annualBudget') ?? 0), 0) * 10000, 1),
  },
  {
    id: 't34-money-04',
    cat: 'money',
    // AB
    q: '年中调整以后，全年预算比年初预算调增的那些项目，一共调增了多少万元？',
    expect: (d) =>
      d.number(
        d.sum(
          F(d, (r) => adjust(r) > 0),
          adjust,
        ),
      ),
  },
  {
    id: 't34-money-05',
    cat: 'money',
    // AB
    q: '双井街道两个疫情防控资金的项目，执行数合计是不是39.4万？',
    expect: (d) => d.number(d.sum(F(d, SJ), executed)),
  },
  {
    id: 't34-money-06',
    cat: 'money',
    // AC
    q: '俺们河门口街道那几个项目钱一共批了多少万啊',
    expect: (d) => d.number(d.sum(F(d, HMK), annual)),
  },
  {
    id: 't34-money-07',
    cat: 'money',
    // AC
    q: '那个晨光路拆迁的钱跟老旧小区改造那个钱加一块是多少',
    expect: (d) =>
      d.anyOf(
        d.number(d.sum([R(d, '003-091'), R(d, '003-007')], annual)),
        d.number(d.sum([R(d, '003-091'), R(d, '003-007')], executed)),
      ),
  },
  {
    id: 't34-money-08',
    cat: 'money',
    // AC
    q: '民生宝障办那边全年执行数总共花了多少钱',
    expect: (d) => d.number(d.sum(F(d, MS), executed)),
  },
  {
    id: 't34-money-09',
    cat: 'money',
    // AC
    q: '党群工作办公室年初预算一共报了多少 没填年初的就不算了',
    expect: (d) =>
      d.anyOf(
        d.number(d.sum(F(d, DQ), initial)),
        d.number(
          d.sum(
            F(d, (r) => DQ(r) || r.id === '003-071'),
            initial,
          ),
        ),
      ),
  },
  {
    id: 't34-money-10',
    cat: 'money',
    // AC
    q: '咱潞源那个小微项目惠民生第三批第四批加起来预算是多少来着',
    expect: (d) => d.number(d.sum([R(d, '000-015'), R(d, '000-016')], annual)),
  },
  {
    id: 't34-money-11',
    cat: 'money',
    // AD
    q: '负责人是赵康的项目，全年预算合计多少万元？',
    expect: (d) => d.number(d.sum(F(d, ownerIs('赵康')), annual)),
  },
  {
    id: 't34-money-12',
    cat: 'money',
    // AD
    q: '联系电话留的67069109的那些项目，全年执行数加起来是多少',
    expect: (d) => d.number(d.sum(F(d, phoneHas('67069109')), executed)),
  },
  {
    id: 't34-money-13',
    cat: 'money',
    // AD
    q: '负责人一栏空着没填的项目，全年预算一共多少钱？',
    expect: (d) => d.number(d.sum(F(d, noOwner), annual)),
  },
  {
    id: 't34-money-14',
    cat: 'money',
    // AD
    q: '牛艳维负责的项目，全年预算合计比年初预算合计多了还是少了，差多少？',
    expect: (d) => {
      const pool = F(d, ownerIs('牛艳维'));
      const all = d.sum(pool, annual) - d.sum(pool, initial);
      const bothOnly = d.sum(pool.filter(hasBoth), annual) - d.sum(pool.filter(hasBoth), initial);
      const vs = [...new Set([all, -all, bothOnly, -bothOnly].map((v) => Math.round(v * 100) / 100))];
      return d.anyOf(...vs.map((v) => d.number(v)));
    },
  },
  {
    id: 't34-money-15',
    cat: 'money',
    // AD
    q: '实施单位是便民服务中心的项目，全年执行数合计多少？',
    expect: (d) =>
      d.anyOf(
        d.number(d.sum(F(d, unitHas('便民服务中心')), executed)),
        d.number(
          d.sum(
            F(d, (r) => unitHas('便民服务中心')(r) || norm(r.department) === '便民服务中心'),
            executed,
          ),
        ),
      ),
  },

  // ---- tally ----
  {
    id: 't34-tally-01',
    cat: 'tally',
    // AB
    q: '2023年度全年预算超过一百万元的项目有多少个？',
    expect: (d) => moneyBandCount(d, 'annualBudget', 100, Infinity, yr(2023)),
  },
  {
    id: 't34-tally-02',
    cat: 'tally',
    // AB
    q: '年初预算和全年预算对不上、做过预算调整的项目有几个？',
    expect: (d) => d.count(F(d, (r) => hasBoth(r) && adjust(r) !== 0).length),
  },
  {
    id: 't34-tally-03',
    cat: 'tally',
    // AB
    q: '执行率没到100%的项目一共几个',
    expect: (d) => d.anyOf(...RATES.map((f) => d.count(F(d, (r) => f(r) != null && f(r) < 100).length))),
  },
  {
    id: 't34-tally-04',
    cat: 'tally',
    // AB
    q: '全年预算不到10万元的小项目有几个？',
    expect: (d) => moneyBandCount(d, 'annualBudget', -Infinity, 10),
  },
  {
    id: 't34-tally-05',
    cat: 'tally',
    // AB
    q: '预算执行那一项没拿满10分的项目有几个？',
    expect: (d) => {
      const strict = F(d, (r) => budgetScore(r) != null && budgetScore(r) < 10).length;
      const empty = F(d, (r) => budgetScore(r) == null).length;
      const doubt = F(d, budgetRowDoubt).length;
      return d.anyOf(
        ...[strict, strict + empty, strict + doubt, strict + empty + doubt].map((n) => d.count(n)),
      );
    },
  },
  {
    id: 't34-tally-06',
    cat: 'tally',
    // AC
    q: '俺们大红门民生保障办公室一共报了几个项目啊',
    expect: (d) => d.count(F(d, MS).length),
  },
  {
    id: 't34-tally-07',
    cat: 'tally',
    // AC
    q: '河门口街道的项目有几个是打了九十八分的',
    expect: (d) => d.count(F(d, (r) => HMK(r) && ts(r) === 98).length),
  },
  {
    id: 't34-tally-08',
    cat: 'tally',
    // AC
    q: '潞源街道总分拿满一百分的项目有几个',
    expect: (d) => d.count(F(d, (r) => LY(r) && ts(r) === 100).length),
  },
  {
    id: 't34-tally-09',
    cat: 'tally',
    // AC
    q: '城相管理办公室一共多少个项目 就是大红门那个城管办',
    expect: (d) =>
      d.countRange(F(d, CX).length, F(d, (r) => CX(r) || ['003-054', '003-095'].includes(r.id)).length),
  },
  {
    id: 't34-tally-10',
    cat: 'tally',
    // AC
    q: '咱这些表里头二零二零年的一共有几张',
    expect: (d) => d.count(F(d, yr(2020)).length),
  },
  {
    id: 't34-tally-11',
    cat: 'tally',
    // AD
    q: '按负责人统计一下，每个人名下各有几个项目',
    expect: (d) => {
      const named = F(d, (r) => !blank(r.owner));
      const asWritten = tallyBy(
        named,
        (r) => norm(r.owner),
        () => 1,
      );
      const split = {};
      for (const r of named) for (const o of norm(r.owner).split('、')) split[o] = (split[o] ?? 0) + 1;
      return d.anyOf(d.groups(asWritten), d.groups(split));
    },
  },
  {
    id: 't34-tally-12',
    cat: 'tally',
    // AD
    q: '同一个联系电话底下挂了两个以上不同负责人的，这样的电话号码有几个？',
    expect: (d) => d.countRange(sharedPhones(d, false).length, sharedPhones(d, true).length),
  },
  {
    id: 't34-tally-13',
    cat: 'tally',
    // AD
    q: '李毅飞一个人在表上留了几个不同的联系电话？',
    expect: (d) => d.count(new Set(F(d, ownerIs('李毅飞')).map((r) => norm(r.phone))).size),
  },
  {
    id: 't34-tally-14',
    cat: 'tally',
    // AD
    q: '负责人和联系电话两个都没填的项目有几个？',
    expect: (d) => d.count(F(d, (r) => noOwner(r) && noPhone(r)).length),
  },
  {
    id: 't34-tally-15',
    cat: 'tally',
    // AD
    q: '项目名称有重复的吗？重复的有几个',
    expect: (d) => {
      const m = tallyBy(
        d.all,
        (r) => norm(r.projectName),
        () => 1,
      );
      const dupNames = Object.values(m).filter((n) => n > 1);
      return d.anyOf(d.count(dupNames.length), d.count(dupNames.reduce((a, b) => a + b, 0)));
    },
  },

  // ---- order ----
  {
    id: 't34-order-01',
    cat: 'order',
    // AB
    q: '全年预算盘子最大的前五个项目',
    expect: (d) => d.topMoney(d.all, 'annualBudget', 5, 'desc'),
  },
  {
    id: 't34-order-02',
    cat: 'order',
    // AB
    q: '全年预算比年初预算调减得最多的三个项目是哪些？',
    expect: (d) =>
      d.top(
        F(d, (r) => adjust(r) != null && adjust(r) < 0),
        (r) => adjust(r),
        3,
        'asc',
      ),
  },
  {
    id: 't34-order-03',
    cat: 'order',
    // AB
    q: '执行率最低的三个项目，执行进度拖后腿的',
    expect: (d) => d.anyOf(...RATES.map((f) => d.top(d.all, f, 3, 'asc'))),
  },
  {
    id: 't34-order-04',
    cat: 'order',
    // AB
    q: '潞源街道的项目按全年执行数从高到低排一下',
    expect: (d) => ranked(d, F(d, LY), executed, 'desc'),
  },
  {
    id: 't34-order-05',
    cat: 'order',
    // AB
    q: '预算调增幅度最大的前3个项目（全年比年初多出来最多的）',
    expect: (d) =>
      d.top(
        F(d, (r) => adjust(r) != null && adjust(r) > 0),
        (r) => adjust(r),
        3,
        'desc',
      ),
  },
  {
    id: 't34-order-06',
    cat: 'order',
    // AC
    q: '河门口那边哪个项目钱最多',
    expect: (d) => d.top(F(d, HMK), annual, 1, 'desc'),
  },
  {
    id: 't34-order-07',
    cat: 'order',
    // AC
    q: '俺们大红门总分最低的是哪几个 给我排三个出来',
    expect: (d) => d.top(F(d, DHM), ts, 3, 'asc'),
  },
  {
    id: 't34-order-08',
    cat: 'order',
    // AC
    q: '潞源街道预算最少的三个项目是啥',
    expect: (d) => d.top(F(d, LY), annual, 3, 'asc'),
  },
  {
    id: 't34-order-09',
    cat: 'order',
    // AC
    q: '双井那俩项目哪个花的钱多',
    expect: (d) => d.top(F(d, SJ), executed, 1, 'desc'),
  },
  {
    id: 't34-order-10',
    cat: 'order',
    // AC
    q: '发改委的项目按总分从低往高排一下 没分的放后头',
    expect: (d) => {
      const e = ranked(d, F(d, FG), ts, 'asc');
      const nulls = F(d, (r) => FG(r) && ts(r) == null).map((r) => norm(r.projectName));
      return { ...e, may: [...e.may, ...nulls] };
    },
  },
  {
    id: 't34-order-11',
    cat: 'order',
    // AD
    q: '负责项目数量最多的前三个负责人，各负责几个',
    expect: (d) => {
      const m = tallyBy(
        F(d, (r) => !blank(r.owner)),
        (r) => norm(r.owner),
        () => 1,
      );
      const top = Object.entries(m)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 3);
      return d.groups(Object.fromEntries(top));
    },
  },
  {
    id: 't34-order-12',
    cat: 'order',
    // AD
    q: '赵康负责的项目里全年预算最大的三个',
    expect: (d) => d.top(F(d, ownerIs('赵康')), annual, 3, 'desc'),
  },
  {
    id: 't34-order-13',
    cat: 'order',
    // AD
    q: '牛艳维负责的项目，按全年执行数从小到大列前五个',
    expect: (d) => d.top(F(d, ownerIs('牛艳维')), executed, 5, 'asc'),
  },
  {
    id: 't34-order-14',
    cat: 'order',
    // AD
    q: '实施单位是平安建设办公室的项目，按全年预算从大到小列出来，共几个',
    expect: (d) =>
      d.anyOf(
        ranked(d, F(d, PA), annual, 'desc'),
        ranked(
          d,
          F(d, (r) => PA(r) || r.id === '003-095'),
          annual,
          'desc',
        ),
      ),
  },
  {
    id: 't34-order-15',
    cat: 'order',
    // AD
    q: '联系电话是67270395的项目里，全年预算最小的三个',
    expect: (d) => d.top(F(d, phoneHas('67270395')), annual, 3, 'asc'),
  },

  // ---- desk ----
  {
    id: 't34-desk-01',
    cat: 'desk',
    // AB
    q: '2023年城市居民最低生活保障，年初预算多少、调整后的全年预算多少？',
    expect: (d) => d.valueAll(R(d, '003-015'), 1320, 1168.685052),
  },
  {
    id: 't34-desk-02',
    cat: 'desk',
    // AB
    q: '大红门的城乡基层党组织服务群众经费，全年预算是不是八百多万？',
    expect: (d) => d.value(R(d, '003-018'), 839.68118),
  },
  {
    id: 't34-desk-03',
    cat: 'desk',
    // AB
    q: '通州区重大投资项目规划谋划的执行率是多少',
    expect: (d) => d.value(R(d, '002-013'), 99.99),
  },
  {
    id: 't34-desk-04',
    cat: 'desk',
    // AB
    q: '晨光路拆迁资金全年执行了多少元？按元说',
    expect: (d) => d.value(R(d, '003-091'), 13422393),
  },
  {
    id: 't34-desk-05',
    cat: 'desk',
    // AB
    q: '2023年节能专项资金的总分是多少分',
    expect: (d) => d.empty(R(d, '002-006')),
  },
  {
    id: 't34-desk-06',
    cat: 'desk',
    // AC
    q: '习风园改造那个项目最后打了多少分',
    expect: (d) => d.value(R(d, '004-011'), 97),
  },
  {
    id: 't34-desk-07',
    cat: 'desk',
    // AC
    q: '朗清园警务室那个装修的项目是谁负责的啊',
    expect: (d) => d.empty(R(d, '000-006')),
  },
  {
    id: 't34-desk-08',
    cat: 'desk',
    // AC
    q: '公益电影放映补贴得了几分',
    expect: (d) => d.value(R(d, '000-027'), 99),
  },
  {
    id: 't34-desk-09',
    cat: 'desk',
    // AC
    q: '大红门南里十一号楼外环境那个微整治花了多少钱',
    expect: (d) => d.value(R(d, '003-118'), 86.04472),
  },
  {
    id: 't34-desk-10',
    cat: 'desk',
    // AC
    q: '三线干部建设学院那个项目实际完成情况写的啥',
    expect: (d) => d.value(R(d, '004-008'), '已按要求打造社区文化活动场所'),
  },
  {
    id: 't34-desk-11',
    cat: 'desk',
    // AD
    q: '通州区“经济大脑”服务项目的负责人和联系电话',
    expect: (d) => d.valueAll(R(d, '002-005'), '张旖斐', '69547757'),
  },
  {
    id: 't34-desk-12',
    cat: 'desk',
    // AD
    q: '法律顾问这个项目表上留的联系电话是多少',
    expect: (d) => d.value(R(d, '002-001'), '695468784'),
  },
  {
    id: 't34-desk-13',
    cat: 'desk',
    // AD
    q: '大红门地区工作专班工作经费的负责人填的是谁',
    expect: (d) => d.valueAll(R(d, '003-095'), '赵路广', '孟卓聪'),
  },
  {
    id: 't34-desk-14',
    cat: 'desk',
    // AD
    q: '2023年城镇登记失业人员送温暖(市属)这个项目，主管部门和实施单位分别填的什么',
    expect: (d) => d.valueAll(R(d, '003-020'), '便民服务中心', '大红门街道办事处'),
  },
  {
    id: 't34-desk-15',
    cat: 'desk',
    // AD
    q: '统计所经费的实施单位是哪个',
    expect: (d) => d.value(R(d, '000-001'), '北京市通州区潞源街道办事处'),
  },

  // ---- rows ----
  {
    id: 't34-rows-01',
    cat: 'rows',
    // AB
    q: '2023年城市居民最低生活保障哪个指标扣分了，扣了几分？',
    expect: (d) => d.valueAll(R(d, '003-015'), '服务对象满意度', 5),
  },
  {
    id: 't34-rows-02',
    cat: 'rows',
    // AB
    q: '经济效益指标没拿满分的项目有哪些？',
    expect: (d) => d.set(F(d, (r) => rows(r).some((i) => shortRow(i) && l2Has('经济效益')(i)))),
  },
  {
    id: 't34-rows-03',
    cat: 'rows',
    // AB
    q: '晨光路拆迁资金的满意度指标，分值多少，实际得了多少？',
    expect: (d) => d.valueAll(R(d, '003-091'), 5, 0),
  },
  {
    id: 't34-rows-04',
    cat: 'rows',
    // AB
    q: '数量指标被扣了分的项目有哪几个',
    expect: (d) => d.set(F(d, (r) => rows(r).some((i) => shortRow(i) && l2Has('数量')(i)))),
  },
  {
    id: 't34-rows-05',
    cat: 'rows',
    // AB
    q: '2023年节能专项资金一共设了几条三级指标？',
    expect: (d) => d.count(nRows(R(d, '002-006'))),
  },
  {
    id: 't34-rows-06',
    cat: 'rows',
    // AC
    q: '公益电影放映补贴哪个指标扣了分 扣分的原因写的啥',
    expect: (d) => d.value(R(d, '000-027'), '参与观活动人群固定范覆盖有限'),
  },
  {
    id: 't34-rows-07',
    cat: 'rows',
    // AC
    q: '河门口街道哪些项目满意度没拿满分',
    expect: (d) =>
      d.set(
        F(
          d,
          (r) => HMK(r) && satRows(r).some((i) => i.weight != null && i.score != null && i.score < i.weight),
        ),
      ),
  },
  {
    id: 't34-rows-08',
    cat: 'rows',
    // AC
    q: '习风园改造项目那个居民满意度实际完成的是多少',
    expect: (d) => d.value(R(d, '004-011'), '90%', '满意度达90'),
  },
  {
    id: 't34-rows-09',
    cat: 'rows',
    // AC
    q: '下沉协管员经费里头协管员人数那个指标 指标值是多少 实际是多少',
    expect: (d) => d.valueAll(R(d, '000-026'), '≤43人', '43人'),
  },
  {
    id: 't34-rows-10',
    cat: 'rows',
    // AC
    q: '潞源那个社区公益事业补助资金 参与人数实际弄了多少人次',
    expect: (d) => d.value(R(d, '000-018'), 12097),
  },
  {
    id: 't34-rows-11',
    cat: 'rows',
    // AD
    q: '扣了分但是偏差原因分析空着没写的项目，列出来，一共几个',
    expect: (d) => d.set(F(d, devMissing)),
  },
  {
    id: 't34-rows-12',
    cat: 'rows',
    // AD
    q: '满意度指标得了0分的项目有哪些',
    expect: (d) =>
      d.setTol(
        F(d, (r) => satRows(r).some((i) => i.score === 0)),
        F(d, satDoubt),
      ),
  },
  {
    id: 't34-rows-13',
    cat: 'rows',
    // AD
    q: '哪些项目有三级指标的实际完成值是空着的，列一下',
    // the pdf-text records (003) misread many of these rows (003-012: 「发放人员数量 39 人 39 人」 read as the name with the
    // actual empty; 003-048: the satisfaction row shifted, its empty actual read as 「达到 95%」): a 003 form is optional
    // when its record shows such a row, or when its satisfaction survey was not done (the text leaves that actual empty)
    expect: (d) => {
      const flagged = (r) => rows(r).some((i) => i.weight && blank(i.actual));
      return d.setTol(
        F(d, (r) => flagged(r) && r.format !== 'pdf-text'),
        F(d, (r) => r.format === 'pdf-text' && (flagged(r) || satNotDone(r) || satDoubt(r))),
      );
    },
  },
  {
    id: 't34-rows-14',
    cat: 'rows',
    // AD
    q: '拿了满分却还写了偏差原因的指标有几条？',
    expect: (d) => {
      let all = 0;
      let real = 0;
      for (const r of d.all)
        for (const i of rows(r))
          if (i.weight != null && i.score === i.weight && !blank(i.deviation)) {
            all++;
            if (!/^(无|\/|—|-)$/.test(norm(i.deviation))) real++;
          }
      return d.anyOf(d.count(real), d.count(all));
    },
  },
  {
    id: 't34-rows-15',
    cat: 'rows',
    // AD
    q: '三级指标超过15条的项目有哪些，各有几条',
    expect: (d) => d.set(F(d, (r) => nRows(r) > 15)),
  },

  // ---- audit ----
  {
    id: 't34-audit-01',
    cat: 'audit',
    // AB
    q: '执行率写的100%，但执行数其实没到全年预算的项目有没有？',
    expect: (d) => d.set(F(d, roundedUp)),
  },
  {
    id: 't34-audit-02',
    cat: 'audit',
    // AB
    q: '预算执行得分算错了的项目有哪些',
    expect: (d) =>
      d.setTol(
        F(d, (r) => budgetScoreOff(r) && !budgetRowDoubt(r)),
        F(d, budgetRowDoubt),
      ),
  },
  {
    id: 't34-audit-03',
    cat: 'audit',
    // AB
    q: '总分那一栏空着没填的项目有几个？',
    expect: (d) => d.count(F(d, (r) => ts(r) == null).length),
  },
  {
    id: 't34-audit-04',
    cat: 'audit',
    // AB
    q: '执行率跟执行数除以预算数算出来对不上的项目',
    expect: (d) => d.setTol(F(d, rateOff), F(d, rateDiff)),
  },
  {
    id: 't34-audit-05',
    cat: 'audit',
    // AB
    q: '年初预算数没填的项目有多少个？',
    expect: (d) => d.count(F(d, (r) => initial(r) == null).length),
  },
  {
    id: 't34-audit-06',
    cat: 'audit',
    // AC
    q: '俺们这些表有没有分值加起来不是一百的 有几个',
    expect: (d) => d.count(F(d, weightOff).length),
  },
  {
    id: 't34-audit-07',
    cat: 'audit',
    // AC
    q: '哪些项目满意度调查没做啊',
    expect: (d) => noSurvey(d),
  },
  {
    id: 't34-audit-08',
    cat: 'audit',
    // AC
    q: '那个啥 哪些项目压根没有效益指标',
    expect: (d) =>
      d.setTol(
        F(d, (r) => !rows(r).some((i) => norm(i.level1).includes('效益')) && !r._benefitInText),
        F(d, (r) => !rows(r).some((i) => norm(i.level1).includes('效益'))),
      ),
  },
  {
    id: 't34-audit-09',
    cat: 'audit',
    // AC
    q: '总分跟各项得分加起来对不上的有几个',
    // TOTAL_MISMATCH (budget 得分 + Σ 得分), or the forms whose 总分 is neither that sum nor Σ 得分 alone (the 003 forms
    // weigh their indicators at 100 besides the budget's 10, and state Σ 得分)
    expect: (d) => {
      const sum = (r) => rows(r).reduce((s, i) => s + (i.score ?? 0), 0);
      return d.anyOf(
        d.count(F(d, totalOff).length),
        d.count(F(d, (r) => totalOff(r) && Math.abs(ts(r) - sum(r)) > 0.1).length),
      );
    },
  },
  {
    id: 't34-audit-10',
    cat: 'audit',
    // AC
    q: '河门口那几个 扣了分又没写原因的是哪些',
    expect: (d) => d.set(F(d, (r) => HMK(r) && devMissing(r))),
  },
  {
    id: 't34-audit-11',
    cat: 'audit',
    // AD
    q: '负责人没填的项目全部列出来，一共多少个',
    expect: (d) => d.set(F(d, noOwner)),
  },
  {
    id: 't34-audit-12',
    cat: 'audit',
    // AD
    q: '联系电话位数不对的（不是8位也不是11位）有哪些项目',
    expect: (d) =>
      d.setTol(
        F(
          d,
          (r) => !blank(r.phone) && /^\d+$/.test(norm(r.phone)) && ![8, 11].includes(norm(r.phone).length),
        ),
        F(d, (r) => !blank(r.phone) && !/^\d+$/.test(norm(r.phone))),
      ),
  },
  {
    id: 't34-audit-13',
    cat: 'audit',
    // AD
    q: '主管部门和实施单位好像填反了的项目有哪些',
    expect: (d) =>
      d.setTol(
        F(
          d,
          (r) =>
            DHM(r) &&
            norm(r.implementingUnit) === '大红门街道办事处' &&
            !norm(r.department).includes('大红门'),
        ),
        F(d, (r) => r.id === '002-001'),
      ),
  },
  {
    id: 't34-audit-14',
    cat: 'audit',
    // AD
    q: '一个联系电话对应了好几个不同负责人的，把涉及的项目都列出来',
    expect: (d) => {
      const strict = new Set(sharedPhones(d, false));
      const wide = new Set(sharedPhones(d, true));
      return d.setTol(
        F(d, (r) => !blank(r.owner) && strict.has(norm(r.phone))),
        F(
          d,
          (r) =>
            !blank(r.owner) &&
            String(r.phone ?? '')
              .normalize('NFKC')
              .split(/[、,，]/)
              .some((p) => wide.has(p)),
        ),
      );
    },
  },
  {
    id: 't34-audit-15',
    cat: 'audit',
    // AD
    q: '联系电话填了、负责人却空着的项目有几个，是哪些',
    expect: (d) => d.set(F(d, (r) => noOwner(r) && !noPhone(r))),
  },

  // ---- no ----
  {
    id: 't34-no-01',
    cat: 'no',
    // AB
    q: '2024年的预算执行进度怎么样了？',
    expect: (d) => noYear(d, '2024', 2024),
  },
  {
    id: 't34-no-02',
    cat: 'no',
    // AB
    q: '把统计所经费的全年预算改成12万元',
    expect: (d) => d.refuse('改成'),
  },
  {
    id: 't34-no-03',
    cat: 'no',
    // AB
    q: '一季度各项目的预算执行进度是多少',
    expect: (d) => d.refuse('一季度'),
  },
  {
    id: 't34-no-04',
    cat: 'no',
    // AB
    q: '区教育局的项目预算调整了多少？',
    expect: (d) => d.anyOf(d.refuse('教育局'), d.set([])),
  },
  {
    id: 't34-no-05',
    cat: 'no',
    // AB
    q: '各项目的政府采购金额加起来是不是超过三千万了',
    expect: (d) => d.refuse('采购'),
  },
  {
    id: 't34-no-06',
    cat: 'no',
    // AC
    q: '俺们社区明年的经费能批下来多少',
    expect: (d) => d.anyOf(d.refuse('明年'), d.refuse('2027')),
  },
  {
    id: 't34-no-07',
    cat: 'no',
    // AC
    q: '喂喂 能听见不 喂',
    expect: (d) => d.refuse('喂'),
  },
  {
    id: 't34-no-08',
    cat: 'no',
    // AC
    q: '海淀区那边的项目钱花完没有',
    expect: (d) => d.anyOf(d.refuse('海淀'), d.set([])),
  },
  {
    id: 't34-no-09',
    cat: 'no',
    // AC
    q: '张建国书记负责的那几个项目咋样了',
    expect: (d) => d.anyOf(d.refuse('张建国'), d.set([])),
  },
  {
    id: 't34-no-10',
    cat: 'no',
    // AC
    q: '给居民发的米面油多少钱一袋',
    expect: (d) => d.refuse('米面油'),
  },
  {
    id: 't34-no-11',
    cat: 'no',
    // AD
    q: '各项目负责人的身份证号码列一下',
    expect: (d) => d.refuse('身份证'),
  },
  {
    id: 't34-no-12',
    cat: 'no',
    // AD
    q: '每个项目的合同签订日期是哪天',
    expect: (d) => d.refuse('合同'),
  },
  {
    id: 't34-no-13',
    cat: 'no',
    // AD
    q: '王建华负责了哪些项目',
    expect: (d) => d.anyOf(d.refuse('王建华'), d.set([])),
  },
  {
    id: 't34-no-14',
    cat: 'no',
    // AD
    q: '这些项目的供应商联系人和电话是谁',
    expect: (d) => d.refuse('供应商'),
  },
  {
    id: 't34-no-15',
    cat: 'no',
    // AD
    q: '把牛艳维的联系电话从所有表里删掉',
    expect: (d) => d.refuse('删'),
  },

  // ---- talk ----
  {
    id: 't34-talk-01',
    cat: 'talk',
    // AB
    pre: '大红门街道全年预算合计多少万元',
    q: '那潞源呢',
    expect: (d) => d.number(d.sum(F(d, LY), annual)),
  },
  {
    id: 't34-talk-02',
    cat: 'talk',
    // AB
    pre: '执行率最低的五个项目',
    q: '只看潞源街道的',
    expect: (d) => d.anyOf(...RATES.map((f) => d.top(F(d, LY), f, 5, 'asc'))),
  },
  {
    id: 't34-talk-03',
    cat: 'talk',
    // AB
    q: '2023年的项目一共多少个？全年预算合计多少亿元？',
    expect: (d) => allOf(d.count(F(d, yr(2023)).length), yi(d, F(d, yr(2023)), 'annualBudget')),
  },
  {
    id: 't34-talk-04',
    cat: 'talk',
    // AB
    pre: '发改委的项目有哪些',
    q: '这些一共多少钱',
    expect: (d) => sumOf(d, F(d, FG), 'annualBudget'),
  },
  {
    id: 't34-talk-05',
    cat: 'talk',
    // AB
    pre: '年初预算和全年预算不一样的项目有哪些',
    q: '其中调减的有几个',
    expect: (d) => d.count(F(d, (r) => adjust(r) != null && adjust(r) < 0).length),
  },
  {
    id: 't34-talk-06',
    cat: 'talk',
    // AC
    pre: '河门口的项目有哪些',
    q: '那它们总分平均是多少',
    expect: (d) => d.avg(F(d, HMK), ts),
  },
  {
    id: 't34-talk-07',
    cat: 'talk',
    // AC
    pre: '赵康负责几个项目',
    q: '他电话多少',
    expect: (d) =>
      d.anyOf(
        loneValue(['67270395', '67270330']),
        withColumn(d, '电话', F(d, ownerIs('赵康')), (r) => r.phone),
      ),
  },
  {
    id: 't34-talk-08',
    cat: 'talk',
    // AC
    q: '大红门总分低于96分的有几个 分别是哪几个',
    expect: (d) => {
      const rs = F(d, (r) => DHM(r) && ts(r) != null && ts(r) < 96);
      return allOf(d.count(rs.length), d.set(rs));
    },
  },
  {
    id: 't34-talk-09',
    cat: 'talk',
    // AC
    pre: '潞源街道哪些项目没有填负责人',
    q: '那电话呢 电话有没有空着没填的',
    expect: (d) => d.set(F(d, (r) => LY(r) && noPhone(r))),
  },
  {
    id: 't34-talk-10',
    cat: 'talk',
    // AC
    pre: '民生保障办公室的项目有几个',
    q: '这里头满意度没做的有几个',
    expect: (d) => {
      const c = (f) => F(d, (r) => MS(r) && f(r)).length;
      const doubt = c(satDoubt);
      const a = c(satNotDone);
      const b = c((r) => satNotDone(r) || satRows(r).length === 0);
      return d.anyOf(d.countRange(a, a + doubt), d.countRange(b, b + doubt));
    },
  },
  {
    id: 't34-talk-11',
    cat: 'talk',
    // AD
    pre: '李毅飞负责的项目有哪些',
    q: '把联系电话也列上',
    expect: (d) => withColumn(d, '电话', F(d, ownerIs('李毅飞')), (r) => r.phone),
  },
  {
    id: 't34-talk-12',
    cat: 'talk',
    // AD
    q: '张宏负责几个项目？他的联系电话是多少？',
    expect: (d) =>
      allOf(
        d.count(F(d, ownerIs('张宏')).length),
        d.anyOf(
          loneValue(['67270368', '67270353']),
          withColumn(d, '电话', F(d, ownerIs('张宏')), (r) => r.phone),
        ),
      ),
  },
  {
    id: 't34-talk-13',
    cat: 'talk',
    // AD
    pre: '负责人没填的项目',
    q: '按主管部门统计一下个数',
    expect: (d) =>
      d.groups(
        tallyBy(
          F(d, noOwner),
          (r) => norm(r.department),
          () => 1,
        ),
      ),
  },
  {
    id: 't34-talk-14',
    cat: 'talk',
    // AD
    pre: '王丽负责的项目有哪些',
    q: '她留的联系电话都有哪几个',
    expect: (d) =>
      d.anyOf(
        loneValue([...new Set(F(d, ownerIs('王丽')).map((r) => r.phone))], true),
        withColumn(d, '电话', F(d, ownerIs('王丽')), (r) => r.phone),
      ),
  },
  {
    id: 't34-talk-15',
    cat: 'talk',
    // AD
    pre: '联系电话是67270343的项目有哪些',
    q: '负责人都是谁',
    expect: (d) =>
      d.anyOf(
        loneValue(['孟卓聪']),
        withColumn(d, '负责人', F(d, phoneHas('67270343')), (r) => r.owner),
      ),
  },
];
