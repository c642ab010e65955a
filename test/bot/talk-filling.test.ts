/**
 * A clerk talking while a form is filled, and about it afterwards (stop 35 probes): help about the one field a question
 * names, pushback that names a field not asked, 「撤销」 several times, a correction after the filling ended, export and
 * a fresh check asked in words, and picking one form of a file that holds several. Offices, people and projects of our
 * own; the real bot, store, reader, checker and portfolio questions.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pickForm, pickShape } from '../../src/bot/pick-form.ts';
import { formText } from '../dialogues/forms.ts';
import { fillingHarness, startFilling } from './fill-chat.ts';
import { FakeChat, type Harness, render } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await fillingHarness();
});
afterAll(() => h.store.close());

describe('questions about filling in name their field', () => {
  it('电话填手机还是座机 while 负责人 and 电话 are asked: the phone help only; nothing written', async () => {
    const f = await startFilling(h, { owner: '', phone: '' }, 'help-one');
    const reply = await f.say('这个电话是填手机还是座机啊');
    expect(reply).toContain('「联系电话」：一个手机号');
    expect(reply).not.toContain('「项目负责人」：项目负责人的姓名');
    expect((await f.latest()).version).toBe(f.uploaded.version);
  });

  it('what should I put here? / what goes here: the help of the asked field, not a portfolio question', async () => {
    const f = await startFilling(h, { owner: '' }, 'help-en');
    for (const line of ['what should I put here?', 'what goes here'])
      expect(await f.say(line), line).toContain('「项目负责人」：项目负责人的姓名');
    expect((await f.latest()).version).toBe(f.uploaded.version);
  });

  it('执行率怎么算 while another field is asked: that field’s help, the open question again', async () => {
    const f = await startFilling(h, { owner: '' }, 'help-other');
    const reply = await f.say('执行率是怎么算出来的');
    expect(reply).toMatch(/执行率」：百分比.*全年执行数 ÷ 全年预算数/);
    expect(reply).toContain('项目负责人：（空）');
    expect((await f.latest()).version).toBe(f.uploaded.version);
  });
});

describe('values as said', () => {
  it('四十来万 / 40多万 / 十几万元: a range, not a figure — the exact amount asked for, nothing written', async () => {
    const f = await startFilling(h, { funds: { executed: '' } }, 'vague');
    for (const line of ['嗯 执行数大概四十来万吧', '40多万', '十几万元'])
      expect(await f.say(line), line).toMatch(/是个约数，表里要填准确的金额，表格没有修改/);
    expect((await f.latest()).version).toBe(f.uploaded.version);
    expect(await f.say('约41.5万')).toContain('全年执行数」改为 41.5');
  });

  it('好滴 谢啦 / ok 谢了: social words with their particle, nothing written', async () => {
    const f = await startFilling(h, { phone: '' }, 'thanks');
    for (const line of ['好滴 谢啦', 'ok 谢了'])
      expect(await f.say(line), line).toMatch(/我们继续补全这张表/);
    expect((await f.latest()).version).toBe(f.uploaded.version);
  });

  it('ok, owner 是孙建平: the English label is a label, not a value taken back', async () => {
    const f = await startFilling(h, { owner: '' }, 'english-label');
    const reply = await f.say('ok, owner 是孙建平');
    expect(reply).toContain('「项目负责人」改为 孙建平');
    expect(reply).not.toContain('没有使用');
  });
});

describe('pushback naming a field that is not asked', () => {
  it('总分不用改 while 负责人 is asked: 负责人 is still asked, 总分 is not asked later; nothing written', async () => {
    const f = await startFilling(h, { owner: '', total: '' }, 'keep-named');
    const reply = await f.say('总分先不用填');
    expect(reply).toMatch(/「总分」先空着，之后不再问/);
    expect(reply).toContain('项目负责人：（空）');
    const next = await f.say('赵德柱');
    expect(next).toContain('「项目负责人」改为 赵德柱');
    expect(next).not.toContain('总分：（空）');
    expect((await f.latest()).record.totalScore).toBeNull();
  });

  it('电话不用改 when the phone is not to be filled: said, the open question kept', async () => {
    const f = await startFilling(h, { owner: '' }, 'keep-none');
    const reply = await f.say('电话就按表上的，不用改');
    expect(reply).toMatch(/「联系电话」不在要补全或更正的项里/);
    expect(reply).toContain('项目负责人：（空）');
    expect((await f.latest()).version).toBe(f.uploaded.version);
  });
});

describe('撤销 goes back one write at a time', () => {
  it('three writes, three 撤销: the form as uploaded; a fourth has nothing left', async () => {
    const f = await startFilling(h, { owner: '', phone: '' }, 'undo-many');
    await f.say('钱晓峰');
    await f.say('负责人是钱小峰');
    await f.say('010-69541234');
    expect((await f.latest()).record).toMatchObject({ owner: '钱小峰', phone: '010-69541234' });
    const first = await f.say('撤销');
    expect(first).toContain('「联系电话」恢复为 （空）');
    expect(first).toMatch(/再回复「撤销」可继续撤销更早的一次修改（「项目负责人」：钱晓峰 → 钱小峰）/);
    expect(await f.say('撤销')).toContain('「项目负责人」恢复为 钱晓峰');
    expect(await f.say('撤回')).toContain('「项目负责人」恢复为 （空）');
    expect((await f.latest()).record).toEqual(f.uploaded.record);
    expect(await f.say('撤销')).toContain('没有可以撤销的修改');
  });
});

describe('after the filling ended', () => {
  it('a correction naming a field of the form is written, echoed and undoable', async () => {
    const f = await startFilling(h, { phone: '' }, 'late-fix');
    await f.say('电话先空着');
    const reply = await f.say('刚才电话没填，应该是010-81234567');
    expect(reply).toContain('「联系电话」改为 010-81234567');
    expect(reply).toContain('回复「撤销」恢复');
    expect((await f.latest()).record.phone).toBe('010-81234567');
    expect(await f.say('撤销')).toContain('「联系电话」恢复为 （空）');
  });

  it('重新检查一下 / 帮我再核对一遍: the form’s own check, not a portfolio question', async () => {
    const f = await startFilling(h, { owner: '' }, 'recheck');
    await f.say('跳过');
    for (const line of ['重新检查一下', '帮我再核对一遍这张表', '复查一下']) {
      const reply = await f.say(line);
      expect(reply, line).toContain(f.uploaded.record.projectName ?? '');
      expect(reply, line).toMatch(/核算总分/);
      expect(reply, line).not.toMatch(/查询结果|没有看懂/);
    }
  });

  it('总分那个是怎么回事: what the check found on that field of this form', async () => {
    const f = await startFilling(h, { owner: '', total: '87' }, 'why');
    await f.say('重新开始');
    const reply = await f.say('总分那个87是怎么回事');
    expect(reply).toContain('这张表检查出的相关问题');
    expect(reply).toMatch(/【错误】[^\n]*总分/);
    expect(reply).not.toMatch(/查询结果|没有看懂/);
  });

  it('帮我导出 / 把这张表导出来: the export of the form, not a portfolio list', async () => {
    const f = await startFilling(h, { owner: '' }, 'export');
    for (const line of ['帮我导出', '把这张表导出来', '导出一下excel吧'])
      expect(await f.say(line), line).toContain('导出功能暂未开放');
  });
});

describe('a file with several forms: picking one', () => {
  const two = () =>
    new TextEncoder().encode(
      `${formText('城东街道垃圾分类宣传经费', { owner: '' })}\n${formText('城东街道老旧小区改造经费', { phone: '' })}`,
    );

  it('这张表多少分 asks which; 老旧小区那张 answers for it and starts its filling', async () => {
    const chat = new FakeChat(h.bot, { chatId: 'pick-1', senderId: 'pick-1' });
    await chat.upload('两张.txt', two());
    const which = (await chat.send('这张表多少分')).map(render).join('\n');
    expect(which).toMatch(/上传了 2 张表，请说明问的是哪一张/);
    const picked = (await chat.send('老旧小区那张')).map(render).join('\n');
    expect(picked).toContain('城东街道老旧小区改造经费');
    expect(picked).toMatch(/核算总分/);
    expect(picked).toContain('联系电话：（空）');
    expect(picked).not.toContain('城东街道垃圾分类宣传经费');
  });

  it('那老旧小区那个呢 after a portfolio question follows it up; 老旧小区那张 still picks the form', async () => {
    const chat = new FakeChat(h.bot, { chatId: 'pick-2', senderId: 'pick-2' });
    await chat.upload('两张.txt', two());
    await chat.send('城东街道垃圾分类宣传经费的全年预算是多少');
    const followed = (await chat.send('那老旧小区那个呢')).map(render).join('\n');
    expect(followed).not.toContain('看这一张');
    expect(followed).toContain('老旧小区');
    expect(followed).not.toContain('联系电话：（空）');
    const picked = (await chat.send('老旧小区那张')).map(render).join('\n');
    expect(picked).toContain('看这一张');
    expect(picked).toContain('联系电话：（空）');
  });

  it('第一张 / 切换到老旧小区那张 switch forms; 第二个呢 and 换成老旧小区呢 are not picks', () => {
    const names = ['城东街道垃圾分类宣传经费', '城东街道老旧小区改造经费'];
    const at = (text: string, asked = false, filling = false) => {
      const shape = pickShape(text, asked, filling);
      return shape ? pickForm(shape, names) : null;
    };
    expect(at('第一张')).toBe(0);
    expect(at('看第2份表')).toBe(1);
    expect(at('切换到老旧小区那张')).toBe(1);
    expect(at('垃圾分类那份表吧')).toBe(0);
    expect(at('换到垃圾分类的表')).toBe(0);
    // right after the bot asked which: a bare part of a name, or a number
    expect(at('垃圾分类', true)).toBe(0);
    expect(at('2', true)).toBe(1);
    // follow-ups of a portfolio conversation, and what both names share, pick nothing
    expect(at('第二个呢')).toBeNull();
    expect(at('换成老旧小区呢')).toBeNull();
    expect(at('城东街道那张')).toBeNull();
    expect(at('老旧小区那张多少分')).toBeNull();
    // while a question of a form is open, 第二个 may be its answer
    expect(at('第二个', true, true)).toBeNull();
    // after a portfolio question, "that one" follows it up; a pointer that says 张 / 份 / 表 still picks
    const picksAfterQuestion = (text: string) => {
      const shape = pickShape(text, false, false, true);
      return shape ? pickForm(shape, names) : null;
    };
    expect(at('那老旧小区那个呢')).toBe(1);
    expect(picksAfterQuestion('那老旧小区那个呢')).toBeNull();
    expect(picksAfterQuestion('老旧小区那张')).toBe(1);
    expect(picksAfterQuestion('切换到老旧小区那个')).toBe(1);
  });
});
