/**
 * Project names are found through an index of the vocabulary (names.ts: bigram postings, each key's positions), so a
 * question at 100 000 projects reads a few postings instead of every name. The index must find exactly what reading
 * every name finds: matchProject is compared here with the plain definition of each step (the name holds the words,
 * the words hold the name, the name holds two pieces of the words in order, the most similar names, the names that
 * sound alike), over names of our own and terms of every kind — pieces, whole names with words around them, gapped
 * pieces, typos, homophones, and words no name has.
 */
import { describe, expect, it } from 'vitest';
import { matchProject, nameKey, someNameContains } from '../../src/query/names.ts';
import { allowedTypos, bigramSimilarity, soundsWithin, substringDistance } from '../../src/query/similar.ts';

const BASES = [
  '社区治理专项经费',
  '河道巡护保洁项目',
  '老年助餐补贴资金（区级）',
  '公共厕所提升改造',
  '老旧小区完善类改造项目',
  '城乡基层党组织服务群众经费',
  '2023年第三批“小微项目惠民生”资金',
  '基层党组织党建活动经费',
  '朗清园社区警务工作室装饰装修和信息化工程相关资金项目',
  '垃圾分类宣传',
  '背街小巷环境整治提升',
  '疫苗接种点运行保障经费',
];
/** Many names sharing words, as a large portfolio has them: numbered copies, years before, level after. */
const NAMES = [
  ...BASES,
  ...BASES.flatMap((b, i) => [`${b}-${i}`, `${b}-${i + 10}`, `2024年${b}`, `${b}（市级）`]),
  '垃圾清运',
  '社区',
  '城乡',
];

// The plain definition of each step, every name read (as names.ts did before the index).
const stripProjectWord = (key: string) =>
  key
    .replace(/(这个|那个|的)?(项目|project)$/u, '')
    .replace(/^(?:有个|有一个)?(?:叫做|叫作|名叫|名为|名称为|名称是|叫)(?=.{2,})/u, '');
const INSIDE_REST = /^(?:20\d{2}|\d{2}|年度|年|的|这个|那个|该|项目|project)*$/u;
const withoutYear = (key: string) => key.replace(/^(?:20\d{2}|\d{2})(?:年度|年)?/u, '');
function inTwoPieces(key: string, name: string): boolean {
  for (let cut = 2; cut <= key.length - 2; cut++) {
    const at = name.indexOf(key.slice(0, cut));
    if (at >= 0 && name.indexOf(key.slice(cut), at + cut) >= 0) return true;
  }
  return false;
}
function everyNameRead(term: string, names: string[]) {
  const keys = names.map(nameKey);
  const full = nameKey(term);
  for (const key of full === stripProjectWord(full) ? [full] : [full, stripProjectWord(full)]) {
    if (key.length < 2) continue;
    const contains = names.filter((_, i) => keys[i]!.includes(key));
    const whole = contains.filter((n) => withoutYear(nameKey(n)) === withoutYear(key));
    if (whole.length && whole.length < contains.length) return { values: whole, wider: contains };
    if (contains.length) return { values: contains };
  }
  const key = stripProjectWord(full);
  if (key.length < 4) return null;
  const inside = names.filter(
    (_, i) =>
      keys[i]!.length >= 4 && key.includes(keys[i]!) && INSIDE_REST.test(key.split(keys[i]!).join('')),
  );
  if (inside.length) return { values: inside };
  const gapped = names.filter((_, i) => inTwoPieces(key, keys[i]!));
  if (gapped.length && gapped.length <= 5) return { values: gapped };
  const scored = names.map((n, i) => [n, bigramSimilarity(key, keys[i]!)] as const);
  const best = Math.max(0, ...scored.map(([, s]) => s));
  const close = scored
    .filter(([, s]) => s >= 0.5 && s >= best - 0.05)
    .filter(
      ([n]) =>
        substringDistance(key, nameKey(n)) <= Math.max(allowedTypos(key.length), Math.floor(key.length / 3)),
    );
  if (close.length && close.length <= 5) return { values: close.map(([n]) => n) };
  const sounds = names.filter(
    (_, i) => key.length >= 3 && [...key].some((c) => keys[i]!.includes(c)) && soundsWithin(key, keys[i]!),
  );
  return sounds.length && sounds.length <= 5 ? { values: sounds } : null;
}

const TERMS = [
  ...BASES,
  ...BASES.map((b) => b.slice(0, 4)),
  ...BASES.map((b) => b.slice(2, 7)),
  ...BASES.map((b) => `2024年${b}的`),
  ...BASES.map((b) => `${b}-3`),
  ...BASES.map((b) => `${b}这个项目`),
  ...BASES.map((b) => `${b}的执行率`),
  ...BASES.map((b) => `${b.slice(0, 3)}${b.slice(-2)}`),
  // A character typed wrong, one dropped, one homophone.
  ...BASES.map((b) => `${b.slice(0, 2)}x${b.slice(3)}`),
  ...BASES.map((b) => b.slice(0, 3) + b.slice(4)),
  '社区治里专项经费',
  '河到巡护保洁',
  '老旧小区改造',
  '第三批小微项目资金',
  '基层党组织党建活动经费-60的参加活动党员',
  '社区',
  '城乡',
  '社',
  '项目',
  '满意度',
  '实际完成值',
  '疫苗点数量',
  '叫垃圾分类宣传的项目',
  '有个叫社区治理专项经费的项目',
  '2024年度社区治理专项经费',
  '23年背街小巷环境整治提升',
  '2023年垃圾清运的',
  '垃圾清运这个项目',
];

describe('project names found through the vocabulary index', () => {
  it('matchProject finds what reading every name finds, for every kind of term', () => {
    for (const term of TERMS) {
      const expected = everyNameRead(term, NAMES);
      const got = matchProject(term, NAMES);
      expect(got && { values: got.values, ...(got.wider ? { wider: got.wider } : {}) }, term).toEqual(
        expected,
      );
    }
  });

  it('finds names: containment, a name inside the words, two pieces, and nothing for words no name has', () => {
    expect(matchProject('垃圾分类', NAMES)?.values).toEqual([
      '垃圾分类宣传',
      '垃圾分类宣传-9',
      '垃圾分类宣传-19',
      '2024年垃圾分类宣传',
      '垃圾分类宣传（市级）',
    ]);
    expect(matchProject('2024年公共厕所提升改造的', NAMES)?.values).toContain('2024年公共厕所提升改造');
    expect(matchProject('老旧小区改造', NAMES)?.how).toBe('contains');
    expect(matchProject('实际完成值', NAMES)).toBeNull();
  });

  it('someNameContains: whether any name holds the words', () => {
    expect(someNameContains(NAMES, '巡护保洁')).toBe(true);
    expect(someNameContains(NAMES, '巡护 保洁')).toBe(true);
    expect(someNameContains(NAMES, '保洁巡护')).toBe(false);
    expect(someNameContains(NAMES, '社')).toBe(true);
    expect(someNameContains(NAMES, '满意度')).toBe(false);
  });
});
