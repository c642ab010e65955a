import { describe, expect, it } from 'vitest';
import { parseQuestion } from '../../src/query/parse.ts';
import { leaves } from '../../src/query/query.ts';
import { vocabularyOf } from '../../src/query/vocabulary.ts';

const VOCAB = vocabularyOf([
  {
    department: '北京市密云区溪翁庄镇人民政府',
    owner: '邵春燕、韩立军',
    projectName: '水库移民扶持',
    year: 2023,
  },
  { department: '北京市密云区溪翁庄镇人民政府', owner: '邵春燕', projectName: '乡村公路养护', year: 2023 },
  { department: '北京市密云区溪翁庄镇人民政府', owner: '韩立军', projectName: '林下经济补贴', year: 2023 },
  { department: '北京市密云区溪翁庄镇人民政府', owner: '孙浩', projectName: '河道保洁', year: 2023 },
]);

const owners = (q: string) => {
  const p = parseQuestion(q, VOCAB, 2024);
  return {
    unplaced: p.unplaced,
    owners: leaves(p.query?.filters ?? []).flatMap((f) =>
      f.type === 'name' && f.field === 'owner' ? [{ values: f.values, negate: Boolean(f.negate) }] : [],
    ),
  };
};

describe('two people said to share projects: the cells naming both', () => {
  it.each([
    '邵春燕和韩立军合管的那个项目叫什么',
    '韩立军跟邵春燕一起负责的项目预算多少',
    '邵春燕、韩立军共同负责的项目有几个',
    '邵春燕和韩立军两人一起管的项目',
  ])('%s', (q) => {
    expect(owners(q)).toEqual({ unplaced: [], owners: [{ values: ['邵春燕、韩立军'], negate: false }] });
  });

  it('two people who share none: no cell, nothing widened', () => {
    expect(owners('邵春燕和孙浩一起负责的项目').owners).toEqual([{ values: [], negate: false }]);
  });

  it('either person alone stays the owner filter of one', () => {
    expect(owners('邵春燕和韩立军负责的项目').owners).not.toContainEqual({
      values: ['邵春燕、韩立军'],
      negate: false,
    });
  });
});
