/**
 * The lead's probe of stop 35 (questions of his own over the corpus, and the report part's first run): the families
 * that failed, each said in ways of our own over offices, people and projects of our own — and the readings next to
 * them that must not change.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AskedQuestion, QuestionChat } from '../../src/query/context.ts';
import { withoutCourtesy } from '../../src/query/courtesy.ts';
import { onlyListRequest, splitAsks } from '../../src/query/multi-ask.ts';
import { parseQuestion } from '../../src/query/parse.ts';
import { plainWrittenRequest } from '../../src/query/written-register.ts';
import type { Store } from '../../src/store/store.ts';
import { adminStoreOf, type KnownProject, recordOfProject, vocabularyOfProjects } from './known-store.ts';

const PROJECTS: KnownProject[] = [
  {
    name: '社区食堂运营补贴',
    dept: '青石街道办事处',
    year: 2024,
    owner: '李娜',
    budget: 40,
    executed: 30,
    phone: '13912345678',
  },
  {
    name: '社区路灯维护',
    dept: '青石街道办事处',
    year: 2024,
    owner: '王强',
    budget: 60,
    executed: 60,
    phone: '01088776655',
  },
  {
    name: '河道保洁经费',
    dept: '梅林镇人民政府',
    year: 2024,
    owner: '李娜',
    budget: 100,
    executed: 90,
    phone: '88776655',
  },
];
const VOCAB = vocabularyOfProjects(PROJECTS);
const parse = (q: string) => parseQuestion(q, VOCAB, 2025);
const placed = (q: string) => {
  const p = parse(q);
  expect(p.unplaced, q).toEqual([]);
  return p.query!;
};
const json = (q: string) => JSON.stringify(placed(q));

describe('readings of stop 35', () => {
  it('哪个项目的X最多，多少条: the ranked figure, never a count of projects', () => {
    expect(splitAsks('哪个项目的指标条数最多，多少条')).toHaveLength(1);
    for (const q of ['哪个项目的指标条数最多，多少条', '预算最大的是哪个项目，多少钱']) {
      const query = placed(q);
      expect(query.measures, q).toBeUndefined();
      expect(query.limit, q).toBe(1);
    }
    // a count asked beside a ranking with no 哪个 stays a count
    expect(placed('执行率最低的2个项目有几个').measures).toEqual([{ fn: 'count' }]);
  });

  it('电话号码填得不对: the phone format check, not every form with an error', () => {
    for (const q of ['电话号码填得不对的', '联系电话写错的有几个', '哪些项目电话不对']) {
      expect(json(q), q).toContain('"codes":["PHONE_FORMAT"]');
      expect(json(q), q).not.toContain('severity');
    }
  });

  it('an office’s rate asked as one figure is pooled; a project’s, a person’s, or each project’s, stays listed', () => {
    expect(placed('青石街道2024年的执行率是多少').measures).toEqual([
      { fn: 'pooled', field: 'executionRate' },
    ]);
    expect(placed('李娜负责的项目执行率多少').select).toEqual(['executionRate']);
    expect(placed('河道保洁经费的执行率是多少').select).toEqual(['executionRate']);
    expect(placed('青石街道各项目的执行率是多少').select).toEqual(['executionRate']);
  });

  it('有几个，分别是啥: the list of what was counted', () => {
    for (const ask of ['分别是啥', '都是哪些', '具体有哪几个', '分别是什么'])
      expect(onlyListRequest(ask), ask).toBe(true);
    expect(onlyListRequest('分别是谁负责的')).toBe(false);
  });

  it('a two-character place typed as a hurried typist does (亲石 for 青石) is that place', () => {
    expect(json('亲石的项目有几个')).toContain('青石街道办事处');
    // two characters, none the same: never taken for the place
    expect(parse('亲时的项目有几个').unplaced.length).toBeGreaterThan(0);
  });

  it('哪个…大 / 那两个项目哪个…: the one at the top of the scope', () => {
    expect(plainWrittenRequest('青石那两个项目哪个预算大')).toBe('青石的项目里哪个预算最大');
    expect(plainWrittenRequest('哪个部门项目多')).toBe('哪个部门项目最多');
    expect(plainWrittenRequest('哪个项目执行率低于90%')).toBe('哪个项目执行率低于90%');
    expect(plainWrittenRequest('哪些项目预算大')).toBe('哪些项目预算大');
    // two compared first (跟…比): the comparison reads it whole
    expect(plainWrittenRequest('河道保洁经费跟社区路灯维护比，哪个执行得多')).toBe(
      '河道保洁经费跟社区路灯维护比，哪个执行得多',
    );
    // a 多少 of another ask after 谁 is no "which has more"
    expect(plainWrittenRequest('河道保洁经费——该打给谁、号码多少')).toBe('河道保洁经费——该打给谁、号码多少');
    const q = placed(plainWrittenRequest('青石那两个项目哪个预算大'));
    expect(q.order).toEqual({ by: 'annualBudget', dir: 'desc' });
  });

  it('spoken adverbs and 及其', () => {
    expect(plainWrittenRequest('满意度全拿满分的项目有几个')).toBe('满意度都拿满分的项目有几个');
    expect(plainWrittenRequest('全年预算全是0的')).toBe('全年预算都是0的');
    expect(plainWrittenRequest('完全没做的')).toBe('完全没做的');
    expect(plainWrittenRequest('总分最低的2个项目及其负责人')).toBe('总分最低的2个项目及负责人');
  });

  it('钱一共批了多少: the budget summed', () => {
    expect(placed('青石街道的钱一共批了多少').measures).toEqual([{ fn: 'sum', field: 'annualBudget' }]);
    expect(placed('青石街道批了几个项目').measures).toEqual([{ fn: 'count' }]);
  });

  it('acknowledgements before a new question are taken off; a question starting with such a word is not', () => {
    expect(withoutCourtesy('好的收到 再问下 河道保洁经费谁负责')).toBe('河道保洁经费谁负责');
    expect(withoutCourtesy('嗯嗯 明白了 对了 李娜负责几个项目')).toBe('李娜负责几个项目');
    expect(withoutCourtesy('好几个项目没填电话')).toBe('好几个项目没填电话');
    expect(withoutCourtesy('好的，谢谢')).toBe('好的，谢谢');
  });

  it('words of the report register that add nothing', () => {
    expect(json('设置绩效指标条数最多的项目是哪个')).toContain('indicatorCount');
    expect(placed('本次自评共有多少个项目').measures).toEqual([{ fn: 'count' }]);
    expect(placed('纳入本次自评的项目中执行率最低的').order).toEqual({ by: 'executionRate', dir: 'asc' });
    expect(json('青石街道办事处所属项目的执行数合计')).toContain('青石街道办事处');
    expect(placed('负责项目最多的负责人是哪一位').groupBy).toBe('owner');
  });

  it('名字里有X: the project’s name holds the words, also when X is part of an office’s name', () => {
    const q = json('帮我找一下名字里有"社区"的项目');
    expect(q).toContain('"field":"projectName","term":"社区"');
    expect(q).not.toContain('"field":"department"');
  });

  it('money not all spent, or spent beyond the budget, said as spoken', () => {
    for (const q of ['钱没有花完的项目', '资金没有用完的', '哪些项目钱没花光'])
      expect(json(q), q).toContain('"field":"remaining","op":">","value":0');
    for (const q of ['钱花超了的项目', '哪些项目用超了'])
      expect(json(q), q).toContain('EXECUTED_EXCEEDS_BUDGET');
  });

  it('a mobile number as a condition; a phone head of one digit is the phone’s, never the name’s', () => {
    const mobile = placed('联系电话是手机号的项目有几个');
    expect(JSON.stringify(mobile)).toContain('"type":"phone","digits":"1","head":true');
    expect(JSON.stringify(mobile)).toContain('"field":"phoneDigits","op":"=","value":11');
    expect(placed('手机号是多少').filters).toEqual([]);
    expect(json('电话以1开头的项目')).not.toContain('projectName');
  });

  it('离满分差的分数 said as its label ranks by it; 扣了几分 of a form is that figure, of a row its own', () => {
    expect(placed('离满分差的分数最多的项目').order).toEqual({ by: 'pointsShort', dir: 'desc' });
    expect(placed('河道保洁经费一共被扣了多少分').select).toEqual(['pointsShort']);
    expect(placed('预算执行扣了几分').select).toEqual(['budgetPointsLost']);
  });

  it('多少名负责人 counts people, also with the empty cells said left out', () => {
    const q = placed('本次自评共涉及多少名项目负责人（未填写负责人的项目不计）');
    expect(q.groupBy).toBe('owner');
    expect(q.countGroups).toBe(true);
    expect(placed('河道保洁经费的负责人').select).toEqual(['owner']);
  });

  it('有哪些单位 after a condition: the offices, grouped', () => {
    expect(placed('满意度调查没做的有哪些单位').groupBy).toBe('department');
    expect(placed('青石有哪些项目').groupBy).toBeUndefined();
  });

  describe('answered over a store', () => {
    let store: Store;
    let ask: Awaited<ReturnType<typeof adminStoreOf>>['ask'];
    let answer: Awaited<ReturnType<typeof adminStoreOf>>['answer'];
    let user: Awaited<ReturnType<typeof adminStoreOf>>['user'];
    beforeAll(async () => {
      ({ store, ask, answer, user } = await adminStoreOf('u-lead35', PROJECTS.map(recordOfProject)));
    });
    afterAll(() => store.close());

    it('the office’s pooled rate: Σ执行数 ÷ Σ预算数', async () => {
      const r = await ask('青石街道的执行率是多少');
      // (30 + 60) ÷ (40 + 60) = 90 %, not the mean of 75 % and 100 %
      expect(r.rows).toEqual([['90']]);
    });

    it('这些项目里哪个执行率最低 after a sum: the project at the bottom, not the sum over it', async () => {
      let kept: AskedQuestion | null = null;
      const chat: QuestionChat = {
        get previous() {
          return kept;
        },
        remember: (q) => {
          kept = q;
        },
      };
      await answer('青石街道的项目执行数合计多少', user, chat);
      const r = await answer('这些项目里面哪个执行率最低', user, chat);
      expect(r.text).toContain('接上一问');
      expect(r.table?.rows.map((row) => row[0])).toEqual(['社区食堂运营补贴']);
    });

    it('only the mobile numbers (eleven digits from 1), never a landline with its area code', async () => {
      const r = await ask('电话留的是手机的项目');
      expect(r.rows.map((row) => row[0])).toEqual(['社区食堂运营补贴']);
    });
  });
});
