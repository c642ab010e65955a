import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { createAnswerQuestion } from '../../src/query/answer.ts';
import { nameIndex, parseQuestion } from '../../src/query/parse.ts';
import { type Vocabulary, vocabularyOf } from '../../src/query/vocabulary.ts';
import { warmNameIndexes } from '../../src/query/warm-up.ts';
import { openStore } from '../../src/store/open.ts';
import type { User } from '../../src/store/store.ts';

/**
 * The name indexes built ahead of the first question (warm-up.ts), a slice at a time: what a question then finds is
 * what it finds when it builds them itself, and the event loop runs between the slices.
 */
const ROWS = [
  ...Array.from({ length: 30 }, (_, i) => ({
    department: `北京市怀柔区第${i % 4}街道办事处`,
    implementingUnit: `社区服务中心${i % 5}`,
    owner: ['宋雨桐', '祁振华', '王芳'][i % 3]!,
    projectName: `2023年老旧小区加装电梯补助第${i}批`,
    year: 2020 + (i % 4),
  })),
  {
    department: '北京市怀柔区文化和旅游局',
    implementingUnit: '文物保护科',
    owner: '张宏',
    projectName: '2023年“长城沿线”文物巡查',
    year: 2023,
  },
];
const vocab = (): Vocabulary => vocabularyOf(ROWS);
const QUESTIONS = [
  '老旧小区加装电梯补助第7批的总分是多少',
  '长城沿线文物巡查的负责人是谁',
  '张宏负责的项目',
  '第2街道办事处执行率低于99%的项目',
  '社区服务中心3的项目有几个',
];
const sorted = (index: Map<string, string[]>) => [...index.entries()].sort(([a], [b]) => a.localeCompare(b));

describe('name indexes built ahead of the first question', () => {
  it('built a few names at a time, they hold what one build holds and the questions read the same', async () => {
    const warmed = vocab();
    await warmNameIndexes(warmed, 3);
    const cold = vocab();
    expect(sorted(nameIndex(warmed))).toEqual(sorted(nameIndex(cold)));
    for (const q of QUESTIONS)
      expect(parseQuestion(q, warmed, 2025), q).toEqual(parseQuestion(q, vocab(), 2025));
  });

  it('leaves the event loop free between slices', async () => {
    let turns = 0;
    let stop = false;
    const spin = () => {
      turns++;
      if (!stop) setImmediate(spin);
    };
    setImmediate(spin);
    await warmNameIndexes(vocab(), 5);
    stop = true;
    // ~130 names in slices of 5: the loop ran between them, not once after the whole build.
    expect(turns).toBeGreaterThan(10);
  });

  it('a store it cannot read is only logged; on one it can, questions are answered after it', async () => {
    const store = await openStore({ dataDir: 'memory://' });
    const warnings: string[] = [];
    const logger = pino({ level: 'warn' }, { write: (line: string) => void warnings.push(line) });
    const admin: User = {
      id: 'web:warm-admin',
      channel: 'web',
      name: null,
      department: null,
      isAdmin: true,
      createdAt: new Date(),
    };
    const failing = {
      ...store,
      sql: {
        ...store.sql,
        query: async () => {
          throw new Error('store not reachable');
        },
      },
    } as typeof store;
    const answer = createAnswerQuestion({ store: failing, logger, warmNames: true });
    await expect(answer.warmed).resolves.toBeUndefined();
    expect(warnings.join('')).toContain('name indexes not built ahead');
    const working = createAnswerQuestion({ store, logger, warmNames: true });
    await working.warmed;
    expect((await working('项目有几个', admin)).text).toMatch(/0/);
    await store.close();
  });
});
