import { describe, expect, it } from 'vitest';
import {
  buildCard,
  buildCards,
  CARD_MAX_BYTES,
  needsCard,
  withPressed,
} from '../../src/channels/lark/card.ts';

describe('Lark cards', () => {
  it('draws a breakdown with buttons whose value carries the action and the chat kind', () => {
    const card = buildCard(
      {
        title: '统计所经费',
        text: '核算总分 85',
        table: { columns: ['项目', '分值'], rows: [['产出', '50']] },
        items: ['【错误】预算执行率有误'],
        buttons: [{ label: '查看全部问题', action: 'issues', value: 'f1' }],
      },
      true,
    );
    const json = JSON.stringify(card);
    expect(json).toContain(
      '"header":{"template":"blue","title":{"tag":"plain_text","content":"统计所经费"}}',
    );
    const table = (card.elements as Record<string, unknown>[]).find((e) => e.tag === 'table');
    expect(table).toMatchObject({
      columns: [
        { name: 'c0', display_name: '项目', horizontal_align: 'left' },
        { name: 'c1', display_name: '分值', horizontal_align: 'right' },
      ],
      rows: [{ c0: '产出', c1: '50' }],
    });
    expect(json).toContain('"value":{"action":"issues","value":"f1","group":"1"}');
    expect(needsCard({ text: 'plain' })).toBe(false);
  });

  it('disables the pressed button only', () => {
    const card = buildCard(
      {
        title: 't',
        buttons: [
          { label: '查看全部问题', action: 'issues', value: 'f1' },
          { label: '导出Excel', action: 'export', value: 'f1' },
        ],
      },
      false,
    );
    const pressed = withPressed(card, { action: 'export', value: 'f1' });
    const buttons = (pressed.elements as { tag: string; actions?: Record<string, unknown>[] }[]).find(
      (e) => e.tag === 'action',
    )!.actions!;
    expect(buttons.map((b) => b.disabled ?? false)).toEqual([false, true]);
    // The card sent stays as it was (the copy is what Lark shows next).
    expect(JSON.stringify(card)).not.toContain('disabled');
  });

  it('splits a huge reply into cards that each stay under 30 KB, losing no item', () => {
    const items = Array.from(
      { length: 3000 },
      (_, i) => `第${i}项：三级指标“满意度”的指标值与实际完成值不一致，请核对后修改。`,
    );
    const cards = buildCards(
      { title: '全部问题', items, buttons: [{ label: '导出Excel', action: 'export' }] },
      false,
    );
    expect(cards.length).toBeGreaterThan(3);
    for (const card of cards)
      expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThanOrEqual(CARD_MAX_BYTES);
    const all = cards.map((c) => JSON.stringify(c)).join('');
    for (const i of [0, 1500, 2999]) expect(all).toContain(`第${i}项`);
    expect(JSON.stringify(cards.at(-1))).toContain('导出Excel');
  });
});
