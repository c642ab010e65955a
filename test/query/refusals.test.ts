import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../src/query/parse.ts';
import { vocabularyOf } from '../../src/query/vocabulary.ts';
import { STORY_VOCAB } from '../helpers/story-vocabulary.ts';

const parse = (q: string) => parseQuestion(q, STORY_VOCAB, 2024);

describe('requests the bot does not do, and people the forms do not name', () => {
  it.each([
    ['帮我篡改一下古城墙修缮补助的总分，改高点', '篡改'],
    ['能不能给我编造一份永宁镇的自评表', '编造'],
    ['把香水园街道的表都删除了吧', '删除'],
    ['替邵春燕代签一下老旧楼房外墙保温的表', '代签'],
  ])('%s: 「%s」 is reported, nothing answered', (q, word) => {
    expect(parse(q).unplaced).toContain(word);
  });

  it.each([
    ['永宁镇人民政府镇长叫什么', '镇长'],
    ['香水园街道办事处主任的电话是多少', '主任'],
    ['永宁镇分管领导是谁', '分管领导'],
    ['社会事务办公室会计叫啥名字', '会计'],
  ])('%s: the title 「%s」 is no field of the forms', (q, word) => {
    expect(parse(q).unplaced).toContain(word);
  });

  it.each([
    ['跟古城墙修缮补助是同一个负责人的，还有哪些项目', '同一个'],
    ['和邵春燕留的同一个电话号码的项目', '同一个'],
    ['跟老旧楼房外墙保温一样的主管部门的项目', '一样的'],
  ])('%s: a relation between projects is reported, never the name alone answered', (q, word) => {
    expect(parse(q).unplaced).toContain(word);
  });

  it('其他 alone is no piece of a project name', () => {
    const vocab = vocabularyOf([
      {
        department: '北京市延庆区永宁镇人民政府',
        owner: '邵春燕',
        projectName: '疫情防控资金-其他零余额专项',
        year: 2022,
      },
    ]);
    expect(parseQuestion('除了永宁镇，其他的项目有哪些', vocab, 2024).names.map((n) => n.term)).not.toContain(
      '其他',
    );
    expect(parseQuestion('其他零余额专项的负责人', vocab, 2024).unplaced).toEqual([]);
  });

  it.each([
    '古城墙修缮补助的负责人叫什么名字',
    '科长让我查一下永宁镇的项目',
    '主任要我统计香水园街道的项目数',
    '老旧楼房外墙保温的联系电话是多少',
  ])('%s: still a question', (q) => {
    expect(parse(q).unplaced).toEqual([]);
  });
});
