/**
 * Rows asked as a new clerk asks (row-question.ts): what a kind of row says, asked with 都 between the verb and the
 * question word (社会效益指标写的都是什么 left 写 behind, and the question fell to the project names holding 社会);
 * the typical target of the satisfaction survey (满意度调查的目标一般设多少 read 一般 as the grade 中). Wordings of our own.
 */
import { describe, expect, it } from 'vitest';
import { readRowQuestion } from '../../src/query/row-question.ts';

describe('a kind of row asked with 都 / 全 before the question word', () => {
  it('leaves nothing of the asking behind', () => {
    for (const [q, term] of [
      ['社会效益指标写的都是什么', '社会效益'],
      ['生态效益指标填的全是啥', '生态效益'],
      ['可持续影响指标写的都是些什么', '可持续影响'],
    ] as const)
      expect(readRowQuestion(q, false), q).toMatchObject({ term, rest: '' });
  });
});

describe('the satisfaction survey’s target, typically', () => {
  it('is the typical 年度指标值 of the satisfaction rows', () => {
    for (const q of ['满意度调查的目标一般设多少', '满意度调查目标通常定多少'])
      expect(readRowQuestion(q, false), q).toMatchObject({
        term: '满意度',
        columns: ['target'],
        typical: true,
        rest: '',
      });
  });
});
