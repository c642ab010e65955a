/**
 * The lead's probe of stop 39 (the first runs of the fifth and sixth parts: a 第三方评价 reviewer's and a 预算科 chief's
 * written words, a 街道 accountant's phone, a newcomer writing Cantonese): the families that failed, each said in ways
 * of our own over offices, people and projects of our own — and the readings next to them that must not change.
 */
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asksAmountOnly, createAnswerMessage } from '../../src/query/answer.ts';
import { cantoneseAsMandarin } from '../../src/query/cantonese-words.ts';
import { capitalNumerals } from '../../src/query/capital-numerals.ts';
import { fieldHomophones } from '../../src/query/field-homophones.ts';
import { splitAsks } from '../../src/query/multi-ask.ts';
import { parseQuestion } from '../../src/query/parse.ts';
import { plainRegisterWords } from '../../src/query/register-words.ts';
import { readRowQuestion } from '../../src/query/row-question.ts';
import { searchBoxWords } from '../../src/query/search-box.ts';
import { plainWrittenRequest } from '../../src/query/written-register.ts';
import type { Store } from '../../src/store/store.ts';
import {
  adminStoreOf,
  formWithRows,
  indicatorRow,
  type KnownProject,
  memoryChat,
  recordOfProject,
  vocabularyOfProjects,
} from './known-store.ts';

const PROJECTS: KnownProject[] = [
  { name: '2024年第一批“社区微更新”资金', dept: '青石街道办事处', year: 2024, owner: '李娜', budget: 20 },
  { name: '2024年第二批“社区微更新”资金', dept: '青石街道办事处', year: 2024, owner: '李娜', budget: 35 },
  { name: '梅林镇第二批违建拆除资金', dept: '梅林镇人民政府', year: 2024, owner: '王强', budget: 300 },
  { name: '河道保洁经费', dept: '梅林镇人民政府', year: 2024, owner: '王强', budget: 80, initial: 100 },
  { name: '梅林镇防汛物资-基本户', dept: '梅林镇人民政府', year: 2024, owner: '赵敏', budget: 6 },
  { name: '梅林镇防汛物资-专项户', dept: '梅林镇人民政府', year: 2024, owner: '赵敏', budget: 16 },
  { name: '图书角补贴', dept: '松岭街道办事处', year: 2023, owner: '周敏', budget: 0.5, initial: 0.5 },
];
const VOCAB = vocabularyOfProjects(PROJECTS);
const parse = (q: string) => parseQuestion(q, VOCAB, 2025);
const placed = (q: string) => {
  const p = parse(q);
  expect(p.unplaced, q).toEqual([]);
  return p.query!;
};
const projectsOf = (q: ReturnType<typeof placed>) => JSON.stringify(q.filters);

describe('readings of stop 39', () => {
  it('Cantonese is said in Mandarin; a message without a word of Cantonese is left as it is', () => {
    expect(cantoneseAsMandarin('梅林全年執行數加埋係幾多錢？')).toBe('梅林全年执行数加起来是多少钱?');
    expect(cantoneseAsMandarin('邊啲項目冇填負責人？')).toBe('哪些项目没有填负责人?');
    expect(cantoneseAsMandarin('河道保洁經費個項目係邊個負責㗎？')).toContain('是谁负责');
    expect(cantoneseAsMandarin('有冇指標嘅得分高過佢個分值')).toBe('有没有指标的得分高于它的分值');
    expect(cantoneseAsMandarin('裝修面積目標同實際係幾多')).toBe('装修面积目标和实际是多少');
    // Mandarin keeps its 系 / 同 / 边: nothing marks it as Cantonese
    expect(cantoneseAsMandarin('联系电话同比旁边的系统')).toBe('联系电话同比旁边的系统');
    // …and inside a Cantonese message 关系 / 同比 stay too
    expect(cantoneseAsMandarin('佢嘅联系电话同比')).toBe('它的联系电话同比');
    expect(placed(cantoneseAsMandarin('梅林嘅項目有幾多個？')).measures).toEqual([{ fn: 'count' }]);
  });

  it('two names said once, the part that differs in the middle: each name whole, never another office’s batch', () => {
    const q = placed('“社区微更新”第一批与第二批资金的预算合计多少');
    expect(projectsOf(q)).toContain('2024年第一批“社区微更新”资金');
    expect(projectsOf(q)).toContain('2024年第二批“社区微更新”资金');
    expect(projectsOf(q)).not.toContain('违建拆除');
    // a name typed with its quotes after the measure word is one name, never two pieces either of which will do
    expect(placed('第二批“社区微更新”资金的全年预算').filters).toEqual([
      {
        type: 'name',
        field: 'projectName',
        term: '第2批“社区微更新”资金',
        values: ['2024年第二批“社区微更新”资金'],
      },
    ]);
  });

  it('预算调整幅度 and 调减比例 are fields of their own (bounded, ranked, looked up)', () => {
    expect(placed('预算调整幅度超过20%的项目有几个').filters).toEqual([
      { type: 'compare', field: 'budgetAdjustmentRate', op: '>', value: 20 },
    ]);
    expect(placed('调减比例最大的3个项目').order).toEqual({ by: 'budgetCutRate', dir: 'desc' });
    expect(placed('河道保洁经费的调增比例').select).toEqual(['budgetAdjustmentRate']);
  });

  it('a reviewer’s and a chief’s written words', () => {
    expect(plainWrittenRequest('总分勾稽关系校验：梅林镇报送的自评表中，总分有误的项目')).toBe(
      '梅林镇报送的自评表中,总分有误的项目',
    );
    expect(plainWrittenRequest('依据评分规则，梅林镇存在错误的项目有哪些')).toBe(
      '梅林镇存在错误的项目有哪些',
    );
    // the office asked to check its own forms stays the scope
    expect(plainWrittenRequest('请梅林镇自查：总分有误的是哪几张表')).toBe('梅林镇总分有误的是哪几张表');
    expect(plainWrittenRequest('请提供河道保洁经费“成本指标”的“实际完成值”')).toBe(
      '请提供河道保洁经费成本指标的实际完成值',
    );
    expect(plainWrittenRequest('三级指标得分高于该指标分值权重的项目')).toBe('指标得分高于分值的项目');
    // 三级指标条数 counts a form's rows; 按三级指标 names a level: both stay
    expect(plainWrittenRequest('三级指标条数超过12条的项目')).toBe('三级指标条数超过12条的项目');
    expect(plainWrittenRequest('请按三级指标汇总')).toBe('请按三级指标汇总');
    expect(plainWrittenRequest('河道保洁经费表内填列的实施单位')).toBe('河道保洁经费表上填的实施单位');
    expect(plainWrittenRequest('请按表内填列的主管部门口径统计项目个数')).not.toContain('表上填的');
    expect(plainWrittenRequest('梅林镇全年预算较年初预算作过调整的项目有哪些')).toBe(
      '梅林镇年初预算和全年预算不一致的项目有哪些',
    );
    expect(plainWrittenRequest('电话位数不对（不是8位）的有哪几个项目，请各单位核实')).toBe(
      '电话位数不对的有哪几个项目',
    );
    expect(plainWrittenRequest('梅林镇整体预算执行进度是多少')).toBe('梅林镇总执行率是多少');
    expect(plainWrittenRequest('梅林镇结余最多的三个项目，拖后腿的是哪几个？')).toBe(
      '梅林镇结余最多的三个项目',
    );
    expect(plainWrittenRequest('全年预算数低于年初预算数的项目，其调减金额合计为多少万元？')).toBe(
      '全年预算数低于年初预算数的项目预算调减额合计为多少万元?',
    );
  });

  it('rows that did not get full marks are rows that lost points; rows missing stay an absence', () => {
    expect(readRowQuestion('没有拿满分的指标有几条', true)).toMatchObject({
      score: 'lost',
      output: 'countRows',
    });
    expect(readRowQuestion('没有满意度指标的项目', true)).toBeNull();
    expect(readRowQuestion('有没有指标拿了满分偏差原因又填了的', true)).toMatchObject({
      score: 'full',
      cells: [{ column: 'deviation', blank: false }],
    });
  });

  it('two asks after a pause, each opening with a year; the unit a figure is wanted in is no ask of its own', () => {
    expect(splitAsks('24年几个 23年几个')).toEqual(['24年几个', '23年几个']);
    expect(splitAsks('河道保洁经费的预算多少w，换成元是多少')).toEqual([
      '河道保洁经费的预算多少w，换成元是多少',
    ]);
    expect(splitAsks('梅林预算合计多少，那用元表示呢')).toHaveLength(1);
  });

  it('a search box’s operators and shorthand, in words', () => {
    expect(searchBoxWords('负责人=空 cnt')).toBe('负责人没填 有几个');
    expect(searchBoxWords('河道保洁经费 负责人=?')).toBe('河道保洁经费 负责人是什么');
    expect(searchBoxWords('总分!=100')).toBe('总分不等于100');
    expect(searchBoxWords('执行率 填报≠计算')).toBe('执行率 填的和算出来的不一致');
    expect(searchBoxWords('河道保洁经费 负责人+电话')).toBe('河道保洁经费 负责人和电话');
    expect(searchBoxWords('王强 预算 →元')).toBe('王强 预算换算成元');
    expect(searchBoxWords('梅林 扣分指标 cnt')).toBe('梅林 扣分指标 有几条');
    expect(searchBoxWords('2024 vs 2023 全年预算 差额')).toBe('2024年和2023年 全年预算 差额');
    expect(searchBoxWords('梅林 cnt + sum(预算)')).toBe('梅林 有几个，预算合计');
    expect(searchBoxWords('梅林 全年预算 sum (元)')).toBe('梅林 全年预算 合计，换算成元');
    expect(searchBoxWords('梅林 整体执行率 = Σ执行/Σ预算')).toBe('梅林 整体执行率');
    // words and numbers that hold such letters are left alone
    expect(searchBoxWords('discount 项目')).toBe('discount 项目');
    expect(placed(searchBoxWords('梅林 全年预算 desc')).order).toEqual({ by: 'annualBudget', dir: 'desc' });
  });

  it('an audit’s frame around the request, and its words for cells', () => {
    expect(plainWrittenRequest('抽查取证：河道保洁经费表列执行率与项目负责人分别为何？')).toBe(
      '河道保洁经费表上执行率与项目负责人分别是什么?',
    );
    expect(plainWrittenRequest('梅林镇年初预算数与全年预算数不一致的自评表，请列为疑点。')).toBe(
      '梅林镇年初预算数与全年预算数不一致的自评表',
    );
    expect(plainWrittenRequest('联系电话66012345登记的项目负责人是哪位？')).toBe(
      '联系电话66012345的项目负责人是哪位?',
    );
    expect(plainWrittenRequest('本次抽查范围内，2024年度自评表共计多少份？')).toBe(
      '2024年度自评表共计多少份?',
    );
    expect(plainWrittenRequest('梅林镇得分已为满分的指标却填写了偏差原因的')).toBe(
      '梅林镇拿了满分的指标却填写了偏差原因的',
    );
  });

  it('an amount asked is never answered with a count of projects alone', () => {
    const count = { filters: [], measures: [{ fn: 'count' as const }] };
    expect(asksAmountOnly('习风园跟电梯维护的加一块多少钱', count)).toBe(true);
    expect(asksAmountOnly('梅林有多少个项目', count)).toBe(false);
    expect(
      asksAmountOnly('梅林的项目加起来多少万', {
        filters: [],
        measures: [{ fn: 'sum', field: 'annualBudget' }],
      }),
    ).toBe(false);
  });

  it('amounts in capital numerals; a surname among them stays', () => {
    expect(capitalNumerals('全年预算叁佰叁拾壹万陆仟元的项目')).toBe('全年预算三百三十一万六千元的项目');
    expect(capitalNumerals('总分玖拾伍分以上')).toBe('总分九十五分以上');
    expect(capitalNumerals('伍敏负责的项目')).toBe('伍敏负责的项目');
    expect(placed(capitalNumerals('全年预算壹佰万元以上的项目')).filters).toEqual([
      { type: 'compare', field: 'annualBudget', op: '>=', value: 100 },
    ]);
  });

  it('the words around a question: courtesy, an exercise, a chief relayed, slang tagged on', () => {
    expect(plainRegisterWords('劳驾，兹问河道保洁经费的全年执行数是多少万元，谨此致谢。')).toBe(
      '河道保洁经费的全年执行数是多少万元',
    );
    expect(plainRegisterWords('试统计梅林镇共报送了多少张自评表。')).toBe('统计梅林镇共报送了多少张自评表。');
    expect(plainRegisterWords('以河道保洁经费为例，其负责人是谁')).toBe('河道保洁经费的负责人是谁');
    expect(plainRegisterWords('主任问河道保洁经费的总分是多少，他要跟审计对个数。')).toBe(
      '河道保洁经费的总分是多少',
    );
    expect(plainRegisterWords('梅林平均总分是多少 康康')).toBe('梅林平均总分是多少');
    expect(plainRegisterWords('扣了分但偏差原因没写的 整一个清单')).toBe('扣了分但偏差原因没写的 列个清单');
    // a story the story reader keeps, and a word of the question, stay
    expect(plainRegisterWords('领导问个事，他记得有个叫社区的项目')).toBe(
      '领导问个事，他记得有个叫社区的项目',
    );
    expect(plainRegisterWords('执行率最低的 快')).toBe('执行率最低的');
    expect(plainRegisterWords('快递补贴的负责人')).toBe('快递补贴的负责人');
  });

  it('a field typed with a homophone is that field before the checks said in words read it', () => {
    expect(fieldHomophones('执行律填错的项目')).toBe('执行率填错的项目');
    expect(fieldHomophones('联系电化写错了')).toBe('联系电话写错了');
    // read anywhere, 总分至少 had sounded like 总分值少
    expect(fieldHomophones('总分至少99分')).toBe('总分至少99分');
    // a field’s asking words (多少分) are no name of it: 多少份 stays
    expect(fieldHomophones('各有多少份')).toBe('各有多少份');
    expect(placed('执行律填错的项目').filters).toEqual(placed('执行率填错的项目').filters);
  });

  it('a part of the year said alone is no occasion of the question: the figure is not answered for the whole year', () => {
    const p = parse('上半年 执行了多少钱');
    expect(p.setAside).toEqual([]);
    expect(p.unplaced.join('')).toContain('半年');
  });

  it('rows’ weights added up per level', () => {
    expect(readRowQuestion('河道保洁经费按一级指标汇总分值', true)).toMatchObject({
      output: 'groupLevel',
      groupBy: { level: 1, sum: 'weight' },
    });
    // counted per level stays a count
    expect(readRowQuestion('按一级指标分各有几条', true)?.groupBy?.sum).toBeUndefined();
  });

  describe('answered over a store', () => {
    let store: Store;
    let message: ReturnType<typeof createAnswerMessage>;
    let user: Awaited<ReturnType<typeof adminStoreOf>>['user'];
    beforeAll(async () => {
      ({ store, user } = await adminStoreOf('u-lead39', [
        ...PROJECTS.map(recordOfProject),
        formWithRows('竹园社区治安联防补助经费', '竹园街道办事处', [
          indicatorRow('产出指标', '数量指标', '巡逻次数', { deviation: '天气原因少巡两次' }),
        ]),
        formWithRows('竹园以奖代补奖励', '竹园街道办事处', [
          indicatorRow('产出指标', '数量指标', '治安联防先进集体慰问', { deviation: '另一个项目的原因' }),
        ]),
      ]));
      message = createAnswerMessage({ store, logger: pino({ level: 'silent' }) });
    });
    afterAll(() => store.close());

    const texts = (r: Awaited<ReturnType<typeof message>>) => [r].flat().map((x) => x.text ?? '');

    it('the gap between the two projects of a set named between 两个 and 项目', async () => {
      const r = await message('梅林镇两个防汛物资项目的预算相差多少', user);
      expect(texts(r)[0]).toContain('＝ 10 万元');
    });

    it('X调减了多少，占年初预算的比例: the cut, then 预算调减比例', async () => {
      const [amount, share] = texts(
        await message('河道保洁经费的预算调减了多少，占年初预算的比例是多少', user),
      );
      expect(amount).toContain('＝ 20 万元');
      expect(share).toContain('＝ 20%');
    });

    it('a set described, then 一共调减了多少: the cut of those projects, never their 年初 less every project’s 全年', async () => {
      const r = texts(await message('全年预算比年初预算少的项目，一共调减了多少', user)).join('\n');
      expect(r).not.toContain('全部项目');
      expect(r).toContain('20');
    });

    it('换成元 after a figure, in the same message or as the next one', async () => {
      expect(texts(await message('河道保洁经费的预算多少w，换成元是多少', user))[0]).toContain('800000 元');
      const chat = memoryChat();
      await message('河道保洁经费的预算多少', user, chat);
      expect(texts(await message('换成元是多少', user, chat))[0]).toContain('800000 元');
    });

    it('X那个 points at the project whose name holds X, never at rows of that name in another project', async () => {
      const r = texts(await message('治安联防那个偏差原因写的啥', user)).join('\n');
      expect(r).toContain('天气原因少巡两次');
      expect(r).not.toContain('另一个项目的原因');
    });
  });
});
