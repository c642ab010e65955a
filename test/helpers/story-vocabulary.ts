import { vocabularyOf } from '../../src/query/vocabulary.ts';

/**
 * A small store of our own invention (no corpus names) that the story and talk tests tell their stories over: two
 * offices of 延庆区, two people, three projects of two years.
 */
export const STORY_VOCAB = vocabularyOf([
  {
    department: '北京市延庆区永宁镇人民政府',
    implementingUnit: '永宁镇社会事务办公室',
    owner: '邵春燕',
    projectName: '古城墙修缮补助',
    year: 2022,
  },
  {
    department: '北京市延庆区永宁镇人民政府',
    implementingUnit: '永宁镇农业服务中心',
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
