import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../src/bot/messages.ts';
import { createAnswerMessage } from '../../src/query/answer.ts';
import { parseQuestion } from '../../src/query/parse.ts';
import { readRowQuestion } from '../../src/query/row-question.ts';
import { vocabularyOf } from '../../src/query/vocabulary.ts';
import type { Store, User } from '../../src/store/store.ts';
import { adminStoreOf, formWithRows, indicatorRow as row } from './known-store.ts';

/**
 * Questions about several indicator rows at once (issue 10, tun-ind): two kinds of rows joined (…都扣了分), full marks
 * said of rows (指标拿了满分 / 指标全部拿满分, never the form's 总分), a bound on a column added up (分值加起来不到N分),
 * 哪几个项目 as a list (never a count), and a real word that is no typo of a lexicon word (指标计量 ≠ 指标数量).
 * Wordings of our own, over a store of our own.
 */
describe('the shape read', () => {
  it('two rows joined are both kept: the second is no word of the scope', () => {
    for (const q of ['数量指标与成本指标都扣了分的表有哪些', '时效指标和满意度指标都被扣分的项目有几个'])
      expect(readRowQuestion(q, true), q).toMatchObject({
        score: 'lost',
        also: [expect.stringMatching(/成本|满意度/)],
        rest: '',
      });
  });

  it('full marks said of rows is a row condition; of every row, the forms whose rows all have it', () => {
    expect(readRowQuestion('所有指标都拿了满分的表有几张', true)).toMatchObject({
      score: 'full',
      every: true,
      output: 'countProjects',
      rest: '',
    });
    expect(readRowQuestion('各项指标都得满分的项目', true)).toMatchObject({ score: 'full', every: true });
    expect(readRowQuestion('指标拿了满分，偏差原因却写了东西的项目有几个', true)).toMatchObject({
      score: 'full',
      cells: [{ column: 'deviation', blank: false }],
      output: 'countProjects',
    });
    // 没拿满分 stays points lost
    expect(readRowQuestion('指标没拿满分的项目有几个', false)?.score).toBe('lost');
  });

  it('a bound after a column added up is on the sum, not a word of the scope', () => {
    expect(readRowQuestion('数量指标的分值加起来超过25分的项目', true)).toMatchObject({
      output: 'sumColumn',
      sum: 'weight',
      bound: { op: '>', value: 25 },
      rest: '',
    });
    expect(readRowQuestion('效益指标得分合计30分以下的表', true)?.bound).toEqual({ op: '<=', value: 30 });
  });

  it('two cells of a row compared, and a kind of row lacked', () => {
    expect(readRowQuestion('年度指标值跟实际完成值写得完全一样的指标有几条', true)).toMatchObject({
      cells: [{ column: 'target', other: 'actual', same: true }],
      output: 'countRows',
      rest: '',
    });
    expect(readRowQuestion('实际完成值与目标值不一致的指标', true)?.cells).toEqual([
      { column: 'actual', other: 'target', same: false },
    ]);
    expect(readRowQuestion('哪些表没设时效指标', true)).toMatchObject({
      term: '时效',
      absent: true,
      output: 'projects',
    });
    expect(readRowQuestion('没有成本指标的项目有多少个', true)).toMatchObject({
      term: '成本',
      absent: true,
      output: 'countProjects',
    });
    // the checks of the form, and a row that is no kind (没有完成指标: the targets not met)
    for (const q of ['缺少满意度指标的项目', '没有效益指标的表', '没有完成指标的项目'])
      expect(readRowQuestion(q, true)?.absent, q).toBeUndefined();
  });

  it('哪几个项目 asks for the projects, 几个项目 for their number', () => {
    expect(readRowQuestion('哪几个项目有指标扣了分', false)?.output).toBe('projects');
    expect(readRowQuestion('哪几个项目的指标里有一条一分没得', false)?.output).toBe('projects');
    expect(readRowQuestion('有几个项目有指标扣了分', false)?.output).toBe('countProjects');
  });

  it('a character that makes a real word with its neighbour is no typo (指标计量 is not 指标数量)', () => {
    const vocab = vocabularyOf([]);
    const said = parseQuestion('这张表上指标计量单位那一列写的啥', vocab, 2042);
    expect(said.unplaced.join('')).toContain('计量');
    expect(said.corrected ?? []).not.toContainEqual(['指标计量', '指标数量']);
    // a slip that makes no word stays read as the word
    expect(parseQuestion('联系电活没填的项目', vocab, 2042).unplaced).toEqual([]);
  });
});

describe('answered over the rows', () => {
  let store: Store;
  let user: User;
  let answer: ReturnType<typeof createAnswerMessage>;
  beforeAll(async () => {
    ({ store, user } = await adminStoreOf('web:row-quantifiers', [
      formWithRows('云蒙山森林巡护', '石城镇人民政府', [
        row('产出指标', '数量指标', '巡护天数', { weight: 20, score: 18, target: '180天', actual: '175 天' }),
        row('产出指标', '时效指标', '按月巡护'),
        row('产出指标', '成本指标', '巡护成本', { weight: 10, score: 8 }),
        row('满意度指标', '服务对象满意度指标', '村民满意度'),
      ]),
      formWithRows('白河湾河道清理', '石城镇人民政府', [
        row('产出指标', '数量指标', '清理次数', { weight: 20, score: 20 }),
        row('产出指标', '质量指标', '清理合格率', { weight: 30, score: 30, deviation: '汛期提前完成' }),
        row('满意度指标', '服务对象满意度指标', '村民满意度'),
      ]),
      formWithRows('黑龙潭步道维修', '冯家峪镇人民政府', [
        row('产出指标', '数量指标', '维修米数', { weight: 30, score: 30 }),
        row('产出指标', '成本指标', '维修成本', { weight: 10, score: 5 }),
        row('满意度指标', '服务对象满意度指标', '游客满意度', { weight: 10, score: 0 }),
      ]),
    ]));
    answer = createAnswerMessage({ store, logger: pino({ level: 'silent' }) });
  }, 60_000);
  afterAll(async () => {
    await store?.close();
  });

  const reply = async (q: string): Promise<Reply> => [await answer(q, user)].flat()[0]!;
  const count = async (q: string) => (await reply(q)).text?.match(/项目数：(\d+)/)?.[1] ?? null;
  const names = async (q: string) => ((await reply(q)).table?.rows ?? []).map((r) => r[0]).sort();

  it('both kinds must have lost points on the same form (was: the second dropped)', async () => {
    expect(await names('数量指标与成本指标都扣了分的表有哪些')).toEqual(['云蒙山森林巡护']);
    // 云蒙山 lost on 数量 but not on 满意度; 黑龙潭 on 满意度 but not on 数量
    expect(await count('数量指标和满意度指标都被扣分的项目有几个')).toBe('0');
    const said = (await reply('数量指标与成本指标都扣了分的表有哪些')).text ?? '';
    expect(said).toContain('「成本」');
  });

  it('a second row no form has is said, never answered as none', async () => {
    const r = await reply('数量指标和绿化面积指标都扣了分的项目');
    expect(r.text).toContain('「绿化面积」');
    expect(r.table).toBeUndefined();
  });

  it('every row full is the forms none of whose rows lost points (was 总分 ≥ 100)', async () => {
    expect(await count('所有指标都拿了满分的表有几张')).toBe('1');
    expect(await names('各项指标都得满分的项目')).toEqual(['白河湾河道清理']);
    expect(await count('指标拿了满分，偏差原因却写了东西的项目有几个')).toBe('1');
  });

  it('a sum of a column with a bound lists the forms whose sum meets it', async () => {
    expect(await names('数量指标的分值加起来超过25分的项目')).toEqual(['黑龙潭步道维修']);
    expect(await names('产出指标分值合计不到45分的表')).toEqual(['云蒙山森林巡护', '黑龙潭步道维修']);
  });

  it('the rows’ 分值 added up for one project is read over its rows', async () => {
    const r = await reply('云蒙山森林巡护的绩效指标分值全加起来是多少');
    expect(r.text).toContain('按指标行');
    expect(r.text).toContain('合计 50 分');
  });

  it('rows whose target and actual cells read the same, and forms lacking a kind of row', async () => {
    // every row of the fixture has 100% / 100% but 巡护天数 (180天 / 175 天)
    const same = (await reply('年度指标值跟实际完成值写得完全一样的指标有几条')).text ?? '';
    expect(same).toMatch(/指标条数：9\b/);
    const other = await reply('实际完成值与目标值不一致的指标');
    expect((other.table?.rows ?? []).map((r) => r[5])).toEqual(['巡护天数']);
    expect(await names('哪些表没设时效指标')).toEqual(['白河湾河道清理', '黑龙潭步道维修']);
    expect(await names('石城镇的表里哪些没有成本指标')).toEqual(['白河湾河道清理']);
  });

  it('哪几个项目 lists them (was: their number)', async () => {
    expect(await names('哪几个项目有指标一分没得')).toEqual(['黑龙潭步道维修']);
    expect(await names('哪几个项目的指标被扣了分')).toEqual(['云蒙山森林巡护', '黑龙潭步道维修']);
  });
});
