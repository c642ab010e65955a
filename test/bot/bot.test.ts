import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Reply } from '../../src/bot/messages.ts';
import { exportXlsx, XLSX_MIME } from '../../src/export/xlsx.ts';
import { readDocument } from '../../src/ingest/read-document.ts';
import { checkRecord } from '../../src/score/check.ts';
import { fixturePath, fixtureTextFiles } from '../helpers/corpus.ts';
import { createHarness, FakeChat, findForm, formWithBlankOwner, type Harness, render } from './harness.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

// One in-memory store for the file (PGlite start-up is the slow part); chats and users keep tests apart.
let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(() => h.store.close());

describe(`bot with a corpus form`, () => {
  let form: { text: string; projectName: string };
  beforeAll(async () => {
    form = await formWithBlankOwner();
  });

  it('stores the upload, answers with a breakdown, then asks for the missing 项目负责人', async () => {
    const chat = new FakeChat(h.bot, { chatId: 'upload', senderId: 'alice' });
    const replies = await chat.upload('自评表.txt', utf8(form.text));
    expect(replies[0]).toEqual({ text: '已收到《自评表.txt》，正在解析…' });
    const breakdown = replies.find((r) => r.title === form.projectName);
    expect(breakdown?.table?.columns).toEqual(['项目', '分值', '表中得分', '按规则计算']);
    expect(breakdown?.table?.rows.map((r) => r[0])).toEqual(
      expect.arrayContaining(['预算执行', '总分', '参考等级']),
    );
    expect(breakdown?.items?.find((l) => l.startsWith('【缺项】'))).toContain('项目负责人');
    expect(breakdown?.buttons?.map((b) => b.label)).toEqual(['逐项补全', '查看全部问题', '导出Excel']);
    const question = replies.at(-1);
    expect(question?.title).toContain('基本信息');
    expect(render(question as Reply)).toContain('项目负责人：（空）');

    const { rows } = await h.store.sql.query<{ status: string; name: string }>(
      `SELECT u.status, u.name FROM uploads u WHERE u.user_id = 'web:alice'`,
    );
    expect(rows).toEqual([{ status: 'parsed', name: '自评表.txt' }]);
  });

  it('applies an answer as record version 2, recording the change and who made it', async () => {
    const chat = new FakeChat(h.bot, { chatId: 'answer', senderId: 'bob' });
    await chat.upload('表.txt', utf8(form.text));
    const [summary] = await chat.send('王小明');
    expect(summary?.title).toBe('已更新');
    expect(summary?.items).toEqual(['项目负责人：（空） → 王小明']);

    const [listed] = await h.store.listForms({ ownerId: 'web:bob' });
    expect(listed?.version).toBe(2);
    const versions = await h.store.getVersions(listed?.id ?? '');
    expect(versions.map((v) => [v.version, v.record.owner, v.source])).toEqual([
      [1, '', 'reader'],
      [2, '王小明', 'user'],
    ]);
    expect(versions[1]?.provenance.owner).toEqual({ ref: 'chat', method: 'user', quote: '王小明' });
    expect(await h.store.getChanges(listed?.id ?? '')).toMatchObject([
      { version: 2, path: 'owner', oldValue: '', newValue: '王小明', source: 'user', byUser: 'web:bob' },
    ]);
    expect(await h.store.getFindings(listed?.id ?? '')).not.toContainEqual(
      expect.objectContaining({ path: 'owner' }),
    );
  });

  it('says what it asked for when an answer holds nothing it can use, and keeps the version', async () => {
    const chat = new FakeChat(h.bot, { chatId: 'numbers', senderId: 'carol' });
    await chat.upload('表.txt', utf8(form.text));
    const replies = await chat.send('总分：很高');
    expect(render(replies[0] as Reply)).toMatch(/^没有看懂这条回复，表格没有修改。请直接回复「项目负责人」/);
    const [listed] = await h.store.listForms({ ownerId: 'web:carol' });
    expect(listed?.version).toBe(1);
  });

  it('skips a group, lists projects, shows all problems, and resets', async () => {
    const chat = new FakeChat(h.bot, { chatId: 'commands', senderId: 'dave' });
    await chat.upload('表.txt', utf8(form.text));
    const skipped = await chat.send('跳过');
    expect(render(skipped.at(-1) as Reply)).not.toContain('项目负责人：（空）');
    await chat.shouldReply('我的项目', form.projectName);
    await chat.shouldReply('查看全部问题', '【缺项】项目负责人');
    await chat.shouldReply('重新开始', '已结束当前补全');
    await chat.shouldReply('跳过', '当前没有待回答的问题');
  });

  it('lets reminder commands through while a question is open', async () => {
    const withReminders = await createHarness({
      store: h.store,
      deps: { reminders: async (text) => ({ text: `提醒：${text}` }) },
    });
    const chat = new FakeChat(withReminders.bot, { chatId: 'remind-open', senderId: 'remind-open' });
    await chat.upload('表.txt', utf8(form.text));
    await chat.shouldReply('推迟提醒 3天', '提醒：推迟提醒 3天');
    const [answered] = await chat.send('钱八');
    expect(answered?.items).toEqual(['项目负责人：（空） → 钱八']);
  });

  it('keeps one dialogue per person in a group chat', async () => {
    const alice = new FakeChat(h.bot, { chatId: 'group-1', senderId: 'g-alice', isGroup: true });
    const bob = new FakeChat(h.bot, { chatId: 'group-1', senderId: 'g-bob', isGroup: true });
    const asked = await alice.upload('表.txt', utf8(form.text));
    expect(render(asked.at(-1) as Reply)).toContain('项目负责人');
    const [toBob] = await bob.send('王五');
    expect(toBob?.title).not.toBe('已更新');
    const [toAlice] = await alice.send('王五');
    expect(toAlice?.title).toBe('已更新');
  });

  it('adds a missing satisfaction row when the user answers 未做, then asks for its 分值', async () => {
    const noSatisfaction = await findForm((f) =>
      checkRecord(f.record).missing.some((m) => m.path === 'indicators[level1=满意度指标]'),
    );
    const chat = new FakeChat(h.bot, { chatId: 'satisfaction', senderId: 'sat' });
    await chat.upload('表.txt', utf8(noSatisfaction.text));
    for (let i = 0; i < 4 && !render(chat.replies.at(-1) as Reply).includes('满意度指标（至少一项'); i++) {
      await chat.send('跳过');
    }
    expect(render(chat.replies.at(-1) as Reply)).toContain('满意度指标（至少一项');
    const [added, next] = await chat.send('未做');
    expect(added?.items?.[0]).toMatch(/^新增满意度指标：满意度指标「服务对象满意度」实际完成值 未做/);
    expect(render(next as Reply)).toContain('「服务对象满意度」的分值');
    const [listed] = await h.store.listForms({ ownerId: 'web:sat' });
    const form = await h.store.getForm(listed?.id ?? '');
    expect(form?.record.indicators.at(-1)).toMatchObject({ level1: '满意度指标', actual: '未做', score: 0 });
    expect(form?.check.missing.map((m) => m.path)).not.toContain('indicators[level1=满意度指标]');
  });

  it('treats a pasted form as an upload', async () => {
    const chat = new FakeChat(h.bot, { chatId: 'paste', senderId: 'erin' });
    const replies = await chat.send(form.text);
    expect(replies[0]?.text).toBe('已收到《粘贴的表格.txt》，正在解析…');
    expect(replies.some((r) => r.title === form.projectName)).toBe(true);
  });

  it('shows the earlier result when the same file comes again', async () => {
    const chat = new FakeChat(h.bot, { chatId: 'again', senderId: 'frank' });
    await chat.upload('表.txt', utf8(form.text));
    const again = await chat.upload('表-副本.txt', utf8(form.text));
    expect(render(again[1] as Reply)).toContain('之前上传过');
    expect(await h.store.listForms({ ownerId: 'web:frank' })).toHaveLength(1);
  });

  it('sums up a multi-form file and exports its forms as an annotated workbook', async () => {
    const exporting = await createHarness({
      store: h.store,
      deps: { exportForms: async (forms) => ({ bytes: await exportXlsx(forms), mime: XLSX_MIME }) },
    });
    const chat = new FakeChat(exporting.bot, { chatId: 'many', senderId: 'many' });
    const file = fixtureTextFiles().find((f) => f.startsWith('000_')) ?? '';
    const replies = await chat.upload(file, readFileSync(fixturePath('text', file)));
    const summary = replies.find((r) => r.title?.startsWith('共读取'));
    const count = summary?.table?.rows.length ?? 0;
    expect(count).toBeGreaterThan(5);
    expect(replies.filter((r) => r.table?.columns[0] === '项目')).toHaveLength(5);
    expect(replies.at(-1)?.table?.columns[0]).toBe('项目'); // no question: the user picks a form
    expect(await h.store.listForms({ ownerId: 'web:many' })).toHaveLength(count);

    const fill = replies.flatMap((r) => r.buttons ?? []).find((b) => b.action === 'fill');
    expect(fill?.value).toBeDefined();
    const [question] = await chat.press('fill', fill?.value);
    expect(question?.title).toMatch(/^请补全/);
    await chat.send('重新开始');

    const [exported] = await chat.send('导出');
    expect(exported?.attachment).toMatchObject({ name: `自评表${count}张-检查结果.xlsx`, mime: XLSX_MIME });
    expect([...(exported?.attachment?.bytes.slice(0, 2) ?? [])]).toEqual([0x50, 0x4b]);
  });

  it('processes two quick messages of one chat in order', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => {
      release = r;
    });
    const slow = await createHarness({
      store: h.store,
      deps: {
        readDocument: async (bytes, options) => {
          await gate;
          return readDocument(bytes, options);
        },
      },
    });
    const chat = new FakeChat(slow.bot, { chatId: 'order', senderId: 'gina' });
    chat.files.set('f', utf8(form.text));
    const upload = chat.deliver(chat.message({ file: { name: '表.txt', handle: 'f' } }));
    const help = chat.send('帮助');
    release();
    await Promise.all([upload, help]);
    const titles = chat.replies.map((r) => r.title ?? r.text);
    expect(titles[0]).toBe('已收到《表.txt》，正在解析…');
    expect(titles.indexOf(form.projectName)).toBeGreaterThan(0);
    expect(titles.at(-1)).toBe('绩效自评助手');
  });
});

describe('bot without a corpus', () => {
  it('answers the same event id once, even when it arrives five times at once', async () => {
    const chat = new FakeChat(h.bot, { chatId: 'dedup', senderId: 'u' });
    const msg = chat.message({ text: '帮助' });
    await Promise.all(Array.from({ length: 5 }, () => chat.deliver({ ...msg })));
    expect(chat.replies).toHaveLength(1);
    expect(chat.replies[0]?.title).toBe('绩效自评助手');
  });

  it('forgets event ids after the TTL (at least 12 h), so only true retries are dropped', async () => {
    let now = new Date('2026-03-01T08:00:00Z');
    const clocked = await createHarness({ store: h.store, deps: { clock: () => now, eventTtlHours: 1 } });
    const chat = new FakeChat(clocked.bot, { chatId: 'ttl', senderId: 'ttl' });
    const msg = chat.message({ text: '帮助', eventId: 'ttl-event' });
    await chat.deliver(msg);
    now = new Date('2026-03-01T19:00:00Z'); // 11 h later: still remembered (TTL is raised to 12 h)
    expect(await chat.deliver(chat.message({ text: '帮助' }))).toHaveLength(1);
    expect(await chat.deliver({ ...msg })).toEqual([]);
    now = new Date('2026-03-01T21:00:00Z');
    await chat.deliver(chat.message({ text: '帮助' }));
    expect(await chat.deliver({ ...msg })).toHaveLength(1);
  });

  it('replies in Chinese to a broken file and keeps the upload', async () => {
    const chat = new FakeChat(h.bot, { chatId: 'broken', senderId: 'broken' });
    const replies = await chat.upload('坏文件.docx', new Uint8Array([0x50, 0x4b, 0, 0, 0xff, 0xfe, 0, 1]));
    expect(replies.map((r) => r.text)).toEqual([
      '已收到《坏文件.docx》，正在解析…',
      expect.stringMatching(/^[^\n]*[。！]?$/),
    ]);
    const message = replies[1]?.text ?? '';
    expect(message).toMatch(/[\u4e00-\u9fff]/);
    expect(message).not.toMatch(/Error|at .*\.ts/);
    const { rows } = await h.store.sql.query<{ status: string; error: string; size: number }>(
      `SELECT status, error, size FROM uploads WHERE user_id = 'web:broken'`,
    );
    expect(rows).toEqual([{ status: 'failed', error: message, size: 8 }]);
  });

  it('says when a download fails', async () => {
    const chat = new FakeChat(h.bot, { chatId: 'nofile', senderId: 'nofile' });
    const replies = await chat.deliver(chat.message({ file: { name: 'a.pdf', handle: 'missing' } }));
    expect(replies.map((r) => r.text)).toEqual(['已收到《a.pdf》，正在解析…', '文件下载失败，请重新发送。']);
  });

  it('routes portfolio questions to the query hook, or says they are not available', async () => {
    const chat = new FakeChat(h.bot, { chatId: 'q', senderId: 'q' });
    await chat.shouldReply('通州区有几个项目低于80分？', '暂未开放');
    const withQuery = await createHarness({
      store: h.store,
      deps: { answerQuestion: async (text, user) => ({ text: `${user.id} 问：${text}` }) },
    });
    const asker = new FakeChat(withQuery.bot, { chatId: 'q2', senderId: 'q2' });
    await asker.shouldReply('通州区有几个项目？', 'web:q2 问：通州区有几个项目？');
  });

  it('routes reminder commands to the reminders hook', async () => {
    const withReminders = await createHarness({
      store: h.store,
      deps: { reminders: async (text) => ({ text: `提醒：${text}` }) },
    });
    const chat = new FakeChat(withReminders.bot, { chatId: 'r', senderId: 'r' });
    await chat.shouldReply('截止日期是哪天', '提醒：截止日期是哪天');
    await chat.shouldReply('帮助', '我的提醒 / 截止日期');
  });

  it('a question of the forms naming a warning or a date goes to the query hook, not the reminders', async () => {
    const both = await createHarness({
      store: h.store,
      deps: {
        reminders: async (text) => ({ text: `提醒：${text}` }),
        answerQuestion: async (text) => ({ text: `问：${text}` }),
      },
    });
    const chat = new FakeChat(both.bot, { chatId: 'r2', senderId: 'r2' });
    await chat.shouldReply('没有错误但有提醒的表', '问：没有错误但有提醒的表');
    await chat.shouldReply('截止前还没交的项目有哪些', '问：截止前还没交的项目有哪些');
    await chat.shouldReply('截止日期是哪天', '提醒：截止日期是哪天');
  });

  it('stays silent in a group unless mentioned', async () => {
    const chat = new FakeChat(h.bot, { chatId: 'group', senderId: 'g', isGroup: true });
    expect(await chat.send('帮助', { mentionedBot: false })).toEqual([]);
    expect(await chat.send('帮助', { mentionedBot: true })).toHaveLength(1);
  });

  it('says export is not available without an exporter', async () => {
    const chat = new FakeChat(h.bot, { chatId: 'x', senderId: 'x' });
    await chat.shouldReply('导出', '导出功能暂未开放');
  });
});

describe('chit-chat with nothing asked', () => {
  it('a greeting is greeted, thanks thanked back, an acknowledgement acknowledged — never "不客气" to 你好', async () => {
    const chat = new FakeChat(h.bot, { chatId: 'chitchat', senderId: 'carol' });
    expect((await chat.send('你好'))[0]?.text).toMatch(/^您好。/);
    expect((await chat.send('谢谢'))[0]?.text).toMatch(/^不客气。/);
    expect((await chat.send('好的'))[0]?.text).toMatch(/^好的。/);
  });
});

describe('a request to make figures up', () => {
  it('is refused, never acknowledged with 好的', async () => {
    const chat = new FakeChat(h.bot, { chatId: 'made-up', senderId: 'dave' });
    const [reply] = await chat.send('满意度没做的那些，你随便给编个90%填上去得了');
    expect(reply?.text).toMatch(/^「满意度没做的那些，你随便给编个90%填上去得了」：不能替您编造/u);
    // a question about forms filled carelessly is no such request
    const [asked] = await chat.send('乱填的表有哪些');
    expect(asked?.text ?? '').not.toMatch(/不能替您编造/u);
  });
});
