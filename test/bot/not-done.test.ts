import { describe, expect, it } from 'vitest';
import { notDoneQuote, saysSurveyNotDone } from '../../src/bot/not-done.ts';

describe('the satisfaction survey not done, as staff say it', () => {
  it.each([
    ['没做', '没做'],
    ['今年没有搞', '没有搞'],
    ['尚未开展满意度测评', '尚未开展'],
    ['问卷还没发', '还没发'],
    ['调查今年都没组织', '都没组织'],
    ['我们从来没做过满意度调查', '没做'],
    ['并未进行群众评价', '并未进行'],
    ['无满意度调查', '无满意度'],
    ['没有问卷', '没有问卷'],
    ['否', '否'],
    ['没有。', '没有'],
  ])('%s', (text, quote) => {
    expect(notDoneQuote(text)).toBe(quote);
  });

  // the doing asked, not denied (临时救助资金做没做满意度调查 was taken for "not done")
  it.each([
    '临时救助资金做没做满意度调查',
    '路灯那个项目有没有搞满意度测评',
    '是否开展了问卷调查',
    '满意度调查做了没有？',
  ])('asked, not said: %s', (text) => {
    expect(notDoneQuote(text)).toBeNull();
  });

  it.each(['做了', '已开展，满意度97%', '没问题', '没错', '满意度96%', '完成了调查'])(
    'not a "not done": %s',
    (text) => {
      expect(notDoneQuote(text)).toBeNull();
    },
  );

  it('says it is about the survey only when the text names it', () => {
    expect(saysSurveyNotDone('测评今年没搞')).toBe(true);
    expect(saysSurveyNotDone('还没做')).toBe(false);
    expect(saysSurveyNotDone('问卷做了')).toBe(false);
  });
});

describe('more ways of saying it', () => {
  it.each(['暂未开展', '今年不做满意度', '一直没做', '没来得及做', '满意度这块没做'])('%s', (text) => {
    expect(notDoneQuote(text)).not.toBeNull();
  });
  it.each(['不满意', '非常不满意', '群众不太满意'])('dissatisfied is not "not done": %s', (text) => {
    expect(notDoneQuote(text)).toBeNull();
  });
});
