/**
 * "Are all of them …? List the ones that are not" (exceptions-asked.ts): the clause asking for the exceptions is the
 * all-of question's own answer and is taken off; a clause bringing anything new stays a question of its own, and a
 * clause asking 是不是 is an ask of its own (multi-ask.ts).
 */
import { describe, expect, it } from 'vitest';
import { withoutExceptionsAsked } from '../../src/query/exceptions-asked.ts';
import { splitAsks } from '../../src/query/multi-ask.ts';

describe('the exceptions of an all-of question', () => {
  it.each([
    ['香水园的项目是不是都拿了满分？没拿满的列出来', '香水园的项目是不是都拿了满分？'],
    ['永宁镇的表是否都填了联系电话，如果有没填的，请列出来。', '永宁镇的表是否都填了联系电话'],
    ['满意度调查是不是全做了？没做的是哪些项目', '满意度调查是不是全做了？'],
    ['2022年的项目全都执行完了吗？要是有没执行完的，发我', '2022年的项目全都执行完了吗？'],
  ])('%s', (message, kept) => {
    expect(withoutExceptionsAsked(message)).toBe(kept);
  });

  it.each([
    // something new: another field, a grouping, no negation, no all-of question before it
    '香水园的项目是不是都填了电话？总分没填的列出来',
    '香水园的项目是不是都拿了满分？没拿满的按部门数一下',
    '香水园的项目是不是都拿了满分？拿满的列出来',
    '香水园有没有没拿满分的项目？没拿满的列出来',
  ])('%s stays as it is', (message) => {
    expect(withoutExceptionsAsked(message)).toBe(message);
  });

  it('是不是 asks: a clause of its own', () => {
    expect(splitAsks('香水园的项目是不是都填了电话？总分没填的列出来')).toHaveLength(2);
  });
});
