// The fresh part (stop 25, helper "fresh"): portfolio questions written by an author who had not read src/query,
// src/bot, src/extract, src/channels nor any other question file; expectations computed from the records by ../lib and
// ./helpers.mjs only. Tuning material, not split. Categories and definitions: ../README.md.
import {
  blank,
  budgetScore,
  inUnit,
  money,
  norm,
  ownerMissing,
  phoneMissing,
  rate,
  rateComputed,
  rows,
} from '../lib/corpus.mjs';
import {
  allOf,
  atMost,
  bestPerGroup,
  both,
  bothMoney,
  conv,
  countGap,
  exact,
  F,
  gapBoth,
  groupCount,
  l1Has,
  l2Has,
  lostPts,
  moneyBand,
  moneyBandCount,
  noYear,
  nth,
  own,
  ownTol,
  PCT,
  placeCount,
  placePools,
  placeSum,
  rankOf,
  rowCount,
  sumBy,
  tallyBy,
  ts,
  y,
} from '../lib/shorthands.mjs';
import {
  at,
  bare,
  below100,
  leftover,
  nonEmpty,
  P,
  rowNamed,
  rowNoActual,
  rowVals,
  shortRow,
  yi,
} from './helpers.mjs';

const LY = at('000');
const SJ = at('001');
const FGW = at('002');
const DHM = at('003');
const HMK = at('004');
const ab = (r) => money(r, 'annualBudget');
const ex = (r) => money(r, 'executed');

export const questions = [
  // ---------------------------------------------------------------- fr-ind: indicator rows, columns and cells
  {
    id: 'fr-ind-01',
    cat: 'fr-ind',
    q: '统计所经费这个项目下面都填了哪些三级指标？',
    expect: (d) => {
      const r = P(d, '统计所经费');
      return d.valueAll(
        r,
        ...new Set(
          rowVals(
            r,
            () => true,
            (i) => bare(i.name),
          ),
        ),
      );
    },
  },
  {
    id: 'fr-ind-02',
    cat: 'fr-ind',
    q: '公益电影放映补贴里播放场次那条指标，实际完成了多少场',
    expect: (d) => d.value(P(d, '公益电影放映补贴'), 148),
  },
  {
    id: 'fr-ind-03',
    cat: 'fr-ind',
    q: '公益电影放映补贴哪条指标扣分了？偏差原因是怎么写的',
    expect: (d) => d.value(P(d, '公益电影放映补贴'), '参与观活动人群固定范覆盖有限'),
  },
  {
    id: 'fr-ind-04',
    cat: 'fr-ind',
    q: '改制企业家属区管理经费有几条指标没拿满分',
    expect: (d) => d.count(rows(P(d, '改制企业家属区管理经费')).filter(shortRow).length),
  },
  {
    id: 'fr-ind-05',
    cat: 'fr-ind',
    q: '河门口那边所有项目加起来，被扣过分的三级指标一共有多少条？',
    expect: (d) => d.count(rowCount(F(d, HMK), shortRow)),
  },
  {
    id: 'fr-ind-06',
    cat: 'fr-ind',
    q: '双井街道疫情防控资金—基本户一共几个三级指标',
    expect: (d) => d.count(rows(P(d, '双井街道疫情防控资金—基本户')).length),
  },
  {
    id: 'fr-ind-07',
    cat: 'fr-ind',
    q: '发改委的项目中，三级指标填了超过10条的是哪几个',
    expect: (d) => d.set(F(d, (r) => FGW(r) && rows(r).length > 10)),
  },
  {
    id: 'fr-ind-08',
    cat: 'fr-ind',
    q: '经济大脑服务项目的成本指标，年度指标值写的是多少？',
    expect: (d) => d.value(P(d, '通州区“经济大脑”服务项目'), '3332440.18'),
  },
  {
    id: 'fr-ind-09',
    cat: 'fr-ind',
    q: '2023年接诉即办奖励金 满意度那一行 实际完成值',
    expect: (d) => d.value(P(d, '2023年接诉即办奖励金'), '96%'),
  },
  {
    id: 'fr-ind-10',
    cat: 'fr-ind',
    q: '潞源街道哪些项目有指标的实际完成值没填？',
    expect: (d) => d.set(F(d, (r) => LY(r) && rows(r).some(rowNoActual))),
  },
  {
    id: 'fr-ind-11',
    cat: 'fr-ind',
    q: '习风园改造项目时效指标的指标值填的什么',
    expect: (d) => d.value(P(d, '习风园改造项目'), '2020年底'),
  },
  {
    id: 'fr-ind-12',
    cat: 'fr-ind',
    q: '习风园改造项目按一级指标分，产出、效益、满意度各有几条指标',
    expect: (d) =>
      d.groups(
        tallyBy(
          rows(P(d, '习风园改造项目')).map((i) => ({ k: norm(i.level1) })),
          (x) => x.k,
          () => 1,
        ),
      ),
  },
  {
    id: 'fr-ind-13',
    cat: 'fr-ind',
    q: '全部表里，二级指标是生态效益指标的一共多少行',
    expect: (d) => d.count(rowCount(d.all, l2Has('生态效益'))),
  },
  {
    id: 'fr-ind-14',
    cat: 'fr-ind',
    q: '副中心产业高质量发展评估体系那个项目，满意度指标得了几分',
    expect: (d) => d.value(P(d, '北京城市副中心产业高质量发展评估体系设计及持续跟踪项目'), 10),
  },
  {
    id: 'fr-ind-15',
    cat: 'fr-ind',
    q: '统计所经费两条质量指标的分值加一起是多少',
    expect: (d) =>
      d.value(
        P(d, '统计所经费'),
        rows(P(d, '统计所经费'))
          .filter(l2Has('质量'))
          .reduce((s, i) => s + i.weight, 0),
      ),
  },
  {
    id: 'fr-ind-16',
    cat: 'fr-ind',
    q: '统计所经费里分值最高的是哪条指标',
    expect: (d) => d.value(P(d, '统计所经费'), '遵循街道各项工作规范'),
  },
  {
    id: 'fr-ind-17',
    cat: 'fr-ind',
    q: '河西锦苑小区电梯维护经费 经济效益指标扣了1分 偏差原因有没有写',
    expect: (d) => d.empty(P(d, '河西锦苑小区电梯维护经费')),
  },
  {
    id: 'fr-ind-18',
    cat: 'fr-ind',
    q: '有多少条指标是一分没得的（得分0分）？',
    expect: (d) => d.count(rowCount(d.all, (i) => i.weight > 0 && i.score === 0)),
  },
  {
    id: 'fr-ind-19',
    cat: 'fr-ind',
    q: '河门口街道的三级指标名称里带“满意度”三个字的有多少条',
    expect: (d) => d.count(rowCount(F(d, HMK), rowNamed('满意度'))),
  },
  {
    id: 'fr-ind-20',
    cat: 'fr-ind',
    q: '哪个项目的绩效指标条数最多',
    expect: (d) => d.top(d.all, (r) => rows(r).length, 1, 'desc'),
  },
  {
    id: 'fr-ind-21',
    cat: 'fr-ind',
    q: '有没有只填了两条绩效指标的项目，是哪个',
    expect: (d) => d.set(F(d, (r) => rows(r).length === 2)),
  },
  {
    id: 'fr-ind-22',
    cat: 'fr-ind',
    q: '政法委群防群治补助经费的数量指标，指标值和实际完成值分别是多少',
    expect: (d) => d.valueAll(P(d, '政法委群防群治补助经费'), '≥600', '521'),
  },
  {
    id: 'fr-ind-23',
    cat: 'fr-ind',
    q: '发改委各项目时效指标的分值合计',
    expect: (d) =>
      d.number(
        F(d, FGW).reduce(
          (s, r) =>
            s +
            rows(r)
              .filter(l2Has('时效'))
              .reduce((t, i) => t + (i.weight ?? 0), 0),
          0,
        ),
      ),
  },
  {
    id: 'fr-ind-24',
    cat: 'fr-ind',
    q: '接诉即办-社区这个项目的社工办单奖励 实际完成多少',
    expect: (d) => d.value(P(d, '接诉即办-社区'), '66'),
  },
  {
    id: 'fr-ind-25',
    cat: 'fr-ind',
    q: '重点区域精细化管控项目的数量指标都是啥，列一下',
    expect: (d) => {
      const r = P(d, '2023年通州区潞源街道重点区域精细化管控项目');
      return d.valueAll(r, ...rowVals(r, l2Has('数量'), (i) => bare(i.name)));
    },
  },
  {
    id: 'fr-ind-26',
    cat: 'fr-ind',
    q: '河门口每个项目各被扣了多少分（只算指标那几行）',
    expect: (d) =>
      d.groups(
        Object.fromEntries(
          F(d, HMK).map((r) => [r.projectName, rows(r).reduce((s, i) => s + lostPts(i), 0)]),
        ),
      ),
  },
  {
    id: 'fr-ind-27',
    cat: 'fr-ind',
    q: '2020年那批表里，满意度指标扣分的有哪些项目',
    expect: (d) =>
      d.set(F(d, (r) => r.year === 2020 && rows(r).some((i) => l1Has('满意度')(i) && shortRow(i)))),
  },
  {
    id: 'fr-ind-28',
    cat: 'fr-ind',
    q: '指标值写“优良中差”的指标在潞源街道一共有几条呀',
    // 「定性优良中差」 writes 优良中差 too: both counts are right
    expect: (d) =>
      d.anyOf(
        d.count(rowCount(F(d, LY), (i) => norm(i.target) === '优良中差')),
        d.count(rowCount(F(d, LY), (i) => norm(i.target).includes('优良中差'))),
      ),
  },
  {
    id: 'fr-ind-29',
    cat: 'fr-ind',
    q: '法律顾问项目那些指标的得分加起来一共多少（不算预算执行那行）',
    expect: (d) =>
      d.value(
        P(d, '法律顾问'),
        rows(P(d, '法律顾问')).reduce((t, i) => t + (i.score ?? 0), 0),
      ),
  },
  {
    id: 'fr-ind-30',
    cat: 'fr-ind',
    q: '习风园改造项目扣分那几条指标的偏差原因',
    expect: (d) => d.empty(P(d, '习风园改造项目')),
  },
  {
    id: 'fr-ind-31',
    cat: 'fr-ind',
    q: '统计所经费的指标评分细则是怎么规定的',
    expect: (d) => d.refuse('评分细则'),
  },
  {
    id: 'fr-ind-32',
    cat: 'fr-ind',
    q: '哪些指标是经过专家论证的？',
    expect: (d) => d.refuse('专家论证'),
  },
  {
    id: 'fr-ind-33',
    cat: 'fr-ind',
    q: '公益电影放映补贴每条指标的权重系数和标杆值',
    expect: (d) => d.refuse('标杆值'),
  },
  {
    id: 'fr-ind-34',
    cat: 'fr-ind',
    q: '双井两个疫情防控项目，资金总额那条指标的指标值分别写的多少',
    expect: (d) =>
      allOf(
        d.value(P(d, '双井街道疫情防控资金—基本户'), '6.5万元'),
        d.value(P(d, '双井街道疫情防控资金-其他零余额专项'), '32.9万元'),
      ),
  },
  {
    id: 'fr-ind-35',
    cat: 'fr-ind',
    q: '四上统计工作人员奖励经费项目 丢分的指标是哪几条',
    expect: (d) => {
      const r = P(d, '“四上”统计工作人员奖励经费项目');
      return d.valueAll(r, ...new Set(rowVals(r, shortRow, (i) => bare(i.name))));
    },
  },
  {
    id: 'fr-ind-36',
    cat: 'fr-ind',
    q: '满意度这个一级指标下面，被扣了分的指标全库一共多少条',
    expect: (d) => {
      const lo = rowCount(d.all, (i) => l1Has('满意度')(i) && shortRow(i));
      const hi = lo + rowCount(d.all, (i) => !l1Has('满意度')(i) && rowNamed('满意度')(i) && shortRow(i));
      return d.countRange(lo, hi);
    },
  },
  {
    id: 'fr-ind-37',
    cat: 'fr-ind',
    q: '潞源街道各项目的绩效目标有没有细化量化，哪些没量化',
    expect: (d) => d.refuse('量化'),
  },
  {
    id: 'fr-ind-38',
    cat: 'fr-ind',
    q: '产出指标里哪些附了佐证材料',
    expect: (d) => d.refuse('佐证材料'),
  },
  {
    id: 'fr-ind-39',
    cat: 'fr-ind',
    q: '服务对象满意度调查的样本量一般是多少人',
    expect: (d) => d.refuse('样本量'),
  },

  // ---------------------------------------------------------------- fr-arith: arithmetic in words
  {
    id: 'fr-arith-01',
    cat: 'fr-arith',
    q: '统计所经费加上统计站（室），全年预算一共多少万',
    expect: (d) => d.number(ab(P(d, '统计所经费')) + ab(P(d, '统计站（室）'))),
  },
  {
    id: 'fr-arith-02',
    cat: 'fr-arith',
    q: '潞源的2023年下沉协管员经费比2023年接诉即办奖励金多了多少钱',
    expect: (d) =>
      gapBoth(
        d,
        (m) =>
          m(P(d, '2023年下沉协管员经费'), 'annualBudget') - m(P(d, '2023年接诉即办奖励金'), 'annualBudget'),
      ),
  },
  {
    id: 'fr-arith-03',
    cat: 'fr-arith',
    q: '潞源街道平均一个项目预算多少',
    expect: (d) => d.avg(F(d, LY), ab),
  },
  {
    id: 'fr-arith-04',
    cat: 'fr-arith',
    q: '晨光路拆迁资金全年执行数折成元是多少',
    expect: (d) => d.number(ex(P(d, '晨光路拆迁资金')) * 10000, 1),
  },
  {
    id: 'fr-arith-05',
    cat: 'fr-arith',
    q: '双井那两个项目预算合计多少元？',
    expect: (d) => d.number(F(d, SJ).reduce((s, r) => s + ab(r), 0) * 10000, 1),
  },
  {
    id: 'fr-arith-06',
    cat: 'fr-arith',
    q: '通州区重大投资项目规划谋划还差多少没执行完',
    expect: (d) => leftover(d, [P(d, '通州区重大投资项目规划谋划')]),
  },
  {
    id: 'fr-arith-07',
    cat: 'fr-arith',
    q: '经济大脑服务项目的预算占发改委全部项目预算的百分之几',
    expect: (d) =>
      bothMoney(
        d,
        (m) =>
          (100 * m(P(d, '通州区“经济大脑”服务项目'), 'annualBudget')) / sumBy(F(d, FGW), m, 'annualBudget'),
        PCT,
      ),
  },
  {
    id: 'fr-arith-08',
    cat: 'fr-arith',
    q: '2023年社区公益事业补助资金，用执行数除以预算算出来执行率多少',
    expect: (d) => d.number(rateComputed(P(d, '2023年社区公益事业补助资金')), PCT),
  },
  {
    id: 'fr-arith-09',
    cat: 'fr-arith',
    q: '统计所经费、网络租赁购买服务、公益电影放映补贴这三个项目的全年执行数加总',
    expect: (d) =>
      d.number(['统计所经费', '网络租赁购买服务', '公益电影放映补贴'].reduce((s, n) => s + ex(P(d, n)), 0)),
  },
  {
    id: 'fr-arith-10',
    cat: 'fr-arith',
    q: '城市居民最低生活保障年初预算和全年预算差了多少',
    expect: (d) =>
      gapBoth(
        d,
        (m) =>
          m(P(d, '2023 年城市居民最低生活保障'), 'initialBudget') -
          m(P(d, '2023 年城市居民最低生活保障'), 'annualBudget'),
      ),
  },
  {
    id: 'fr-arith-11',
    cat: 'fr-arith',
    q: '老旧小区完善类改造项目的全年预算合多少亿元',
    expect: (d) => yi(d, (m) => m(P(d, '2021 年度老旧小区完善类改造项目'), 'annualBudget')),
  },
  {
    id: 'fr-arith-12',
    cat: 'fr-arith',
    q: '潞源街道的项目一共结余了多少钱没花掉',
    expect: (d) => leftover(d, F(d, LY)),
  },
  {
    id: 'fr-arith-13',
    cat: 'fr-arith',
    q: '河门口平均每个项目实际执行多少万元',
    expect: (d) => d.avg(F(d, HMK), ex),
  },
  {
    id: 'fr-arith-14',
    cat: 'fr-arith',
    q: '发改委填了总分的项目，总分平均是多少',
    expect: (d) =>
      d.avg(
        F(d, (r) => FGW(r) && ts(r) != null),
        ts,
      ),
  },
  {
    id: 'fr-arith-15',
    cat: 'fr-arith',
    q: '乡村医生基本待遇经费从年初到全年调减了多少',
    expect: (d) =>
      gapBoth(
        d,
        (m) =>
          m(P(d, '2023 年乡村医生基本待遇经费'), 'initialBudget') -
          m(P(d, '2023 年乡村医生基本待遇经费'), 'annualBudget'),
      ),
  },
  {
    id: 'fr-arith-16',
    cat: 'fr-arith',
    q: '灵活就业社会保险补贴全年预算比年初预算增加了百分之多少？',
    expect: (d) => {
      const r = P(d, '2023 年灵活就业社会保险补贴');
      return d.number((100 * (ab(r) - money(r, 'initialBudget'))) / money(r, 'initialBudget'), PCT);
    },
  },
  {
    id: 'fr-arith-17',
    cat: 'fr-arith',
    q: '牛艳维手上所有项目全年预算加起来多少',
    expect: (d) => d.sumMoney(F(d, own('牛艳维')), 'annualBudget'),
  },
  {
    id: 'fr-arith-18',
    cat: 'fr-arith',
    q: '2023年接诉即办奖励金实际花了多少元',
    expect: (d) => d.number(ex(P(d, '2023年接诉即办奖励金')) * 10000, 1),
  },
  {
    id: 'fr-arith-19',
    cat: 'fr-arith',
    q: '朗清园社区警务工作室那个项目 执行数比预算少了多少万',
    expect: (d) =>
      gapBoth(
        d,
        (m) =>
          m(P(d, '朗清园社区警务工作室装饰装修和信息化工程相关资金项目'), 'executed') -
          m(P(d, '朗清园社区警务工作室装饰装修和信息化工程相关资金项目'), 'annualBudget'),
      ),
  },
  {
    id: 'fr-arith-20',
    cat: 'fr-arith',
    q: '第三批和第四批小微项目惠民生资金，没花完的钱合起来多少',
    expect: (d) =>
      leftover(d, [P(d, '2023年第三批“小微项目惠民生”资金'), P(d, '2023年第四批“小微项目惠民生”资金')]),
  },
  {
    id: 'fr-arith-21',
    cat: 'fr-arith',
    q: '全部169个项目全年预算总共是多少亿',
    expect: (d) => yi(d, (m) => sumBy(d.all, m, 'annualBudget')),
  },
  {
    id: 'fr-arith-22',
    cat: 'fr-arith',
    q: '潞源街道的项目个数比发改委多几个',
    expect: (d) => {
      const a = F(d, LY).length;
      const fgwMust = F(d, (r) => inUnit(r, '发展和改革委员会', '发改委')).length;
      return countGap(d, [a, a], [fgwMust, F(d, FGW).length]);
    },
  },
  {
    id: 'fr-arith-23',
    cat: 'fr-arith',
    q: '潞源城乡基层党组织服务群众经费区级的执行数减市级的执行数等于多少',
    expect: (d) =>
      gapBoth(
        d,
        (m) =>
          m(P(d, '2023年城乡基层党组织服务群众经费（区级资金）'), 'executed') -
          m(P(d, '2023年城乡基层党组织服务群众经费（市级资金）'), 'executed'),
      ),
  },
  {
    id: 'fr-arith-24',
    cat: 'fr-arith',
    q: '大红门的下沉街镇城市协管员人员经费是潞源下沉协管员经费的几倍（按全年执行数）',
    expect: (d) =>
      exact(ex(P(d, '2023 年下沉街镇城市协管员人员经费')) / ex(P(d, '2023年下沉协管员经费')), 0.01),
  },
  {
    id: 'fr-arith-25',
    cat: 'fr-arith',
    q: '赵康负责的那些项目一共执行了多少万元',
    expect: (d) => d.sumMoney(F(d, own('赵康')), 'executed'),
  },
  {
    id: 'fr-arith-26',
    cat: 'fr-arith',
    q: '政府投资项目评估审核费还剩多少元没用',
    expect: (d) =>
      leftover(d, [P(d, '政府投资项目评估审核费（项目建议书、可行性研究报告、初步设计概算等）')]),
  },
  {
    id: 'fr-arith-27',
    cat: 'fr-arith',
    q: '晨光路拆迁资金减去东门里小区综合整治提升工程项目资金（全年预算）',
    expect: (d) =>
      gapBoth(
        d,
        (m) =>
          m(P(d, '晨光路拆迁资金'), 'annualBudget') -
          m(P(d, '东门里小区综合整治提升工程项目资金'), 'annualBudget'),
      ),
  },
  {
    id: 'fr-arith-28',
    cat: 'fr-arith',
    q: '总分100分的项目占全部项目的百分比',
    expect: (d) => {
      const n = F(d, (r) => ts(r) === 100).length;
      return d.anyOf(
        d.number((100 * n) / d.all.length, PCT),
        d.number((100 * n) / F(d, (r) => ts(r) != null).length, PCT),
      );
    },
  },
  {
    id: 'fr-arith-29',
    cat: 'fr-arith',
    q: '高校毕业生支农工资及五险一金，年初预算减全年预算是多少',
    expect: (d) =>
      gapBoth(
        d,
        (m) =>
          m(P(d, '2023 年高校毕业生支农工资及五险一金'), 'initialBudget') -
          m(P(d, '2023 年高校毕业生支农工资及五险一金'), 'annualBudget'),
      ),
  },
  {
    id: 'fr-arith-30',
    cat: 'fr-arith',
    q: '全年预算过1000万的项目，这些项目预算合计多少亿',
    expect: (d) => {
      const pick = (m, strict) =>
        F(
          d,
          (r) =>
            m(r, 'annualBudget') != null &&
            (strict ? m(r, 'annualBudget') > 1000 : m(r, 'annualBudget') >= 1000),
        );
      const alts = [];
      for (const m of [money, conv])
        for (const s of [true, false]) alts.push(yi(d, () => sumBy(pick(m, s), m, 'annualBudget')));
      return d.anyOf(...alts);
    },
  },
  {
    id: 'fr-arith-31',
    cat: 'fr-arith',
    q: '河门口2020年的预算合计和双井2020年的合计，相差多少',
    expect: (d) =>
      gapBoth(d, (m) => sumBy(F(d, HMK), m, 'annualBudget') - sumBy(F(d, SJ), m, 'annualBudget')),
  },
  {
    id: 'fr-arith-32',
    cat: 'fr-arith',
    q: '潞源街道2023年比2022年预算增长了多少',
    expect: (d) => noYear(d, '2022', 2022),
  },
  {
    id: 'fr-arith-33',
    cat: 'fr-arith',
    q: '发改委的项目扣完税以后实际到账多少钱',
    expect: (d) => d.refuse('税'),
  },
  {
    id: 'fr-arith-34',
    cat: 'fr-arith',
    q: '算一下大红门街道的人均项目经费是多少（按街道常住人口）',
    expect: (d) => d.refuse('常住人口'),
  },
  {
    id: 'fr-arith-35',
    cat: 'fr-arith',
    q: '疏整促专班经费全年预算换算成万元是多少',
    expect: (d) => {
      const v = money(P(d, '2023“疏整促”专班经费'), 'annualBudget');
      return d.anyOf(d.number(v), d.number(v / 10000));
    },
  },
  {
    id: 'fr-arith-36',
    cat: 'fr-arith',
    q: '统计所经费、统计站（室）和潞源街道年度人口抽样调查三个的平均预算',
    expect: (d) =>
      d.number(
        ['统计所经费', '统计站（室）', '潞源街道年度人口抽样调查'].reduce((s, n) => s + ab(P(d, n)), 0) / 3,
      ),
  },
  {
    id: 'fr-arith-37',
    cat: 'fr-arith',
    q: '大红门街道2023年上半年执行了多少钱',
    expect: (d) => d.refuse('上半年'),
  },
  {
    id: 'fr-arith-38',
    cat: 'fr-arith',
    q: '发改委的项目按季度平均，每个季度拨付多少',
    expect: (d) => d.refuse('季度'),
  },

  // ---------------------------------------------------------------- fr-story: a question wrapped in a story
  {
    id: 'fr-story-01',
    cat: 'fr-story',
    q: '我是大红门财务科的小刘，王主任刚在群里说下午三点区财政局要来对数，让我把我们民生保障办公室负责的项目全年预算合计报一下，急！',
    expect: (d) =>
      d.sumMoney(
        F(d, (r) => DHM(r) && inUnit(r, '民生保障办公室')),
        'annualBudget',
      ),
  },
  {
    id: 'fr-story-02',
    cat: 'fr-story',
    q: '审计组李处长明天过来，要河门口街道总分没到100分的项目名单，帮我拉一下',
    expect: (d) => d.set(below100(d, HMK)),
  },
  {
    id: 'fr-story-03',
    cat: 'fr-story',
    q: '科长出差前交代我，周一上班要看潞源街道执行率不是100%的项目，先给我列出来吧',
    expect: (d) =>
      nonEmpty(
        d,
        both(d, (k) => d.set(F(d, (r) => LY(r) && k(r) != null && k(r) !== 100))),
      ),
  },
  {
    id: 'fr-story-04',
    cat: 'fr-story',
    q: '刚接了个电话，区里问发改委2023年一共报了多少个项目，你帮我数数，我好回他',
    expect: (d) => placeCount(d, ['发展和改革委员会', '发改委'], '002'),
  },
  {
    id: 'fr-story-05',
    cat: 'fr-story',
    q: '老张退休了，他原来的活儿交给我了。想先知道赵康负责的项目有几个',
    expect: (d) => d.count(F(d, own('赵康')).length),
  },
  {
    id: 'fr-story-06',
    cat: 'fr-story',
    q: '纪检的同志下周来检查，领导让我先把大红门街道全年预算最高的五个项目找出来',
    expect: (d) => d.topMoney(F(d, DHM), 'annualBudget', 5, 'desc'),
  },
  {
    id: 'fr-story-07',
    cat: 'fr-story',
    q: '下午开会要用：双井街道两个项目的全年执行数合计是多少？会议室在三楼，别忘了',
    expect: (d) => d.sumMoney(F(d, SJ), 'executed'),
  },
  {
    id: 'fr-story-08',
    cat: 'fr-story',
    q: '昨天财政所的小王说有个项目执行率只有八十几，我记得是大红门的，是哪个来着',
    expect: (d) =>
      nonEmpty(
        d,
        both(d, (k) => d.set(F(d, (r) => DHM(r) && k(r) != null && k(r) >= 80 && k(r) < 90))),
      ),
  },
  {
    id: 'fr-story-09',
    cat: 'fr-story',
    q: '我们主任嫌报表太长，他只想知道2020年的项目一共多少个，预算一共多少。',
    expect: (d) => allOf(d.count(F(d, y(2020)).length), d.sumMoney(F(d, y(2020)), 'annualBudget')),
  },
  {
    id: 'fr-story-10',
    cat: 'fr-story',
    q: '上个月给区里报的数被退回来了，说满意度没做的太多。大红门满意度指标得0分的项目有几个？',
    expect: (d) => {
      const lo = F(
        d,
        (r) => DHM(r) && rows(r).some((i) => l1Has('满意度')(i) && i.weight > 0 && i.score === 0),
      ).length;
      const hi = F(
        d,
        (r) =>
          DHM(r) &&
          rows(r).some((i) => (l1Has('满意度')(i) || rowNamed('满意度')(i)) && i.weight > 0 && i.score === 0),
      ).length;
      return d.countRange(lo, hi);
    },
  },
  {
    id: 'fr-story-11',
    cat: 'fr-story',
    q: '我刚从社区调到街道，对这些表还不熟。潞源街道周蕾莹负责的项目有哪些？',
    expect: (d) => d.set(F(d, (r) => LY(r) && own('周蕾莹')(r))),
  },
  {
    id: 'fr-story-12',
    cat: 'fr-story',
    q: '区财政局绩效科的同志打电话问，发改委有哪些项目总分没填，他们那边系统里显示是空的',
    expect: (d) => d.set(F(d, (r) => FGW(r) && ts(r) == null)),
  },
  {
    id: 'fr-story-13',
    cat: 'fr-story',
    q: '书记下午要去河门口调研，想了解一下那边全年预算最多的项目是哪个',
    expect: (d) => d.topMoney(F(d, HMK), 'annualBudget', 1, 'desc'),
  },
  {
    id: 'fr-story-14',
    cat: 'fr-story',
    q: '同事说大红门有个叫晨光路的拆迁项目，总分才95，它的偏差原因是啥，我要写说明',
    expect: (d) => {
      const r = P(d, '晨光路拆迁资金');
      return d.value(r, ...rowVals(r, shortRow, (i) => i.deviation).filter((v) => !blank(v)));
    },
  },
  {
    id: 'fr-story-15',
    cat: 'fr-story',
    q: '年底了要写总结，潞源街道23年所有项目全年预算一共多少万？数要准，别估',
    expect: (d) =>
      d.sumMoney(
        F(d, (r) => LY(r) && r.year === 2023),
        'annualBudget',
      ),
  },
  {
    id: 'fr-story-16',
    cat: 'fr-story',
    q: '有群众打12345投诉说街道钱乱花，领导让查一下河门口全年执行数超过10万的项目',
    expect: (d) => moneyBand(d, 'executed', 10, Number.POSITIVE_INFINITY, HMK),
  },
  {
    id: 'fr-story-17',
    cat: 'fr-story',
    q: '小李请假了她的活我顶一下：孟卓聪负责的项目都有哪些？',
    expect: (d) => ownTol(d, '孟卓聪'),
  },
  {
    id: 'fr-story-18',
    cat: 'fr-story',
    q: '因为要迎接市里的绩效评价抽查，请帮忙统计一下大红门街道每个实施单位各有多少个项目，谢谢',
    expect: (d) => groupCount(d, (r) => r.implementingUnit, F(d, DHM)),
  },
  {
    id: 'fr-story-19',
    cat: 'fr-story',
    q: '昨晚加班到十点也没弄完……潞源街道负责人没填的项目有哪几个？',
    expect: (d) => d.set(F(d, (r) => LY(r) && ownerMissing(r))),
  },
  {
    id: 'fr-story-20',
    cat: 'fr-story',
    q: '区审计局的人问我们：2023年发改委项目全年执行数加起来是多少，要精确到小数点后两位',
    expect: (d) => placeSum(d, ['发展和改革委员会', '发改委'], ['002'], 'executed', y(2023)),
  },
  {
    id: 'fr-story-21',
    cat: 'fr-story',
    q: '我们科长老是记不住号码，李昌龙的联系电话是多少',
    expect: (d) => d.value(F(d, own('李昌龙'))[0], '69554805'),
  },
  {
    id: 'fr-story-22',
    cat: 'fr-story',
    q: '王科长让我核一下：双井街道疫情防控资金-其他零余额专项 的总分是多少，他说好像填错了',
    expect: (d) =>
      d.value(P(d, '双井街道疫情防控资金-其他零余额专项'), ts(P(d, '双井街道疫情防控资金-其他零余额专项'))),
  },
  {
    id: 'fr-story-23',
    cat: 'fr-story',
    q: '之前的会计走得急没交接，我想知道大红门街道的项目里哪些年初预算是空的，要补材料',
    expect: (d) => d.set(F(d, (r) => DHM(r) && money(r, 'initialBudget') == null)),
  },
  {
    id: 'fr-story-24',
    cat: 'fr-story',
    q: '主任在车上打电话问的，大红门那边总分低于96分的项目有几个，我在路上没电脑',
    expect: (d) => d.count(F(d, (r) => DHM(r) && ts(r) != null && ts(r) < 96).length),
  },
  {
    id: 'fr-story-25',
    cat: 'fr-story',
    q: '财政局周五要的东西：通州区所有项目中执行率最低的3个，麻烦了',
    expect: (d) => placePools(d, ['通州'], ['000', '002'], (rs) => both(d, (k) => d.top(rs, k, 3, 'asc'))),
  },
  {
    id: 'fr-story-26',
    cat: 'fr-story',
    q: '我是新来的出纳，听说要查去年的表，2025年大红门街道有多少个项目？',
    expect: (d) => noYear(d, '2025', 2025),
  },
  {
    id: 'fr-story-27',
    cat: 'fr-story',
    q: '审计说要看合同，潞源街道重点区域精细化管控项目的中标单位是哪家？',
    expect: (d) => d.refuse('中标单位'),
  },
  {
    id: 'fr-story-28',
    cat: 'fr-story',
    q: '领导问我大红门街道的绩效自评是哪个第三方机构做的，我也不知道，你这有吗',
    expect: (d) => d.refuse('第三方'),
  },
  {
    id: 'fr-story-29',
    cat: 'fr-story',
    q: '下周区人大来视察，河门口街道的项目资金都是从哪个科目列支的？',
    expect: (d) => d.refuse('科目'),
  },
  {
    id: 'fr-story-30',
    cat: 'fr-story',
    q: '张会计说我之前给她的数不对，我重新问一下：李毅飞负责的项目一共几个？',
    expect: (d) => d.count(F(d, own('李毅飞')).length),
  },
  {
    id: 'fr-story-31',
    cat: 'fr-story',
    q: '科里在准备明年预算，想参考一下：潞源街道执行率100%的项目全年预算加起来多少',
    expect: (d) =>
      both(d, (k) =>
        d.sumMoney(
          F(d, (r) => LY(r) && k(r) === 100),
          'annualBudget',
        ),
      ),
  },
  {
    id: 'fr-story-32',
    cat: 'fr-story',
    q: '上次开会刘书记点名说电话没写的要补，河门口有几个项目联系电话是空的',
    expect: (d) => d.count(F(d, (r) => HMK(r) && phoneMissing(r)).length),
  },
  {
    id: 'fr-story-33',
    cat: 'fr-story',
    q: '我在做一个PPT给局长看，需要发改委每个项目的全年预算，按从多到少排好',
    expect: (d) => d.topMoney(F(d, FGW), 'annualBudget', F(d, FGW).length, 'desc'),
  },
  {
    id: 'fr-story-34',
    cat: 'fr-story',
    q: '张宏今天休假，他负责的项目里全年执行数最少的是哪个？有人来问我替他回',
    expect: (d) => d.top(F(d, own('张宏')), ex, 1, 'asc'),
  },
  {
    id: 'fr-story-35',
    cat: 'fr-story',
    q: '区委巡察组要求整改，说我们有项目扣了分却没写原因，潞源街道有没有这种情况',
    expect: (d) => d.set(F(d, (r) => LY(r) && rows(r).some((i) => shortRow(i) && blank(i.deviation)))),
  },
  {
    id: 'fr-story-36',
    cat: 'fr-story',
    q: '财政所刘姐说要查转移支付，河门口街道的钱里有多少是上级转移支付来的',
    expect: (d) => d.refuse('转移支付'),
  },
  {
    id: 'fr-story-37',
    cat: 'fr-story',
    q: '我们街道刚换了书记，他问王建国负责几个项目',
    expect: (d) => d.anyOf(d.refuse('王建国'), d.set([])),
  },

  // ---------------------------------------------------------------- fr-scope: scope by place, person, year, amount, rate
  {
    id: 'fr-scope-01',
    cat: 'fr-scope',
    q: '大红门街道除了民生保障办公室以外的项目有多少个',
    expect: (d) => d.count(F(d, (r) => DHM(r) && !inUnit(r, '民生保障办公室')).length),
  },
  {
    id: 'fr-scope-02',
    cat: 'fr-scope',
    q: '负责人不是牛艳维的民生保障办公室项目',
    expect: (d) => d.set(F(d, (r) => inUnit(r, '民生保障办公室') && !own('牛艳维')(r))),
  },
  {
    id: 'fr-scope-03',
    cat: 'fr-scope',
    q: '全年预算在50万到100万之间的项目有几个',
    expect: (d) => moneyBandCount(d, 'annualBudget', 50, 100),
  },
  {
    id: 'fr-scope-04',
    cat: 'fr-scope',
    q: '河门口的项目里全年预算排第二的是哪个',
    expect: (d) => nth(d, F(d, HMK), ab, 2, 'desc'),
  },
  {
    id: 'fr-scope-05',
    cat: 'fr-scope',
    q: '2023年总分在98分以下的项目，列出来',
    expect: (d) => atMost(d, y(2023), ts, 98),
  },
  {
    id: 'fr-scope-06',
    cat: 'fr-scope',
    q: '每个街道各自全年预算最少的是哪个项目',
    expect: (d) =>
      bestPerGroup(
        d,
        [LY, SJ, DHM, HMK].map((f) => F(d, f)),
        ab,
        'asc',
      ),
  },
  {
    id: 'fr-scope-07',
    cat: 'fr-scope',
    q: '潞源街道的项目有几个',
    expect: (d) => placeCount(d, ['潞源'], '000'),
  },
  {
    id: 'fr-scope-08',
    cat: 'fr-scope',
    pre: '潞源街道的项目有几个',
    q: '那河门口的呢',
    expect: (d) => placeCount(d, ['河门口'], '004'),
  },
  {
    id: 'fr-scope-09',
    cat: 'fr-scope',
    pre: '大红门街道全年预算最高的3个项目',
    q: '换成最低的',
    expect: (d) => d.topMoney(F(d, DHM), 'annualBudget', 3, 'asc'),
  },
  {
    id: 'fr-scope-10',
    cat: 'fr-scope',
    pre: '赵康负责的项目有哪些',
    q: '其中全年预算超过100万的呢',
    expect: (d) => moneyBand(d, 'annualBudget', 100, Number.POSITIVE_INFINITY, own('赵康')),
  },
  {
    id: 'fr-scope-11',
    cat: 'fr-scope',
    q: '执行率低于99%的项目都在哪些街道？列项目就行',
    expect: (d) =>
      nonEmpty(
        d,
        both(d, (k) => d.set(F(d, (r) => k(r) != null && k(r) < 99))),
      ),
  },
  {
    id: 'fr-scope-12',
    cat: 'fr-scope',
    q: '不是2023年的项目一共有多少个',
    expect: (d) => d.count(F(d, (r) => r.year !== 2023).length),
  },
  {
    id: 'fr-scope-13',
    cat: 'fr-scope',
    q: '李哲和高博群两个人的项目',
    expect: (d) => d.set(F(d, (r) => own('李哲')(r) || own('高博群')(r))),
  },
  {
    id: 'fr-scope-14',
    cat: 'fr-scope',
    q: '发改委里全年预算不到50万的',
    expect: (d) => moneyBand(d, 'annualBudget', Number.NEGATIVE_INFINITY, 50, FGW),
  },
  {
    id: 'fr-scope-15',
    cat: 'fr-scope',
    q: '全年执行数排名前五的项目（全区所有单位）',
    expect: (d) => d.topMoney(d.all, 'executed', 5, 'desc'),
  },
  {
    id: 'fr-scope-16',
    cat: 'fr-scope',
    q: '2023年下沉协管员经费在潞源街道按全年预算排第几',
    expect: (d) => rankOf(d, F(d, LY), P(d, '2023年下沉协管员经费'), ab, 'desc'),
  },
  {
    id: 'fr-scope-17',
    cat: 'fr-scope',
    q: '张宏负责的项目里年初预算没填的',
    expect: (d) => d.set(F(d, (r) => own('张宏')(r) && money(r, 'initialBudget') == null)),
  },
  {
    id: 'fr-scope-18',
    cat: 'fr-scope',
    q: '总分至少99分、全年预算200万以上的项目',
    expect: (d) =>
      moneyBand(d, 'annualBudget', 200, Number.POSITIVE_INFINITY, (r) => ts(r) != null && ts(r) >= 99),
  },
  {
    id: 'fr-scope-19',
    cat: 'fr-scope',
    q: '大红门的城乡管理办公室，执行数最多的三个项目',
    expect: (d) =>
      d.topMoney(
        F(d, (r) => DHM(r) && inUnit(r, '城乡管理办公室')),
        'executed',
        3,
        'desc',
      ),
  },
  {
    id: 'fr-scope-20',
    cat: 'fr-scope',
    q: '各主管部门分别有多少个项目',
    expect: (d) => groupCount(d, (r) => r.department),
  },
  {
    id: 'fr-scope-21',
    cat: 'fr-scope',
    pre: '河门口街道总分最低的项目',
    q: '它的全年预算是多少',
    expect: (d) => {
      const lo = Math.min(...F(d, HMK).map(ts));
      const rs = F(d, (r) => HMK(r) && ts(r) === lo);
      return d.anyOf(
        ...rs.map((r) => d.value(r, ab(r))),
        d.groups(Object.fromEntries(rs.map((r) => [r.projectName, ab(r)]))),
      );
    },
  },
  {
    id: 'fr-scope-22',
    cat: 'fr-scope',
    q: '通州的项目中总分不是100分的',
    expect: (d) =>
      placePools(d, ['通州'], ['000', '002'], (rs) =>
        d.set(rs.filter((r) => ts(r) != null && ts(r) !== 100)),
      ),
  },
  {
    id: 'fr-scope-23',
    cat: 'fr-scope',
    q: '全年预算最少的十个项目',
    expect: (d) => d.topMoney(d.all, 'annualBudget', 10, 'asc'),
  },
  {
    id: 'fr-scope-24',
    cat: 'fr-scope',
    q: '联系电话是89538675的项目有几个',
    expect: (d) => d.count(F(d, (r) => norm(r.phone) === '89538675').length),
  },
  {
    id: 'fr-scope-25',
    cat: 'fr-scope',
    q: '王丽负责、且全年预算大于10万的项目',
    expect: (d) => moneyBand(d, 'annualBudget', 10, Number.POSITIVE_INFINITY, own('王丽')),
  },
  {
    id: 'fr-scope-26',
    cat: 'fr-scope',
    pre: '2020年的项目有哪些',
    q: '只看双井的',
    expect: (d) => d.set(F(d, (r) => r.year === 2020 && SJ(r))),
  },
  {
    id: 'fr-scope-27',
    cat: 'fr-scope',
    q: '执行率最低的三个项目分别是哪个单位的？',
    expect: (d) => both(d, (k) => d.top(d.all, k, 3, 'asc')),
  },
  {
    id: 'fr-scope-28',
    cat: 'fr-scope',
    q: '海淀区的项目有多少',
    expect: (d) => d.refuse('海淀'),
  },
  {
    id: 'fr-scope-29',
    cat: 'fr-scope',
    q: '卫健委2023年的项目预算',
    expect: (d) => d.refuse('卫健委'),
  },
  {
    id: 'fr-scope-30',
    cat: 'fr-scope',
    q: '2021年双井街道有几个项目',
    expect: (d) => noYear(d, '2021', 2021),
  },
  {
    id: 'fr-scope-31',
    cat: 'fr-scope',
    q: '全年预算介于10万和20万之间、负责人是李毅飞的',
    expect: (d) => moneyBand(d, 'annualBudget', 10, 20, own('李毅飞')),
  },
  {
    id: 'fr-scope-32',
    cat: 'fr-scope',
    q: '潞源街道全年执行数少于5万的项目',
    expect: (d) => moneyBand(d, 'executed', Number.NEGATIVE_INFINITY, 5, LY),
  },
  {
    id: 'fr-scope-33',
    cat: 'fr-scope',
    pre: '牛艳维负责的项目有几个',
    q: '列出来，按全年预算从高到低',
    expect: (d) => d.topMoney(F(d, own('牛艳维')), 'annualBudget', F(d, own('牛艳维')).length, 'desc'),
  },
  {
    id: 'fr-scope-34',
    cat: 'fr-scope',
    q: '按年度统计项目个数',
    expect: (d) => groupCount(d, (r) => `${r.year}`),
  },
  {
    id: 'fr-scope-35',
    cat: 'fr-scope',
    q: '河门口街道里总分最高的是哪几个',
    expect: (d) => {
      const hi = Math.max(...F(d, HMK).map(ts));
      return d.set(F(d, (r) => HMK(r) && ts(r) === hi));
    },
  },
  {
    id: 'fr-scope-36',
    cat: 'fr-scope',
    q: '大红门街道执行率在100%以下的项目',
    expect: (d) =>
      nonEmpty(
        d,
        both(d, (k) => d.set(F(d, (r) => DHM(r) && k(r) != null && k(r) < 100))),
      ),
  },
  {
    id: 'fr-scope-37',
    cat: 'fr-scope',
    q: '西城区所有项目的执行率',
    expect: (d) => d.refuse('西城'),
  },
  {
    id: 'fr-scope-38',
    cat: 'fr-scope',
    q: '负责人是张三的项目',
    expect: (d) => d.anyOf(d.refuse('张三'), d.set([])),
  },

  // ---------------------------------------------------------------- fr-other: single facts, yes/no, empty, typos, English
  {
    id: 'fr-other-01',
    cat: 'fr-other',
    q: '统计所经费的负责人是不是周蕾莹？',
    expect: (d) => d.value(P(d, '统计所经费'), '周蕾莹'),
  },
  {
    id: 'fr-other-02',
    cat: 'fr-other',
    q: '法律顾问那个项目的实施单位是哪个',
    expect: (d) => d.value(P(d, '法律顾问'), P(d, '法律顾问').implementingUnit),
  },
  {
    id: 'fr-other-03',
    cat: 'fr-other',
    q: '政法委以奖代补奖励 负责人是谁',
    expect: (d) => d.empty(P(d, '政法委以奖代补奖励')),
  },
  {
    id: 'fr-other-04',
    cat: 'fr-other',
    q: '习风园改造项目的联系电话',
    expect: (d) => d.empty(P(d, '习风园改造项目')),
  },
  {
    id: 'fr-other-05',
    cat: 'fr-other',
    q: '公益电影放映补贴总分多少',
    expect: (d) => d.value(P(d, '公益电影放映补贴'), ts(P(d, '公益电影放映补贴'))),
  },
  {
    id: 'fr-other-06',
    cat: 'fr-other',
    q: '统计所经废的全年预算',
    expect: (d) => d.value(P(d, '统计所经费'), ab(P(d, '统计所经费'))),
  },
  {
    id: 'fr-other-07',
    cat: 'fr-other',
    q: '河门囗街道有几个项目',
    expect: (d) => placeCount(d, ['河门口'], '004'),
  },
  {
    id: 'fr-other-08',
    cat: 'fr-other',
    q: '发改委 2023年节能专项资金 执行率',
    expect: (d) =>
      d.anyOf(
        d.value(P(d, '2023年节能专项资金'), rate(P(d, '2023年节能专项资金'))),
        d.value(P(d, '2023年节能专项资金'), rateComputed(P(d, '2023年节能专项资金'))),
      ),
  },
  {
    id: 'fr-other-09',
    cat: 'fr-other',
    q: 'What is the annual budget of the Statistics Office Fund (统计所经费)?',
    expect: (d) => d.value(P(d, '统计所经费'), ab(P(d, '统计所经费'))),
  },
  {
    id: 'fr-other-10',
    cat: 'fr-other',
    q: 'How many projects does Dahongmen subdistrict have?',
    expect: (d) => placeCount(d, ['大红门'], '003'),
  },
  {
    id: 'fr-other-11',
    cat: 'fr-other',
    q: 'list projects with a total score below 96',
    expect: (d) => d.set(F(d, (r) => ts(r) != null && ts(r) < 96)),
  },
  {
    id: 'fr-other-12',
    cat: 'fr-other',
    q: '晨光路拆迁资金的年初预算填了没有',
    expect: (d) => d.empty(P(d, '晨光路拆迁资金')),
  },
  {
    id: 'fr-other-13',
    cat: 'fr-other',
    q: '疏整促专班经费 总分是空的吗',
    expect: (d) => d.empty(P(d, '2023“疏整促”专班经费')),
  },
  {
    id: 'fr-other-14',
    cat: 'fr-other',
    q: '2023年城市居民最低生活保障的主管部门',
    expect: (d) =>
      d.value(P(d, '2023 年城市居民最低生活保障'), P(d, '2023 年城市居民最低生活保障').department),
  },
  {
    id: 'fr-other-15',
    cat: 'fr-other',
    q: '网络租赁购买服务是哪一年的表',
    expect: (d) => d.value(P(d, '网络租赁购买服务'), 2023),
  },
  {
    id: 'fr-other-16',
    cat: 'fr-other',
    q: '2022年第五批小微项目的负责人和电话',
    expect: (d) => d.valueAll(P(d, '2022年第五批小微项目'), '曹阳', '89538675'),
  },
  {
    id: 'fr-other-17',
    cat: 'fr-other',
    q: '经济大脑那个项目谁负责的',
    expect: (d) => d.value(P(d, '通州区“经济大脑”服务项目'), '张旖斐'),
  },
  {
    id: 'fr-other-18',
    cat: 'fr-other',
    q: '大红门街道大李窑马公庄平房区消防设施水源建设项目资金的执行数',
    expect: (d) =>
      d.value(
        P(d, '大红门街道大李窑、马公庄平房区消防设施水源建设项目资金'),
        ex(P(d, '大红门街道大李窑、马公庄平房区消防设施水源建设项目资金')),
      ),
  },
  {
    id: 'fr-other-19',
    cat: 'fr-other',
    q: '民生办负责的项目有多少个',
    expect: (d) => d.count(F(d, (r) => inUnit(r, '民生保障办公室')).length),
  },
  {
    id: 'fr-other-20',
    cat: 'fr-other',
    q: '双井的疫情防控资金基本户预算执行得分',
    expect: (d) =>
      d.value(P(d, '双井街道疫情防控资金—基本户'), budgetScore(P(d, '双井街道疫情防控资金—基本户'))),
  },
  {
    id: 'fr-other-21',
    cat: 'fr-other',
    q: '牛艳伟的项目总分都是多少分',
    expect: (d) => d.anyOf(d.set(F(d, own('牛艳维'))), d.refuse('牛艳伟')),
  },
  {
    id: 'fr-other-22',
    cat: 'fr-other',
    q: '公益电影放映补贴的项目年度目标写的什么',
    expect: (d) => d.value(P(d, '公益电影放映补贴'), '固定影厅放映每场补贴70元'),
  },
  {
    id: 'fr-other-23',
    cat: 'fr-other',
    q: '2023年妇女之家工作经费的全年执行数是多少？',
    expect: (d) => d.value(P(d, '2023 年妇女之家工作经费'), ex(P(d, '2023 年妇女之家工作经费'))),
  },
  {
    id: 'fr-other-24',
    cat: 'fr-other',
    q: '统计站（室）项目的采购方式',
    expect: (d) => d.refuse('采购方式'),
  },
  {
    id: 'fr-other-25',
    cat: 'fr-other',
    q: '法律顾问的合同签了几年',
    expect: (d) => d.refuse('合同'),
  },
  {
    id: 'fr-other-26',
    cat: 'fr-other',
    q: '晨光路拆迁资金是哪天拨付到位的',
    expect: (d) => d.refuse('拨付'),
  },
  {
    id: 'fr-other-27',
    cat: 'fr-other',
    q: 'who is the contact person for 2023年节能专项资金',
    expect: (d) => d.value(P(d, '2023年节能专项资金'), '赵明'),
  },
  {
    id: 'fr-other-28',
    cat: 'fr-other',
    q: '平安建设经费的執行率',
    expect: (d) => {
      const r = P(d, '平安建设经费');
      return d.anyOf(d.empty(r), d.value(r, 100), d.value(r, rateComputed(r)));
    },
  },
  {
    id: 'fr-other-29',
    cat: 'fr-other',
    q: '人防工程公益化利用项目 实施单位',
    expect: (d) => d.value(P(d, '人防工程公益化利用项目'), '平安建设办公室'),
  },
  {
    id: 'fr-other-30',
    cat: 'fr-other',
    q: '有没有叫“智慧社区平台建设”的项目',
    expect: (d) => d.anyOf(d.set([]), d.refuse('智慧社区平台建设')),
  },
  {
    id: 'fr-other-31',
    cat: 'fr-other',
    q: '孔涵的电话',
    expect: (d) => d.value(F(d, own('孔涵'))[0], '69541770'),
  },
  {
    id: 'fr-other-32',
    cat: 'fr-other',
    q: '2023年机构运转经费 年初预算 全年预算 执行数 分别是',
    expect: (d) => {
      const r = P(d, '2023 年机构运转经费');
      return d.valueAll(r, money(r, 'initialBudget'), ab(r), ex(r));
    },
  },
  {
    id: 'fr-other-33',
    cat: 'fr-other',
    q: 'Shuangjing 2020 projects, total budget?',
    expect: (d) =>
      d.sumMoney(
        F(d, (r) => SJ(r) && r.year === 2020),
        'annualBudget',
      ),
  },
  {
    id: 'fr-other-34',
    cat: 'fr-other',
    q: '潞源街道统计所经费的项目类别是经常性还是一次性',
    expect: (d) => d.refuse('项目类别'),
  },
  {
    id: 'fr-other-35',
    cat: 'fr-other',
    q: '总分为空的项目有几个',
    expect: (d) => d.count(F(d, (r) => ts(r) == null).length),
  },
  {
    id: 'fr-other-36',
    cat: 'fr-other',
    q: '发改委法律顾问项目的满意度指标是几分的分值',
    expect: (d) => {
      const r = P(d, '法律顾问');
      return d.value(r, ...rowVals(r, l1Has('满意度'), (i) => i.weight));
    },
  },
  {
    id: 'fr-other-37',
    cat: 'fr-other',
    q: '统计所经费的批复文号是多少',
    expect: (d) => d.refuse('批复文号'),
  },
  {
    id: 'fr-other-38',
    cat: 'fr-other',
    q: '哪些项目做了政府采购公示',
    expect: (d) => d.refuse('公示'),
  },
];
