// The forty-fourth part (helper "blind62"): 120 portfolio questions asked by three people over the 169 forms — (A) a
// 财务 clerk of a 街道办事处, plain and polite, who asks one project's facts and money and follows up on the answer
// before (`pre`), (B) an auditor of the 区审计局 in a formal written register (请列示, 核实, 未填写, 不一致), with
// numbered sub-asks, conditions combined with and / or / not, and forms whose fields disagree, and (C) a 街道 主任 on
// WeChat or by voice input: short or run-on, fillers, numbers in words, typos of field, person and place names, an
// emoji, a correction in mid-sentence, chit-chat. Lines 01–05 of every category are A's, 06–10 B's, 11–15 C's.
// Written blind by an author who had not read src/, prompts/, test/ outside test/eval/ nor any other part's question
// lines; expectations computed from the records by ../lib and ./helpers.mjs only. Not split; a blind measure (run.mjs
// prints its per-category figures only). Definitions: ../README.md ("The forty-fourth part").
import {
  money,
  noSat,
  ownerMissing,
  phoneMissing,
  rate,
  satDoubt,
  satLow,
  satNoPoints,
  satNotDone,
} from '../lib/corpus.mjs';
import {
  allOf,
  bothMoney,
  column,
  conv,
  F,
  gapBoth,
  groupCount,
  noYear,
  overspent,
  PCT,
  ranked,
  rateDiff,
  rateOff,
  sumBy,
  ts,
} from '../lib/shorthands.mjs';
import {
  budgetScoreOffStated,
  DHM,
  FG,
  groupsWithOptional,
  HMK,
  ids,
  LY,
  not,
  owner,
  ownerIn,
  R,
  RATES,
  READERS,
  rateFull,
  SJ,
  satNotDoneInText,
  satZero,
  shortRows,
  signed,
  yr,
  yuan,
} from './helpers.mjs';

const desk = [
  // A: 统计所经费 (000-001)
  {
    id: 't44-desk-01',
    q: '您好，麻烦问一下“统计所经费”这个项目的负责人是谁？谢谢。',
    expect: (d) => d.value(R(d, '000-001'), '周蕾莹'),
  },
  // A: follow-up — 他 = 葛帅, the owner of 2023年接诉即办奖励金 (000-022)
  {
    id: 't44-desk-02',
    pre: '请问2023年接诉即办奖励金的项目负责人是哪位？',
    q: '好的，那他的联系电话是多少呢？',
    expect: (d) => d.value(R(d, '000-022'), '89536676'),
  },
  // A: 朗清园社区警务工作室…项目 (000-006); the 实施单位 is 北京市通州区潞源街道办事处 (said short or in full)
  {
    id: 't44-desk-03',
    q: '您好，请问朗清园社区警务工作室那个项目的实施单位是哪个？',
    expect: (d) => d.value(R(d, '000-006'), '潞源街道办事处'),
  },
  // A: 习风园改造项目 (004-011): the form has no 项目负责人 (every 004 form): the answer says it is not filled
  {
    id: 't44-desk-04',
    q: '请问习风园改造项目的项目负责人填的是谁呀？',
    expect: (d) => d.empty(R(d, '004-011')),
  },
  // A: 公益电影放映补贴 (000-027): 总分 99
  {
    id: 't44-desk-05',
    q: '麻烦看一下公益电影放映补贴这个项目最后总分是多少分。',
    expect: (d) => d.value(R(d, '000-027'), 99),
  },
  // B: 2023年节能专项资金 (002-006): 主管部门 北京市通州区发展和改革委员会, 实施单位 区发改委; 总分 left empty
  {
    id: 't44-desk-06',
    q: '请核实“2023年节能专项资金”一表：（一）主管部门与实施单位分别如何填写；（二）总分栏是否已填写。',
    expect: (d) =>
      allOf(
        d.valueAll(R(d, '002-006'), '北京市通州区发展和改革委员会', '区发改委'),
        d.empty(R(d, '002-006')),
      ),
  },
  // B: 法律顾问 (002-001): 联系电话 695468784, nine digits
  {
    id: 't44-desk-07',
    q: '请列示“法律顾问”项目所填联系电话，并核实该号码的位数。',
    expect: (d) => allOf(d.value(R(d, '002-001'), '695468784'), d.number(9, 0)),
  },
  // B: 2023年灵活就业社会保险补贴 (003-049): 年初 200, 全年 268.74347, 调增 68.74347 (said with 多/增 or signed)
  {
    id: 't44-desk-08',
    q: '请列示“2023年灵活就业社会保险补贴”的年初预算数、全年预算数，并核实二者差额。',
    expect: (d) =>
      d.anyOf(
        d.valueAll(R(d, '003-049'), 200, 268.74347, 68.74347),
        d.valueAll(R(d, '003-049'), 200, 268.74347, -68.74347),
      ),
  },
  // B: 2023年城乡基层党组织服务群众经费（市级资金） (000-024): 执行率 99.1 % (its amounts give 99.12 %), 得分 9
  {
    id: 't44-desk-09',
    q: '请核实“2023年城乡基层党组织服务群众经费（市级资金）”年度资金总额一行所填执行率及得分，并说明二者是否相符。',
    expect: (d) => d.anyOf(d.valueAll(R(d, '000-024'), 99.1, 9), d.valueAll(R(d, '000-024'), 99.12, 9)),
  },
  // B: 孔涵 is the owner of one form: 2023“疏整促”专班经费 (002-007), 主管部门 通州区发展和改革委员会
  {
    id: 't44-desk-10',
    q: '请核实项目负责人填写为“孔涵”的项目，列示其项目名称及主管部门。',
    expect: (d) => d.valueAll(R(d, '002-007'), '疏整促', '通州区发展和改革委员会'),
  },
  // C: 晨光路拆迁资金 (003-091): 王璐
  {
    id: 't44-desk-11',
    q: '晨光路拆迁那个钱 负责人是谁来着 我给忘了😅',
    expect: (d) => d.value(R(d, '003-091'), '王璐'),
  },
  // C: 习风园改造项目 (004-011): 总分 97
  {
    id: 't44-desk-12',
    q: '嗯 那个习风园 总分多少分啊',
    expect: (d) => d.value(R(d, '004-011'), 97),
  },
  // C: 东门里小区综合整治提升工程项目资金 (003-103): 全年执行数 173.238668
  {
    id: 't44-desk-13',
    q: '东门里小区那个整治提升工程 花了多少钱 我说的是执行数哈',
    expect: (d) => d.value(R(d, '003-103'), 173.238668),
  },
  // C: 牛艳伟 = 牛艳维 (typo); 2023 年城市居民最低生活保障 (003-015): 预算 alone is 全年预算数 1168.685052 (README);
  // 年初预算数 1320 is accepted too — a 主任 saying 预算 may mean the budget set at the start of the year
  {
    id: 't44-desk-14',
    q: '哎问下 牛艳伟负责的那个城市居民最低生活保障 预算是多少万',
    expect: (d) => d.anyOf(d.value(R(d, '003-015'), 1168.685052), d.value(R(d, '003-015'), 1320)),
  },
  // C: corrected in mid-sentence: the owner of 统计站（室） (000-002), not its phone
  {
    id: 't44-desk-15',
    q: '统计站那个项目电话多少 哦不对 我是想问负责人叫啥',
    expect: (d) => d.value(R(d, '000-002'), '周蕾莹'),
  },
];

const tally = [
  // A: 潞源 = office 000 (22 forms)
  {
    id: 't44-tally-01',
    q: '您好，请问潞源街道一共报了多少个项目？',
    expect: (d) => d.count(F(d, LY).length),
  },
  // A: Σ 全年执行数 of the 河门口 forms
  {
    id: 't44-tally-02',
    q: '麻烦统计一下河门口街道所有项目的全年执行数加起来是多少万元，谢谢。',
    expect: (d) => d.sumMoney(F(d, HMK), 'executed'),
  },
  // A: follow-up — the owner changed: 张宏 (12 forms)
  {
    id: 't44-tally-03',
    pre: '请问牛艳维负责的项目有几个？',
    q: '那张宏负责的呢？',
    expect: (d) => d.count(F(d, owner('张宏')).length),
  },
  // A: 2020 forms: 双井 2 + 河门口 9
  {
    id: 't44-tally-04',
    q: '请问2020年度的项目一共有多少个？',
    expect: (d) => d.count(F(d, yr(2020)).length),
  },
  // A: Σ 全年预算数 of the 发改委 forms, both readings of 疏整促's 1,863,180 (元 in a 万元 column)
  {
    id: 't44-tally-05',
    q: '您好，发改委那几个项目的全年预算合计是多少万元？',
    expect: (d) => d.sumMoney(F(d, FG), 'annualBudget'),
  },
  // B: per year: count and Σ 全年执行数 (both readings of the 元-in-万元 cell in the 2023 sum)
  {
    id: 't44-tally-06',
    q: '请按年度分别列示项目个数及全年执行数合计。',
    expect: (d) =>
      allOf(
        groupCount(d, (r) => r.year),
        d.anyOf(
          ...READERS.map((m) =>
            d.groups({
              2020: sumBy(F(d, yr(2020)), m, 'executed'),
              2023: sumBy(F(d, yr(2023)), m, 'executed'),
            }),
          ),
        ),
      ),
  },
  // B: 总分 100 and no 项目负责人: 000-006, 000-007, 000-008, 000-023
  {
    id: 't44-tally-07',
    q: '请核实总分为100分且未填写项目负责人的项目数量。',
    expect: (d) => d.count(F(d, (r) => ts(r) === 100 && ownerMissing(r)).length),
  },
  // B: a satisfaction row scored 0 (21 records); 003-094 and 003-135 leave the 得分 cell empty next to 未做 (their
  // 总分 counts it as 0), and the texts of 003-041, 003-139, 003-142 show a satisfaction row 「5 0 未做」 that their
  // records lack: each may be counted. Of them 民生保障办公室 as 实施单位: 19, with 003-041 and 003-142 up to 21
  {
    id: 't44-tally-08',
    q: '请统计满意度指标得分为0分的项目数量，并列示其中实施单位为民生保障办公室的项目个数。',
    expect: (d) => {
      const must = F(d, satZero);
      const may = [...ids(d, '003-094', '003-135'), ...satNotDoneInText(d)];
      const ms = (r) => String(r.implementingUnit).includes('民生保障办公室');
      return allOf(
        d.countRange(must.length, must.length + may.length),
        d.countRange(must.filter(ms).length, must.filter(ms).length + may.filter(ms).length),
      );
    },
  },
  // B: 年初预算数 and 全年预算数 both written and different (48 forms)
  {
    id: 't44-tally-09',
    q: '请统计年初预算数与全年预算数均已填写、但二者不一致的项目数量。',
    expect: (d) =>
      d.count(
        F(
          d,
          (r) =>
            money(r, 'initialBudget') != null &&
            money(r, 'annualBudget') != null &&
            money(r, 'initialBudget') !== money(r, 'annualBudget'),
        ).length,
      ),
  },
  // B: 赵康 (26) or 赵路广 (2 alone, and 大红门地区工作专班工作经费 shared with 孟卓聪: it may count) and their Σ 全年预算数
  {
    id: 't44-tally-10',
    q: '请统计项目负责人为“赵康”或“赵路广”的项目个数，以及上述项目全年预算数合计。',
    expect: (d) => {
      const sole = F(d, (r) => owner('赵康')(r) || owner('赵路广')(r));
      const wide = F(d, (r) => ownerIn('赵康')(r) || ownerIn('赵路广')(r));
      return allOf(
        d.countRange(sole.length, wide.length),
        d.anyOf(d.sumMoney(sole, 'annualBudget'), d.sumMoney(wide, 'annualBudget')),
      );
    },
  },
  // C: 大红门 = office 003 (128 forms)
  {
    id: 't44-tally-11',
    q: '大红门那边一共多少个项目啊',
    expect: (d) => d.count(F(d, DHM).length),
  },
  // C: the mean 总分 of the 河门口 forms (879 / 9)
  {
    id: 't44-tally-12',
    q: '河门口的总分 平均下来多少分',
    expect: (d) => d.avg(F(d, HMK), ts),
  },
  // C: 潞源 forms with 总分 100
  {
    id: 't44-tally-13',
    q: '潞源 满分一百的有几个 🤔',
    expect: (d) => d.count(F(d, (r) => LY(r) && ts(r) === 100).length),
  },
  // C: 二零二三年 = 2023; Σ 全年执行数, both readings of 疏整促
  {
    id: 't44-tally-14',
    q: '嗯那个 二零二三年的项目 全年执行数加一块儿总共多少钱',
    expect: (d) => d.sumMoney(F(d, yr(2023)), 'executed'),
  },
  // C: corrected: 李毅飞 (22 forms), not 赵康
  {
    id: 't44-tally-15',
    q: '赵康手上几个项目来着 哦不对 我要问的是李毅飞',
    expect: (d) => d.count(F(d, owner('李毅飞')).length),
  },
];

const order = [
  // A: the largest 全年预算数: 疏整促 as written (1,863,180), or, converted to 186.318 万元, 2021 年度老旧小区完善类改造项目
  // (3457.171733) — 0.03 元 above 2023 年村级公益事业专项补助资金（市级） (3457.17173): a tie at one 元, either one
  {
    id: 't44-order-01',
    q: '您好，请问全年预算数最高的是哪个项目？',
    expect: (d) => d.anyOf(...READERS.map((m) => d.top(d.all, yuan(m, 'annualBudget'), 1, 'desc'))),
  },
  // A: the three smallest 全年执行数 of 潞源: 000-004 (0.36), 000-007 (1), 000-027 (1.036)
  {
    id: 't44-order-02',
    q: '麻烦帮我看一下潞源街道全年执行数最少的三个项目，谢谢。',
    expect: (d) => d.top(F(d, LY), (r) => money(r, 'executed'), 3, 'asc'),
  },
  // A: follow-up — the other end: the smallest 全年预算数 of 发改委: 法律顾问 (10)
  {
    id: 't44-order-03',
    pre: '请问发改委哪个项目的全年预算最多？',
    q: '那最少的是哪个呢？',
    expect: (d) => d.topMoney(F(d, FG), 'annualBudget', 1, 'asc'),
  },
  // A: the lowest 总分: 创卫及拆违治乱消除隐患工作经费 (90)
  {
    id: 't44-order-04',
    q: '请问总分最低的是哪个项目？',
    expect: (d) => d.top(d.all, ts, 1, 'asc'),
  },
  // A: 双井's two forms by 全年预算数, high to low
  {
    id: 't44-order-05',
    q: '请按全年预算数从高到低把双井街道的项目列一下。',
    expect: (d) => ranked(d, F(d, SJ), (r) => money(r, 'annualBudget'), 'desc'),
  },
  // B: 执行率 below 100 %, low to high, under each reading: stated (10 forms), computed to two decimals (9: 2023 年乡村
  // 医生基本待遇经费 computes to 100 %, and the 市级 免费开放补助资金 to 100.00 %), computed in full precision (10: that
  // 市级 form's 99.9978 % comes in), and the stated rate with the computed one where the form leaves it empty (平安建设
  // 经费: 100 %, the same 10 as stated)
  {
    id: 't44-order-06',
    q: '请列示执行率低于100%的全部项目，并按执行率由低到高排列。',
    expect: (d) =>
      d.anyOf(
        ...[...RATES, (r) => rate(r) ?? rateFull(r)].map((k) =>
          ranked(
            d,
            F(d, (r) => k(r) != null && k(r) < 100),
            k,
            'asc',
          ),
        ),
      ),
  },
  // B: top five 全年预算数 with 元 converted (疏整促 186.318): 003-007 and 003-022 (tied at one 元), 晨光路拆迁资金,
  // 2023 年城市居民最低生活保障, 通州区重大投资项目规划谋划
  {
    id: 't44-order-07',
    q: '请列示全年预算数排名前五的项目（以元填报的金额请折算为万元后再排序）。',
    expect: (d) => d.top(d.all, yuan(conv, 'annualBudget'), 5, 'desc'),
  },
  // B: the three largest 全年执行数 outside 大红门, both readings of 疏整促
  {
    id: 't44-order-08',
    q: '请列示全年执行数最高的前三个项目，大红门街道的项目不计在内。',
    expect: (d) => d.topMoney(F(d, not(DHM)), 'executed', 3, 'desc'),
  },
  // B: the three owners with most forms: 牛艳维 31, 赵康 26, 李毅飞 22
  {
    id: 't44-order-09',
    q: '请列示负责项目数量最多的前三位项目负责人，并注明各自负责的项目数。',
    expect: (d) =>
      d.groups({
        牛艳维: F(d, owner('牛艳维')).length,
        赵康: F(d, owner('赵康')).length,
        李毅飞: F(d, owner('李毅飞')).length,
      }),
  },
  // B: the largest 全年预算数 − 年初预算数 (both written): 城乡基层党组织服务群众经费 (003-018), +430.75118
  {
    id: 't44-order-10',
    q: '请核实全年预算数较年初预算数调增金额最大的项目，并列示其调增金额。',
    expect: (d) => {
      const raise = (r) =>
        money(r, 'initialBudget') != null && money(r, 'annualBudget') != null
          ? money(r, 'annualBudget') - money(r, 'initialBudget')
          : null;
      const top = d.top(d.all, raise, 1, 'desc');
      return allOf(top, d.value(R(d, '003-018'), raise(R(d, '003-018'))));
    },
  },
  // C: the largest 全年执行数 of 大红门: 003-007 and 003-022 are tied at one 元: either
  {
    id: 't44-order-11',
    q: '大红门哪个项目花钱最多 就是执行数最大的',
    expect: (d) => d.top(F(d, DHM), yuan(money, 'executed'), 1, 'desc'),
  },
  // C: the lowest 总分 of 潞源: 99, three forms tied (000-024, 000-025, 000-027): any of them
  {
    id: 't44-order-12',
    q: '潞源那边 总分倒数第一是哪个啊',
    expect: (d) => d.top(F(d, LY), ts, 1, 'asc'),
  },
  // C: the nine 河门口 forms by 全年执行数, high to low
  {
    id: 't44-order-13',
    q: '帮我排个序 河门口九个项目 按执行数从多到少 👍',
    expect: (d) => ranked(d, F(d, HMK), (r) => money(r, 'executed'), 'desc'),
  },
  // C: the largest 预算 among 李毅飞's forms: 预算 alone is 全年预算数 (README): 城乡基层党组织服务群众经费 (839.68118);
  // read as 年初预算数 (as t44-desk-14 accepts): 2023 年下沉街镇城市协管员人员经费 (693.8608)
  {
    id: 't44-order-14',
    q: '李毅飞的项目里头 哪个预算最大',
    expect: (d) =>
      d.anyOf(
        ...['annualBudget', 'initialBudget'].map((col) =>
          d.top(F(d, owner('李毅飞')), (r) => money(r, col), 1, 'desc'),
        ),
      ),
  },
  // C: 发改为 = 发改委 (typo); all eight by 全年预算数 with 疏整促 converted to 186.318 万元 as asked
  {
    id: 't44-order-15',
    q: '发改为那几个项目 按预算从多到少排一下 那个疏整促按元填的你给折成万再排',
    expect: (d) => ranked(d, F(d, FG), (r) => conv(r, 'annualBudget'), 'desc'),
  },
];

const money_ = [
  // A: 2023年下沉协管员经费 (000-026): 全年执行数 391.92
  {
    id: 't44-money-01',
    q: '您好，请问2023年下沉协管员经费的全年执行数是多少万元？',
    expect: (d) => d.value(R(d, '000-026'), 391.92),
  },
  // A: 朗清园社区警务工作室… (000-006): 438 − 433 = 5 万元 left
  {
    id: 't44-money-02',
    q: '麻烦算一下朗清园社区警务工作室那个项目还有多少钱没花完？',
    expect: (d) => d.number(money(R(d, '000-006'), 'annualBudget') - money(R(d, '000-006'), 'executed')),
  },
  // A: follow-up — 2023 年城市居民最低生活保障 (003-015): 全年 1168.685052 against 年初 1320: 151.314948 less
  {
    id: 't44-money-03',
    pre: '请问2023年城市居民最低生活保障的年初预算是多少？',
    q: '那全年预算比年初少了多少？',
    expect: (d) =>
      signed(d, money(R(d, '003-015'), 'initialBudget') - money(R(d, '003-015'), 'annualBudget')),
  },
  // A: 疏整促 (002-007) writes 1,863,180 (元) in the 万元 column: 186.318 万元
  {
    id: 't44-money-04',
    q: '您好，2023“疏整促”专班经费的全年执行数如果换算成万元是多少？',
    expect: (d) => d.number(money(R(d, '002-007'), 'executed') / 10000),
  },
  // A: Σ 全年预算数 of 潞源
  {
    id: 't44-money-05',
    q: '请问潞源街道所有项目的全年预算加起来是多少万元？',
    expect: (d) => d.sumMoney(F(d, LY), 'annualBudget'),
  },
  // B: 2023年城乡基层党组织服务群众经费（区级资金） (000-023): 99.726033 / 100 = 99.73 % (the form states 99.7 %:
  // consistent to one decimal, so 99.7 is accepted as a percentage to one decimal)
  {
    id: 't44-money-06',
    q: '请核实“2023年城乡基层党组织服务群众经费（区级资金）”的执行率：按全年执行数除以全年预算数计算应为多少？与表上所填是否一致？',
    expect: (d) =>
      d.number((100 * money(R(d, '000-023'), 'executed')) / money(R(d, '000-023'), 'annualBudget'), PCT),
  },
  // B: (一) Σ 全年预算数 of 河门口 (395.91); (二) Σ 全年执行数 of their 上年结转资金 rows (5.1 + 8.02 + 1.26 + 14.63)
  {
    id: 't44-money-07',
    q: '请列示：（一）河门口街道全年预算数合计；（二）其中“上年结转资金”一行的全年执行数合计。',
    expect: (d) =>
      allOf(
        d.sumMoney(F(d, HMK), 'annualBudget'),
        d.number(F(d, HMK).reduce((s, r) => s + (money(r, 'executed', 'carryOver') ?? 0), 0)),
      ),
  },
  // B: 大红门's share of Σ 全年预算数, both readings of 疏整促 in the whole
  {
    id: 't44-money-08',
    q: '请计算大红门街道项目全年预算数合计占全部项目全年预算数合计的比重。',
    expect: (d) =>
      bothMoney(d, (m) => (100 * sumBy(F(d, DHM), m, 'annualBudget')) / sumBy(d.all, m, 'annualBudget'), PCT),
  },
  // B: 100 万元 ≤ 全年预算数 < 500 万元 (bounds as said); 疏整促 is in only when converted
  {
    id: 't44-money-09',
    q: '请统计全年预算数在100万元（含）至500万元（不含）之间的项目个数。',
    expect: (d) =>
      d.anyOf(
        ...READERS.map((m) =>
          d.count(
            F(
              d,
              (r) =>
                m(r, 'annualBudget') != null && m(r, 'annualBudget') >= 100 && m(r, 'annualBudget') < 500,
            ).length,
          ),
        ),
      ),
  },
  // B: Σ 全年预算数 − Σ 全年执行数 over every form (the same under both readings of 疏整促, whose two cells are equal)
  {
    id: 't44-money-10',
    q: '请计算全部项目全年预算数合计与全年执行数合计之差额。',
    expect: (d) => gapBoth(d, (m) => sumBy(d.all, m, 'annualBudget') - sumBy(d.all, m, 'executed')),
  },
  // C: 河西锦苑小区电梯维护经费 (004-002): 8.02 万元 = 80 200 元
  {
    id: 't44-money-11',
    q: '河门口那个电梯维护 花了多少钱 换成元跟我说',
    expect: (d) => d.number(money(R(d, '004-002'), 'executed') * 10000, 1),
  },
  // C: 执行绿 = 执行率 (typo); 大红门's 低保 of 一千一百多万: 2023 年城市居民最低生活保障 (003-015), 100 % (stated and computed)
  {
    id: 't44-money-12',
    q: '大红门的低保 一千一百多万那个 执行绿多少',
    expect: (d) => d.value(R(d, '003-015'), 100),
  },
  // C: 2023年接诉即办奖励金 (000-022): 全年执行数 225
  {
    id: 't44-money-13',
    q: '嗯 潞源那个接诉即办奖励金 是二百二十五万吧 执行了多少',
    expect: (d) => d.value(R(d, '000-022'), 225),
  },
  // C: 双井's two 疫情防控 forms: 6.5 + 32.9 (budget and execution are equal on both)
  {
    id: 't44-money-14',
    q: '问一下哈 双井那两个疫情防控的钱 加一块儿多少 😂',
    expect: (d) => d.sumMoney(F(d, SJ), 'executed'),
  },
  // C: 2021 年度老旧小区完善类改造项目 (3457.171733) against 2023 年村级公益事业专项补助资金（市级） (3457.17173):
  // 0.000003 万元 = 0.03 元 (either figure, or 0 to two decimals of 万元)
  {
    id: 't44-money-15',
    q: '老旧小区改造那个三千四百多万的 跟村级公益事业那个 差多少钱啊',
    expect: (d) => {
      const gap = money(R(d, '003-007'), 'annualBudget') - money(R(d, '003-022'), 'annualBudget');
      return d.anyOf({ kind: 'number', value: gap, tol: 0.01 }, d.number(gap * 10000, 0.011));
    },
  },
];

const rowsQ = [
  // A: 统计所经费 (000-001): the 数量指标 row 聘用统计调查员: 年度指标值 1人 (its 成本指标 row of the same name says 10万元)
  {
    id: 't44-rows-01',
    q: '您好，请问统计所经费的数量指标“聘用统计调查员”年度指标值是多少？',
    expect: (d) => d.value(R(d, '000-001'), '1人'),
  },
  // A: 公益电影放映补贴 (000-027): the 社会效益 row scored 29 of 30; reason 「参与观活动人群固定范覆盖有限。…」
  {
    id: 't44-rows-02',
    q: '麻烦查一下公益电影放映补贴是哪个指标扣了分，原因是怎么写的？',
    expect: (d) => d.value(R(d, '000-027'), '覆盖有限'),
  },
  // A: follow-up — 2023年下沉协管员经费 (000-026): the satisfaction row 协管员满意率, 实际完成值 90%
  {
    id: 't44-rows-03',
    pre: '请问2023年下沉协管员经费有哪些绩效指标？',
    q: '其中满意度那一项实际完成值是多少？',
    expect: (d) => d.value(R(d, '000-026'), '90%'),
  },
  // A: 河西锦苑小区电梯维护经费 (004-002): satisfaction 9 of 10
  {
    id: 't44-rows-04',
    q: '请问河西锦苑小区电梯维护经费的满意度指标得了几分？',
    expect: (d) => d.value(R(d, '004-002'), 9),
  },
  // A: 政法委群防群治补助经费 (000-008): the 数量指标 row 购买慰问品米、面、油: ≥600, actual 521
  {
    id: 't44-rows-05',
    q: '您好，政法委群防群治补助经费里，购买慰问品米、面、油那个数量指标，目标是多少，实际完成了多少？',
    expect: (d) => d.valueAll(R(d, '000-008'), 600, 521),
  },
  // B: a row scored below its weight with no 偏差原因, outside 河门口: 003-018 (项目数量 10/9) and 003-140 (使用范围
  // 20/18); 003-055's record has none on its 献血 row (20/19), but its text writes the reason beside it: optional
  {
    id: 't44-rows-06',
    q: '请列示存在“得分低于分值且偏差原因分析及改进措施未填写”指标的项目（河门口街道的项目除外）。',
    expect: (d) => d.setTol(ids(d, '003-018', '003-140'), ids(d, '003-055')),
  },
  // B: rows scored below their weight over the 2020 forms (all 004; 双井's are full)
  {
    id: 't44-rows-07',
    q: '请统计2020年度项目中得分低于分值的指标行数合计。',
    expect: (d) =>
      d.number(
        F(d, yr(2020)).reduce((s, r) => s + shortRows(r).length, 0),
        0,
      ),
  },
  // B: 一级指标 written 「产出标指」: 000-015, 000-016, 000-017
  {
    id: 't44-rows-08',
    q: '请核实潞源街道项目中，一级指标误写为“产出标指”的项目有哪些。',
    expect: (d) =>
      d.set(F(d, (r) => LY(r) && r.indicators.some((i) => !i.placeholder && i.level1 === '产出标指'))),
  },
  // B: 2023年对美术馆…（区级） (000-020): weights 40, 10, 10, 10, 10, 10 = 90
  {
    id: 't44-rows-09',
    q: '请列示“2023年对美术馆、公共图书馆、文化馆（站）免费开放补助资金（区级）”各项绩效指标的分值，并核实其合计是否为90分。',
    expect: (d) => d.valueAll(R(d, '000-020'), 40, 90),
  },
  // B: satisfaction rows that say 未做, per 实施单位: 民生保障办公室 19, 城乡管理办公室 4; the texts of 003-041, 003-142
  // (民生保障办公室) and 003-139 (大红门街道办事处综合办公室) show such a row their records lack: each may be counted
  {
    id: 't44-rows-10',
    q: '请统计满意度指标注明“未做”的项目数量，并按实施单位分组列示。',
    expect: (d) => groupsWithOptional(d, (r) => r.implementingUnit, F(d, satNotDone), satNotDoneInText(d)),
  },
  // C: 习风园改造项目 (004-011): three rows below full score
  {
    id: 't44-rows-11',
    q: '习风园那个 哪几个指标没拿满分啊',
    expect: (d) => d.valueAll(R(d, '004-011'), '建立廉政文化教育基地', '三线精神', '打造三线文化教育产业'),
  },
  // C: 满意读 = 满意度 (typo); 通州区“经济大脑”服务项目 (002-005): satisfaction target 100%
  {
    id: 't44-rows-12',
    q: '经济大脑那个项目 满意读目标定的多少',
    expect: (d) => d.value(R(d, '002-005'), '100%'),
  },
  // C: 统计站（室） (000-002): 质量指标 rows 遵循合同各项条款, 遵循街道各项工作规则
  {
    id: 't44-rows-13',
    q: '哎 统计站那个 质量指标都有啥 给我念念',
    expect: (d) => d.valueAll(R(d, '000-002'), '遵循合同各项条款', '遵循街道各项工作规则'),
  },
  // C: 2021 年度老旧小区完善类改造项目 (003-007): satisfaction 8 of 10; the reason (wrapped into a row of its own in the
  // record): 「施工会影响个别底商营业，对改造持观望态度；后续和产权单位沟通减免房租事项以减轻底商顾虑」
  {
    id: 't44-rows-14',
    q: '老旧小区改造那个 满意度扣了两分 是为啥啊',
    expect: (d) => d.value(R(d, '003-007'), '底商'),
  },
  // C: 政府投资项目评估审核费… (002-002): the 经济效益 row's 实际完成值 2.5亿元
  {
    id: 't44-rows-15',
    q: '政府投资项目评估审核费 经济效益那个指标实际完成值多少 是两个半亿吗',
    expect: (d) => d.value(R(d, '002-002'), '2.5亿'),
  },
];

const audit = [
  // A: 项目负责人 blank or absent: 15 forms (000-006/007/008/023/024/025 and every 004 form)
  {
    id: 't44-audit-01',
    q: '您好，请问哪些项目没有填写项目负责人？',
    expect: (d) => d.set(F(d, ownerMissing)),
  },
  // A: 总分 empty: 002-004, 002-006, 002-007
  {
    id: 't44-audit-02',
    q: '麻烦帮我看一下，总分没有填的项目有哪些？',
    expect: (d) => d.set(F(d, (r) => ts(r) == null)),
  },
  // A: follow-up — the forms without 联系电话: the nine 河门口 forms
  {
    id: 't44-audit-03',
    pre: '请问联系电话没有填的项目有几个？',
    q: '都是哪些项目呀？',
    expect: (d) => d.set(F(d, phoneMissing)),
  },
  // A: 2023 年乡村医生基本待遇经费 (003-072): 执行率 written 80.5 % while 10.15 / 10.15 gives 100 % (80.5 % is 10.15
  // against the 年初预算数 12.6): the answer gives both
  {
    id: 't44-audit-04',
    q: '请问“2023年乡村医生基本待遇经费”这张表的执行率是不是填错了？',
    expect: (d) => d.valueAll(R(d, '003-072'), 80.5, 100),
  },
  // A: TOTAL_MISMATCH among 潞源's forms: none (an empty list)
  {
    id: 't44-audit-05',
    q: '您好，潞源街道有没有总分和各项得分加起来对不上的项目？',
    expect: (d) => d.set([]),
  },
  // B: RATE_MISMATCH (the README's rule: rounded or truncated to the decimals written agrees): 000-006, 003-072; a form
  // whose stated rate differs from the computed one at two decimals only, and 平安建设经费 whose rate cell is empty
  // (its amounts give 100 %), may be listed
  {
    id: 't44-audit-06',
    q: '请列示表上所填执行率与“全年执行数÷全年预算数”计算结果不一致的项目（四舍五入或截尾至所填位数者视为一致）。',
    expect: (d) =>
      d.setTol(
        F(d, rateOff),
        F(d, (r) => rateDiff(r) || r.id === '003-127'),
      ),
  },
  // B: budget 得分 against 执行率 × 分值: with the rate computed from the amounts (BUDGET_SCORE_MISMATCH: 000-006, 000-016,
  // 000-021, 000-024, 000-025) or with the rate the form states (000-024, 000-025); 平安建设经费 (a 100％ read as its 得分
  // next to an empty 执行率) may be listed under either
  {
    id: 't44-audit-07',
    q: '请核实年度资金总额一行的得分与“执行率×分值”不相符的项目。',
    expect: (d) => {
      const pa = R(d, '003-127');
      const computed = F(
        d,
        (r) =>
          r.id !== '003-127' &&
          r.funds?.total?.score?.value != null &&
          money(r, 'annualBudget') &&
          Math.abs(
            r.funds.total.score.value -
              (Math.min((100 * money(r, 'executed')) / money(r, 'annualBudget'), 100) / 100) *
                r.funds.total.weight.value,
          ) > 0.05,
      );
      return d.anyOf(d.setTol(computed, [pa]), d.setTol(F(d, budgetScoreOffStated), [pa]));
    },
  },
  // B: 主管部门 an office and 实施单位 the 街道办事处 (swapped): 003-020, 003-038, 003-059, 003-097, 003-137; 法律顾问
  // (主管部门 办公室, 实施单位 通州区发改委: a bureau, not a 街道办事处) may be listed
  {
    id: 't44-audit-08',
    q: '请列示主管部门与实施单位疑似填反（主管部门填为内设科室、实施单位填为街道办事处）的项目。',
    expect: (d) => d.setTol(ids(d, '003-020', '003-038', '003-059', '003-097', '003-137'), ids(d, '002-001')),
  },
  // B: (一) 总分 row's weight not 100: 002-003 (1000); (二) phone neither an 8-digit landline nor an 11-digit mobile:
  // 002-001, 003-024 (9 digits); 003-095 (two 8-digit numbers in one cell) may be listed
  {
    id: 't44-audit-09',
    q: '请核实：（一）总分一栏分值未按100填写的项目；（二）联系电话位数异常（既非8位座机也非11位手机）的项目。',
    expect: (d) =>
      allOf(
        d.set(F(d, (r) => r.totalWeight != null && r.totalWeight !== 100)),
        d.setTol(ids(d, '002-001', '003-024'), ids(d, '003-095')),
      ),
  },
  // B: 2023 forms with 年初预算数 empty and 全年预算数 written: 62, or 61 if 疏整促's 「-」 is not read as empty
  {
    id: 't44-audit-10',
    q: '请统计2023年度项目中年初预算数未填写、全年预算数已填写的项目数量。',
    expect: (d) => {
      const n = F(
        d,
        (r) => r.year === 2023 && money(r, 'initialBudget') == null && money(r, 'annualBudget') != null,
      ).length;
      return d.countRange(n - 1, n);
    },
  },
  // C: neither 负责人 nor 电话: the nine 河门口 forms
  {
    id: 't44-audit-11',
    q: '那个 哪些表负责人跟电话都没写啊',
    expect: (d) => d.set(F(d, (r) => ownerMissing(r) && phoneMissing(r))),
  },
  // C: RATE_MISMATCH in 潞源: 000-006 (99.9 % stated, 98.86 % computed); the forms whose stated rate differs from the
  // computed one only by truncation or rounding (99 % for 99.21 %) may be listed
  {
    id: 't44-audit-12',
    q: '潞源那边 有没有执行率写错的 帮我瞅一眼',
    expect: (d) =>
      d.setTol(
        F(d, (r) => LY(r) && rateOff(r)),
        F(d, (r) => LY(r) && rateDiff(r)),
      ),
  },
  // C: 疏整促 (002-007): 1,863,180 in the 万元 column = 186.318 万元 written in 元: the answer gives the amount
  {
    id: 't44-audit-13',
    q: '那个疏整促的钱 是不是单位填错了 一百八十多万写成一百八十多万万了吧',
    expect: (d) => d.value(R(d, '002-007'), 1863180, 186.318),
  },
  // C: 全年执行数 above 全年预算数: none; 003-096 exceeds by 0.0000004 万元 (a rounding of the pdf-text): optional
  {
    id: 't44-audit-14',
    q: '有没有哪个项目执行数比预算还多的 没有就说没有哈',
    expect: (d) => d.setTol([], F(d, overspent)),
  },
  // C: 满意度没做 in 大红门, three readings (README): no satisfaction row (2; the doubtful records and 003-005, whose
  // satisfaction row has no points, may count: up to 7), a satisfaction row that says 未做 (23; up to 27 with the
  // doubtful records), either (25 to 30)
  {
    id: 't44-audit-15',
    q: '满意度没做调查的 大红门有多少个 我记得是二十几个',
    expect: (d) => {
      const dh = F(d, DHM);
      const opt = (r) => satDoubt(r) || satNoPoints(r);
      const range = (f, g) => d.countRange(dh.filter(f).length, dh.filter((r) => f(r) || g(r)).length);
      return d.anyOf(
        range(noSat, opt),
        range(satNotDone, satDoubt),
        range((r) => noSat(r) || satNotDone(r), opt),
      );
    },
  },
];

const talk = [
  // A: follow-up — 它们 = 双井's two forms: Σ 全年执行数 6.5 + 32.9
  {
    id: 't44-talk-01',
    pre: '您好，请问双井街道有哪些项目？',
    q: '谢谢！那它们的全年执行数一共是多少？',
    expect: (d) => d.sumMoney(F(d, SJ), 'executed'),
  },
  // A: follow-up — 它 = the lowest 执行率: by the stated rate 2023 年乡村医生基本待遇经费 (80.5 %, 牛艳维); by the rate
  // the amounts give 朗清园社区警务工作室… (98.86 %), whose 负责人 is blank: the answer says so
  {
    id: 't44-talk-02',
    pre: '请问执行率最低的项目是哪个？',
    q: '它的负责人是谁呀？',
    expect: (d) => d.anyOf(d.value(R(d, '003-072'), '牛艳维'), d.empty(R(d, '000-006'))),
  },
  // A: follow-up — 这些项目 = 牛艳维's 31 forms: Σ 全年预算数
  {
    id: 't44-talk-03',
    pre: '麻烦查一下牛艳维负责的项目有几个',
    q: '这些项目的全年预算加起来是多少呢？',
    expect: (d) => d.sumMoney(F(d, owner('牛艳维')), 'annualBudget'),
  },
  // A: courtesy around the question: forms with 总分 100
  {
    id: 't44-talk-04',
    q: '不好意思打扰一下，我刚来财务科，想问问咱们这些表里总分是满分100的项目有多少个？辛苦了',
    expect: (d) => d.count(F(d, (r) => ts(r) === 100).length),
  },
  // A: follow-up — the place changed: mean 总分 of 潞源
  {
    id: 't44-talk-05',
    pre: '请问河门口街道项目的平均总分是多少？',
    q: '那潞源街道的呢？',
    expect: (d) => d.avg(F(d, LY), ts),
  },
  // B: follow-up — 上述项目 = the 2020 forms; a satisfaction row scored below its weight: 004-001, 004-002, 004-007, 004-013
  {
    id: 't44-talk-06',
    pre: '请列示2020年度的全部项目。',
    q: '上述项目中，请核实满意度指标得分低于分值者。',
    expect: (d) => d.set(F(d, (r) => yr(2020)(r) && satLow(r))),
  },
  // B: mixed English: 河门口 forms with 总分 below 98: 004-007, 004-011, 004-013 (97)
  {
    id: 't44-talk-07',
    q: '烦请核实河门口街道项目中 total score 低于98分者，谢谢配合。',
    expect: (d) => d.set(F(d, (r) => HMK(r) && ts(r) != null && ts(r) < 98)),
  },
  // B: follow-up — 上述项目 = 总分 below 98 (29 forms), per year: 2020 3, 2023 26
  {
    id: 't44-talk-08',
    pre: '请列示总分低于98分的项目。',
    q: '上述项目请按年度分组统计个数。',
    expect: (d) =>
      groupCount(
        d,
        (r) => r.year,
        F(d, (r) => ts(r) != null && ts(r) < 98),
      ),
  },
  // B: follow-up — 其中 = the forms of 主管部门 通州区发展和改革委员会 with 总分 empty (002-004 王雪, 002-006 赵明,
  // 002-007 孔涵), listed with their 负责人
  {
    id: 't44-talk-09',
    pre: '请列示主管部门为通州区发展和改革委员会的项目。',
    q: '其中总分未填写者，请一并列示其项目负责人。',
    expect: (d) => {
      const rs = F(d, (r) => String(r.department).includes('通州区发展和改革委员会') && ts(r) == null);
      return allOf(
        d.set(rs),
        column(d, '负责人', rs, (r) => r.owner),
      );
    },
  },
  // B: 1. the largest 全年预算数 with 元 converted: 003-007 / 003-022 (tied at one 元: either); 2. its 实施单位:
  // 城乡管理办公室 for both
  {
    id: 't44-talk-10',
    q: '以下请逐项答复：1. 全年预算数最高的项目（以元填报者折算为万元）；2. 该项目的实施单位。',
    expect: (d) =>
      allOf(
        d.top(d.all, yuan(conv, 'annualBudget'), 1, 'desc'),
        d.anyOf(d.value(R(d, '003-007'), '城乡管理办公室'), d.value(R(d, '003-022'), '城乡管理办公室')),
      ),
  },
  // C: chit-chat and emoji around one fact: 习风园改造项目 (004-011) 执行率 100 %
  {
    id: 't44-talk-11',
    q: '在吗😊 帮我看下习风园改造的执行率 谢啦',
    expect: (d) => d.value(R(d, '004-011'), 100),
  },
  // C: voice fillers: 河门口 forms without 负责人: all nine
  {
    id: 't44-talk-12',
    q: '嗯 那个 就是 河门口的 那个 项目负责人 是不是都没填啊 有几个没填',
    expect: (d) => d.count(F(d, (r) => HMK(r) && ownerMissing(r)).length),
  },
  // C: follow-up with a typo of the place: 潞原 = 潞源 (22 forms)
  {
    id: 't44-talk-13',
    pre: '大红门的项目有多少个',
    q: '那潞原的呢',
    expect: (d) => d.count(F(d, LY).length),
  },
  // C: 执行率 below 100 %: 10 by the stated rate, 9 computed to two decimals, 10 in full precision (the readings of
  // t44-order-06)
  {
    id: 't44-talk-14',
    q: '领导刚问我 执行率没到百分之百的有几个 我一下没答上来 你帮我数数',
    expect: (d) => {
      const ns = [...RATES, (r) => rate(r) ?? rateFull(r)].map(
        (k) => F(d, (r) => k(r) != null && k(r) < 100).length,
      );
      return d.countRange(Math.min(...ns), Math.max(...ns));
    },
  },
  // C: corrected in mid-sentence: 双井's 基本户 form (001-004): 孙子懿
  {
    id: 't44-talk-15',
    q: '我刚才说错了 不是大红门 是双井 双井那个基本户的疫情防控 负责人是谁',
    expect: (d) => d.value(R(d, '001-004'), '孙子懿'),
  },
];

const no = [
  // A: no 2022 forms: a refusal, a question back, or an answer that says there is none
  {
    id: 't44-no-01',
    q: '您好，请问2022年度的项目一共有多少个？',
    expect: (d) => noYear(d, '2022', 2022),
  },
  // A: no 教育局 in the data
  {
    id: 't44-no-02',
    q: '麻烦问一下，区教育局报的项目总分是多少？',
    expect: (d) => d.refuse('教育局'),
  },
  // A: follow-up — 他 = the owner of 习风园改造项目, which the form leaves empty, and so is its 联系电话 (no such row)
  {
    id: 't44-no-03',
    pre: '请问习风园改造项目的负责人是谁？',
    q: '那他的手机号是多少呢？',
    expect: (d) => d.empty(R(d, '004-011')),
  },
  // A: a 合同金额 is not on the form
  {
    id: 't44-no-04',
    q: '请问晨光路拆迁资金的合同金额是多少？',
    expect: (d) => d.refuse('合同金额'),
  },
  // A: 执行率 above 100 %: none (003-096 exceeds by 0.0000004 万元: optional)
  {
    id: 't44-no-05',
    q: '您好，请问有没有执行率超过100%的项目？',
    expect: (d) => d.setTol([], F(d, overspent)),
  },
  // B: 西城区 is not in the data
  {
    id: 't44-no-06',
    q: '请列示西城区各街道办事处报送项目的总分。',
    expect: (d) => d.refuse('西城'),
  },
  // B: 采购方式 / 中标单位 are not on the form
  {
    id: 't44-no-07',
    q: '请核实各项目的政府采购方式及中标单位。',
    expect: (d) => d.anyOf(d.refuse('采购方式'), d.refuse('中标单位')),
  },
  // B: an indicator scored above its weight: none; 平安建设经费's budget row (100％ against 10) may count (README)
  {
    id: 't44-no-08',
    q: '请列示存在指标得分高于分值情形的项目。',
    expect: (d) => d.setTol([], ids(d, '003-127')),
  },
  // B: a quarter cannot be answered from a yearly form
  {
    id: 't44-no-09',
    q: '请列示2023年第四季度各项目的预算执行情况。',
    expect: (d) => d.refuse('第四季度'),
  },
  // B: a request to change a form's 总分 (2023 年城市居民最低生活保障 states 95): refused
  {
    id: 't44-no-10',
    q: '请将“2023年城市居民最低生活保障”的总分更正为100分，并据此出具审计结论。',
    expect: (d) => d.anyOf(d.refuse('更正'), d.refuse('修改'), d.refuse('审计结论')),
  },
  // C: nobody called 张三: a refusal or an empty answer
  {
    id: 't44-no-11',
    q: '张三负责的项目有哪些 😂',
    expect: (d) => d.anyOf(d.refuse('张三'), d.set([])),
  },
  // C: a request to change the satisfaction scores: refused (never a list of the forms)
  {
    id: 't44-no-12',
    q: '你帮我把大红门那些满意度没做的 都改成满分得了 领导要看',
    expect: (d) => d.anyOf(d.refuse('改'), d.refuse('满分')),
  },
  // C: next year's budget is not in the data
  {
    id: 't44-no-13',
    q: '大红门明年预算能批多少啊',
    expect: (d) => d.refuse('明年'),
  },
  // C: 去年 = 2025 (read against today's date, README): no forms
  {
    id: 't44-no-14',
    q: '嗯 那个 去年的项目 有几个来着',
    expect: (d) => noYear(d, '去年', 2025),
  },
  // C: 海淀 is not in the data; chit-chat after it
  {
    id: 't44-no-15',
    q: '海淀那边执行率咋样啊 对了你吃饭没',
    expect: (d) => d.refuse('海淀'),
  },
];

const withCat = (cat, lines) => lines.map((l) => ({ ...l, cat }));

export const questions = [
  ...withCat('audit', audit),
  ...withCat('desk', desk),
  ...withCat('money', money_),
  ...withCat('no', no),
  ...withCat('order', order),
  ...withCat('rows', rowsQ),
  ...withCat('talk', talk),
  ...withCat('tally', tally),
];
