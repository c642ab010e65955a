import { describe, expect, it } from 'vitest';
import {
  classifyIntent,
  type IntentContext,
  isChitchat,
  isQuestion,
  looksAtSomething,
} from '../../src/bot/intent.ts';

const ctx: IntentContext = { labels: ['项目负责人', '联系电话'], current: ['（空）', '80856942'] };
const kind = (text: string, context = ctx) => classifyIntent(text, context).kind;

describe('classifyIntent', () => {
  it.each([
    '好的，谢谢',
    '好的谢谢！',
    '谢谢',
    '嗯',
    '嗯嗯',
    '收到',
    '收到👌',
    'ok',
    'OK thanks',
    '辛苦了',
    '好嘞',
    '明白了。',
    '哦哦 知道了',
  ])('chit-chat: %s', (text) => {
    expect(kind(text)).toBe('chitchat');
  });

  it.each([
    '不用改',
    '不用改了，谢谢',
    '保持原样',
    '维持原样吧',
    '就这样吧',
    '不需要修改',
    '原来的就是对的',
    '别改',
  ])('pushback: %s', (text) => {
    expect(kind(text)).toBe('keep');
  });

  it('words of pushback opening a question of the forms are a question, not pushback', () => {
    for (const text of ['没有错误但有提醒的表', '没问题的项目有几个', '没错误的项目'])
      expect(kind(text), text).not.toBe('keep');
    expect(kind('没有错，表上的对')).toBe('keep');
  });

  it('the current value typed again is pushback, not a write', () => {
    expect(kind('80856942')).toBe('keep');
    expect(kind('还是80856942')).toBe('keep');
    expect(kind('80856943')).toBe('answer');
  });

  it.each(['确认', '采用', '按建议改吧', '好的，确认'])('confirmation: %s', (text) => {
    expect(kind(text)).toBe('confirm');
  });

  it.each(['对', '对的', '是的', '对，没问题'])('agreement without saying with what: %s', (text) => {
    expect(kind(text)).toBe('affirm');
  });

  it.each(['先跳过', '跳过吧', '这个跳过'])('skip: %s', (text) => {
    expect(kind(text)).toBe('skip');
  });

  it.each(['撤销', '撤回', '改回去', '取消刚才的修改'])('undo: %s', (text) => {
    expect(kind(text)).toBe('undo');
  });

  it.each(['稍等', '等一下，我问问财务', '我去查一下', '我看看'])('not now: %s', (text) => {
    expect(kind(text)).toBe('later');
  });

  it.each([
    '通州区有几个项目？',
    '2023年执行率低于90%的项目有哪些',
    '哪些项目缺少满意度调查',
    '列出总分低于80分的项目',
    'how many projects are below 80',
    '按部门统计项目数量',
  ])('portfolio question: %s', (text) => {
    expect(kind(text)).toBe('question');
  });

  it.each(['联系电话怎么填？', '这里要填什么', '负责人是指谁', '单位是什么'])(
    'a question about the asked field: %s',
    (text) => {
      expect(kind(text)).toBe('fieldHelp');
    },
  );

  it.each([
    ['王小明', '王小明'],
    ['好的，王小明', '王小明'],
    ['改成13812345678', '13812345678'],
    ['负责人：王小明；电话：010-89538761', '负责人：王小明；电话：010-89538761'],
  ])('an answer: %s', (text, value) => {
    expect(classifyIntent(text, ctx)).toEqual({ kind: 'answer', text: value });
  });

  it('"不对" alone asks for the right value', () => {
    expect(kind('不对')).toBe('objection');
    expect(kind('填错了')).toBe('objection');
  });
});

describe('isChitchat / isQuestion', () => {
  it('a value is neither', () => {
    for (const value of ['1200人次', '已完成', '95%', '张三', '112.12万']) {
      expect(isChitchat(value)).toBe(false);
      expect(isQuestion(value)).toBe(false);
    }
  });
  it('a long explanation with 如何 inside is not a question', () => {
    expect(
      isQuestion(
        '本年度围绕如何提升统计调查质量开展了培训三次，覆盖全部调查员，数据差错率较上年下降两个百分点，完成了年初设定的各项目标任务。',
      ),
    ).toBe(false);
  });
});

describe('classifyIntent: deferrals, unknowns, the survey and questions about the projects', () => {
  const phoneAsked = { labels: ['联系电话'], current: ['（空）'], kinds: ['phone'] };
  const satisfactionAsked = {
    labels: ['「居民满意度」实际完成值'],
    current: ['（空）'],
    kinds: ['satisfaction'],
  };

  it.each([
    '这个先不填',
    '暂时不写',
    '待定',
    '暂无',
    '留空',
    '没有座机',
    '无',
    '不适用',
    // the field named first
    '电话先空着吧',
    '号码暂时不提供',
    '座机号不填了',
  ])('leave it blank: %s', (text) => {
    expect(kind(text, phoneAsked)).toBe('keep');
  });

  it.each([
    '不清楚呢',
    '我也不确定',
    '这个号码我记不清了',
    '谁负责的我也不知道',
    '以后再补',
    '回头再说吧',
    '晚点再提供',
    '不太清楚',
    '想不起来了',
    '这个我得核实',
    '等我问问',
  ])('not known yet, the question stays open: %s', (text) => {
    expect(kind(text, phoneAsked)).toBe('later');
  });

  it.each(['下一个', '这个先不管', '略过吧', 'next'])('skip: %s', (text) => {
    expect(kind(text, phoneAsked)).toBe('skip');
  });

  it('with no question open, a doubt before a request about the projects is the request, not a deferral', () => {
    const nothingOpen = { labels: [], current: [] };
    expect(
      classifyIntent('我不太确定河门口街道是不是只有九个项目…它们按全年预算从大到小排一下吧', nothingOpen)
        .kind,
    ).toBe('question');
    expect(classifyIntent('我也不知道', nothingOpen).kind).toBe('later');
    // 未做 said of the projects with nothing asked: a share asked of them (it had been acknowledged as "not done")
    expect(classifyIntent('其中满意度指标未做的占比。', nothingOpen).kind).toBe('question');
    // with a question open, the doubt is about it, as before
    expect(classifyIntent('我也不太确定，先空着吧', phoneAsked).kind).not.toBe('question');
  });

  it('"没有" answers a satisfaction question (未做) and leaves a phone number blank', () => {
    expect(classifyIntent('没有', satisfactionAsked)).toEqual({ kind: 'answer', text: '没有' });
    expect(classifyIntent('问卷今年没发', satisfactionAsked)).toEqual({
      kind: 'answer',
      text: '问卷今年没发',
    });
    expect(kind('没有', phoneAsked)).toBe('keep');
  });

  it('the survey not done, said while another field is asked, is about the survey, not the field', () => {
    expect(kind('今年压根没开展满意度测评', phoneAsked)).toBe('notDone');
    expect(kind('今年压根没开展满意度测评吗？', phoneAsked)).toBe('question');
  });

  it('a search box’s query about the survey (大红门 满意度=未做 list) asks for the projects, it reports no survey', () => {
    expect(kind('大红门 满意度=未做 list', phoneAsked)).toBe('question');
    expect(kind('大红门 满意度未做 列出', phoneAsked)).toBe('question');
    expect(kind('满意度未做', phoneAsked)).toBe('notDone');
  });

  it('a question about the projects is not a question about the field, even when it says 填', () => {
    expect(kind('还有几个项目没填负责人？', phoneAsked)).toBe('question');
    expect(kind('这里的电话要填座机还是手机？', phoneAsked)).toBe('fieldHelp');
  });

  it.each([
    [
      '这个项目的联系电话我也不知道，你帮我查一下潞源街道的项目有几个',
      '你帮我查一下潞源街道的项目有几个',
      'later',
    ],
    ['电话先空着吧。另外哪些项目缺满意度？', '另外哪些项目缺满意度？', 'keep'],
    ['执行率最低的是哪个项目？号码我回头再补', '执行率最低的是哪个项目？', 'later'],
    ['跳过，一共有多少个项目', '一共有多少个项目', 'skip'],
    ['烦死了，总分低于90的有几个', '总分低于90的有几个', 'complaint'],
  ])('a reply to the open question beside a question about the projects: %s', (text, asked, aside) => {
    const intent = classifyIntent(text, phoneAsked);
    expect(intent).toMatchObject({ kind: 'question', text: asked });
    expect(intent.kind === 'question' && classifyIntent(intent.aside ?? '', phoneAsked).kind).toBe(aside);
  });

  it('a value beside a question about filling in: the help, then the value read', () => {
    expect(classifyIntent('电话89538280，对了这个表总分一般填多少？', phoneAsked)).toEqual({
      kind: 'fieldHelp',
      aside: '电话89538280，',
    });
    // not knowing beside the same kind of question stays help alone: nothing to read after it
    expect(classifyIntent('电话我不知道，这里要填座机还是手机？', phoneAsked)).toEqual({ kind: 'fieldHelp' });
  });

  it.each([
    ['不好意思刚才名字打少了一个字，是周蕾莹', '周蕾莹'],
    ['电话多打了一位，应该是80856942', '80856942'],
    ['刚才漏写了一个字，是王丽娟', '王丽娟'],
    ['金额少打了个零 是125万', '125万'],
  ])('a character too many or too few, then the right value: %s', (text, value) => {
    expect(classifyIntent(text, phoneAsked)).toEqual({ kind: 'correction', value });
  });

  it('a pause word before a question holds the question: no aside', () => {
    expect(classifyIntent('等下，先问个事：执行率低于80%的有几个？', phoneAsked)).toEqual({
      kind: 'question',
    });
  });

  it('a question about the field, or a value beside a question, is not split off as an aside', () => {
    expect(kind('电话我不知道，这里要填座机还是手机？', phoneAsked)).toBe('fieldHelp');
    expect(classifyIntent('哪些项目缺满意度？', phoneAsked)).toEqual({ kind: 'question' });
    // Words beside a question may be its context: never taken as a value of the field.
    expect(classifyIntent('我是潞源街道的，潞源有几个项目？', phoneAsked)).not.toHaveProperty('aside');
    expect(classifyIntent('王丽，潞源有几个项目？', phoneAsked)).not.toHaveProperty('aside');
  });

  it('a value with a shape of its own beside a question is set aside, to be read as the answer', () => {
    expect(classifyIntent('80856942，顺便问下潞源有几个项目？', phoneAsked)).toMatchObject({
      kind: 'question',
      text: '顺便问下潞源有几个项目？',
      aside: '80856942，',
    });
  });

  it('social words around a value are dropped without breaking the number', () => {
    const amount = { labels: ['年度资金总额·全年执行数'], current: ['（空）'], kinds: ['amount'] };
    expect(classifyIntent('36.5万，辛苦了', amount)).toEqual({ kind: 'answer', text: '36.5万' });
    expect(classifyIntent('好的 2,480,000元', amount)).toEqual({ kind: 'answer', text: '2,480,000元' });
    expect(classifyIntent('收到。1 196 000元', amount)).toEqual({ kind: 'answer', text: '1 196 000元' });
  });
});

describe('classifyIntent: pushback said in the middle of a short reply', () => {
  const total = { labels: ['总分'], current: ['88'], kinds: ['number'] };
  it.each([
    '这个分数不用动',
    '没必要调整，谢谢',
    '保留原值',
    '沿用表上的',
    '照表里写的来',
    '表里填的没问题',
    '原先写的是对的',
  ])('keep: %s', (text) => {
    expect(kind(text, total)).toBe('keep');
  });

  it('a new value after all is an answer, and a thing called 不动产 is no pushback', () => {
    expect(kind('不用那个，改成90', total)).toBe('answer');
    expect(kind('不动产登记', { labels: ['「登记业务」实际完成值'], current: ['（空）'] })).toBe('answer');
  });

  it('"就照你算的" takes the proposal', () => {
    expect(kind('就照你算的', total)).toBe('confirm');
  });
});

describe('isQuestion: requests about the projects without a question word', () => {
  it.each([
    '得分最高的项目',
    '卫健委的项目',
    '预算执行率低于85%的',
    '麻烦查一下永顺镇的',
    '各街道的预算合计',
    '2024年项目平均分',
    'projects of the health commission',
    'list budgets over 500',
    '帮忙看看负责人没填的',
    // counted as sheets, or asked for as a list at the end (not a survey reported as not done)
    '几张表没设满意度指标',
    '科长交代的：把没有设置满意度指标的自评表找出来，列个清单给我',
  ])('%s', (text) => {
    expect(isQuestion(text)).toBe(true);
  });

  it('查一下 / 看一下 a thing of a named project is a question, not "let me go and check"', () => {
    const ctx = { labels: [], current: [] };
    expect(classifyIntent('查一下2023年社区公益事业补助资金这个项目的执行率', ctx).kind).toBe('question');
    expect(classifyIntent('看一下2023年城市居民最低生活保障总体目标的实际完成情况', ctx).kind).toBe(
      'question',
    );
    expect(classifyIntent('我去问一下负责人', ctx).kind).toBe('later');
    expect(classifyIntent('我查一下他的电话', ctx).kind).toBe('later');
  });

  it('a form counted as a sheet is a question, not the survey said as not done', () => {
    const intent = classifyIntent('几张表没设满意度指标', { labels: [], current: [] });
    expect(intent.kind).toBe('question');
  });

  it.each([
    '已按期完成',
    '超过2人',
    '群众满意度高于90%',
    '合计36.5万',
    '项目已验收',
    'Finished on time',
    '有效保障了工作开展',
  ])('a value: %s', (text) => {
    expect(isQuestion(text)).toBe(false);
  });
});

describe('classifyIntent: social replies built from social words, and the current value said again', () => {
  it.each(['辛苦您了', '好的，麻烦了', '收到，谢谢领导', '好的老师', 'thanks a lot', 'Got it', '太好了'])(
    'chit-chat: %s',
    (text) => {
      expect(kind(text)).toBe('chitchat');
    },
  );

  it('a name that ends like a title is no chit-chat', () => {
    expect(kind('李老师')).toBe('answer');
  });

  it.each(['还是88', '就88', '88分就对了', '维持88不变'])('the current 88 again: %s', (text) => {
    expect(kind(text, { labels: ['总分'], current: ['88'], kinds: ['number'] })).toBe('keep');
  });

  it.each(['采用建议值', '就用你建议的'])('takes the proposal: %s', (text) => {
    expect(kind(text)).toBe('confirm');
  });
});

describe('classifyIntent: skip and undo said in a short sentence', () => {
  it.each(['这一项先跳过，下一个', '跳过这个问题', '跳过跳过', '先下一个'])('skip: %s', (text) => {
    expect(kind(text)).toBe('skip');
  });
  it('"下一个是什么？" is a question', () => {
    expect(kind('下一个是什么？')).not.toBe('skip');
  });
  it.each(['回退一下', '取消刚才的填写', '刚才填错了，帮我撤销', '恢复成原来的'])('undo: %s', (text) => {
    expect(kind(text)).toBe('undo');
  });
  it.each(['不好意思', '打扰了', '没事没事'])('chit-chat: %s', (text) => {
    expect(kind(text)).toBe('chitchat');
  });
});

describe('classifyIntent: complaints, a return after a pause, corrections of an earlier answer', () => {
  it.each([
    '怎么又问这个',
    '咋又来了',
    '老是问问问',
    '都说了多少遍了',
    '我刚才不是说过了吗',
    '有完没完',
    '烦死了',
    '好烦啊',
    '真是头大',
    '无语了',
    '能不能快点',
    '别再问了',
  ])('a complaint writes nothing: %s', (text) => {
    expect(kind(text)).toBe('complaint');
  });

  it.each(['继续', '继续吧', '好了，接着填', '我回来了', '咱们继续', '找到了'])(
    'back after a pause: %s',
    (text) => {
      expect(kind(text)).toBe('resume');
    },
  );

  it.each([
    ['不对，应该是王丽', '王丽'],
    ['不对，应该是李四', '李四'],
    ['刚才电话写错了，是13812345678', '13812345678'],
    ['手机号打错了 应该是139 0000 1111', '139 0000 1111'],
    ['负责人写错了，是陈晓，不是陈笑', '陈晓'],
    ['刚才那个改成12.5万', '12.5万'],
    ['更正一下，执行数为98万', '执行数为98万'],
    ['我记错了，其实是八十五分', '八十五分'],
  ])('a correction with its value: %s → %s', (text, value) => {
    expect(classifyIntent(text, ctx)).toEqual({ kind: 'correction', value });
  });

  it.each(['刚才那个名字打错了', '电话填错了', '上一个不对', '这个不对吧'])(
    'a correction without a value asks for it: %s',
    (text) => {
      expect(kind(text)).toBe('objection');
    },
  );

  it('words of error inside a value are content, not a correction', () => {
    const actual = { labels: ['「培训」实际完成值'], current: ['（空）'], kinds: ['text'] };
    expect(kind('不对外开放的场次已全部完成', actual)).toBe('answer');
    expect(kind('数据口径有误已更正', actual)).toBe('answer');
    expect(kind('继续教育培训120人次', actual)).toBe('answer');
  });
});

it('a correction said twice over keeps only the value', () => {
  expect(classifyIntent('不对不对，应该是赵明', ctx)).toEqual({ kind: 'correction', value: '赵明' });
  expect(classifyIntent('写错了写错了 13700002222', ctx)).toEqual({
    kind: 'correction',
    value: '13700002222',
  });
});

it('a value after an aside (found it, a complaint, social words) is the answer', () => {
  expect(classifyIntent('问到了，是赵敏', ctx)).toEqual({ kind: 'answer', text: '是赵敏' });
  expect(classifyIntent('烦死了 13700001111', ctx)).toEqual({ kind: 'answer', text: '13700001111' });
  expect(classifyIntent('好了好了，赵敏', ctx)).toEqual({ kind: 'answer', text: '赵敏' });
  expect(kind('找到了')).toBe('resume');
  expect(kind('真烦，别问了')).toBe('complaint');
});

it('a question that names a part of the asked field is about the field', () => {
  const funds = { labels: ['年度资金总额·全年执行数'], current: ['（空）'], kinds: ['amount'] };
  expect(kind('执行数多少合适？', funds)).toBe('fieldHelp');
  expect(kind('执行数最多的项目是哪个？', funds)).toBe('question');
  expect(kind('真烦，怎么又要填电话', ctx)).toBe('complaint');
});

describe('classifyIntent: more shapes of impatience, progress, contrast and giving up', () => {
  it.each(['又是这个问题', '问个不停', '这破系统', '太麻烦了吧', '唉', '什么鬼', '我晕', '饶了我吧'])(
    'complaint: %s',
    (text) => {
      expect(kind(text)).toBe('complaint');
    },
  );

  it.each(['还剩几项？', '还差什么没填', '刚才填到哪了?', '还有几个要填'])('progress: %s', (text) => {
    expect(kind(text)).toBe('progress');
  });

  it.each([
    ['不是赵敏，是赵明', '赵明'],
    ['是赵明不是赵敏', '赵明'],
    ['写成赵敏了，应该是赵明', '赵明'],
    ['帮我改一下，赵明', '赵明'],
  ])('contrast or 改一下: %s → %s', (text, value) => {
    expect(classifyIntent(text, ctx)).toEqual({ kind: 'correction', value });
  });

  it('a sentence with 不是 inside is no contrast', () => {
    expect(kind('这个不是我负责的')).toBe('answer');
    expect(kind('我也不是很清楚')).toBe('later');
    const actual = { labels: ['「培训」实际完成值'], current: ['（空）'], kinds: ['text'] };
    expect(kind('已完成，但不是全部', actual)).toBe('answer');
  });

  it.each(['我不想填了', '算了吧'])('giving up leaves the field as it is: %s', (text) => {
    expect(kind(text)).toBe('keep');
  });

  it('"A还是B" is a question about the field; a question about the projects stays one', () => {
    expect(kind('负责人填处长还是经办人')).toBe('fieldHelp');
    expect(kind('还有多少项目没交')).toBe('question');
  });
});

describe('classifyIntent: a first word that can ask (统计, 查询, 看看) does not decide; the pending field does', () => {
  const org: IntentContext = { labels: ['主管部门'], current: ['（空）'], kinds: ['org'] };
  const unit: IntentContext = { labels: ['实施单位'], current: ['（空）'], kinds: ['org'] };
  const actual: IntentContext = {
    labels: ['「聘用统计调查员」实际完成值'],
    current: ['（空）'],
    kinds: ['text'],
  };
  it.each([
    ['统计局', org],
    ['区统计局', org],
    ['通州区统计局', unit],
    ['统计所', unit],
    ['是统计局', org],
    ['查询中心', unit],
    ['北京市通州区统计局', org],
  ])('an office answers 主管部门 / 实施单位: %s', (text, context) => {
    expect(classifyIntent(text, context).kind).toBe('answer');
  });
  it.each(['统计调查员聘用1人', '统计报表按时报送', '查看现场12次', '汇总表已上报'])(
    'a value that starts like a request: %s',
    (text) => {
      expect(classifyIntent(text, actual).kind).toBe('answer');
    },
  );
  it.each([
    '统计一下哪些项目缺满意度',
    '统计各街道的项目数',
    '统计执行率低于90%的项目',
    '查一下潞源街道的预算合计',
    '看看执行率最低的项目',
    '看看哪些项目没做满意度',
    '统计局的项目有几个？',
    '汇总一下全部项目的预算',
  ])('a request about the projects stays a question: %s', (text) => {
    expect(classifyIntent(text, org).kind).toBe('question');
    expect(classifyIntent(text, actual).kind).toBe('question');
  });
});

describe('classifyIntent: going to find it, not knowing it, none — nothing is written', () => {
  const owner: IntentContext = { labels: ['项目负责人'], current: ['（空）'], kinds: ['name'] };
  it.each(['稍等', '我问一下', '等会儿', '回头再填', '我去问问财务', '等我查一下台账'])(
    'deferral: %s',
    (text) => {
      expect(classifyIntent(text, owner)).toEqual({ kind: 'later' });
    },
  );
  it.each(['不知道', '不清楚', '记不得了', '我也不太清楚', '忘了'])('unknown: %s', (text) => {
    expect(classifyIntent(text, owner)).toEqual({ kind: 'later', unknown: true });
  });
  it.each(['没有', '无', '没有负责人', '暂无'])('none: %s', (text) => {
    expect(classifyIntent(text, owner).kind).toBe('keep');
  });
});

describe('looksAtSomething: with no question open, a verb of looking with an object asks for it', () => {
  it.each([
    '看看河门口都有什么项目',
    '看看南京市项目的执行率',
    '查一下大红门街道辖区的常住人口数',
    '帮我查查潞源的项目',
  ])('a request: %s', (text) => expect(looksAtSomething(text)).toBe(true));
  it.each(['看看', '我去查一下', '查一下再告诉你', '看看再说', '看一下吧', '找找看'])(
    '"let me check" with no object: %s',
    (text) => expect(looksAtSomething(text)).toBe(false),
  );
});

describe('a run of Latin letters is one word, never cut into social words', () => {
  it.each(['aaaaaaaaaaaaaaaaaaaa', 'okthanks', 'aok', 'kkkkkk'])('%s is no chit-chat', (text) =>
    expect(isChitchat(text)).toBe(false),
  );
  it.each(['ok thanks', 'thanks a lot', 'okk', '好的 thx', '收到ok'])('%s is', (text) =>
    expect(isChitchat(text)).toBe(true),
  );
});
