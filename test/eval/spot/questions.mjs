// The spot part (helper "blind16"): 160 portfolio questions asked by two people who use the bot over the 169 forms —
// a 区财政局绩效管理科 staff member doing a spot check (抽查) of the self-evaluations (forms to send back and why, checks
// between cells, who is responsible, counts and lists, indicator rows, ranks, money) and a 街道办事处 主任 asking short,
// blunt questions on WeChat (elliptical follow-ups with `pre`, colloquial words, slips of the keyboard, numbers in
// words, and questions the data cannot answer). Written by an author who had not read src/, prompts/, test/query,
// test/bot nor any other part's question lines; expectations computed from the records by ../lib, the other parts'
// helpers and ./helpers.mjs only. Not split. Definitions: ../README.md ("The spot part").

import { pools } from '../brief/helpers.mjs';
import {
  blank,
  budgetScore,
  budgetWeight,
  devMissing,
  inUnit,
  money,
  norm,
  ownerMissing,
  rate,
  rateComputed,
  rows,
  satLow,
  satNotDone,
  satRows,
} from '../lib/corpus.mjs';
import {
  allOf,
  both,
  budgetAbove,
  budgetRowDoubt,
  budgetScoreOff,
  column,
  conv,
  differ,
  exact,
  F,
  l1Has,
  l2Has,
  moneyBand,
  moneyBandCount,
  noYear,
  nth,
  own,
  ownAny,
  ownTol,
  PCT,
  phoneNumbers,
  rankOf,
  rateDiff,
  rateOff,
  roundedUp,
  rowCount,
  STREETS,
  shortRow,
  ts,
  weightOff,
  weightTotal,
} from '../lib/shorthands.mjs';
import { at, devOnFull, oddPhone, pick2 } from '../office/helpers.mjs';
import { share } from '../report/helpers.mjs';
import { devMissingAll, noSatTol } from '../voice/helpers.mjs';
import {
  bothFig,
  countAny,
  I,
  noneN,
  noneOr,
  placeCnt,
  placeFig,
  placeSet,
  rowOf,
  satDoubt,
  satZero,
  says,
  sendBack,
  sumM,
} from './helpers.mjs';

const ab = (r) => money(r, 'annualBudget');
const abC = (r) => conv(r, 'annualBudget');
const ex = (r) => money(r, 'executed');
const ib = (r) => money(r, 'initialBudget');
const nRows = (r) => rows(r).length;

export const questions = [
  // ---- recheck: the 绩效管理科's spot check — forms to send back and why, rule by rule, per office ----
  {
    id: 'sp2-recheck-01',
    cat: 'recheck',
    q: '抽查一下：执行率填的100%，但全年执行数其实比全年预算少的，是哪张表？',
    expect: (d) => d.set(F(d, roundedUp)),
  },
  {
    id: 'sp2-recheck-02',
    cat: 'recheck',
    q: '总分那一栏压根没填的自评表有哪些，这种得退回去补',
    expect: (d) => d.set(F(d, (r) => ts(r) == null)),
  },
  {
    // rows that lost points with an empty 偏差原因: the lib count (a pdf-text reason wrapped into the next row counts as
    // written) or every such form
    id: 'sp2-recheck-03',
    cat: 'recheck',
    q: '有扣分、偏差原因分析却空着的表，一共多少张？',
    expect: (d) => d.countRange(F(d, devMissing).length, F(d, devMissingAll).length),
  },
  {
    id: 'sp2-recheck-04',
    cat: 'recheck',
    q: '河门口报的表里，哪些扣了分又没写偏差原因',
    expect: (d) =>
      d.setTol(
        F(d, (r) => at('004')(r) && devMissing(r)),
        F(d, (r) => at('004')(r) && devMissingAll(r)),
      ),
  },
  {
    // RATE_MISMATCH by SCORING §7: a stated rate that is only rounded or truncated differently is optional
    id: 'sp2-recheck-05',
    cat: 'recheck',
    q: '表上写的执行率和用全年执行数除以全年预算数算出来的对不上的，列给我',
    expect: (d) =>
      d.setTol(
        F(d, rateOff),
        F(d, (r) => rateOff(r) || rateDiff(r)),
      ),
  },
  {
    // BUDGET_SCORE_MISMATCH (rate from the amounts); a budget 得分 wrong only against the stated rate, and the doubtful
    // pdf-text budget row of 平安建设经费, optional
    id: 'sp2-recheck-06',
    cat: 'recheck',
    q: '预算执行率那一行的得分算得不对的自评表',
    expect: (d) =>
      d.setTol(
        F(d, (r) => budgetScoreOff(r) && !budgetRowDoubt(r)),
        F(d, (r) => budgetScoreOff(r) || budgetRowDoubt(r) || (rateDiff(r) && budgetScore(r) != null)),
      ),
  },
  {
    id: 'sp2-recheck-07',
    cat: 'recheck',
    q: '联系电话位数明显不对（既不是8位座机也不是11位手机）的表有哪些',
    expect: (d) => d.set(F(d, oddPhone)),
  },
  {
    id: 'sp2-recheck-08',
    cat: 'recheck',
    q: '潞源街道的表，项目负责人没填的有几张',
    expect: (d) => placeCnt(d, '潞源', ownerMissing),
  },
  {
    id: 'sp2-recheck-09',
    cat: 'recheck',
    q: '哪些项目一个满意度指标都没设置？',
    expect: (d) => noSatTol(d),
  },
  {
    id: 'sp2-recheck-10',
    cat: 'recheck',
    q: '发改委那几张表里，按规则哪些得退回修改？',
    expect: (d) => sendBack(d, at('002')),
  },
  {
    // DEVIATION_ON_FULL_SCORE; a bare 无 / — in the 偏差原因 cell optional
    id: 'sp2-recheck-11',
    cat: 'recheck',
    q: '指标明明拿了满分，偏差原因那栏却还写了内容的，是哪些表',
    expect: (d) => d.setTol(F(d, devOnFull(true)), F(d, devOnFull(false))),
  },
  {
    // per 主管部门 as written; the strict or the loose count of rows without a reason
    id: 'sp2-recheck-12',
    cat: 'recheck',
    q: '扣分没写偏差原因的表，按主管部门分别统计张数',
    expect: (d) => {
      const g = (f) => {
        const m = {};
        for (const r of F(d, f)) m[r.department] = (m[r.department] ?? 0) + 1;
        return d.groups(m);
      };
      return d.anyOf(g(devMissing), g(devMissingAll));
    },
  },
  {
    // none above its weight; the budget row of 平安建设经费 (100％ against 10) may count
    id: 'sp2-recheck-13',
    cat: 'recheck',
    q: '有没有哪条指标的得分超过了它的分值？',
    expect: (d) => d.setTol([], F(d, budgetAbove)),
  },
  {
    // 年初 and 全年 both written and different must be listed; a blank 年初 next to a 全年 may be
    id: 'sp2-recheck-14',
    cat: 'recheck',
    q: '河门口的表，年初预算数和全年预算数不一致的有哪些',
    expect: (d) =>
      d.setTol(
        F(d, (r) => at('004')(r) && differ(r)),
        F(d, (r) => at('004')(r) && (differ(r) || ib(r) == null)),
      ),
  },
  {
    // the 未做 reading; the satDoubt forms (text-only satisfaction rows saying 未做) optional
    id: 'sp2-recheck-15',
    cat: 'recheck',
    q: '满意度那一栏写着“未做”的表有多少张',
    expect: (d) => d.countRange(F(d, satNotDone).length, F(d, (r) => satNotDone(r) || satDoubt(r)).length),
  },
  {
    // TOTAL_MISMATCH within 潞源: none
    id: 'sp2-recheck-16',
    cat: 'recheck',
    q: '潞源的表里，有总分跟预算执行得分加各指标得分之和对不上的吗',
    expect: (d) =>
      d.setTol(
        [],
        F(d, (r) => at('000')(r) && weightOff(r)),
      ),
  },
  {
    // a weighted row with an empty 实际完成值, within 潞源 (word-text, the record is exact)
    id: 'sp2-recheck-17',
    cat: 'recheck',
    q: '潞源哪张表有指标的实际完成值没填？',
    expect: (d) => placeSet(d, '潞源', (r) => rows(r).some((i) => i.weight && blank(i.actual))),
  },
  {
    id: 'sp2-recheck-18',
    cat: 'recheck',
    q: '河门口那几张，分值加起来（含预算执行10分）不等于100的是哪几张',
    expect: (d) => d.set(F(d, (r) => at('004')(r) && Math.abs(weightTotal(r) - 100) > 0.01)),
  },
  {
    id: 'sp2-recheck-19',
    cat: 'recheck',
    q: '抽2020年度的看看，总分没到100的都有哪些',
    expect: (d) => d.set(F(d, (r) => r.year === 2020 && ts(r) != null && ts(r) < 100)),
  },
  {
    id: 'sp2-recheck-20',
    cat: 'recheck',
    q: '这批自评表的佐证材料都附齐了吗？缺材料的列出来',
    expect: (d) => d.refuse('佐证材料'),
  },

  // ---- cross: one named form, its cells against each other ----
  {
    id: 'sp2-cross-01',
    cat: 'cross',
    q: '朗清园社区警务工作室那个项目，表上填的执行率是多少？用执行数除以预算算出来又是多少？',
    expect: (d) => {
      const r = I(d, '000-006');
      return d.valueAll(r, rate(r), rateComputed(r));
    },
  },
  {
    id: 'sp2-cross-02',
    cat: 'cross',
    q: '乡村医生基本待遇经费那张表执行率写的80.5%，按它的预算和执行数实际应该是多少',
    expect: (d) => d.value(I(d, '003-072'), rateComputed(I(d, '003-072'))),
  },
  {
    // min(全年执行数 / 全年预算数, 1) × 分值 (SCORING §2)
    id: 'sp2-cross-03',
    cat: 'cross',
    q: '2023年第四批“小微项目惠民生”资金，预算执行得分按规则应该得几分',
    expect: (d) => {
      const r = I(d, '000-016');
      return d.value(r, Math.round(Math.min(ex(r) / ab(r), 1) * budgetWeight(r) * 100) / 100);
    },
  },
  {
    // the indicator rows' scores, with or without the budget row's (which some read as an indicator)
    id: 'sp2-cross-04',
    cat: 'cross',
    q: '通州区“经济大脑”服务项目各项指标得分加起来是多少',
    expect: (d) => {
      const r = I(d, '002-005');
      const s = rows(r).reduce((a, i) => a + (i.score ?? 0), 0);
      return d.anyOf(d.value(r, s), d.value(r, s + budgetScore(r)));
    },
  },
  {
    id: 'sp2-cross-05',
    cat: 'cross',
    q: '2023年节能专项资金的总分填了没有',
    expect: (d) => d.empty(I(d, '002-006')),
  },
  {
    id: 'sp2-cross-06',
    cat: 'cross',
    q: '法律顾问那张表的联系电话填的是啥？看着像少了一位',
    expect: (d) => d.value(I(d, '002-001'), I(d, '002-001').phone),
  },
  {
    id: 'sp2-cross-07',
    cat: 'cross',
    q: '晨光路拆迁资金自评总分多少',
    expect: (d) => d.value(I(d, '003-091'), ts(I(d, '003-091'))),
  },
  {
    // the stated rate or the computed one
    id: 'sp2-cross-08',
    cat: 'cross',
    q: '2023年社区公益事业补助资金：全年预算、全年执行数、执行率分别多少？',
    expect: (d) => {
      const r = I(d, '000-018');
      return d.anyOf(d.valueAll(r, ab(r), ex(r), rate(r)), d.valueAll(r, ab(r), ex(r), rateComputed(r)));
    },
  },
  {
    // budgetRowDoubt: the record leaves the rate empty, the text's 100％ may be the rate
    id: 'sp2-cross-09',
    cat: 'cross',
    q: '平安建设经费这张表的预算执行率一格是空着的吗',
    expect: (d) => d.anyOf(d.empty(I(d, '003-127')), d.value(I(d, '003-127'), rateComputed(I(d, '003-127')))),
  },
  {
    id: 'sp2-cross-10',
    cat: 'cross',
    q: '大红门地区工作专班工作经费：负责人和联系电话各是什么',
    expect: (d) => {
      const r = I(d, '003-095');
      return d.valueAll(r, ...norm(r.owner).split('、'), ...phoneNumbers(r));
    },
  },
  {
    id: 'sp2-cross-11',
    cat: 'cross',
    q: '2021年度老旧小区完善类改造项目的年初预算数填了吗',
    expect: (d) => d.empty(I(d, '003-007')),
  },
  {
    // 年初 − 全年, signed or as its magnitude
    id: 'sp2-cross-12',
    cat: 'cross',
    q: '“两新”党组织书记、党务工作者岗位补贴，年初预算和全年预算差了多少万',
    expect: (d) => {
      const r = I(d, '003-012');
      const g = Math.round((ib(r) - ab(r)) * 1e6) / 1e6;
      return d.anyOf(d.value(r, g), d.value(r, -g));
    },
  },
  {
    // the 分值 of the budget row and of every indicator row
    id: 'sp2-cross-13',
    cat: 'cross',
    q: '统计所经费这张表，预算执行的分值加上各指标分值，合计多少分',
    expect: (d) => d.value(I(d, '000-001'), weightTotal(I(d, '000-001'))),
  },
  {
    // 1,863,180 written in the 万元 column: as written, or read as 元 (186.318 万元)
    id: 'sp2-cross-14',
    cat: 'cross',
    q: '2023“疏整促”专班经费的全年预算到底是多少万元？',
    expect: (d) => {
      const r = I(d, '002-007');
      return d.anyOf(d.value(r, ab(r)), d.value(r, abC(r)));
    },
  },
  {
    // the names of the rows scored below their weight
    id: 'sp2-cross-15',
    cat: 'cross',
    q: '习风园改造项目扣分的是哪几条指标',
    expect: (d) => {
      const r = I(d, '004-011');
      return d.valueAll(
        r,
        ...rows(r)
          .filter(shortRow)
          .map((i) => i.name.replace(/^指标\s*\d*\s*[:：]\s*/, '')),
      );
    },
  },
  {
    id: 'sp2-cross-16',
    cat: 'cross',
    q: '2023年城市居民最低生活保障，满意度那条得了几分？',
    expect: (d) => d.value(I(d, '003-015'), satRows(I(d, '003-015'))[0].score),
  },
  {
    id: 'sp2-cross-17',
    cat: 'cross',
    q: '政府投资项目评估审核费那个，执行率写的100%，全年到底执行了多少',
    expect: (d) => d.value(I(d, '002-002'), ex(I(d, '002-002'))),
  },
  {
    id: 'sp2-cross-18',
    cat: 'cross',
    q: '2023年应急经费（大红门那个）实施单位是哪个科室',
    expect: (d) => d.value(I(d, '003-078'), I(d, '003-078').implementingUnit),
  },
  {
    id: 'sp2-cross-19',
    cat: 'cross',
    q: '东门里小区综合整治提升工程项目的合同金额和中标单位报一下',
    expect: (d) => d.anyOf(d.refuse('合同金额'), d.refuse('中标单位')),
  },
  {
    id: 'sp2-cross-20',
    cat: 'cross',
    q: '公益电影放映补贴扣分的那条指标，分值和得分各多少？',
    expect: (d) => {
      const i = rowOf(I(d, '000-027'), shortRow);
      return d.valueAll(I(d, '000-027'), i.weight, i.score);
    },
  },

  // ---- duty: who is responsible ----
  {
    id: 'sp2-duty-01',
    cat: 'duty',
    q: '牛艳维名下一共挂了多少个项目',
    expect: (d) => d.countRange(F(d, own('牛艳维')).length, F(d, ownAny('牛艳维')).length),
  },
  {
    id: 'sp2-duty-02',
    cat: 'duty',
    q: '赵康负责的项目里，全年预算过千万的是哪几个',
    expect: (d) => moneyBand(d, 'annualBudget', 1000, Number.POSITIVE_INFINITY, ownAny('赵康')),
  },
  {
    id: 'sp2-duty-03',
    cat: 'duty',
    q: '67270343这个号码是谁留的',
    expect: (d) => {
      const who = [...new Set(F(d, (r) => phoneNumbers(r).includes('67270343')).map((r) => norm(r.owner)))];
      if (who.length !== 1) throw new Error(`67270343: ${who}`);
      return says(who[0]);
    },
  },
  {
    id: 'sp2-duty-04',
    cat: 'duty',
    q: '负责人是孟卓聪的项目都有哪些',
    expect: (d) => ownTol(d, '孟卓聪'),
  },
  {
    id: 'sp2-duty-05',
    cat: 'duty',
    q: '谁手上负责的项目最多？',
    expect: (d) => {
      const m = {};
      for (const r of d.all) if (!blank(r.owner)) m[norm(r.owner)] = (m[norm(r.owner)] ?? 0) + 1;
      const best = Object.entries(m).sort((a, b) => b[1] - a[1]);
      if (best[0][1] === best[1][1]) throw new Error('tie');
      return says(best[0][0]);
    },
  },
  {
    id: 'sp2-duty-06',
    cat: 'duty',
    q: '潞源的表里负责人没写的，列一下项目名',
    expect: (d) => placeSet(d, '潞源', ownerMissing),
  },
  {
    id: 'sp2-duty-07',
    cat: 'duty',
    q: '李哲负责的那俩小微项目，全年一共执行了多少钱',
    expect: (d) => d.number(sumM(F(d, own('李哲')), money, 'executed')),
  },
  {
    id: 'sp2-duty-08',
    cat: 'duty',
    q: '张宏负责的项目列出来，带上实施单位',
    expect: (d) => column(d, '实施单位', F(d, own('张宏')), (r) => r.implementingUnit),
  },
  {
    id: 'sp2-duty-09',
    cat: 'duty',
    q: '姚庆峰管着几个项目？这些项目全年预算一共多少？',
    expect: (d) =>
      allOf(d.count(F(d, own('姚庆峰')).length), d.sumMoney(F(d, own('姚庆峰')), 'annualBudget')),
  },
  {
    id: 'sp2-duty-10',
    cat: 'duty',
    q: '王丽负责的项目中全年预算最大的是哪一个',
    expect: (d) => d.top(F(d, own('王丽')), ab, 1, 'desc'),
  },
  {
    id: 'sp2-duty-11',
    cat: 'duty',
    q: '统计所经费谁负责？电话多少？',
    expect: (d) => d.valueAll(I(d, '000-001'), I(d, '000-001').owner, I(d, '000-001').phone),
  },
  {
    id: 'sp2-duty-12',
    cat: 'duty',
    q: '高艳丽负责的是哪个项目',
    expect: (d) => d.set(F(d, own('高艳丽'))),
  },
  {
    id: 'sp2-duty-13',
    cat: 'duty',
    q: '张建华负责哪些项目',
    expect: (d) => noneOr(d, '张建华'),
  },
  {
    id: 'sp2-duty-14',
    cat: 'duty',
    q: '实施单位是便民服务中心的项目有哪些',
    expect: (d) =>
      d.setTol(
        F(d, (r) => norm(r.implementingUnit) === '便民服务中心'),
        F(d, (r) => inUnit(r, '便民服务中心')),
      ),
  },
  {
    id: 'sp2-duty-15',
    cat: 'duty',
    q: '联系电话留的67069109的项目有几个',
    expect: (d) => d.count(F(d, (r) => phoneNumbers(r).includes('67069109')).length),
  },
  {
    id: 'sp2-duty-16',
    cat: 'duty',
    q: '负责人一栏写了两个人名字的是哪个项目？',
    expect: (d) => d.set(F(d, (r) => /[、,，;；/]/.test(norm(r.owner)))),
  },
  {
    id: 'sp2-duty-17',
    cat: 'duty',
    q: '黄威负责的项目全年预算加起来多少',
    expect: (d) => d.number(sumM(F(d, own('黄威')), money, 'annualBudget')),
  },
  {
    id: 'sp2-duty-18',
    cat: 'duty',
    q: '发改委的项目按负责人统计一下，每人几个',
    expect: (d) => {
      const m = {};
      for (const r of F(d, at('002'))) m[r.owner] = (m[r.owner] ?? 0) + 1;
      return d.groups(m);
    },
  },
  {
    id: 'sp2-duty-19',
    cat: 'duty',
    q: '李毅飞负责的项目里总分不是100分的有哪些',
    expect: (d) => d.set(F(d, (r) => own('李毅飞')(r) && ts(r) != null && ts(r) < 100)),
  },
  {
    id: 'sp2-duty-20',
    cat: 'duty',
    q: '实施单位写“城乡办、平安办”的那个项目，负责人是谁',
    expect: (d) => {
      const r = F(d, (x) => norm(x.implementingUnit) === '城乡办、平安办')[0];
      return d.valueAll(r, ...norm(r.owner).split('、'));
    },
  },

  // ---- census: counts and lists per department / 实施单位 / year ----
  {
    id: 'sp2-census-01',
    cat: 'census',
    q: '系统里现在一共有多少张项目支出绩效自评表',
    expect: (d) => d.count(d.all.length),
  },
  {
    id: 'sp2-census-02',
    cat: 'census',
    q: '2020年度的自评表有几张',
    expect: (d) => d.count(F(d, (r) => r.year === 2020).length),
  },
  {
    id: 'sp2-census-03',
    cat: 'census',
    q: '分年度统计一下项目个数',
    expect: (d) => {
      const m = {};
      for (const r of d.all) m[r.year] = (m[r.year] ?? 0) + 1;
      return d.anyOf(d.groups(m), allOf(...Object.values(m).map((n) => d.count(n))));
    },
  },
  {
    // 「民生保障办公室是」 (a slip in one 实施单位 cell) with or without
    id: 'sp2-census-04',
    cat: 'census',
    q: '民生保障办公室实施的项目有多少个',
    expect: (d) =>
      d.countRange(
        F(d, (r) => norm(r.implementingUnit) === '民生保障办公室').length,
        F(d, (r) => inUnit(r, '民生保障办公室')).length,
      ),
  },
  {
    // 城乡办、平安办 (two offices in one cell) optional
    id: 'sp2-census-05',
    cat: 'census',
    q: '平安建设办公室的项目，全部列出来',
    expect: (d) =>
      d.setTol(
        F(d, (r) => inUnit(r, '平安建设办公室')),
        F(d, (r) => inUnit(r, '平安建设办公室', '平安办')),
      ),
  },
  {
    // every 实施单位 cell naming 党群工作办公室 or 党群办, the bare cell alone the lower bound
    id: 'sp2-census-06',
    cat: 'census',
    q: '党群办实施的项目有几个',
    expect: (d) =>
      d.countRange(
        F(d, (r) => ['党群工作办公室', '党群办'].includes(norm(r.implementingUnit))).length,
        F(d, (r) => /党群/.test(norm(r.implementingUnit))).length,
      ),
  },
  {
    id: 'sp2-census-07',
    cat: 'census',
    q: '双井街道报了哪些项目',
    expect: (d) => placeSet(d, '双井'),
  },
  {
    id: 'sp2-census-08',
    cat: 'census',
    q: '主管部门那栏只写了“办公室”三个字的是哪个项目',
    expect: (d) => d.set(F(d, (r) => norm(r.department) === '办公室')),
  },
  {
    id: 'sp2-census-09',
    cat: 'census',
    q: '按主管部门（照表上写的）统计项目数',
    expect: (d) => {
      const m = {};
      for (const r of d.all) m[r.department] = (m[r.department] ?? 0) + 1;
      return d.groups(m);
    },
  },
  {
    id: 'sp2-census-10',
    cat: 'census',
    q: '河门口街道2020年一共报了几个项目',
    expect: (d) => placeCnt(d, '河门口', (r) => r.year === 2020),
  },
  {
    id: 'sp2-census-11',
    cat: 'census',
    q: '大红门实施单位是综合办公室的项目几个',
    expect: (d) =>
      d.countRange(
        F(d, (r) => norm(r.implementingUnit) === '综合办公室').length,
        F(d, (r) => at('003')(r) && /综合办公室/.test(norm(r.implementingUnit))).length,
      ),
  },
  {
    // 实施单位 exactly 社区建设办公室 required; a longer cell naming it, or the 主管部门 naming it, optional
    id: 'sp2-census-12',
    cat: 'census',
    q: '社区建设办公室实施的项目有哪些',
    expect: (d) =>
      d.setTol(
        F(d, (r) => norm(r.implementingUnit) === '社区建设办公室'),
        F(d, (r) => inUnit(r, '社区建设办公室')),
      ),
  },
  {
    // 城乡建设办公室 and 城乡办、平安办 may or may not be counted with it
    id: 'sp2-census-13',
    cat: 'census',
    q: '城乡管理办公室的项目数',
    expect: (d) =>
      d.countRange(
        F(d, (r) => inUnit(r, '城乡管理办公室')).length,
        F(d, (r) => inUnit(r, '城乡管理办公室', '城乡建设办公室', '城乡办')).length,
      ),
  },
  {
    id: 'sp2-census-14',
    cat: 'census',
    q: '发改委产业发展科实施的项目列一下',
    expect: (d) => d.set(F(d, (r) => norm(r.implementingUnit) === '产业发展科')),
  },
  {
    id: 'sp2-census-15',
    cat: 'census',
    q: '潞源和双井两个街道的项目加在一起多少个',
    expect: (d) => {
      const [a1, b1] = pools(d, '潞源');
      const [a2, b2] = pools(d, '双井');
      return d.countRange(a1.length + a2.length, b1.length + b2.length);
    },
  },
  {
    // 通州: forms whose labels name it; the other forms of 潞源 and 发改委 (both 通州) may count
    id: 'sp2-census-16',
    cat: 'census',
    q: '通州的项目一共多少个',
    expect: (d) =>
      d.countRange(
        F(d, (r) => inUnit(r, '通州')).length,
        F(d, (r) => inUnit(r, '通州') || at('000')(r) || at('002')(r)).length,
      ),
  },
  {
    id: 'sp2-census-17',
    cat: 'census',
    q: '自评拿了满分100分的表有多少张',
    expect: (d) => d.count(F(d, (r) => ts(r) === 100).length),
  },
  {
    id: 'sp2-census-18',
    cat: 'census',
    q: '海淀区报上来的项目有几个',
    expect: (d) => noneN(d, '海淀'),
  },
  {
    id: 'sp2-census-19',
    cat: 'census',
    q: '2021年度的自评表有多少张',
    expect: (d) => d.anyOf(noYear(d, '2021', 2021), d.count(0)),
  },
  {
    id: 'sp2-census-20',
    cat: 'census',
    q: '项目负责人没填（或者表上根本没这一栏）的项目总共几个',
    expect: (d) => d.count(F(d, ownerMissing).length),
  },

  // ---- metric: indicator rows ----
  {
    id: 'sp2-metric-01',
    cat: 'metric',
    q: '统计所经费这张表一共有几条三级指标',
    expect: (d) => d.count(nRows(I(d, '000-001'))),
  },
  {
    id: 'sp2-metric-02',
    cat: 'metric',
    q: '2023年通州区潞源街道重点区域精细化管控项目的产出指标有几条',
    expect: (d) => d.count(rows(I(d, '000-009')).filter(l1Has('产出')).length),
  },
  {
    id: 'sp2-metric-03',
    cat: 'metric',
    q: '朗清园社区警务工作室项目的数量指标，年度指标值和实际完成值分别写的什么',
    expect: (d) => {
      const i = rowOf(I(d, '000-006'), l2Has('数量'));
      return d.valueAll(I(d, '000-006'), i.target, i.actual);
    },
  },
  {
    id: 'sp2-metric-04',
    cat: 'metric',
    q: '河门口哪些表满意度指标没拿满分',
    expect: (d) => d.set(F(d, (r) => at('004')(r) && satLow(r))),
  },
  {
    id: 'sp2-metric-05',
    cat: 'metric',
    q: '潞源哪几张表没设满意度指标',
    expect: (d) => noSatTol(d, at('000')),
  },
  {
    id: 'sp2-metric-06',
    cat: 'metric',
    q: '满意度指标打了0分的表有几张',
    expect: (d) => d.countRange(F(d, satZero).length, F(d, (r) => satZero(r) || satDoubt(r)).length),
  },
  {
    id: 'sp2-metric-07',
    cat: 'metric',
    q: '潞源和发改委的表里时效指标一共多少条',
    expect: (d) =>
      d.count(
        rowCount(
          F(d, (r) => at('000')(r) || at('002')(r)),
          l2Has('时效'),
        ),
      ),
  },
  {
    id: 'sp2-metric-08',
    cat: 'metric',
    q: '“经济大脑”那个项目满意度指标的年度指标值是多少',
    expect: (d) => d.value(I(d, '002-005'), satRows(I(d, '002-005'))[0].target),
  },
  {
    id: 'sp2-metric-09',
    cat: 'metric',
    q: '三级指标超过15条的自评表',
    expect: (d) => d.set(F(d, (r) => nRows(r) > 15)),
  },
  {
    id: 'sp2-metric-10',
    cat: 'metric',
    q: '习风园改造项目的经济效益指标得了几分',
    expect: (d) => d.value(I(d, '004-011'), rowOf(I(d, '004-011'), l2Has('经济效益')).score),
  },
  {
    id: 'sp2-metric-11',
    cat: 'metric',
    q: '2023年城乡基层党组织服务群众经费（市级资金）有几条满意度指标',
    expect: (d) => d.count(satRows(I(d, '000-024')).length),
  },
  {
    id: 'sp2-metric-12',
    cat: 'metric',
    q: '指标条数最少的是哪张表',
    expect: (d) => d.top(d.all, nRows, 1, 'asc'),
  },
  {
    id: 'sp2-metric-13',
    cat: 'metric',
    q: '河门口的表，质量指标扣了分的是哪几张',
    expect: (d) => d.set(F(d, (r) => at('004')(r) && rows(r).some((i) => l2Has('质量')(i) && shortRow(i)))),
  },
  {
    id: 'sp2-metric-14',
    cat: 'metric',
    q: '发改委的表里生态效益指标一共几条',
    expect: (d) => d.count(rowCount(F(d, at('002')), l2Has('生态'))),
  },
  {
    id: 'sp2-metric-15',
    cat: 'metric',
    q: '潞源有哪些表的年度指标值写的是“优良中差”',
    expect: (d) => placeSet(d, '潞源', (r) => rows(r).some((i) => /优良中差/.test(norm(i.target)))),
  },
  {
    id: 'sp2-metric-16',
    cat: 'metric',
    q: '潞源的表平均每张有几条指标',
    expect: (d) => d.avg(F(d, at('000')), nRows),
  },
  {
    id: 'sp2-metric-17',
    cat: 'metric',
    q: '统计站（室）那张表的四级指标有哪些',
    expect: (d) => d.refuse('四级指标'),
  },
  {
    id: 'sp2-metric-18',
    cat: 'metric',
    q: '双井街道疫情防控资金—基本户的满意度指标，年度指标值和实际完成值各是什么',
    expect: (d) => {
      const i = satRows(I(d, '001-004'))[0];
      return d.valueAll(I(d, '001-004'), i.target, i.actual);
    },
  },
  {
    id: 'sp2-metric-19',
    cat: 'metric',
    q: '河门口的表里，社会效益指标扣了分的是哪张',
    expect: (d) =>
      d.set(F(d, (r) => at('004')(r) && rows(r).some((i) => l2Has('社会效益')(i) && shortRow(i)))),
  },
  {
    id: 'sp2-metric-20',
    cat: 'metric',
    q: '2023年社区公益事业补助资金里“参与人数”这条指标，目标定的多少，实际完成多少',
    expect: (d) => {
      const i = rowOf(I(d, '000-018'), (x) => /参与人数/.test(x.name));
      return d.valueAll(I(d, '000-018'), i.target, i.actual);
    },
  },

  // ---- ladder: ranks and top N ----
  {
    id: 'sp2-ladder-01',
    cat: 'ladder',
    q: '全年预算排前五的项目',
    expect: (d) => d.topMoney(d.all, 'annualBudget', 5, 'desc'),
  },
  {
    id: 'sp2-ladder-02',
    cat: 'ladder',
    q: '自评总分最低的三张表是哪些',
    expect: (d) =>
      d.top(
        F(d, (r) => ts(r) != null),
        ts,
        3,
        'asc',
      ),
  },
  {
    id: 'sp2-ladder-03',
    cat: 'ladder',
    q: '执行率最低的是哪个项目',
    expect: (d) => both(d, (f) => d.top(d.all, f, 1, 'asc')),
  },
  {
    id: 'sp2-ladder-04',
    cat: 'ladder',
    q: '潞源街道预算最多的项目是哪个',
    expect: (d) => d.top(F(d, at('000')), ab, 1, 'desc'),
  },
  {
    id: 'sp2-ladder-05',
    cat: 'ladder',
    q: '河门口的项目按全年预算从高到低排一下',
    expect: (d) => d.top(F(d, at('004')), ab, F(d, at('004')).length, 'desc'),
  },
  {
    id: 'sp2-ladder-06',
    cat: 'ladder',
    q: '牛艳维负责的项目里，钱最少的三个',
    expect: (d) => d.top(F(d, own('牛艳维')), ab, 3, 'asc'),
  },
  {
    id: 'sp2-ladder-07',
    cat: 'ladder',
    q: '发改委全年预算排第二的项目',
    expect: (d) => d.anyOf(nth(d, F(d, at('002')), ab, 2, 'desc'), nth(d, F(d, at('002')), abC, 2, 'desc')),
  },
  {
    id: 'sp2-ladder-08',
    cat: 'ladder',
    q: '朗清园社区警务工作室那个项目，全年预算在所有项目里排第几',
    expect: (d) =>
      d.anyOf(rankOf(d, d.all, I(d, '000-006'), ab, 'desc'), rankOf(d, d.all, I(d, '000-006'), abC, 'desc')),
  },
  {
    id: 'sp2-ladder-09',
    cat: 'ladder',
    q: '指标条数最多的前三张表',
    expect: (d) => d.top(d.all, nRows, 3, 'desc'),
  },
  {
    id: 'sp2-ladder-10',
    cat: 'ladder',
    q: '大红门总分最低的是哪个项目',
    expect: (d) =>
      d.top(
        F(d, (r) => at('003')(r) && ts(r) != null),
        ts,
        1,
        'asc',
      ),
  },
  {
    id: 'sp2-ladder-11',
    cat: 'ladder',
    q: '全年执行数最少的五个项目',
    expect: (d) => d.topMoney(d.all, 'executed', 5, 'asc'),
  },
  {
    id: 'sp2-ladder-12',
    cat: 'ladder',
    q: '四个街道各自预算最大的项目',
    // 大红门's two largest differ in the sixth decimal (3457.171733 and 3457.17173, the same sum): either may be named
    expect: (d) => {
      const must = [];
      const may = [];
      for (const c of Object.values(STREETS)) {
        const rs = F(d, at(c)).filter((r) => ab(r) != null);
        const best = Math.max(...rs.map(ab));
        const near = rs.filter((r) => best - ab(r) < 0.001);
        if (near.length === 1) must.push(near[0]);
        else may.push(...near);
      }
      return d.setTol(must, may);
    },
  },
  {
    // both 年初 and 全年 written; the largest gap either way
    id: 'sp2-ladder-13',
    cat: 'ladder',
    q: '年初预算和全年预算相差最大的项目是哪个',
    expect: (d) =>
      d.top(
        F(d, (r) => ib(r) != null && ab(r) != null),
        (r) => Math.abs(ab(r) - ib(r)),
        1,
        'desc',
      ),
  },
  {
    id: 'sp2-ladder-14',
    cat: 'ladder',
    q: '2020年的项目里自评分最高的是哪个',
    expect: (d) =>
      d.top(
        F(d, (r) => r.year === 2020 && ts(r) != null),
        ts,
        1,
        'desc',
      ),
  },
  {
    // per person, a shared cell left out (it changes no place of the three)
    id: 'sp2-ladder-15',
    cat: 'ladder',
    q: '负责项目个数最多的前三个人是谁',
    expect: (d) => {
      const m = {};
      for (const r of d.all) if (!blank(r.owner)) m[norm(r.owner)] = (m[norm(r.owner)] ?? 0) + 1;
      const top = Object.entries(m).sort((a, b) => b[1] - a[1]);
      if (top[2][1] === top[3][1]) throw new Error('tie at 3');
      return allOf(...top.slice(0, 3).map(([n]) => says(n)));
    },
  },
  {
    id: 'sp2-ladder-16',
    cat: 'ladder',
    q: '按全年预算从小到大，倒数第三的是哪个项目',
    // corrected after the first run: 倒数第三 of a list sorted 从小到大 reads two ways — the third smallest, or the third
    // from the end of that list (the third largest, under both readings of 疏整促's cell; 大红门's two largest differ in
    // the sixth decimal only, so either of them may be the third as written)
    expect: (d) => {
      const third = (k) => {
        const vs = d.all.filter((r) => k(r) != null).sort((a, b) => k(b) - k(a));
        const v = k(vs[2]);
        return d.setTol(
          [],
          vs.filter((r) => Math.abs(k(r) - v) < 0.001),
        );
      };
      return d.anyOf(nth(d, d.all, ab, 3, 'asc'), third(ab), third(abC));
    },
  },
  {
    id: 'sp2-ladder-17',
    cat: 'ladder',
    q: '潞源执行率最低的两个项目',
    expect: (d) => both(d, (f) => d.top(F(d, at('000')), f, 2, 'asc')),
  },
  {
    id: 'sp2-ladder-18',
    cat: 'ladder',
    q: '哪个街道的项目预算总额最高',
    expect: (d) => {
      const s = Object.entries(STREETS).map(([n, c]) => [n, sumM(F(d, at(c)), money, 'annualBudget')]);
      s.sort((a, b) => b[1] - a[1]);
      return says(s[0][0]);
    },
  },
  {
    id: 'sp2-ladder-19',
    cat: 'ladder',
    q: '双井那两个疫情防控资金，哪个钱多',
    expect: (d) => pick2(d, I(d, '001-004'), I(d, '001-005'), ab, 'desc'),
  },
  {
    id: 'sp2-ladder-20',
    cat: 'ladder',
    q: '全市十六个区的绩效自评排名情况',
    expect: (d) => d.anyOf(d.refuse('十六个区'), d.refuse('全市')),
  },

  // ---- purse: money in 万元 / 元 / 亿元, shares and differences ----
  {
    id: 'sp2-purse-01',
    cat: 'purse',
    q: '所有项目全年预算加起来多少万元',
    expect: (d) => d.sumMoney(d.all, 'annualBudget'),
  },
  {
    id: 'sp2-purse-02',
    cat: 'purse',
    q: '全部项目全年执行数合计折合多少亿元',
    expect: (d) =>
      d.anyOf(
        exact(sumM(d.all, money, 'executed') / 10000, 0.005),
        exact(sumM(d.all, conv, 'executed') / 10000, 0.005),
      ),
  },
  {
    id: 'sp2-purse-03',
    cat: 'purse',
    q: '潞源街道全年执行数合计',
    expect: (d) => placeFig(d, '潞源', (rs, m) => sumM(rs, m, 'executed')),
  },
  {
    // within 大红门's forms (003); the 民生保障办公室 label as 实施单位 (with its 「…是」 slip)
    id: 'sp2-purse-04',
    cat: 'purse',
    q: '大红门民生保障办公室的项目预算占大红门全部预算的百分之多少',
    expect: (d) => {
      const all = F(d, at('003'));
      const part = all.filter((r) => /民生保障办公室/.test(norm(r.implementingUnit)));
      const strict = all.filter((r) => norm(r.implementingUnit) === '民生保障办公室');
      return share(
        d,
        [sumM(part, money, 'annualBudget'), sumM(all, money, 'annualBudget')],
        [sumM(strict, money, 'annualBudget'), sumM(all, money, 'annualBudget')],
      );
    },
  },
  {
    id: 'sp2-purse-05',
    cat: 'purse',
    q: '河门口的项目全年预算一共多少元（换成元）',
    expect: (d) => d.number(sumM(F(d, at('004')), money, 'annualBudget') * 10000, 1),
  },
  {
    id: 'sp2-purse-06',
    cat: 'purse',
    q: '2020年度和2023年度的全年预算各是多少',
    expect: (d) => {
      const alt = (m) => {
        const t = {};
        for (const r of d.all) t[r.year] = (t[r.year] ?? 0) + (m(r, 'annualBudget') ?? 0);
        return [d.groups(t), allOf(...Object.values(t).map((v) => d.number(v)))];
      };
      return d.anyOf(...alt(money), ...alt(conv));
    },
  },
  {
    id: 'sp2-purse-07',
    cat: 'purse',
    q: '全部项目还剩多少钱没花出去（全年预算减全年执行数）',
    expect: (d) => bothFig(d, (m) => sumM(d.all, m, 'annualBudget') - sumM(d.all, m, 'executed')),
  },
  {
    id: 'sp2-purse-08',
    cat: 'purse',
    q: '朗清园社区警务工作室项目没花完的钱是多少',
    expect: (d) => {
      const r = I(d, '000-006');
      return d.anyOf(d.value(r, ab(r) - ex(r)), d.value(r, (ab(r) - ex(r)) * 10000));
    },
  },
  {
    id: 'sp2-purse-09',
    cat: 'purse',
    q: '平均一个项目全年预算多少万',
    expect: (d) => bothFig(d, (m) => sumM(d.all, m, 'annualBudget') / d.all.length),
  },
  {
    id: 'sp2-purse-10',
    cat: 'purse',
    q: '发改委的全年预算总额比潞源多多少',
    expect: (d) => {
      const vals = [];
      for (const m of [money, conv])
        for (const a of pools(d, '发改委'))
          for (const b of pools(d, '潞源')) {
            const g = sumM(a, m, 'annualBudget') - sumM(b, m, 'annualBudget');
            vals.push(g, -g);
          }
      return d.anyOf(...[...new Set(vals.map((v) => Math.round(v * 1e6) / 1e6))].map((v) => d.number(v)));
    },
  },
  {
    id: 'sp2-purse-11',
    cat: 'purse',
    q: '全年预算过百万的项目有几个',
    expect: (d) => moneyBandCount(d, 'annualBudget', 100, Number.POSITIVE_INFINITY),
  },
  {
    id: 'sp2-purse-12',
    cat: 'purse',
    q: '全年预算不到一万块钱的项目有哪些',
    expect: (d) => moneyBand(d, 'annualBudget', Number.NEGATIVE_INFINITY, 1),
  },
  {
    // the 「其中：当年财政拨款」 row; the 元-in-万元 cell of 疏整促 carries into it
    id: 'sp2-purse-13',
    cat: 'purse',
    q: '“其中：当年财政拨款”这一行的全年预算数，所有表加起来是多少',
    expect: (d) => {
      const f = (conv2) =>
        d.all.reduce((s, r) => {
          const v = money(r, 'annualBudget', 'fiscal');
          if (v == null) return s;
          return s + (conv2 && v >= 100000 ? v / 10000 : v);
        }, 0);
      return f(false) === f(true) ? d.number(f(false)) : d.anyOf(d.number(f(false)), d.number(f(true)));
    },
  },
  {
    id: 'sp2-purse-14',
    cat: 'purse',
    q: '年初预算数合计多少（填了年初预算的表）',
    expect: (d) => d.number(sumM(d.all, money, 'initialBudget')),
  },
  {
    // Σ执行 / Σ预算 over 潞源's forms
    id: 'sp2-purse-15',
    cat: 'purse',
    q: '潞源街道整体的预算执行率是多少（总执行数除以总预算）',
    expect: (d) =>
      placeFig(d, '潞源', (rs, m) => (100 * sumM(rs, m, 'executed')) / sumM(rs, m, 'annualBudget'), PCT),
  },
  {
    id: 'sp2-purse-16',
    cat: 'purse',
    q: '双井的两个项目加起来多少钱，用元说',
    expect: (d) => d.number(sumM(F(d, at('001')), money, 'annualBudget') * 10000, 1),
  },
  {
    // 城乡管理办公室 alone, or with 城乡建设办公室 and the shared 城乡办、平安办 cell; both readings of 疏整促 in the whole
    id: 'sp2-purse-17',
    cat: 'purse',
    q: '城乡管理办公室的项目预算占全部项目预算的比重',
    expect: (d) => {
      const pairs = [];
      for (const m of [money, conv])
        for (const part of [
          F(d, (r) => inUnit(r, '城乡管理办公室')),
          F(d, (r) => inUnit(r, '城乡管理办公室', '城乡建设办公室', '城乡办')),
        ])
          pairs.push([sumM(part, m, 'annualBudget'), sumM(d.all, m, 'annualBudget')]);
      return share(d, ...pairs);
    },
  },
  {
    // 全年 below 年初, both written (a 年初 written 0 cannot be cut)
    id: 'sp2-purse-18',
    cat: 'purse',
    q: '大红门哪个项目全年预算比年初压减得最多，减了多少',
    expect: (d) => {
      const r = d.top(
        F(d, (x) => at('003')(x) && ib(x) != null && ab(x) != null && ab(x) < ib(x)),
        (x) => ib(x) - ab(x),
        1,
        'desc',
      );
      const p = d.byName(r.must[0]);
      return d.value(p, Math.round((ib(p) - ab(p)) * 1e6) / 1e6);
    },
  },
  {
    id: 'sp2-purse-19',
    cat: 'purse',
    q: '2020年度项目的全年预算占全部预算的比例',
    expect: (d) =>
      share(
        d,
        ...[money, conv].map((m) => [
          sumM(
            F(d, (r) => r.year === 2020),
            m,
            'annualBudget',
          ),
          sumM(d.all, m, 'annualBudget'),
        ]),
      ),
  },
  {
    id: 'sp2-purse-20',
    cat: 'purse',
    q: '这些项目资金里专项债占了多少',
    expect: (d) => d.refuse('专项债'),
  },

  // ---- wechat: the 主任 on WeChat — short, elliptical, follow-ups, slips, words for numbers, the unanswerable ----
  {
    id: 'sp2-wechat-01',
    cat: 'wechat',
    pre: '潞源有几个项目',
    q: '双井呢',
    expect: (d) => placeCnt(d, '双井'),
  },
  {
    id: 'sp2-wechat-02',
    cat: 'wechat',
    pre: '大红门总分最低的是哪个',
    q: '谁负责的',
    expect: (d) => {
      const low = F(d, (r) => at('003')(r) && ts(r) != null).sort((a, b) => ts(a) - ts(b));
      if (ts(low[0]) === ts(low[1])) throw new Error('tie');
      return d.value(low[0], low[0].owner);
    },
  },
  {
    id: 'sp2-wechat-03',
    cat: 'wechat',
    pre: '河门口的项目',
    q: '钱加起来多少',
    expect: (d) => d.number(sumM(F(d, at('004')), money, 'annualBudget')),
  },
  {
    id: 'sp2-wechat-04',
    cat: 'wechat',
    pre: '发改委预算最多的三个项目',
    q: '倒过来',
    // the lowest three from the bottom up, or the same three listed the other way round (both readings of 疏整促)
    expect: (d) =>
      d.anyOf(
        ...[ab, abC].flatMap((k) => {
          const top3 = [...F(d, at('002'))].sort((a, b) => k(b) - k(a)).slice(0, 3);
          return [d.top(F(d, at('002')), k, 3, 'asc'), d.top(top3, k, 3, 'asc')];
        }),
      ),
  },
  {
    // her projects carry several numbers: any of them
    id: 'sp2-wechat-05',
    cat: 'wechat',
    pre: '牛艳维负责几个项目',
    q: '她电话多少',
    // corrected after the first run: her forms carry four numbers, so her projects listed with their 联系电话 column
    // answer it as well as the numbers said
    expect: (d) =>
      d.anyOf(
        says(...new Set(F(d, own('牛艳维')).flatMap(phoneNumbers))),
        column(d, '联系电话', F(d, own('牛艳维')), (r) => r.phone),
      ),
  },
  {
    id: 'sp2-wechat-06',
    cat: 'wechat',
    q: 'lu源几个项目',
    expect: (d) => placeCnt(d, '潞源'),
  },
  {
    id: 'sp2-wechat-07',
    cat: 'wechat',
    q: '执行绿最低的三个',
    expect: (d) => both(d, (f) => d.top(d.all, f, 3, 'asc')),
  },
  {
    id: 'sp2-wechat-08',
    cat: 'wechat',
    q: '二零二零年的项目总共花了多少',
    expect: (d) =>
      d.number(
        sumM(
          F(d, (r) => r.year === 2020),
          money,
          'executed',
        ),
      ),
  },
  {
    id: 'sp2-wechat-09',
    cat: 'wechat',
    q: '预算五百万以上的有哪几个',
    expect: (d) => moneyBand(d, 'annualBudget', 500, Number.POSITIVE_INFINITY),
  },
  {
    id: 'sp2-wechat-10',
    cat: 'wechat',
    pre: '总分不到98分的项目',
    q: '只要大红门的',
    expect: (d) => placeSet(d, '大红门', (r) => ts(r) != null && ts(r) < 98),
  },
  {
    // 没做 reads three ways (no satisfaction row, a row saying 未做, either); satDoubt forms optional under each
    id: 'sp2-wechat-11',
    cat: 'wechat',
    q: '大红们满意读没做的几个',
    expect: (d) => {
      const pool = F(d, at('003'));
      const n = (f) => pool.filter(f).length;
      const noRow = (r) => satRows(r).length === 0;
      return countAny(
        d,
        [n(satNotDone), n((r) => satNotDone(r) || satDoubt(r))],
        [n((r) => noRow(r) && !satDoubt(r)), n(noRow)],
        [n((r) => satNotDone(r) || (noRow(r) && !satDoubt(r))), n((r) => satNotDone(r) || noRow(r))],
      );
    },
  },
  {
    id: 'sp2-wechat-12',
    cat: 'wechat',
    q: '在吗 明天开会要用 潞源总分不是满分的报给我',
    expect: (d) => placeSet(d, '潞源', (r) => ts(r) != null && ts(r) < 100),
  },
  {
    id: 'sp2-wechat-13',
    cat: 'wechat',
    pre: '周蕾莹负责哪些',
    q: '一共多少钱',
    expect: (d) => d.number(sumM(F(d, own('周蕾莹')), money, 'annualBudget')),
  },
  {
    id: 'sp2-wechat-14',
    cat: 'wechat',
    pre: '孟卓聪负责的项目',
    q: '他电话多少',
    // corrected after the first run: his projects listed with their 联系电话 column answer it too (as sp2-wechat-05)
    expect: (d) =>
      d.anyOf(
        says(...new Set(F(d, own('孟卓聪')).flatMap(phoneNumbers))),
        column(d, '联系电话', F(d, own('孟卓聪')), (r) => r.phone),
      ),
  },
  {
    id: 'sp2-wechat-15',
    cat: 'wechat',
    q: '今年的项目自评都交齐了没',
    expect: (d) => noYear(d, '今年', 2026),
  },
  {
    id: 'sp2-wechat-16',
    cat: 'wechat',
    q: '街道账上现在还有多少钱能动',
    expect: (d) => d.anyOf(d.refuse('账上'), d.refuse('现在')),
  },
  {
    id: 'sp2-wechat-17',
    cat: 'wechat',
    q: '把晨光路拆迁那个总分给我改成100',
    expect: (d) => d.refuse('改成'),
  },
  {
    // stated rate below 100, or computed rate below 100
    id: 'sp2-wechat-18',
    cat: 'wechat',
    pre: '执行率没到100%的有哪些',
    q: '里面潞源的几个',
    expect: (d) =>
      d.anyOf(
        placeCnt(d, '潞源', (r) => rate(r) != null && rate(r) < 100),
        placeCnt(d, '潞源', (r) => rateComputed(r) != null && rateComputed(r) < 100),
      ),
  },
  {
    id: 'sp2-wechat-19',
    cat: 'wechat',
    q: '一百万以上的项目几个',
    expect: (d) => moneyBandCount(d, 'annualBudget', 100, Number.POSITIVE_INFINITY),
  },
  {
    id: 'sp2-wechat-20',
    cat: 'wechat',
    pre: '赵康负责几个项目',
    q: '那李毅飞呢',
    expect: (d) => d.countRange(F(d, own('李毅飞')).length, F(d, ownAny('李毅飞')).length),
  },
];
