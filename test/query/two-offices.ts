import { type Parsed, parseQuestion } from '../../src/query/parse.ts';
import { vocabularyOf } from '../../src/query/vocabulary.ts';

/** A small store of our own (no corpus names): a town with two projects, a street office with one. */
export const TWO_OFFICES = vocabularyOf([
  {
    department: '北京市延庆区永宁镇人民政府',
    implementingUnit: '永宁镇社会事务办公室',
    owner: '邵春燕',
    projectName: '古城墙修缮补助',
    year: 2022,
  },
  {
    department: '北京市延庆区永宁镇人民政府',
    implementingUnit: '永宁镇社会事务办公室',
    owner: '邵春燕',
    projectName: '城墙夜景照明改造',
    year: 2022,
  },
  {
    department: '北京市延庆区香水园街道办事处',
    implementingUnit: '香水园街道办事处',
    owner: '韩立军',
    projectName: '老旧楼房外墙保温',
    year: 2023,
  },
]);

/** A question read over that store, in 2025. */
export const parseOverTwoOffices = (question: string): Parsed => parseQuestion(question, TWO_OFFICES, 2025);
