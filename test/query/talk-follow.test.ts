// Conversation (stop 35 probes): 它 / 刚才那个项目 point at one project — after an answer about many they are asked
// about, never answered for all of them; 按部门分一下 / 分年度看看 alone split the projects and figure just asked about.
import { describe, expect, it } from 'vitest';
import { type AskedQuestion, attachFollowUp, projectOf, readFollowUp } from '../../src/query/context.ts';
import { parseQuestion } from '../../src/query/parse.ts';
import type { PortfolioQuery } from '../../src/query/query.ts';
import { vocabularyOf } from '../../src/query/vocabulary.ts';

const VOCAB = vocabularyOf([
  {
    department: '城西街道办事处',
    implementingUnit: '社区服务科',
    owner: '李春华',
    projectName: '社区助老服务经费',
    year: 2022,
  },
  {
    department: '城西街道办事处',
    implementingUnit: '城管科',
    owner: '周建国',
    projectName: '背街小巷整治经费',
    year: 2023,
  },
  {
    department: '区农业农村局',
    implementingUnit: '农技站',
    owner: '李春华',
    projectName: '高标准农田建设补助',
    year: 2023,
  },
]);
const NOW = new Date('2026-03-02T09:00:00Z');
const parse = (q: string) => parseQuestion(q, VOCAB, 2026);

function answered(text: string, project?: string): AskedQuestion {
  const { query, unplaced } = parse(text);
  expect(unplaced, text).toEqual([]);
  const named = project ?? projectOf(query!, null);
  return {
    query: query!,
    text,
    at: new Date(NOW.getTime() - 60_000).toISOString(),
    ...(named ? { project: named } : {}),
  };
}

function follow(text: string, previous: AskedQuestion | null) {
  const reading = readFollowUp(text, previous);
  const parsed = reading.ask || !reading.text.trim() ? null : parse(reading.text);
  return attachFollowUp(reading, parsed?.query ?? null, previous);
}

function merged(text: string, previous: AskedQuestion | null): PortfolioQuery {
  const out = follow(text, previous);
  if ('ask' in out) throw new Error(`asked: ${out.ask}`);
  expect(out.carried, text).toBe(true);
  return out.query!;
}

describe('它 and 刚才那个项目 point at one project', () => {
  it('after a count or a list of many: asked which, not answered for all of them', () => {
    const many = answered('城西街道有几个项目');
    for (const text of [
      '它的负责人是谁',
      '它花了多少钱',
      '刚才那个项目的全年预算是多少',
      '刚刚那个项目谁负责',
    ]) {
      const out = follow(text, many);
      expect(out, text).toHaveProperty('ask');
      expect((out as { ask: string }).ask, text).toMatch(/指哪一个项目/);
    }
  });

  it('after the one at an end (a superlative) or one project named: that project', () => {
    const lowest = answered('城西街道全年预算最少的项目是哪个');
    expect(merged('它的负责人是谁', lowest).filters).toEqual(lowest.query.filters);
    const one = answered('背街小巷整治经费的负责人是谁');
    const q = merged('刚才那个项目花了多少钱', one);
    expect(JSON.stringify(q.filters)).toContain('背街小巷整治经费');
  });

  it('它们 still points at the whole set', () => {
    const many = answered('城西街道的项目有哪些');
    expect(merged('它们的负责人是谁', many).filters).toEqual(many.query.filters);
  });
});

describe('a grouping alone splits what was just asked', () => {
  it('按部门分一下 after a count: the count per 主管部门 of the same projects', () => {
    const counted = answered('李春华负责的项目有几个');
    for (const text of ['按部门分一下', '那按主管部门统计一下吧', '分部门看看']) {
      const q = merged(text, counted);
      expect(q.groupBy, text).toBe('department');
      expect(q.filters, text).toEqual(counted.query.filters);
      expect(q.measures, text).toEqual([{ fn: 'count' }]);
    }
  });

  it('after a total: the same total per group; English too', () => {
    const summed = answered('城西街道的项目全年执行数合计多少');
    const q = merged('再按年度汇总一下', summed);
    expect(q.groupBy).toBe('year');
    expect(q.measures).toEqual(summed.query.measures);
    expect(q.filters).toEqual(summed.query.filters);
    expect(merged('break it down by year', summed).groupBy).toBe('year');
  });

  it('with nothing before it, it stands alone; after a top few it is not a split of them', () => {
    const alone = follow('按部门分一下', null);
    expect(alone).toMatchObject({ carried: false, query: { groupBy: 'department' } });
    const top = answered('全年预算最多的3个项目');
    const out = follow('按部门分一下', top);
    expect('query' in out && out.query?.limit === undefined && out.query?.groupBy === 'department').toBe(
      true,
    );
  });
});
