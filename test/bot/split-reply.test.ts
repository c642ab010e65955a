import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Reply } from '../../src/bot/messages.ts';
import { replyLength, splitReply } from '../../src/bot/split-reply.ts';

describe('splitReply', () => {
  it('keeps a reply within the limit as it is', () => {
    const reply: Reply = { title: '标题', text: '短文本', buttons: [{ label: '导出', action: 'export' }] };
    expect(splitReply(reply, 100)).toEqual([reply]);
  });

  it('splits long text at line ends, keeps the title first and the buttons last', () => {
    const text = Array.from({ length: 30 }, (_, i) => `第${i + 1}行：${'说明'.repeat(10)}`).join('\n');
    const parts = splitReply({ title: '项目', text, buttons: [{ label: '逐项补全', action: 'fill' }] }, 200);
    expect(parts.length).toBeGreaterThan(1);
    expect(parts[0]?.title).toBe('项目');
    expect(parts.slice(1).every((p) => p.title === undefined)).toBe(true);
    expect(parts.at(-1)?.buttons).toEqual([{ label: '逐项补全', action: 'fill' }]);
    expect(parts.map((p) => p.text ?? '').join('\n')).toBe(text);
  });

  it('repeats the table header in each part', () => {
    const rows = Array.from({ length: 40 }, (_, i) => [`项目${i}`, '100', '优']);
    const parts = splitReply({ table: { columns: ['项目名称', '总分', '等级'], rows } }, 150);
    expect(parts.length).toBeGreaterThan(2);
    for (const p of parts) expect(p.table?.columns).toEqual(['项目名称', '总分', '等级']);
    expect(parts.flatMap((p) => p.table?.rows ?? [])).toEqual(rows);
  });

  it('never exceeds the limit and loses no text, items or rows', () => {
    const line = fc.string({ unit: fc.constantFrom('字', '表', 'a', ' ', '\n'), maxLength: 300 });
    fc.assert(
      fc.property(
        fc.record({
          text: line,
          items: fc.array(
            line.filter((s) => s.length > 0),
            { maxLength: 20 },
          ),
          rows: fc.array(
            fc.array(fc.string({ unit: fc.constantFrom('甲', '1'), maxLength: 12 }), {
              minLength: 2,
              maxLength: 2,
            }),
            {
              maxLength: 20,
            },
          ),
        }),
        fc.integer({ min: 60, max: 500 }),
        ({ text, items, rows }, max) => {
          const reply: Reply = {
            title: '标题',
            items,
            table: { columns: ['甲', '乙'], rows },
            ...(text ? { text } : {}),
          };
          const parts = splitReply(reply, max);
          for (const p of parts) expect(replyLength(p)).toBeLessThanOrEqual(max);
          const chars = (s: string) => s.replace(/\s/g, '');
          expect(chars(parts.map((p) => p.text ?? '').join(''))).toBe(chars(text));
          expect(chars(parts.flatMap((p) => p.items ?? []).join(''))).toBe(chars(items.join('')));
          expect(parts.flatMap((p) => p.table?.rows ?? [])).toEqual(rows);
        },
      ),
      { numRuns: 200 },
    );
  });
});
