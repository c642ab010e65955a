import { describe, expect, it } from 'vitest';
import type { AskedField } from '../../src/bot/answers.ts';
import { scoreFromWords } from '../../src/bot/score-words.ts';
import { readForm } from '../llm/forms.ts';

// The small test form: row 0 has 分值 45, the funds row 分值 10.
const { record } = readForm();
const rowScore: AskedField[] = [
  { path: 'indicators[0].score', label: '「聘用统计调查员」得分', kind: 'number' },
];
const fundsScore: AskedField[] = [{ path: 'funds.total.score', label: '年度资金总额·得分', kind: 'funds' }];

describe('a score said relative to the 分值', () => {
  it.each([
    ['满分', '45'],
    ['一分没扣', '45'],
    ['扣3分', '42'],
    ['扣了两分吧', '43'],
    ['减1.5分', '43.5'],
    ['扣半分', '44.5'],
    ['全扣了', '0'],
  ])('%s → %s', (text, score) => {
    expect(scoreFromWords(text, rowScore, record)?.[0]?.text).toBe(score);
  });

  it('says the arithmetic, and works on the funds row too', () => {
    expect(scoreFromWords('扣1分', fundsScore, record)).toEqual([
      { path: 'funds.total.score', text: '9', quote: '扣1分', note: '分值 10 扣 1 分，记为 9' },
    ]);
  });

  it('never deducts more than the 分值, and leaves other texts to the answer reader', () => {
    expect(scoreFromWords('扣50分', rowScore, record)).toBeNull();
    expect(scoreFromWords('43', rowScore, record)).toBeNull();
    expect(scoreFromWords('满分', [{ path: 'owner', label: '项目负责人', kind: 'text' }], record)).toBeNull();
  });
});
