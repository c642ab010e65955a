// Portfolio questions of the unseen part (issue 10): a second blind measure of generalization, written by an author
// who had not read src/query, src/bot, src/extract or src/channels, in shapes that dev/, shapes/ and para/ do not use.
// Tuners must not open this directory. Expectations are computed from ../shared/corpus/records by ../lib and
// ./helpers.mjs, never from the bot. Categories: un-arith (30), un-story (30), un-scope (35), un-ind (35), un-other (30).
import {
  blank,
  budgetScore,
  budgetWeight,
  inUnit,
  money,
  norm,
  ownerMissing,
  phoneMissing,
  rate,
  rateComputed,
  rows,
  satDoubt,
  satNotDone,
} from '../lib/corpus.mjs';
import {
  allOf,
  atLeast,
  bestPerGroup,
  both,
  bothMoney,
  conv,
  F,
  groupCount,
  groupSum,
  l1Has,
  l2Has,
  moneyBand,
  moneyBandCount,
  noSurvey,
  noYear,
  O,
  own,
  ownAny,
  ownTol,
  PCT,
  phoneNumbers,
  placeCount,
  placePools,
  placeSum,
  ranked,
  rankOf,
  rowCount,
  shortRow,
  ts,
  y,
} from '../lib/shorthands.mjs';
import { median, nameHasW, nameStarts, rankSlice, says, where, whereCount } from './helpers.mjs';

const B = (r) => money(r, 'annualBudget');
const X = (r) => money(r, 'executed');
const sumOf = (rs, f) => rs.reduce((s, r) => s + (f(r) ?? 0), 0);
const LY = ['潞源'];
const DHM = ['大红门'];
const HMK = ['河门口'];
const FGW = ['发展和改革委员会', '发改委'];
const inLY = (r) => inUnit(r, '潞源');
const minsheng = (r) => inUnit(r, '民生保障办公室');
const integer = (v) => v != null && Number.isInteger(v);
/** A 偏差原因 cell that gives no reason (「无」, a dash). */
const noReason = (s) => /^(无|无偏差|\/|—+|-+|不适用)?$/.test(norm(s));

export const questions = [
  // ---- un-arith: arithmetic said in words ----
  {
    id: 'un-a01',
    cat: 'un-arith',
    q: '统计所经费跟统计站（室）两个加一块全年预算多少万',
    expect: (d) => d.number(B(d.byName('统计所经费')) + B(d.byName('统计站（室）'))),
  },
  {
    id: 'un-a02',
    cat: 'un-arith',
    q: '晨光路拆迁资金的执行数按12个月摊下来，一个月合多少万',
    expect: (d) => d.number(X(d.byName('晨光路拆迁资金')) / 12),
  },
  {
    id: 'un-a03',
    cat: 'un-arith',
    q: '攀枝花那几个项目的总分平均下来多少分',
    expect: (d) => placePools(d, ['攀枝花'], ['004'], (rs) => d.avg(rs, ts)),
  },
  {
    id: 'un-a04',
    cat: 'un-arith',
    q: '周蕾莹手上的项目平均一个全年预算是多少',
    expect: (d) => d.avg(F(d, own('周蕾莹')), B),
  },
  {
    id: 'un-a05',
    cat: 'un-arith',
    q: '潞源街道全年预算减去全年执行数，总共结余多少',
    expect: (d) => placePools(d, LY, ['000'], (rs) => d.number(sumOf(rs, B) - sumOf(rs, X))),
  },
  {
    id: 'un-a06',
    cat: 'un-arith',
    q: '双井和潞源两个街道合在一起，全年预算里有百分之几没花出去',
    expect: (d) => {
      const rs = F(d, (r) => inUnit(r, '双井', '潞源'));
      return d.number((100 * (sumOf(rs, B) - sumOf(rs, X))) / sumOf(rs, B), PCT);
    },
  },
  {
    id: 'un-a07',
    cat: 'un-arith',
    q: '全部项目的全年预算，中位数是多少万',
    expect: (d) =>
      bothMoney(d, (m) => median(F(d, (r) => m(r, 'annualBudget') != null).map((r) => m(r, 'annualBudget')))),
  },
  {
    id: 'un-a08',
    cat: 'un-arith',
    q: '潞源的项目里全年预算最大的和最小的相差多少万',
    expect: (d) => {
      const vs = F(d, (r) => inLY(r) && B(r) != null).map(B);
      return d.number(Math.max(...vs) - Math.min(...vs));
    },
  },
  {
    id: 'un-a09',
    cat: 'un-arith',
    q: '大红门那个城乡基层党组织服务群众经费，全年预算比年初预算追加了多少',
    expect: (d) => {
      const r = d.byName('城乡基层党组织服务群众经费');
      return d.number(B(r) - money(r, 'initialBudget'));
    },
  },
  {
    id: 'un-a10',
    cat: 'un-arith',
    q: '网络租赁购买服务、统计所经费、公益电影放映补贴，这仨的执行数合起来是多少',
    expect: (d) => d.number(sumOf(['网络租赁购买服务', '统计所经费', '公益电影放映补贴'].map(d.byName), X)),
  },
  {
    id: 'un-a11',
    cat: 'un-arith',
    q: '法律顾问明年预算要是按今年全年预算的一点一倍给，是多少万',
    expect: (d) => d.number(B(d.byName('法律顾问')) * 1.1),
  },
  {
    id: 'un-a12',
    cat: 'un-arith',
    q: '潞源全年预算总数扣掉下沉协管员经费和接诉即办奖励金这两个以后，还剩多少',
    expect: (d) =>
      d.number(
        sumOf(F(d, inLY), B) - B(d.byName('2023年下沉协管员经费')) - B(d.byName('2023年接诉即办奖励金')),
      ),
  },
  {
    id: 'un-a13',
    cat: 'un-arith',
    q: '法律顾问的全年预算换算成千元是多少千元',
    expect: (d) => d.number(B(d.byName('法律顾问')) * 10),
  },
  {
    id: 'un-a14',
    cat: 'un-arith',
    q: '河门口9个项目的全年执行数平均每个多少万',
    expect: (d) => placePools(d, HMK, ['004'], (rs) => d.avg(rs, X)),
  },
  {
    id: 'un-a15',
    cat: 'un-arith',
    q: '大红门的项目平均总分多少？总分没填的不算进去',
    expect: (d) => placePools(d, DHM, ['003'], (rs) => d.avg(rs, ts)),
  },
  {
    id: 'un-a16',
    cat: 'un-arith',
    q: '晨光路拆迁资金在大红门全部全年预算里能占几个点',
    expect: (d) =>
      placePools(d, DHM, ['003'], (rs) =>
        d.number((100 * B(d.byName('晨光路拆迁资金'))) / sumOf(rs, B), PCT),
      ),
  },
  {
    id: 'un-a17',
    cat: 'un-arith',
    q: '双井两个项目一共执行了多少元',
    expect: (d) => placePools(d, ['双井'], ['001'], (rs) => d.number(sumOf(rs, X) * 10000, 1)),
  },
  {
    id: 'un-a18',
    cat: 'un-arith',
    q: '习风园改造项目各条指标的得分加起来多少分，预算执行那10分不算',
    expect: (d) => d.number(sumOf(rows(d.byName('习风园改造项目')), (i) => i.score)),
  },
  {
    id: 'un-a19',
    cat: 'un-arith',
    q: '经济大脑那个项目，绩效指标的分值全加起来是几分',
    expect: (d) => d.number(sumOf(rows(d.byName('通州区“经济大脑”服务项目')), (i) => i.weight)),
  },
  {
    id: 'un-a20',
    cat: 'un-arith',
    q: '潞源整体执行率多少？用执行数总和除以预算总和',
    expect: (d) => placePools(d, LY, ['000'], (rs) => d.number((100 * sumOf(rs, X)) / sumOf(rs, B), PCT)),
  },
  {
    id: 'un-a21',
    cat: 'un-arith',
    q: '2023年所有项目全年执行数合计，四舍五入到万位',
    expect: (d) => bothMoney(d, (m) => Math.round(sumOf(F(d, y(2023)), (r) => m(r, 'executed'))), 0.5),
  },
  {
    id: 'un-a22',
    cat: 'un-arith',
    q: '2023年城市居民最低生活保障的全年执行数，平均到每个月是多少',
    expect: (d) => d.number(X(d.byName('2023年城市居民最低生活保障')) / 12),
  },
  {
    id: 'un-a23',
    cat: 'un-arith',
    q: '预算执行那一项，潞源一共被扣了多少分',
    expect: (d) =>
      placePools(d, LY, ['000'], (rs) =>
        d.number(
          sumOf(rs, (r) =>
            budgetScore(r) != null && budgetWeight(r) != null && budgetScore(r) < budgetWeight(r)
              ? budgetWeight(r) - budgetScore(r)
              : 0,
          ),
        ),
      ),
  },
  {
    id: 'un-a24',
    cat: 'un-arith',
    q: '大红门的年初预算合计和全年预算合计分别是多少',
    expect: (d) =>
      placePools(d, DHM, ['003'], (rs) =>
        allOf(d.sumMoney(rs, 'initialBudget'), d.sumMoney(rs, 'annualBudget')),
      ),
  },
  {
    id: 'un-a25',
    cat: 'un-arith',
    q: '2023年社区公益事业补助资金，拿执行数除以预算数，执行率自己算出来是多少',
    expect: (d) => {
      const r = d.byName('2023年社区公益事业补助资金');
      return d.anyOf(d.number(rateComputed(r), PCT), d.number(rate(r), PCT));
    },
  },
  {
    id: 'un-a26',
    cat: 'un-arith',
    q: '河门口所有项目的总分加起来，离满分一共还差多少分',
    expect: (d) => placePools(d, HMK, ['004'], (rs) => d.number(sumOf(rs, (r) => 100 - ts(r)))),
  },
  {
    id: 'un-a27',
    cat: 'un-arith',
    q: '赵康负责的项目平均每个执行了多少万',
    expect: (d) => d.avg(F(d, own('赵康')), X),
  },
  {
    id: 'un-a28',
    cat: 'un-arith',
    q: '潞源全年预算最大的项目比第二大的多出多少万',
    expect: (d) => {
      const vs = F(d, (r) => inLY(r) && B(r) != null)
        .map(B)
        .sort((a, b) => b - a);
      return d.number(vs[0] - vs[1]);
    },
  },
  {
    id: 'un-a29',
    cat: 'un-arith',
    q: '民生保障办公室的项目，总分加总后除以项目个数等于多少',
    expect: (d) => d.avg(F(d, minsheng), ts),
  },
  {
    id: 'un-a30',
    cat: 'un-arith',
    q: '2020年项目的全年预算总额，相当于2023年全年预算总额的百分之几',
    expect: (d) =>
      bothMoney(
        d,
        (m) =>
          (100 * sumOf(F(d, y(2020)), (r) => m(r, 'annualBudget'))) /
          sumOf(F(d, y(2023)), (r) => m(r, 'annualBudget')),
        PCT,
      ),
  },

  // ---- un-story: the question inside a story ----
  {
    id: 'un-s01',
    cat: 'un-story',
    q: '下午三点前要交到区里，快帮我看看潞源街道总分不是100分的项目有几个',
    expect: (d) =>
      d.countRange(
        F(d, (r) => inLY(r) && ts(r) != null && ts(r) !== 100).length,
        F(d, (r) => inLY(r) && ts(r) !== 100).length,
      ),
  },
  {
    id: 'un-s02',
    cat: 'un-story',
    q: '科长嫌我报数太慢了，直接告诉我河门口2020年执行数一共多少',
    expect: (d) => placeSum(d, HMK, ['004'], 'executed', y(2020)),
  },
  {
    id: 'un-s03',
    cat: 'un-story',
    q: '审计组下周进场，先把大红门执行率没到百分之百的项目拉个单子给我',
    expect: (d) => both(d, (f) => where(d, DHM, ['003'], (r) => f(r) != null && f(r) < 100)),
  },
  {
    id: 'un-s04',
    cat: 'un-story',
    q: '主任刚在会上问经济大脑那个项目是谁牵头的，电话多少，我得马上回他',
    expect: (d) => {
      const r = d.byName('通州区“经济大脑”服务项目');
      return allOf(d.value(r, r.owner), d.value(r, r.phone));
    },
  },
  {
    id: 'un-s05',
    cat: 'un-story',
    q: '我电脑坏了打不开表，晨光路拆迁资金是哪条指标扣的分',
    expect: (d) => {
      const r = d.byName('晨光路拆迁资金');
      return d.value(
        r,
        ...rows(r)
          .filter(shortRow)
          .map((i) => i.name),
      );
    },
  },
  {
    id: 'un-s06',
    cat: 'un-story',
    q: '领导看完汇总表发火了，说有个项目总分才90分，是哪个',
    expect: (d) => d.set(F(d, (r) => ts(r) === 90)),
  },
  {
    id: 'un-s07',
    cat: 'un-story',
    q: '老王退休了，他原来管的民生保障办公室那摊表交给我了，一共有几张',
    expect: (d) => d.count(F(d, minsheng).length),
  },
  {
    id: 'un-s08',
    cat: 'un-story',
    q: '明早预算评审会我只要一个数：2023年发改委项目的全年预算总额',
    expect: (d) => placeSum(d, FGW, ['002'], 'annualBudget', y(2023)),
  },
  {
    id: 'un-s09',
    cat: 'un-story',
    q: '群里有人说潞源有个项目执行率只有96%，真的假的？哪个项目',
    expect: (d) => both(d, (f) => d.set(F(d, (r) => inLY(r) && f(r) != null && f(r) >= 96 && f(r) < 97))),
  },
  {
    id: 'un-s10',
    cat: 'un-story',
    q: '我第一天上班啥都不懂，咱们这些表一共涉及几个街道',
    expect: (d) => d.count(4),
  },
  {
    id: 'un-s11',
    cat: 'un-story',
    q: '我妈问我在单位天天干啥😂 不扯了，2020年的项目有哪些',
    expect: (d) => d.set(F(d, y(2020))),
  },
  {
    id: 'un-s12',
    cat: 'un-story',
    q: '处长批示：总分空着的表一律退回补填。要退的是哪几张？',
    expect: (d) => d.set(F(d, (r) => ts(r) == null)),
  },
  {
    id: 'un-s13',
    cat: 'un-story',
    q: '巡察组要看民生保障办公室的钱，你按负责人把全年执行数汇总一下',
    expect: (d) => groupSum(d, (r) => r.owner, X, F(d, minsheng)),
  },
  {
    id: 'un-s14',
    cat: 'un-story',
    q: '刚接了个电话，对方说她叫罗灵玉，问她负责的是哪个项目',
    expect: (d) => ownTol(d, '罗灵玉'),
  },
  {
    id: 'un-s15',
    cat: 'un-story',
    q: '同事跟我打赌说大红门的项目超过一百个，到底是几个？',
    expect: (d) => placeCount(d, DHM, '003'),
  },
  {
    id: 'un-s16',
    cat: 'un-story',
    q: '周会上主任要讲执行数最多的三个项目，帮我挑出来',
    expect: (d) => d.topMoney(d.all, 'executed', 3, 'desc'),
  },
  {
    id: 'un-s17',
    cat: 'un-story',
    q: '周蕾莹调去区里了，她手上那些项目全年预算一共多少',
    expect: (d) => d.sumMoney(F(d, own('周蕾莹')), 'annualBudget'),
  },
  {
    id: 'un-s18',
    cat: 'un-story',
    q: '快下班了，就问一个：习风园改造项目最后得了多少分',
    expect: (d) => d.value(d.byName('习风园改造项目'), ts(d.byName('习风园改造项目'))),
  },
  {
    id: 'un-s19',
    cat: 'un-story',
    q: '年底写总结要用，大红门2023年一共执行了多少钱',
    expect: (d) => placeSum(d, DHM, ['003'], 'executed', y(2023)),
  },
  {
    id: 'un-s20',
    cat: 'un-story',
    q: '老板说河门口那几张表看着别扭，项目负责人是不是都没写？',
    expect: (d) => {
      const rs = F(d, (r) => inUnit(r, '河门口') && ownerMissing(r));
      return d.anyOf(d.set(rs), d.count(rs.length));
    },
  },
  {
    id: 'un-s21',
    cat: 'un-story',
    q: '被领导点名了，说我连大红门哪些项目满意度调查没做都不知道，快告诉我是哪些',
    expect: (d) => noSurvey(d, (r) => inUnit(r, '大红门'), O('003')),
  },
  {
    id: 'un-s22',
    cat: 'un-story',
    q: '新来的实习生把表弄乱了，帮我核一下双井街道疫情防控资金—基本户的全年执行数',
    expect: (d) => {
      const r = d.byName('双井街道疫情防控资金—基本户');
      return d.value(r, X(r));
    },
  },
  {
    id: 'un-s23',
    cat: 'un-story',
    q: '快开会了！！下沉协管员经费那个项目谁负责的',
    expect: (d) => {
      const r = d.byName('2023年下沉协管员经费');
      return d.value(r, r.owner);
    },
  },
  {
    id: 'un-s24',
    cat: 'un-story',
    q: '对账对了一下午还是差一点，你那边潞源全年执行数合计是多少',
    expect: (d) => placeSum(d, LY, ['000'], 'executed'),
  },
  {
    id: 'un-s25',
    cat: 'un-story',
    q: '考核组明天来，据说要抽总分最低的5个项目，提前告诉我是哪5个',
    expect: (d) => d.top(d.all, ts, 5, 'asc'),
  },
  {
    id: 'un-s26',
    cat: 'un-story',
    q: '我们领导最关心钱花没花完，河门口有没有钱没花完的项目',
    expect: (d) => where(d, HMK, ['004'], (r) => B(r) != null && X(r) != null && X(r) < B(r)),
  },
  {
    id: 'un-s27',
    cat: 'un-story',
    q: '领导要看明年的安排，2027年哪个项目预算最多',
    expect: (d) => noYear(d, '2027', 2027),
  },
  {
    id: 'un-s28',
    cat: 'un-story',
    q: '审计问这些项目的招标代理机构是谁，你这能查到吗',
    expect: (d) => d.refuse('招标代理'),
  },
  {
    id: 'un-s29',
    cat: 'un-story',
    q: '科长让我查一下潞源各项目的加班费发了多少',
    expect: (d) => d.refuse('加班费'),
  },
  {
    id: 'un-s30',
    cat: 'un-story',
    q: '我原来在海淀区干财务，海淀的项目这里能查吗，有几个',
    expect: (d) => d.anyOf(d.refuse('海淀'), d.count(0)),
  },

  // ---- un-scope: places, departments, people and years as scope; ranks; follow-ups ----
  {
    id: 'un-c01',
    cat: 'un-scope',
    q: '通州的项目一共多少个',
    expect: (d) => placeCount(d, ['通州'], '000', '002'),
  },
  {
    id: 'un-c02',
    cat: 'un-scope',
    q: '丰台区2023年执行数最多的是哪个项目',
    expect: (d) =>
      placePools(d, ['丰台'], ['003'], (rs) => d.topMoney(rs.filter(y(2023)), 'executed', 1, 'desc')),
  },
  {
    id: 'un-c03',
    cat: 'un-scope',
    q: '全年预算从大到小排，第11到第15名是哪几个',
    expect: (d) =>
      d.anyOf(
        rankSlice(d, d.all, B, 11, 15, 'desc'),
        rankSlice(d, d.all, (r) => conv(r, 'annualBudget'), 11, 15, 'desc'),
      ),
  },
  {
    id: 'un-c04',
    cat: 'un-scope',
    q: '负责人姓李的项目有哪些',
    expect: (d) => d.set(F(d, (r) => norm(r.owner).startsWith('李'))),
  },
  {
    id: 'un-c05',
    cat: 'un-scope',
    q: '项目名称里带“经费”两个字的有多少个',
    expect: (d) => d.count(F(d, nameHasW('经费')).length),
  },
  {
    id: 'un-c06',
    cat: 'un-scope',
    q: '名字以2023开头的项目有几个',
    expect: (d) => d.count(F(d, nameStarts('2023')).length),
  },
  {
    id: 'un-c07',
    cat: 'un-scope',
    q: '联系电话是6727开头的项目有多少个',
    expect: (d) => d.count(F(d, (r) => phoneNumbers(r).some((p) => p.startsWith('6727'))).length),
  },
  {
    id: 'un-c08',
    cat: 'un-scope',
    q: '大红门的项目，城乡管理办公室跟民生保障办公室的不算，还剩几个',
    expect: (d) => whereCount(d, DHM, ['003'], (r) => !inUnit(r, '城乡管理办公室', '民生保障办公室')),
  },
  {
    id: 'un-c09',
    cat: 'un-scope',
    q: '年份2023，地点潞源，负责人空着——符合的项目列一下',
    expect: (d) => d.set(F(d, (r) => inLY(r) && r.year === 2023 && ownerMissing(r))),
  },
  {
    id: 'un-c10',
    cat: 'un-scope',
    q: '总分并列第一的项目有多少个',
    expect: (d) => {
      const max = Math.max(...F(d, (r) => ts(r) != null).map(ts));
      return d.count(F(d, (r) => ts(r) === max).length);
    },
  },
  {
    id: 'un-c11',
    cat: 'un-scope',
    q: '哪个负责人手上的项目最多',
    expect: (d) => {
      const m = {};
      for (const r of d.all) if (!blank(r.owner)) m[norm(r.owner)] = (m[norm(r.owner)] ?? 0) + 1;
      const best = Math.max(...Object.values(m));
      return says(...Object.keys(m).filter((k) => m[k] === best));
    },
  },
  {
    id: 'un-c12',
    cat: 'un-scope',
    q: '大红门执行数倒数第一和倒数第二分别是哪两个',
    expect: (d) => placePools(d, DHM, ['003'], (rs) => d.top(rs, X, 2, 'asc')),
  },
  {
    id: 'un-c13',
    cat: 'un-scope',
    q: '2023年总分最低的三个，还有2020年总分最低的三个',
    expect: (d) => allOf(d.top(F(d, y(2023)), ts, 3, 'asc'), d.top(F(d, y(2020)), ts, 3, 'asc')),
  },
  {
    id: 'un-c14',
    cat: 'un-scope',
    q: '河门口哪个项目的全年预算在当地是最高的',
    expect: (d) => placePools(d, HMK, ['004'], (rs) => d.top(rs, B, 1, 'desc')),
  },
  {
    id: 'un-c15',
    cat: 'un-scope',
    q: '孟卓聪的项目按全年预算排，平安建设经费排第几',
    expect: (d) => {
      const r = d.byName('平安建设经费');
      return d.anyOf(
        rankOf(d, F(d, own('孟卓聪')), r, B, 'desc'),
        rankOf(d, F(d, ownAny('孟卓聪')), r, B, 'desc'),
      );
    },
  },
  {
    id: 'un-c16',
    cat: 'un-scope',
    pre: '潞源街道有哪些项目',
    q: '其中预算过百万的呢',
    expect: (d) => atLeast(d, inLY, B, 100),
  },
  {
    id: 'un-c17',
    cat: 'un-scope',
    pre: '双井的项目总分平均多少',
    q: '河门口呢',
    expect: (d) => placePools(d, HMK, ['004'], (rs) => d.avg(rs, ts)),
  },
  {
    id: 'un-c18',
    cat: 'un-scope',
    pre: '赵康负责几个项目',
    q: '把它们的执行数加一下',
    expect: (d) => d.sumMoney(F(d, own('赵康')), 'executed'),
  },
  {
    id: 'un-c19',
    cat: 'un-scope',
    pre: '2020年的项目有哪些',
    q: '按总分从高到低排一排',
    expect: (d) => ranked(d, F(d, y(2020)), ts, 'desc'),
  },
  {
    id: 'un-c20',
    cat: 'un-scope',
    pre: '执行率最低的项目是哪个',
    q: '它的负责人是谁',
    expect: (d) => {
      // the lowest rate under either reading (stated, or from the amounts); its owner, or "not filled"
      const lows = [rate, rateComputed].flatMap((f) => {
        const vs = F(d, (r) => f(r) != null);
        const min = Math.min(...vs.map(f));
        return vs.filter((r) => f(r) === min);
      });
      return d.anyOf(...lows.map((r) => (blank(r.owner) ? d.empty(r) : d.value(r, r.owner))));
    },
  },
  {
    id: 'un-c21',
    cat: 'un-scope',
    pre: '大红门总分低于95的项目',
    q: '潞源有没有这样的',
    expect: (d) => d.set(F(d, (r) => inLY(r) && ts(r) != null && ts(r) < 95)),
  },
  {
    id: 'un-c22',
    cat: 'un-scope',
    pre: '牛艳维负责的项目有多少个',
    q: '她的项目里全年预算最少的是哪个',
    expect: (d) => d.top(F(d, own('牛艳维')), B, 1, 'asc'),
  },
  {
    id: 'un-c23',
    cat: 'un-scope',
    pre: '发改委全年预算合计多少',
    q: '不算疏整促专班那个呢',
    expect: (d) => placeSum(d, FGW, ['002'], 'annualBudget', (r) => !nameHasW('疏整促')(r)),
  },
  {
    id: 'un-c24',
    cat: 'un-scope',
    pre: '列一下2023年潞源的项目',
    q: '只留周蕾莹负责的',
    expect: (d) => d.set(F(d, (r) => inLY(r) && r.year === 2023 && own('周蕾莹')(r))),
  },
  {
    id: 'un-c25',
    cat: 'un-scope',
    pre: '潞源执行数最多的5个项目',
    q: '这几个的全年预算一共多少',
    expect: (d) => {
      const top = F(d, inLY)
        .sort((a, b) => X(b) - X(a))
        .slice(0, 5);
      return d.sumMoney(top, 'annualBudget');
    },
  },
  {
    id: 'un-c26',
    cat: 'un-scope',
    pre: '全年预算最多的前10个项目',
    q: '里面有几个是大红门的',
    expect: (d) => {
      const counts = new Set();
      for (const m of [money, conv]) {
        const top = d.all
          .filter((r) => m(r, 'annualBudget') != null)
          .sort((a, b) => m(b, 'annualBudget') - m(a, 'annualBudget'))
          .slice(0, 10);
        counts.add(top.filter((r) => inUnit(r, '大红门')).length);
        counts.add(top.filter((r) => inUnit(r, '大红门') || O('003')(r)).length);
      }
      return d.anyOf(...[...counts].map((n) => d.count(n)));
    },
  },
  {
    id: 'un-c27',
    cat: 'un-scope',
    pre: '总分是100分的项目有多少',
    q: '占全部项目的几成',
    expect: (d) => {
      const pct = (100 * F(d, (r) => ts(r) === 100).length) / d.all.length;
      return d.anyOf(d.number(pct / 10, 0.051), d.number(pct, PCT));
    },
  },
  {
    id: 'un-c28',
    cat: 'un-scope',
    q: '李毅飞负责的项目全年预算总数比牛艳维的多还是少，差多少',
    expect: (d) => {
      const v = sumOf(F(d, own('李毅飞')), B) - sumOf(F(d, own('牛艳维')), B);
      return d.anyOf(d.number(v), d.number(-v));
    },
  },
  {
    id: 'un-c29',
    cat: 'un-scope',
    q: '赵康负责的项目里执行数排前三的',
    expect: (d) => d.top(F(d, own('赵康')), X, 3, 'desc'),
  },
  {
    id: 'un-c30',
    cat: 'un-scope',
    q: '大红门和河门口各自全年预算最高的项目',
    expect: (d) =>
      d.anyOf(
        bestPerGroup(d, [F(d, (r) => inUnit(r, '大红门')), F(d, (r) => inUnit(r, '河门口'))], B, 'desc'),
        bestPerGroup(d, [F(d, O('003')), F(d, O('004'))], B, 'desc'),
      ),
  },
  {
    id: 'un-c31',
    cat: 'un-scope',
    q: '不属于2023年度的项目有多少',
    expect: (d) => d.count(F(d, (r) => r.year !== 2023).length),
  },
  {
    id: 'un-c32',
    cat: 'un-scope',
    q: '双井、河门口、发改委三家的项目一共多少个',
    expect: (d) => {
      const words = ['双井', '河门口', ...FGW];
      const a = F(d, (r) => inUnit(r, ...words)).length;
      const b = F(d, (r) => inUnit(r, ...words) || O('001', '004', '002')(r)).length;
      return d.countRange(a, b);
    },
  },
  {
    id: 'un-c33',
    cat: 'un-scope',
    q: '昌平的项目有几个',
    expect: (d) => d.anyOf(d.refuse('昌平'), d.count(0)),
  },
  {
    id: 'un-c34',
    cat: 'un-scope',
    q: '负责人是王五的项目',
    expect: (d) => d.anyOf(d.refuse('王五'), d.set([])),
  },
  {
    id: 'un-c35',
    cat: 'un-scope',
    q: '全年预算排第200名的是哪个项目',
    expect: (d) => d.anyOf(d.refuse('200'), d.set([])),
  },

  // ---- un-ind: indicator rows, columns, empty cells ----
  {
    id: 'un-i01',
    cat: 'un-ind',
    q: '有没有哪张表一条三级指标都没有的',
    expect: (d) => d.set(F(d, (r) => rows(r).length === 0)),
  },
  {
    id: 'un-i02',
    cat: 'un-ind',
    q: '晨光路拆迁资金满意度那一行，实际完成值填的啥',
    expect: (d) => {
      const r = d.byName('晨光路拆迁资金');
      const row = rows(r).find(l1Has('满意度'));
      return blank(row.actual) ? d.empty(r) : d.value(r, row.actual);
    },
  },
  {
    id: 'un-i03',
    cat: 'un-ind',
    q: '习风园改造项目哪几条指标被扣了分',
    expect: (d) => {
      const r = d.byName('习风园改造项目');
      return d.valueAll(
        r,
        ...rows(r)
          .filter(shortRow)
          .map((i) => i.name.replace(/^指标\d+[：:]\s*/, '')),
      );
    },
  },
  {
    id: 'un-i04',
    cat: 'un-ind',
    q: '统计所经费的指标里，质量指标占了几行',
    expect: (d) => d.count(rows(d.byName('统计所经费')).filter(l2Has('质量')).length),
  },
  {
    id: 'un-i05',
    cat: 'un-ind',
    q: '指标明明拿了满分，偏差原因那栏却写了东西的项目有几个',
    expect: (d) => {
      const full = (i) => i.weight != null && i.score != null && i.score >= i.weight && !blank(i.deviation);
      const a = F(d, (r) => rows(r).some((i) => full(i) && !noReason(i.deviation))).length;
      const b = F(d, (r) => rows(r).some(full)).length;
      return d.countRange(a, b);
    },
  },
  {
    id: 'un-i06',
    cat: 'un-ind',
    q: '指标全部拿满分的项目有多少个',
    expect: (d) => {
      const scored = (r) => rows(r).filter((i) => i.weight != null && i.score != null);
      const allFull = (r) => scored(r).length > 0 && scored(r).every((i) => i.score >= i.weight);
      const budgetFull = (r) =>
        budgetScore(r) != null && budgetWeight(r) != null && budgetScore(r) >= budgetWeight(r);
      return d.anyOf(d.count(F(d, allFull).length), d.count(F(d, (r) => allFull(r) && budgetFull(r)).length));
    },
  },
  {
    id: 'un-i07',
    cat: 'un-ind',
    q: '产出指标的分值加起来不到50分的项目',
    expect: (d) => {
      const out = (r) => rows(r).filter(l1Has('产出'));
      const low = (r) => out(r).length > 0 && sumOf(out(r), (i) => i.weight) < 50;
      return d.setTol(
        F(d, low),
        F(d, (r) => low(r) || out(r).length === 0),
      );
    },
  },
  {
    id: 'un-i08',
    cat: 'un-ind',
    q: '单条指标分值最高的是哪个项目的',
    expect: (d) => {
      const max = Math.max(...d.all.flatMap((r) => rows(r).map((i) => i.weight ?? 0)));
      return d.set(F(d, (r) => rows(r).some((i) => i.weight === max)));
    },
  },
  {
    id: 'un-i09',
    cat: 'un-ind',
    q: '发改委的表里哪些没有社会效益指标',
    expect: (d) => where(d, FGW, ['002'], (r) => !rows(r).some(l2Has('社会效益'))),
  },
  {
    id: 'un-i10',
    cat: 'un-ind',
    q: '法律顾问这张表最后一条三级指标叫什么',
    expect: (d) => {
      const r = d.byName('法律顾问');
      return d.value(r, rows(r).at(-1).name);
    },
  },
  {
    id: 'un-i11',
    cat: 'un-ind',
    q: '经济大脑那个项目，成本指标的年度指标值写的多少',
    expect: (d) => {
      const r = d.byName('通州区“经济大脑”服务项目');
      const t = rows(r).find(l2Has('成本')).target;
      return d.value(r, t, Number(norm(t).replace(/[^\d.]/g, '')));
    },
  },
  {
    id: 'un-i12',
    cat: 'un-ind',
    q: '统计站（室）的数量指标，目标定的多少、实际完成了多少',
    expect: (d) => {
      const r = d.byName('统计站（室）');
      const i = rows(r).find(l2Has('数量'));
      return allOf(d.value(r, i.target), d.value(r, i.actual));
    },
  },
  {
    id: 'un-i13',
    cat: 'un-ind',
    q: '潞源的表里，实际完成值和年度指标值填得一模一样的指标有多少条',
    expect: (d) =>
      d.count(rowCount(F(d, inLY), (i) => !blank(i.target) && norm(i.target) === norm(i.actual))),
  },
  {
    id: 'un-i14',
    cat: 'un-ind',
    q: '潞源和发改委的表里，偏差原因那一列写了字的指标一共多少条',
    expect: (d) =>
      placePools(d, [...LY, ...FGW], ['000', '002'], (rs) =>
        d.count(rowCount(rs, (i) => !blank(i.deviation))),
      ),
  },
  {
    id: 'un-i15',
    cat: 'un-ind',
    q: '河门口每个项目各有几条绩效指标',
    expect: (d) => d.groups(Object.fromEntries(F(d, O('004')).map((r) => [r.projectName, rows(r).length]))),
  },
  {
    id: 'un-i16',
    cat: 'un-ind',
    q: '年度指标值那格写着“优良中差”的指标一共多少条',
    // 「定性优良中差」 (two offices' forms) writes 优良中差 too: both counts are right
    expect: (d) =>
      d.anyOf(
        d.count(rowCount(d.all, (i) => norm(i.target) === '优良中差')),
        d.count(rowCount(d.all, (i) => norm(i.target).includes('优良中差'))),
      ),
  },
  {
    id: 'un-i17',
    cat: 'un-ind',
    q: '哪几个项目的指标里有一条得了0分的',
    expect: (d) => d.set(F(d, (r) => rows(r).some((i) => i.score === 0 && i.weight > 0))),
  },
  {
    id: 'un-i18',
    cat: 'un-ind',
    q: '潞源的项目里没设可持续影响指标的有几个',
    expect: (d) => d.count(F(d, (r) => inLY(r) && !rows(r).some(l2Has('可持续'))).length),
  },
  {
    id: 'un-i19',
    cat: 'un-ind',
    q: '一级指标写成“产出标指”的是哪几张表',
    expect: (d) => d.set(F(d, (r) => rows(r).some((i) => norm(i.level1) === '产出标指'))),
  },
  {
    id: 'un-i20',
    cat: 'un-ind',
    q: '负责人和联系电话两格都填了的项目有几个',
    expect: (d) => d.count(F(d, (r) => !ownerMissing(r) && !phoneMissing(r)).length),
  },
  {
    id: 'un-i21',
    cat: 'un-ind',
    q: '实施单位那格跟主管部门写得一字不差的项目有多少个',
    expect: (d) =>
      d.count(F(d, (r) => !blank(r.department) && norm(r.department) === norm(r.implementingUnit)).length),
  },
  {
    id: 'un-i22',
    cat: 'un-ind',
    q: '实际完成情况那格只写了“完成目标”四个字的项目有几个',
    expect: (d) => d.count(F(d, (r) => norm(r.goals?.actual) === '完成目标').length),
  },
  {
    id: 'un-i23',
    cat: 'un-ind',
    q: '年初预算数那格填的是0的项目',
    expect: (d) => d.set(F(d, (r) => money(r, 'initialBudget') === 0)),
  },
  {
    id: 'un-i24',
    cat: 'un-ind',
    q: '“其中：当年财政拨款”那行的全年预算，跟年度资金总额那行对不上的是哪张表',
    expect: (d) =>
      d.set(
        F(d, (r) => {
          const a = money(r, 'annualBudget', 'fiscal');
          return a != null && B(r) != null && a !== B(r);
        }),
      ),
  },
  {
    id: 'un-i25',
    cat: 'un-ind',
    q: '执行率那格填的不是整数的项目',
    expect: (d) => d.set(F(d, (r) => rate(r) != null && !integer(rate(r)))),
  },
  {
    id: 'un-i26',
    cat: 'un-ind',
    q: '总分那格写了小数的是哪几个',
    expect: (d) => d.set(F(d, (r) => ts(r) != null && !integer(ts(r)))),
  },
  {
    id: 'un-i27',
    cat: 'un-ind',
    q: '满意度那一行写着“未做”的项目里，哪个全年预算最大',
    expect: (d) =>
      d.anyOf(
        d.top(F(d, satNotDone), B, 1, 'desc'),
        d.top(
          F(d, (r) => satNotDone(r) || satDoubt(r)),
          B,
          1,
          'desc',
        ),
      ),
  },
  {
    id: 'un-i28',
    cat: 'un-ind',
    q: '哪些项目的时效指标实际完成值没填',
    expect: (d) => d.set(F(d, (r) => rows(r).some((i) => l2Has('时效')(i) && blank(i.actual)))),
  },
  {
    id: 'un-i29',
    cat: 'un-ind',
    q: '质量指标和数量指标都被扣了分的项目',
    expect: (d) =>
      d.set(
        F(
          d,
          (r) =>
            rows(r).some((i) => l2Has('质量')(i) && shortRow(i)) &&
            rows(r).some((i) => l2Has('数量')(i) && shortRow(i)),
        ),
      ),
  },
  {
    id: 'un-i30',
    cat: 'un-ind',
    q: '满意度指标写了两条或者更多的项目',
    expect: (d) => d.set(F(d, (r) => rows(r).filter(l1Has('满意度')).length >= 2)),
  },
  {
    id: 'un-i31',
    cat: 'un-ind',
    q: '统计所经费的时效指标那条，时间要求写的是几月前',
    expect: (d) => d.value(d.byName('统计所经费'), '6月前', '6月'),
  },
  {
    id: 'un-i32',
    cat: 'un-ind',
    q: '统计站（室）的指标里，分值最大的那条叫什么',
    expect: (d) => {
      const r = d.byName('统计站（室）');
      const max = Math.max(...rows(r).map((i) => i.weight ?? 0));
      return d.value(
        r,
        ...rows(r)
          .filter((i) => i.weight === max)
          .map((i) => i.name),
      );
    },
  },
  {
    id: 'un-i33',
    cat: 'un-ind',
    q: '指标的数据来源那一栏都写的什么',
    expect: (d) => d.refuse('数据来源'),
  },
  {
    id: 'un-i34',
    cat: 'un-ind',
    q: '各项目三级指标的评分标准是怎么定的',
    expect: (d) => d.refuse('评分标准'),
  },
  {
    id: 'un-i35',
    cat: 'un-ind',
    q: '统计所经费那张表，指标计量单位那一列写的啥',
    expect: (d) => d.refuse('计量单位'),
  },

  // ---- un-other: typos, abbreviations, money and years as said, single facts, refusals and asks back ----
  { id: 'un-o01', cat: 'un-other', q: '路源街道有几个项目', expect: (d) => placeCount(d, LY, '000') },
  {
    id: 'un-o02',
    cat: 'un-other',
    q: '和门口的全年预算合计',
    expect: (d) => placeSum(d, HMK, ['004'], 'annualBudget'),
  },
  { id: 'un-o03', cat: 'un-other', q: '刘天元负责的项目有哪些', expect: (d) => ownTol(d, '刘天远') },
  {
    id: 'un-o04',
    cat: 'un-other',
    q: '周雷莹名下有几个项目',
    expect: (d) => d.count(F(d, own('周蕾莹')).length),
  },
  {
    id: 'un-o05',
    cat: 'un-other',
    q: '综合办的项目有哪些',
    expect: (d) => d.set(F(d, (r) => inUnit(r, '综合办公室'))),
  },
  {
    id: 'un-o06',
    cat: 'un-other',
    q: '社建办一共几个项目',
    expect: (d) => d.count(F(d, (r) => inUnit(r, '社区建设办公室')).length),
  },
  {
    id: 'un-o07',
    cat: 'un-other',
    q: '执法队那个项目全年预算多少',
    expect: (d) => {
      const rs = F(d, (r) => inUnit(r, '综合行政执法队'));
      return d.number(sumOf(rs, B));
    },
  },
  {
    id: 'un-o08',
    cat: 'un-other',
    q: '全年预算在五十到八十万之间的项目有哪些',
    expect: (d) => moneyBand(d, 'annualBudget', 50, 80),
  },
  {
    id: 'un-o09',
    cat: 'un-other',
    q: '预算上百万但是不到两百万的',
    expect: (d) => moneyBand(d, 'annualBudget', 100, 200),
  },
  {
    id: 'un-o10',
    cat: 'un-other',
    q: '全年预算大于3,000,000.00元的项目有几个',
    expect: (d) => moneyBandCount(d, 'annualBudget', 300, Infinity),
  },
  {
    id: 'un-o11',
    cat: 'un-other',
    q: '预算0.5万元以下的项目',
    expect: (d) => moneyBand(d, 'annualBudget', -Infinity, 0.5),
  },
  {
    id: 'un-o12',
    cat: 'un-other',
    q: '全年执行数一万到两万块之间的项目有几个',
    expect: (d) => moneyBandCount(d, 'executed', 1, 2),
  },
  { id: 'un-o13', cat: 'un-other', q: '二三年的项目一共几个', expect: (d) => d.count(F(d, y(2023)).length) },
  {
    id: 'un-o14',
    cat: 'un-other',
    q: '2020财年的全年预算合计',
    expect: (d) => d.sumMoney(F(d, y(2020)), 'annualBudget'),
  },
  {
    id: 'un-o15',
    cat: 'un-other',
    q: '2023年法律服务的实施单位是哪个',
    expect: (d) => {
      const r = d.byName('2023年法律服务');
      return d.value(r, r.implementingUnit);
    },
  },
  {
    id: 'un-o16',
    cat: 'un-other',
    q: '习风园改造项目是哪个单位报上来的',
    expect: (d) => {
      const r = d.byName('习风园改造项目');
      return d.value(r, r.department, r.implementingUnit);
    },
  },
  {
    id: 'un-o17',
    cat: 'un-other',
    q: '哪个项目的负责人写了两个人',
    expect: (d) => d.set(F(d, (r) => /[、,，;；/]/.test(norm(r.owner)))),
  },
  {
    id: 'un-o18',
    cat: 'un-other',
    q: '哪个联系电话在最多的表上出现过',
    expect: (d) => {
      const m = {};
      for (const r of d.all) for (const p of phoneNumbers(r)) m[p] = (m[p] ?? 0) + 1;
      const best = Math.max(...Object.values(m));
      return says(...Object.keys(m).filter((k) => m[k] === best));
    },
  },
  {
    id: 'un-o19',
    cat: 'un-other',
    q: '王丽一共负责多少万的项目，按全年预算算',
    expect: (d) => d.sumMoney(F(d, own('王丽')), 'annualBudget'),
  },
  {
    id: 'un-o20',
    cat: 'un-other',
    q: '姓张的负责人各自管几个项目',
    expect: (d) =>
      groupCount(
        d,
        (r) => r.owner,
        F(d, (r) => norm(r.owner).startsWith('张')),
      ),
  },
  {
    id: 'un-o21',
    cat: 'un-other',
    q: '大红门一共有几个不同的项目负责人',
    expect: (d) => {
      const counts = new Set();
      for (const pool of [F(d, (r) => inUnit(r, '大红门')), F(d, O('003'))]) {
        const cells = new Set(pool.filter((r) => !blank(r.owner)).map((r) => norm(r.owner)));
        const people = new Set([...cells].flatMap((c) => c.split(/[、,，;；/]/)));
        counts.add(cells.size);
        counts.add(people.size);
      }
      return d.countRange(Math.min(...counts), Math.max(...counts));
    },
  },
  {
    id: 'un-o22',
    cat: 'un-other',
    q: '执行率是百分之百的一共有几个',
    expect: (d) => both(d, (f) => d.count(F(d, (r) => f(r) === 100).length)),
  },
  {
    id: 'un-o23',
    cat: 'un-other',
    q: '有没有项目全年执行数是0的',
    expect: (d) => d.set(F(d, (r) => X(r) === 0)),
  },
  {
    id: 'un-o24',
    cat: 'un-other',
    q: '这些项目的资金来源是一般公共预算还是政府性基金',
    expect: (d) => d.refuse('政府性基金'),
  },
  { id: 'un-o25', cat: 'un-other', q: '哪个项目的绩效评价等级是“优”', expect: (d) => d.refuse('等级') },
  { id: 'un-o26', cat: 'un-other', q: '潞源街道有多少在编人员', expect: (d) => d.refuse('在编') },
  { id: 'un-o27', cat: 'un-other', q: '小王负责的项目有几个', expect: (d) => d.refuse('小王') },
  { id: 'un-o28', cat: 'un-other', q: '那个项目花了多少钱', expect: (d) => d.refuse('那个项目') },
  { id: 'un-o29', cat: 'un-other', q: '上个月的执行数是多少', expect: (d) => d.refuse('上个月') },
  {
    id: 'un-o30',
    cat: 'un-other',
    q: '帮我写一段潞源街道绩效自评的总结报告',
    expect: (d) => d.refuse('总结'),
  },
];
