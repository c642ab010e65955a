/**
 * Questions about the form of this conversation (this-form.ts): 这张表得了几分 / 还缺什么 / 刚才那张表还有什么要改的 are
 * answered from that form's own check, during filling and after it — not as portfolio questions (which listed every
 * project with problems, or did not understand 缺). A question naming projects stays a portfolio question. Also: a
 * correction verb left after the value is taken (负责人应该是王立新) is never reported as an unused name.
 * The real bot, store, reader, checker and portfolio questions; sentences of our own.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asksAboutThisForm } from '../../src/bot/this-form.ts';
import { fillingHarness, startFilling } from './fill-chat.ts';
import type { Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await fillingHarness();
});
afterAll(() => h.store.close());

describe('which messages ask about the form itself', () => {
  it('a pointer at the form with its problems or score, or a bare "what is missing"', () => {
    for (const q of [
      '这张表有啥问题',
      '这个表得了几分',
      '刚才那张表还有什么要改的',
      '我刚传的表格还差什么',
      '本表总分多少',
      '帮我看看还缺什么',
      '帮我看看这张表有什么问题',
      '请问我刚传的表得了几分',
      '还有哪些问题？',
      '哪里不对',
    ])
      expect(asksAboutThisForm(q), q).toBe(true);
  });

  it('questions about projects, places or years stay portfolio questions', () => {
    for (const q of [
      '哪些项目还缺满意度',
      '大红门街道还缺什么材料',
      '2023年有哪些项目有问题',
      '总分最低的项目',
      // a project named before the pointer says which form
      '法律顾问这张表指标第二行，分值是几分',
      '公益电影放映补贴这张表总分打了多少',
    ])
      expect(asksAboutThisForm(q), q).toBe(false);
  });
});

describe('answered from the form of this conversation', () => {
  it('during filling: its score and problems, then the open question again; nothing written', async () => {
    const other = await startFilling(h, { owner: '' }, 'tf-other');
    const f = await startFilling(h, { owner: '', phone: '' }, 'tf');
    const problems = await f.say('这张表有啥问题');
    expect(problems).toContain(f.uploaded.record.projectName ?? '');
    expect(problems).not.toContain(other.uploaded.record.projectName ?? '');
    expect(problems).toMatch(/缺少 2 项必填内容/);
    expect(problems).toMatch(/我们继续补全这张表/);
    const score = await f.say('这个表现在得了几分');
    expect(score).toMatch(/核算总分/);
    expect(await f.latest()).toMatchObject({ version: f.uploaded.version });
  });

  it('还缺什么 during filling is what is left to fill', async () => {
    const f = await startFilling(h, { owner: '', phone: '' }, 'tf-left');
    expect(await f.say('还缺什么')).toMatch(/还差 2 项：「项目负责人」、「联系电话」/);
  });

  it('after filling has ended, the form last worked on answers', async () => {
    const f = await startFilling(h, { owner: '' }, 'tf-after');
    await f.say('重新开始');
    const left = await f.say('帮我看看还缺什么');
    expect(left).toContain(f.uploaded.record.projectName ?? '');
    expect(left).toMatch(/缺少 1 项必填内容/);
    const again = await f.say('刚才那张表还有什么要改的');
    expect(again).toContain(f.uploaded.record.projectName ?? '');
  });

  it('a portfolio question in the same chat is still one', async () => {
    const f = await startFilling(h, { owner: '' }, 'tf-portfolio');
    await f.say('重新开始');
    expect(await f.say('哪些项目缺少满意度调查')).toMatch(/查询/);
  });
});

describe('a correction verb is not a leftover value', () => {
  it('负责人应该是王立新 writes the name and reports nothing unused', async () => {
    const f = await startFilling(h, { owner: '' }, 'tf-verb');
    const r = await f.say('负责人应该是王立新');
    expect(r).toContain('「项目负责人」改为 王立新');
    expect(r).not.toMatch(/应该是」没有使用/);
    expect((await f.latest()).record.owner).toBe('王立新');
  });
});
