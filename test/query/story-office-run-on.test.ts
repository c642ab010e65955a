/**
 * A story clause that hands over an office's projects (story.ts looselyNamed): the stored office typed whole, run
 * into the clause's words (那摊, 那块), is read by similarity only because the term runs on; it is still that office,
 * a condition — never a word of the story dropped with it (the count of every project would be a wrong figure).
 */
import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../src/query/parse.ts';
import { leaves } from '../../src/query/query.ts';
import { vocabularyOf } from '../../src/query/vocabulary.ts';

const VOCAB = vocabularyOf([
  {
    department: '北京市延庆区永宁镇人民政府',
    implementingUnit: '社会事务管理办公室',
    owner: '邵春燕',
    projectName: '古城墙修缮补助',
    year: 2022,
  },
  {
    department: '北京市延庆区永宁镇人民政府',
    implementingUnit: '农业综合服务中心',
    owner: '韩立军',
    projectName: '2023年苹果园节水灌溉改造',
    year: 2023,
  },
  {
    department: '北京市延庆区香水园街道办事处',
    implementingUnit: '香水园街道办事处',
    owner: '邵春燕',
    projectName: '老旧楼房外墙保温',
    year: 2023,
  },
]);
const parse = (q: string) => parseQuestion(q, VOCAB, 2025);

const offices = (q: string) => {
  const p = parseQuestion(q, VOCAB, 2025);
  expect(p.unplaced, q).toEqual([]);
  return leaves(p.query?.filters ?? []).flatMap((f) => (f.type === 'name' ? (f.values ?? [f.term]) : []));
};

describe('an office typed whole inside a story clause stays a condition', () => {
  it.each([
    '小刘调走了，她原来管的社会事务管理办公室那摊表交给我了，一共有几张',
    '老张退休了，社会事务管理办公室那块的活儿都归我了，项目有几个',
    '同事休产假了，他手上社会事务管理办公室那摊项目现在我来管，一共多少个',
  ])('%s', (q) => {
    expect(offices(q)).toContain('社会事务管理办公室');
    expect(offices(q)).not.toContain('农业综合服务中心');
  });

  it('the story words around it are still said back, not used', () => {
    const p = parse('小刘调走了，她原来管的社会事务管理办公室那摊表交给我了，一共有几张');
    expect(p.setAside?.join('')).toContain('小刘调走了');
    expect(p.query?.measures).toEqual([{ fn: 'count' }]);
  });
});
