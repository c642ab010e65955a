/**
 * Arithmetic and names said in words (issue 10): a hypothetical year's figure worked out from this year's (明年要是按今年
 * …的一点一倍给), a budget's adjustment asked with a verb of adjusting (调增了多少, 调增幅度), a remark that a form is in 元
 * (先折成万元再算), the year asked (哪一年的表), a name typed with a homophone behind a lexicon word (统计所经废) and an
 * English gloss beside a stored name. Phrasings of our own over a store of our own, with negatives.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseArithmetic } from '../../src/query/arithmetic.ts';
import { parseQuestion } from '../../src/query/parse.ts';
import {
  type AskedReply,
  adminStoreOf,
  type KnownProject,
  recordOfProject,
  vocabularyOfProjects,
} from './known-store.ts';
import { understoodBy } from './understood.ts';

const PROJECTS: KnownProject[] = [
  {
    name: '统计所经费',
    dept: '北京市顺义区仁和镇人民政府',
    year: 2039,
    owner: '田野',
    budget: 12,
    initial: 10,
  },
  {
    name: '河道保洁服务',
    dept: '北京市顺义区仁和镇人民政府',
    year: 2038,
    owner: '田野',
    budget: 40,
    initial: 50,
  },
  { name: '档案数字化加工', dept: '北京市顺义区档案馆', year: 2039, owner: '严明', budget: 30, initial: 30 },
];
const VOCAB = vocabularyOfProjects(PROJECTS);
const parse = (q: string) => parseQuestion(q, VOCAB, 2040);
const understood = understoodBy(parse);
const arith = (q: string) => parseArithmetic(q, VOCAB, 2040);

describe('a hypothetical year: the rule on the figure it starts from', () => {
  it.each([
    ['河道保洁服务明年预算要是按今年全年预算的一点一倍给，是多少万', 1.1],
    ['档案数字化加工下一年如果照今年的全年预算的1.2倍安排，是多少', 1.2],
    ['统计所经费来年假如按全年预算的两倍给，是多少万', 2],
  ])('%s multiplies by %s, with no year', (q, n) => {
    const read = arith(q)!;
    expect(read.query.op).toBe('times');
    expect(read.query.right).toEqual({ kind: 'value', value: n });
    expect(JSON.stringify(read.query.left)).not.toContain('"year"');
    // the scene is said back
    expect(read.corrected.map(([, b]) => b).join()).toContain('假设');
  });

  it('明年 alone is no computation', () => {
    expect(arith('明年的项目有几个')).toBeNull();
  });
});

describe('a budget adjusted: 全年预算 against 年初预算', () => {
  it.each([
    ['河道保洁服务的全年预算调减了多少', 'minus'],
    ['统计所经费预算调增了几万', 'minus'],
    ['统计所经费的调增幅度是百分之几', 'growth'],
    ['河道保洁服务预算的调整幅度是多少', 'growth'],
  ])('%s is a %s of the two budgets', (q, op) => {
    const read = arith(q)!;
    expect(read.query.op).toBe(op);
    const fields = [read.query.left, read.query.right].map((o) =>
      o.kind === 'figure' ? o.measure.field : null,
    );
    expect(fields.sort()).toEqual(['annualBudget', 'initialBudget']);
  });
});

describe('answered over the store', () => {
  let ask: (q: string) => Promise<AskedReply>;
  let asks: (q: string) => Promise<string[]>;
  let close: () => Promise<void>;
  beforeAll(async () => {
    const made = await adminStoreOf('web:arith-words', PROJECTS.map(recordOfProject));
    ask = made.ask;
    const { createAnswerMessage } = await import('../../src/query/answer.ts');
    const pino = (await import('pino')).default;
    const message = createAnswerMessage({ store: made.store, logger: pino({ level: 'silent' }) });
    asks = async (q) => {
      const out = await message(q, made.user);
      return (Array.isArray(out) ? out : [out]).map((r) => r.text ?? '');
    };
    close = () => made.store.close();
  });
  afterAll(async () => {
    await close();
  });

  it('a later ask computing with no projects of its own is over the earlier ask’s', async () => {
    const [first, second] = await asks('统计所经费的全年预算调增了多少，调增幅度是百分之几');
    expect(first).toContain('＝ 2 万元');
    expect(second).toContain('＝ 20%');
    // …but 全部 says all projects
    const [, all] = await asks('统计所经费的全年预算调增了多少，全部项目调增幅度是百分之几');
    expect(all).not.toContain('统计所经费');
  });

  it('a remark that a form is in 元 is said back, the question answered in 万元', async () => {
    const r = await ask('仁和镇每个项目平均全年预算是多少？河道保洁服务那个表上写的是元，先折成万元再算');
    expect(r.rows).toEqual([['26']]);
    expect(r.text).toContain('按库里存的万元计算');
  });

  it('the year asked of a project', async () => {
    for (const q of ['河道保洁服务是哪一年的表', '河道保洁服务是哪年的', '河道保洁服务是几几年的']) {
      const r = await ask(q);
      expect(r.rows[0], q).toContain('2038');
    }
  });

  it('a name typed with a homophone behind a lexicon word is said back as read', async () => {
    const r = await ask('统计所经废的全年预算');
    expect(r.rows[0]?.[0]).toBe('统计所经费');
    expect(r.text).toContain('「统计所经废」按「统计所经费」理解');
  });

  it('an English gloss beside a stored name is the name', async () => {
    for (const q of [
      'What is the annual budget of the Statistics Office Fund (统计所经费)?',
      '统计所经费（Statistics Office Fund）的全年预算',
    ]) {
      const r = await ask(q);
      expect(r.unplaced, q).toBeUndefined();
      expect(r.rows[0]?.[0], q).toBe('统计所经费');
    }
    // a gloss of nothing stored stays words to place
    expect((await ask('What is the budget of the Tax Fund (税务所经费)?')).unplaced?.length).toBeGreaterThan(
      0,
    );
  });
});

describe('never widened', () => {
  it('统计 before a name it does not sound like is still the verb and the name', () => {
    expect(JSON.stringify(understood('统计河道保洁服务的预算').filters)).toContain('河道保洁服务');
  });
});
