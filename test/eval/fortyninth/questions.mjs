// The forty-ninth part (helper "blind67"): 120 portfolio questions asked by three people over the 169 forms — (A) a
// newcomer to a 区局 finance office who does not know the form's words (钱用了多少, 打的分, 谁管的), hedges (好像 / 是不是 /
// 应该) and asks what a term means together with a question; (B) a statistician who wants group figures, shares,
// averages, differences in 百分点, counts of indicator rows by kind and rankings within groups; (C) someone typing fast
// in a chat app: abbreviations, pinyin typos, English words, emoji, two asks in one message, chit-chat around the
// question. Written blind (no run of the bot) by an author who had not read src/, prompts/, test/ outside test/eval/
// nor any other part's question lines; expectations computed from the records by ../lib and ./helpers.mjs only. Not
// split. A blind measure: tuners read its figures only. Definitions: ../README.md ("The forty-ninth part").
import {
  aboveWeight,
  benefitDoubt,
  budgetScore,
  devMissing,
  money,
  noBenefit,
  norm,
  noSat,
  ownerMissing,
  phoneMissing,
  rate,
  rateComputed,
  rows,
  satDoubt,
  satNotDone,
  satRows,
} from '../lib/corpus.mjs';
import {
  allOf,
  bothMoney,
  budgetAbove,
  F,
  moneyBandCount,
  nth,
  overspent,
  overspentReal,
  PCT,
  phoneNumbers,
  ranked,
  rateDiff,
  rateOff,
  roundedUp,
  sumBy,
  tallyBy,
  totalOff,
  ts,
  weightOff,
} from '../lib/shorthands.mjs';
import {
  CX,
  CX_MAYBE,
  DHM,
  devMissingRows,
  FG,
  HMK,
  LY,
  MS,
  mean,
  median,
  overReaders,
  R,
  RATES,
  rateReadings,
  SJ,
  satLike,
  short,
  signed,
  unitHas,
  yr,
} from './helpers.mjs';

const sumM = (rs, m, col) => sumBy(rs, m, col);
const rowsOf = (rs, f = () => true) => rs.reduce((s, r) => s + rows(r).filter(f).length, 0);

export const questions = [
  // ---------------- money ----------------
  // A (newcomer): 01–09
  {
    id: 't49-money-01',
    cat: 'money',
    q: '我刚来财务科，想问下潞源街道那些项目一共花了多少钱呀？就是实际用掉的',
    // 花了 / 实际用掉的 = Σ 全年执行数 of the 潞源 forms
    expect: (d) => d.number(sumM(F(d, LY), money, 'executed')),
  },
  {
    id: 't49-money-02',
    cat: 'money',
    q: '2023年社区公益事业补助资金那个，批下来的钱是不是68万？实际用掉了多少',
    // 批下来的钱 = 全年预算数 68; 实际用掉 = 全年执行数 65.39337 (both asked: the confirmation and the amount)
    expect: (d) =>
      allOf(d.value(R(d, '000-018'), 68), d.value(R(d, '000-018'), money(R(d, '000-018'), 'executed'))),
  },
  {
    id: 't49-money-03',
    cat: 'money',
    q: '朗清园社区警务工作室那个装修项目，钱好像没用完？剩了多少',
    // 剩 = 全年预算数 − 全年执行数 = 438 − 433 = 5 万元 (or 50000 元)
    expect: (d) => d.anyOf(d.number(5), d.number(50000)),
  },
  {
    id: 't49-money-04',
    cat: 'money',
    q: '年初预算数是啥意思，跟全年预算不是一回事吗？2023年城市居民最低生活保障这个项目两个数差了多少',
    // 年初预算数 1320 − 全年预算数 1168.685052 = 151.314948 (either sign)
    expect: (d) =>
      signed(d, money(R(d, '003-015'), 'initialBudget') - money(R(d, '003-015'), 'annualBudget')),
  },
  {
    id: 't49-money-05',
    cat: 'money',
    q: '发改委那边的项目，预算加起来应该有两千多万吧？具体是多少',
    // Σ 全年预算数 of the 发改委 forms, both readings of the 元-in-万元 cell of 疏整促 (README)
    expect: (d) => d.sumMoney(F(d, FG), 'annualBudget'),
  },
  {
    id: 't49-money-06',
    cat: 'money',
    q: '河门口那几个项目平均一个多少钱？我是说预算，不是花掉的',
    expect: (d) => d.number(sumM(F(d, HMK), money, 'annualBudget') / F(d, HMK).length),
  },
  {
    id: 't49-money-07',
    cat: 'money',
    q: '大红门城乡管理办公室管的那些项目，一共批了多少钱？',
    // 管的 = 实施单位; 城乡建设办公室 (003-054) and 城乡办、平安办 (003-095) may be counted in: every combination
    expect: (d) => {
      const base = F(d, (r) => DHM(r) && CX(r));
      const extra = CX_MAYBE.map((id) => R(d, id));
      const sets = [base, [...base, extra[0]], [...base, extra[1]], [...base, ...extra]];
      return d.anyOf(...sets.map((rs) => d.number(sumM(rs, money, 'annualBudget'))));
    },
  },
  {
    id: 't49-money-08',
    cat: 'money',
    q: '2023年节能专项资金应该是247万对吧，换算成元是多少来着',
    expect: (d) => d.number(money(R(d, '002-006'), 'annualBudget') * 10000),
  },
  {
    id: 't49-money-09',
    cat: 'money',
    q: '预算一百万以上的项目有几个？好像挺多的',
    // 以上: a form exactly on 100 may or may not count (README), both readings of 疏整促
    expect: (d) => moneyBandCount(d, 'annualBudget', 100, Number.POSITIVE_INFINITY),
  },
  // B (statistician): 10–17
  {
    id: 't49-money-10',
    cat: 'money',
    q: '按年度分组，统计全年预算数合计',
    expect: (d) =>
      overReaders(d, (m) =>
        d.groups({
          2020: sumM(F(d, yr(2020)), m, 'annualBudget'),
          2023: sumM(F(d, yr(2023)), m, 'annualBudget'),
        }),
      ),
  },
  {
    id: 't49-money-11',
    cat: 'money',
    q: '大红门街道的全年执行数合计占全部项目执行数合计的百分比是多少？',
    expect: (d) =>
      bothMoney(d, (m) => (100 * sumM(F(d, DHM), m, 'executed')) / sumM(d.all, m, 'executed'), PCT),
  },
  {
    id: 't49-money-12',
    cat: 'money',
    q: '潞源与河门口的平均执行率相差多少个百分点？',
    // 平均执行率: the mean of the forms' rates (stated or computed) or each group's own rate Σ执行/Σ预算; either sign
    expect: (d) => {
      const a = rateReadings(F(d, LY));
      const b = rateReadings(F(d, HMK));
      return d.anyOf(...a.map((x, k) => signed(d, x - b[k], PCT)));
    },
  },
  {
    id: 't49-money-13',
    cat: 'money',
    q: '大红门项目全年预算数的中位数是多少万元',
    expect: (d) => d.number(median(F(d, DHM), (r) => money(r, 'annualBudget'))),
  },
  {
    id: 't49-money-14',
    cat: 'money',
    q: '2023年项目的平均全年预算比2020年项目的平均全年预算高多少？',
    expect: (d) =>
      overReaders(d, (m) =>
        signed(
          d,
          sumM(F(d, yr(2023)), m, 'annualBudget') / F(d, yr(2023)).length -
            sumM(F(d, yr(2020)), m, 'annualBudget') / F(d, yr(2020)).length,
        ),
      ),
  },
  {
    id: 't49-money-15',
    cat: 'money',
    q: '在填写了年初预算数的项目中，全年预算数合计比年初预算数合计多出多少万元？',
    // forms with both cells written (a 0 年初 counts as written); either sign
    expect: (d) => {
      const rs = F(d, (r) => money(r, 'initialBudget') != null && money(r, 'annualBudget') != null);
      return signed(d, sumM(rs, money, 'annualBudget') - sumM(rs, money, 'initialBudget'));
    },
  },
  {
    id: 't49-money-16',
    cat: 'money',
    q: '全年执行数排名前5的项目，其执行数合计占全部执行数的比重',
    expect: (d) =>
      bothMoney(
        d,
        (m) => {
          const vs = d.all.map((r) => m(r, 'executed') ?? 0).sort((a, b) => b - a);
          return (100 * vs.slice(0, 5).reduce((a, b) => a + b, 0)) / vs.reduce((a, b) => a + b, 0);
        },
        PCT,
      ),
  },
  {
    id: 't49-money-17',
    cat: 'money',
    q: '实施单位为民生保障办公室的项目，全年预算数的均值为多少万元？',
    expect: (d) => d.number(mean(F(d, MS), (r) => money(r, 'annualBudget'))),
  },
  // C (chat typist): 18–25
  {
    id: 't49-money-18',
    cat: 'money',
    q: '在吗 潞源总预算多少w😂',
    expect: (d) => d.number(sumM(F(d, LY), money, 'annualBudget')),
  },
  {
    id: 't49-money-19',
    cat: 'money',
    q: '大洪门执行数最高的那个项目多少钱啊',
    // 003-007 (3457.171733) and 003-022 (3457.17173) differ by 0.03 元: either, 3457.17 万元
    expect: (d) =>
      d.anyOf(
        d.value(R(d, '003-007'), money(R(d, '003-007'), 'executed')),
        d.value(R(d, '003-022'), money(R(d, '003-022'), 'executed')),
      ),
  },
  {
    id: 't49-money-20',
    cat: 'money',
    q: '辛苦啦～ 河门口2020年 total budget 多少',
    expect: (d) => d.number(sumM(F(d, HMK), money, 'annualBudget')),
  },
  {
    id: 't49-money-21',
    cat: 'money',
    q: '双井疫情防控资金 基本户+零余额 俩加起来多少钱',
    // 6.5 + 32.9 (全年预算 = 全年执行数 on both)
    expect: (d) => d.number(sumM(F(d, SJ), money, 'annualBudget')),
  },
  {
    id: 't49-money-22',
    cat: 'money',
    q: '节能专项资金跟经济大脑 哪个钱多 差多少',
    expect: (d) => signed(d, money(R(d, '002-005'), 'annualBudget') - money(R(d, '002-006'), 'annualBudget')),
  },
  {
    id: 't49-money-23',
    cat: 'money',
    q: '哈哈问个事 执行数不到1w的项目有几个',
    // 1w = 1 万元; a form exactly on the bound (政法委以奖代补奖励, 1 万元) may or may not count (README, fifth batch)
    expect: (d) => moneyBandCount(d, 'executed', Number.NEGATIVE_INFINITY, 1),
  },
  {
    id: 't49-money-24',
    cat: 'money',
    q: '潞源的钱总体花了百分之几 执行率整体看',
    // the group's own rate, or the mean of the forms' rates (stated / computed)
    expect: (d) => d.anyOf(...rateReadings(F(d, LY)).map((v) => d.number(v, PCT))),
  },
  {
    id: 't49-money-25',
    cat: 'money',
    q: '发改委23年 节能+经济大脑+法律顾问 三个预算加一块多少呀',
    expect: (d) => d.number(sumM([R(d, '002-006'), R(d, '002-005'), R(d, '002-001')], money, 'annualBudget')),
  },

  // ---------------- rows ----------------
  // A: 01–09
  {
    id: 't49-rows-01',
    cat: 'rows',
    q: '潞源的统计所经费有几条考核指标？就是表下面那些打分的行',
    expect: (d) => d.count(rows(R(d, '000-001')).length),
  },
  {
    id: 't49-rows-02',
    cat: 'rows',
    q: '打的分没拿满的那些指标，一共有多少条？好像大部分是满意度',
    // rows scored below their weight (50); a weighted row whose 得分 is left empty may be counted too (57)
    expect: (d) =>
      d.countRange(
        rowsOf(d.all, short),
        rowsOf(d.all, (i) => short(i) || (i.weight && i.score == null)),
      ),
  },
  {
    id: 't49-rows-03',
    cat: 'rows',
    q: '习风园改造项目的指标里，哪几条没拿满分呀？',
    expect: (d) =>
      d.valueAll(R(d, '004-011'), '建立廉政文化教育基地', '持续弘扬“三线文化”', '打造三线文化教育产业'),
  },
  {
    id: 't49-rows-04',
    cat: 'rows',
    q: '满意度那一栏打了0分的项目有哪些？是不是都因为没做调查',
    // a satisfaction row scored 0; a satDoubt record (its satisfaction row filed elsewhere) optional, and so is 创卫
    // (003-094), whose 未做 row leaves the 得分 empty
    expect: (d) =>
      d.setTol(
        F(d, (r) => satRows(r).some((i) => i.score === 0)),
        F(d, (r) => satDoubt(r) || r.id === '003-094' || rows(r).some((i) => satLike(i) && i.score === 0)),
      ),
  },
  {
    id: 't49-rows-05',
    cat: 'rows',
    q: '效益指标是指什么？跟满意度是分开的吗？哪些项目一个效益指标都没有',
    // by the 一级指标 label (7 forms file their 社会效益 rows under 产出指标; 公益电影放映补贴 leaves the 一级 cell blank:
    // optional), or by any row named 效益 (every form has one: an empty list)
    expect: (d) =>
      d.anyOf(
        d.setTol(
          F(d, (r) => noBenefit(r) && rows(r).some((i) => norm(i.level1) !== '')),
          F(d, (r) => noBenefit(r) || benefitDoubt(r)),
        ),
        d.set([]),
      ),
  },
  {
    id: 't49-rows-06',
    cat: 'rows',
    q: '年度指标值应该就是目标吧？公益电影放映补贴那几条指标的目标值分别写的什么',
    expect: (d) => d.valueAll(R(d, '000-027'), ...rows(R(d, '000-027')).map((i) => i.target)),
  },
  {
    id: 't49-rows-07',
    cat: 'rows',
    q: '我看有的表指标写得特别多，哪个项目的指标行数最多啊',
    expect: (d) => d.top(d.all, (r) => rows(r).length, 1, 'desc'),
  },
  {
    id: 't49-rows-08',
    cat: 'rows',
    q: '成本指标应该是算钱的那类吧？河门口的项目里有成本指标的有几个',
    // forms with a row whose 二级指标 says 成本 (or a 一级 成本指标 label)
    expect: (d) =>
      d.count(
        F(
          d,
          (r) =>
            HMK(r) && rows(r).some((i) => norm(i.level2).includes('成本') || norm(i.level1).includes('成本')),
        ).length,
      ),
  },
  {
    id: 't49-rows-09',
    cat: 'rows',
    q: '双井疫情防控资金基本户那张表，满意度指标是不是满分？打了几分',
    expect: (d) => d.value(R(d, '001-004'), satRows(R(d, '001-004'))[0].score),
  },
  // B: 10–17
  {
    id: 't49-rows-10',
    cat: 'rows',
    q: '一级指标为满意度指标的指标行共有多少条？',
    // 156 as the records file them; the satDoubt records' satisfaction rows (filed under 效益 or missing) may add up to 4
    expect: (d) => {
      const n = rowsOf(d.all, (i) => norm(i.level1).includes('满意度'));
      return d.countRange(n, n + F(d, satDoubt).length);
    },
  },
  {
    id: 't49-rows-11',
    cat: 'rows',
    q: '平均每个项目设置了几条三级指标？',
    expect: (d) => d.number(rowsOf(d.all) / d.all.length),
  },
  {
    id: 't49-rows-12',
    cat: 'rows',
    q: '分年度统计每个项目的平均指标条数',
    expect: (d) =>
      d.groups({
        2020: rowsOf(F(d, yr(2020))) / F(d, yr(2020)).length,
        2023: rowsOf(F(d, yr(2023))) / F(d, yr(2023)).length,
      }),
  },
  {
    id: 't49-rows-13',
    cat: 'rows',
    q: '在得分低于分值的指标行中，满意度指标所占比例是多少',
    // of the rows scored below weight: the 一级 满意度 ones, or also the satisfaction rows the pdf-text reading filed
    // under 效益 (003-041, 003-139, 003-142)
    expect: (d) => {
      const all = rowsOf(d.all, short);
      const a = rowsOf(d.all, (i) => short(i) && norm(i.level1).includes('满意度'));
      const b = rowsOf(d.all, (i) => short(i) && satLike(i));
      return d.anyOf(d.number((100 * a) / all, PCT), d.number((100 * b) / all, PCT));
    },
  },
  {
    id: 't49-rows-14',
    cat: 'rows',
    q: '二级指标为时效指标的行数占全部指标行数的百分比',
    expect: (d) =>
      d.number((100 * rowsOf(d.all, (i) => norm(i.level2).includes('时效'))) / rowsOf(d.all), PCT),
  },
  {
    id: 't49-rows-15',
    cat: 'rows',
    q: '按年度统计得分低于分值的指标条数',
    expect: (d) => d.groups({ 2020: rowsOf(F(d, yr(2020)), short), 2023: rowsOf(F(d, yr(2023)), short) }),
  },
  {
    id: 't49-rows-16',
    cat: 'rows',
    q: '指标行数最多的前三个项目',
    expect: (d) => d.top(d.all, (r) => rows(r).length, 3, 'desc'),
  },
  {
    id: 't49-rows-17',
    cat: 'rows',
    q: '平均每个项目有几条产出指标？',
    // 一级 产出指标; 「产出标指」 (a typo of the label) may be read as it
    expect: (d) =>
      d.anyOf(
        d.number(rowsOf(d.all, (i) => norm(i.level1) === '产出指标') / d.all.length),
        d.number(rowsOf(d.all, (i) => /产出(指标|标指)/.test(norm(i.level1))) / d.all.length),
      ),
  },
  // C: 18–25
  {
    id: 't49-rows-18',
    cat: 'rows',
    q: '习风园 有几个指标扣分了😅',
    expect: (d) => d.count(rows(R(d, '004-011')).filter(short).length),
  },
  {
    id: 't49-rows-19',
    cat: 'rows',
    q: '满意读没拿满分的表有哪些 急',
    // a satisfaction row below its weight; satDoubt records and 003-094 (未做, 得分 empty) optional
    expect: (d) =>
      d.setTol(
        F(d, (r) => satRows(r).some(short)),
        F(
          d,
          (r) =>
            satDoubt(r) ||
            r.id === '003-094' ||
            r.id === '003-135' ||
            rows(r).some((i) => satLike(i) && short(i)),
        ),
      ),
  },
  {
    id: 't49-rows-20',
    cat: 'rows',
    q: '经济大脑那个项目 指标 list 一下 thx',
    expect: (d) => d.valueAll(R(d, '002-005'), ...rows(R(d, '002-005')).map((i) => i.name)),
  },
  {
    id: 't49-rows-21',
    cat: 'rows',
    q: '在吗 有没有哪个指标得分比分值还高的 感觉不太可能哈哈',
    // none; 平安建设经费's budget row (100％ against 10) may count (README)
    expect: (d) => d.setTol(F(d, aboveWeight), F(d, budgetAbove)),
  },
  {
    id: 't49-rows-22',
    cat: 'rows',
    q: '公益电影放映补贴 播放场次 目标多少 实际多少',
    expect: (d) => {
      const i = rows(R(d, '000-027'))[0];
      return allOf(d.value(R(d, '000-027'), Number(i.target)), d.value(R(d, '000-027'), Number(i.actual)));
    },
  },
  {
    id: 't49-rows-23',
    cat: 'rows',
    q: '偏插原因没写 但扣了分的指标 有几条',
    expect: (d) => d.count(d.all.reduce((s, r) => s + devMissingRows(r).length, 0)),
  },
  {
    id: 't49-rows-24',
    cat: 'rows',
    q: '潞源 指标总共多少条？其中扣分的几条',
    expect: (d) => allOf(d.count(rowsOf(F(d, LY))), d.count(rowsOf(F(d, LY), short))),
  },
  {
    id: 't49-rows-25',
    cat: 'rows',
    q: '有生态效益指标的项目 有多少个🌳',
    // three readings: any row labelled 生态效益指标 (87), one that carries points (78), one that does not say 不适用 (56)
    expect: (d) => {
      const eco = (i) => norm(i.level2).includes('生态');
      const na = (i) => /不适用/.test(norm(i.name) + norm(i.target) + norm(i.actual));
      return d.anyOf(
        d.count(F(d, (r) => rows(r).some(eco)).length),
        d.count(F(d, (r) => rows(r).some((i) => eco(i) && i.weight > 0)).length),
        d.count(F(d, (r) => rows(r).some((i) => eco(i) && !na(i))).length),
      );
    },
  },

  // ---------------- talk ----------------
  // A: 01–07
  {
    id: 't49-talk-01',
    cat: 'talk',
    pre: '潞源街道有多少个项目？',
    q: '那它们一共花了多少钱呀',
    expect: (d) => d.number(sumM(F(d, LY), money, 'executed')),
  },
  {
    id: 't49-talk-02',
    cat: 'talk',
    pre: '统计所经费是谁负责的？',
    q: '那他的电话是多少，我想打过去问问',
    expect: (d) => d.value(R(d, '000-001'), R(d, '000-001').phone),
  },
  {
    id: 't49-talk-03',
    cat: 'talk',
    q: '不好意思我刚来不太懂，执行率就是钱花出去的比例吧？那潞源哪个项目执行率最低',
    // 000-018 is lowest under both readings (96 / 96.17)
    expect: (d) => d.anyOf(...RATES.map((k) => d.top(F(d, LY), k, 1, 'asc'))),
  },
  {
    id: 't49-talk-04',
    cat: 'talk',
    pre: '大红门民生保障办公室的项目有几个？',
    q: '这些里面预算最多的是哪个',
    expect: (d) =>
      d.top(
        F(d, (r) => DHM(r) && MS(r)),
        (r) => money(r, 'annualBudget'),
        1,
        'desc',
      ),
  },
  {
    id: 't49-talk-05',
    cat: 'talk',
    q: '帮我看下双井的……哦不对，是潞源的，总分低于100的项目有哪些',
    expect: (d) => d.set(F(d, (r) => LY(r) && ts(r) != null && ts(r) < 100)),
  },
  {
    id: 't49-talk-06',
    cat: 'talk',
    pre: '发改委有哪些项目？',
    q: '好像有个法律顾问，它的负责人是谁',
    expect: (d) => d.value(R(d, '002-001'), R(d, '002-001').owner),
  },
  {
    id: 't49-talk-07',
    cat: 'talk',
    q: '谢谢你哈，再麻烦问一个，大红门的项目平均总分大概多少',
    expect: (d) => d.number(mean(F(d, DHM), ts)),
  },
  // B: 08–14
  {
    id: 't49-talk-08',
    cat: 'talk',
    pre: '2020年的项目按全年预算从高到低排一下',
    q: '只取前三',
    expect: (d) => d.top(F(d, yr(2020)), (r) => money(r, 'annualBudget'), 3, 'desc'),
  },
  {
    id: 't49-talk-09',
    cat: 'talk',
    pre: '按年度统计项目数量',
    q: '再加上各年度的全年执行数合计',
    expect: (d) =>
      overReaders(d, (m) =>
        d.groups({
          2020: sumM(F(d, yr(2020)), m, 'executed'),
          2023: sumM(F(d, yr(2023)), m, 'executed'),
        }),
      ),
  },
  {
    id: 't49-talk-10',
    cat: 'talk',
    pre: '大红门总分低于100分的项目有几个',
    q: '其中实施单位是民生保障办公室的占多少比例',
    expect: (d) => {
      const low = F(d, (r) => DHM(r) && ts(r) != null && ts(r) < 100);
      return d.number((100 * low.filter(MS).length) / low.length, PCT);
    },
  },
  {
    id: 't49-talk-11',
    cat: 'talk',
    pre: '实施单位为便民服务中心的项目，平均执行率是多少',
    q: '换成平均总分',
    expect: (d) => d.number(mean(F(d, unitHas('便民服务中心')), ts)),
  },
  {
    id: 't49-talk-12',
    cat: 'talk',
    q: '统计2023年的项目数——更正，是2020年',
    expect: (d) => d.count(F(d, yr(2020)).length),
  },
  {
    id: 't49-talk-13',
    cat: 'talk',
    pre: '潞源的全年预算合计是多少',
    q: '与双井相比差多少',
    expect: (d) => signed(d, sumM(F(d, LY), money, 'annualBudget') - sumM(F(d, SJ), money, 'annualBudget')),
  },
  {
    id: 't49-talk-14',
    cat: 'talk',
    pre: '执行率低于100%的项目有哪些',
    q: '按执行率升序排列',
    // one reading for the lead set and its order: the stated rate, or the computed one
    expect: (d) =>
      d.anyOf(
        ...RATES.map((k) =>
          ranked(
            d,
            F(d, (r) => k(r) != null && k(r) < 100),
            k,
            'asc',
          ),
        ),
      ),
  },
  // C: 15–20
  {
    id: 't49-talk-15',
    cat: 'talk',
    q: 'hi 在吗😊 问下双井的项目有几个',
    expect: (d) => d.count(F(d, SJ).length),
  },
  {
    id: 't49-talk-16',
    cat: 'talk',
    pre: '大红门 总分最低的哪个呀',
    q: '它负责人谁 电话多少',
    expect: (d) =>
      allOf(d.value(R(d, '003-094'), R(d, '003-094').owner), d.value(R(d, '003-094'), R(d, '003-094').phone)),
  },
  {
    id: 't49-talk-17',
    cat: 'talk',
    pre: '发改委项目预算排个序 从大到小',
    q: 'emmm 只看前3个就行',
    expect: (d) => d.topMoney(F(d, FG), 'annualBudget', 3, 'desc'),
  },
  {
    id: 't49-talk-18',
    cat: 'talk',
    q: '不对不对 刚问错了 是河门口不是和门口 项目总分平均多少',
    expect: (d) => d.number(mean(F(d, HMK), ts)),
  },
  {
    id: 't49-talk-19',
    cat: 'talk',
    pre: '经济大脑 执行率多少',
    q: '那节能专项资金呢',
    expect: (d) => d.anyOf(...RATES.map((k) => d.value(R(d, '002-006'), k(R(d, '002-006'))))),
  },
  {
    id: 't49-talk-20',
    cat: 'talk',
    q: '辛苦辛苦🙏 最后一个 潞源23年的项目里周蕾莹负责几个',
    expect: (d) => d.count(F(d, (r) => LY(r) && norm(r.owner) === '周蕾莹').length),
  },

  // ---------------- audit ----------------
  // A: 01–04
  {
    id: 't49-audit-01',
    cat: 'audit',
    q: '总分跟下面各项分数加起来对不上的表有哪些？我看不太懂这个',
    // two readings: SCORING's TOTAL_MISMATCH (stated 总分 ≠ 预算得分 + Σ 得分: 81 forms, 74 of them equal Σ 得分 alone), or
    // 总分 that equals neither 预算得分 + Σ 得分 nor Σ 得分 (the corpus README's wording; 8 forms)
    expect: (d) => {
      const sumS = (r) => rows(r).reduce((s, i) => s + (i.score ?? 0), 0);
      const neither = (r) => totalOff(r) && Math.abs(ts(r) - sumS(r)) > 0.1;
      return d.anyOf(d.set(F(d, totalOff)), d.set(F(d, neither)));
    },
  },
  {
    id: 't49-audit-02',
    cat: 'audit',
    q: '有没有表的执行率好像算错了？就是花的钱除以预算对不上的',
    expect: (d) => d.setTol(F(d, rateOff), F(d, rateDiff)),
  },
  {
    id: 't49-audit-03',
    cat: 'audit',
    q: '负责人和电话都没填的项目有哪些，是不是要退回去补',
    expect: (d) => d.set(F(d, (r) => ownerMissing(r) && phoneMissing(r))),
  },
  {
    id: 't49-audit-04',
    cat: 'audit',
    q: '扣了分但是没写原因的项目有哪些？这样应该不合规吧',
    expect: (d) => d.set(F(d, devMissing)),
  },
  // B: 05–07
  {
    id: 't49-audit-05',
    cat: 'audit',
    q: '全年执行数超过全年预算数的项目数量',
    // 003-096 exceeds by 0.0000004 万元 (a rounding): optional
    expect: (d) => d.countRange(F(d, overspentReal).length, F(d, overspent).length),
  },
  {
    id: 't49-audit-06',
    cat: 'audit',
    q: '分值合计不等于100的表格占全部表格的比例',
    // 预算分值 + Σ 指标分值 ≠ 100 (84 forms); or the 总分 row's own 分值 cell ≠ 100 (1 form writes 1000)
    expect: (d) =>
      d.anyOf(
        d.number((100 * F(d, weightOff).length) / d.all.length, PCT),
        d.number(
          (100 * F(d, (r) => r.totalWeight != null && r.totalWeight !== 100).length) / d.all.length,
          PCT,
        ),
      ),
  },
  {
    id: 't49-audit-07',
    cat: 'audit',
    q: '列出执行率填报为100%但全年执行数小于全年预算数的项目',
    expect: (d) => d.set(F(d, roundedUp)),
  },
  // C: 08–10
  {
    id: 't49-audit-08',
    cat: 'audit',
    q: '电话号码位数不对的 有哪些😓',
    // 9-digit numbers must be listed; the cell with two 8-digit numbers may be
    expect: (d) =>
      d.setTol(
        F(d, (r) => phoneNumbers(r).some((p) => p.length !== 8 && p.length !== 11)),
        F(d, (r) => phoneNumbers(r).length > 1),
      ),
  },
  {
    id: 't49-audit-09',
    cat: 'audit',
    q: '总分没填的表 有几个啊',
    expect: (d) => d.count(F(d, (r) => ts(r) == null).length),
  },
  {
    id: 't49-audit-10',
    cat: 'audit',
    q: '得分比分值高的表 有木有',
    expect: (d) => d.setTol(F(d, aboveWeight), F(d, budgetAbove)),
  },

  // ---------------- desk ----------------
  // A: 01–04
  {
    id: 't49-desk-01',
    cat: 'desk',
    q: '统计站（室）这个项目是哪个部门管的？',
    // 主管部门 = 实施单位 here
    expect: (d) => d.value(R(d, '000-002'), R(d, '000-002').department),
  },
  {
    id: 't49-desk-02',
    cat: 'desk',
    q: '晨光路拆迁资金的负责人是谁，好像姓王？',
    expect: (d) => d.value(R(d, '003-091'), R(d, '003-091').owner),
  },
  {
    id: 't49-desk-03',
    cat: 'desk',
    q: '习风园改造项目最后打了多少分',
    expect: (d) => d.value(R(d, '004-011'), ts(R(d, '004-011'))),
  },
  {
    id: 't49-desk-04',
    cat: 'desk',
    q: '公益电影放映补贴的联系电话是不是没填？',
    expect: (d) => d.value(R(d, '000-027'), R(d, '000-027').phone),
  },
  // B: 05–07
  {
    id: 't49-desk-05',
    cat: 'desk',
    q: '2023年社区公益事业补助资金的执行率及预算执行得分分别为多少？',
    expect: (d) => {
      const r = R(d, '000-018');
      return allOf(d.value(r, rate(r), rateComputed(r)), d.value(r, budgetScore(r)));
    },
  },
  {
    id: 't49-desk-06',
    cat: 'desk',
    q: '2023年城市居民最低生活保障的年初预算数与全年预算数',
    expect: (d) => {
      const r = R(d, '003-015');
      return allOf(d.value(r, money(r, 'initialBudget')), d.value(r, money(r, 'annualBudget')));
    },
  },
  {
    id: 't49-desk-07',
    cat: 'desk',
    q: '项目“2023年下沉协管员经费”的实施单位及负责人',
    expect: (d) => {
      const r = R(d, '000-026');
      return allOf(d.value(r, r.implementingUnit), d.value(r, r.owner));
    },
  },
  // C: 08–10
  {
    id: 't49-desk-08',
    cat: 'desk',
    q: '经济大脑 负责人+电话 发我下',
    expect: (d) => {
      const r = R(d, '002-005');
      return allOf(d.value(r, r.owner), d.value(r, r.phone));
    },
  },
  {
    id: 't49-desk-09',
    cat: 'desk',
    q: '法律顾问多少分呀',
    expect: (d) => d.value(R(d, '002-001'), ts(R(d, '002-001'))),
  },
  {
    id: 't49-desk-10',
    cat: 'desk',
    q: '大红门那个平安建设经费 执行率多少🤔',
    // the 执行率 cell is empty on the record (the pdf-text row has five values for six cells); its amounts give 100 %
    expect: (d) => d.anyOf(d.value(R(d, '003-127'), 100), d.empty(R(d, '003-127'))),
  },

  // ---------------- no ----------------
  // A: 01–04
  {
    id: 't49-no-01',
    cat: 'no',
    q: '这些项目的中标单位都是哪家公司呀？',
    expect: (d) => d.refuse('中标'),
  },
  {
    id: 't49-no-02',
    cat: 'no',
    q: '潞源街道明年的预算大概有多少？',
    expect: (d) => d.anyOf(d.refuse('明年'), d.refuse('2027'), d.set([])),
  },
  {
    id: 't49-no-03',
    cat: 'no',
    q: '请问我们财务科的科长是谁呀',
    expect: (d) => d.refuse('科长'),
  },
  {
    id: 't49-no-04',
    cat: 'no',
    q: '大红门的项目是不是被审计过？审计意见是怎么写的',
    expect: (d) => d.refuse('审计意见'),
  },
  // B: 05–07
  {
    id: 't49-no-05',
    cat: 'no',
    q: '各项目按服务人口计算的人均经费是多少',
    expect: (d) => d.refuse('服务人口'),
  },
  {
    id: 't49-no-06',
    cat: 'no',
    q: '2021年度各主管部门预算合计',
    expect: (d) => d.anyOf(d.refuse('2021'), d.set([])),
  },
  {
    id: 't49-no-07',
    cat: 'no',
    q: '请统计各项目政府采购金额占全年预算的比重',
    expect: (d) => d.refuse('政府采购'),
  },
  // C: 08–10
  {
    id: 't49-no-08',
    cat: 'no',
    q: '上季度执行进度咋样 Q3的',
    expect: (d) => d.refuse('季度'),
  },
  {
    id: 't49-no-09',
    cat: 'no',
    q: '海淀的项目有几个🤔',
    // no 海淀 form: a refusal, or a count of 0
    expect: (d) => d.anyOf(d.refuse('海淀'), d.count(0)),
  },
  {
    id: 't49-no-10',
    cat: 'no',
    q: 'asdfghjkl 哈哈手滑了',
    expect: (d) => d.refuse('asdfghjkl'),
  },

  // ---------------- order ----------------
  // A: 01–04
  {
    id: 't49-order-01',
    cat: 'order',
    q: '哪个项目花钱最多？就是实际用掉最多的那个',
    expect: (d) => d.topMoney(d.all, 'executed', 1, 'desc'),
  },
  {
    id: 't49-order-02',
    cat: 'order',
    q: '潞源街道打分最低的三个项目是哪几个',
    expect: (d) => d.top(F(d, LY), ts, 3, 'asc'),
  },
  {
    id: 't49-order-03',
    cat: 'order',
    q: '预算最少的项目是哪个？好像只有零点几万',
    expect: (d) => d.top(d.all, (r) => money(r, 'annualBudget'), 1, 'asc'),
  },
  {
    id: 't49-order-04',
    cat: 'order',
    q: '双井的两个项目，哪个预算多一点',
    expect: (d) => d.top(F(d, SJ), (r) => money(r, 'annualBudget'), 1, 'desc'),
  },
  // B: 05–07
  {
    id: 't49-order-05',
    cat: 'order',
    q: '按表上所填执行率，列出执行率最低的5个项目',
    expect: (d) => d.top(d.all, rate, 5, 'asc'),
  },
  {
    id: 't49-order-06',
    cat: 'order',
    q: '2023年项目中全年预算数排名第10位的是哪个项目',
    expect: (d) => overReaders(d, (m) => nth(d, F(d, yr(2023)), (r) => m(r, 'annualBudget'), 10, 'desc')),
  },
  {
    id: 't49-order-07',
    cat: 'order',
    q: '实施单位为民生保障办公室的项目，按全年执行数降序列出前5名',
    expect: (d) => d.top(F(d, MS), (r) => money(r, 'executed'), 5, 'desc'),
  },
  // C: 08–10
  {
    id: 't49-order-08',
    cat: 'order',
    q: '河门口 预算top3 🙏',
    expect: (d) => d.top(F(d, HMK), (r) => money(r, 'annualBudget'), 3, 'desc'),
  },
  {
    id: 't49-order-09',
    cat: 'order',
    q: '发改为 总分最高的是哪个 lol',
    // four forms tie at 100: any one of them (or all of them)
    expect: (d) => d.anyOf(d.top(F(d, FG), ts, 1, 'desc'), d.set(F(d, (r) => FG(r) && ts(r) === 100))),
  },
  {
    id: 't49-order-10',
    cat: 'order',
    q: '潞源 执行数最少的那个是啥',
    expect: (d) => d.top(F(d, LY), (r) => money(r, 'executed'), 1, 'asc'),
  },

  // ---------------- tally ----------------
  // A: 01–04
  {
    id: 't49-tally-01',
    cat: 'tally',
    q: '大红门街道一共有多少个项目？',
    expect: (d) => d.count(F(d, DHM).length),
  },
  {
    id: 't49-tally-02',
    cat: 'tally',
    q: '打满分（100分）的项目一共有多少个',
    expect: (d) => d.count(F(d, (r) => ts(r) === 100).length),
  },
  {
    id: 't49-tally-03',
    cat: 'tally',
    q: '负责人没填的有几个项目？好像河门口的都没写',
    expect: (d) => d.count(F(d, ownerMissing).length),
  },
  {
    id: 't49-tally-04',
    cat: 'tally',
    q: '2020年的项目有几个，是不是很少',
    expect: (d) => d.count(F(d, yr(2020)).length),
  },
  // B: 05–07
  {
    id: 't49-tally-05',
    cat: 'tally',
    q: '按年度统计项目数及平均总分',
    expect: (d) =>
      allOf(
        d.groups(
          tallyBy(
            d.all,
            (r) => r.year,
            () => 1,
          ),
        ),
        d.groups({ 2020: mean(F(d, yr(2020)), ts), 2023: mean(F(d, yr(2023)), ts) }),
      ),
  },
  {
    id: 't49-tally-06',
    cat: 'tally',
    q: '实施单位为城乡管理办公室的项目数占大红门项目总数的比例',
    // 城乡建设办公室 (003-054) and 城乡办、平安办 (003-095) may be counted in
    expect: (d) => {
      const n = F(d, (r) => DHM(r) && CX(r)).length;
      const all = F(d, DHM).length;
      return d.anyOf(...[n, n + 1, n + 2].map((k) => d.number((100 * k) / all, PCT)));
    },
  },
  {
    id: 't49-tally-07',
    cat: 'tally',
    q: '各年度表上执行率为100%的项目数',
    expect: (d) =>
      d.groups(
        tallyBy(
          F(d, (r) => rate(r) === 100),
          (r) => r.year,
          () => 1,
        ),
      ),
  },
  // C: 08–10
  {
    id: 't49-tally-08',
    cat: 'tally',
    q: '潞源 负责人有几个不同的人🤔',
    expect: (d) => d.count(new Set(F(d, (r) => LY(r) && !ownerMissing(r)).map((r) => norm(r.owner))).size),
  },
  {
    id: 't49-tally-09',
    cat: 'tally',
    q: '满意度没做的 多少个项目 急急急',
    // three readings (README noSurvey): no satisfaction row / a row that says 未做 / either; doubtful records widen each
    expect: (d) => {
      const doubt = F(d, satDoubt).length;
      const a = F(d, noSat).length;
      const b = F(d, satNotDone).length;
      const c = F(d, (r) => noSat(r) || satNotDone(r)).length;
      return d.anyOf(d.countRange(a, a + doubt), d.countRange(b, b + doubt), d.countRange(c, c + doubt));
    },
  },
  {
    id: 't49-tally-10',
    cat: 'tally',
    q: '总分95以下的有几个 包不包括95？算了都行',
    // two readings: below 95 strictly, or 95 included (the asker leaves it open) — one count or the other
    expect: (d) =>
      d.anyOf(
        d.count(F(d, (r) => ts(r) != null && ts(r) < 95).length),
        d.count(F(d, (r) => ts(r) != null && ts(r) <= 95).length),
      ),
  },
];
