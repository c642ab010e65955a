import { describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/bot/messages.ts';
import { renderMarkdown, renderMarkdownParts } from '../../../src/channels/common/render-markdown.ts';
import {
  cutBytes,
  renderText,
  renderTextParts,
  utf8Length,
} from '../../../src/channels/common/render-text.ts';

const breakdown: Reply = {
  title: '某某项目*2023*',
  text: '自评得分 92，核算得分 85.5。\n第二段',
  table: {
    columns: ['指标', '得分'],
    rows: [
      ['产出', '40'],
      ['效益', '30'],
    ],
  },
  items: ['【错误】预算执行率填写有误', '【缺项】项目负责人'],
  buttons: [
    { label: '逐项补全', action: 'fill', value: 'f1' },
    { label: '导出Excel', action: 'export', value: 'f1' },
  ],
};

describe('renderText', () => {
  it('draws every part of a reply and tells how to press buttons by text', () => {
    const text = renderText(breakdown);
    expect(text).toContain('【某某项目*2023*】');
    expect(text).toContain('产出 ｜ 40');
    expect(text).toContain('· 【缺项】项目负责人');
    expect(text).toContain('可回复：「逐项补全」「导出Excel」');
  });

  it('splits a long reply into parts within both the char and the byte limit, losing nothing', () => {
    const items = Array.from(
      { length: 400 },
      (_, i) => `第${i}项：预算执行率低于百分之九十，请说明原因并补充佐证材料`,
    );
    const parts = renderTextParts({ title: '问题清单', items }, { maxChars: 4096, maxBytes: 2048 });
    expect(parts.length).toBeGreaterThan(5);
    for (const p of parts) {
      expect(p.length).toBeLessThanOrEqual(4096);
      expect(utf8Length(p)).toBeLessThanOrEqual(2048);
    }
    const joined = parts.join('\n');
    for (const i of [0, 199, 399]) expect(joined).toContain(`第${i}项`);
  });

  it('cuts a single huge line by bytes on character boundaries', () => {
    const parts = cutBytes('绩效'.repeat(1000), 100);
    expect(parts.every((p) => utf8Length(p) <= 100)).toBe(true);
    expect(parts.join('')).toBe('绩效'.repeat(1000));
  });
});

describe('renderMarkdown', () => {
  it('escapes markup in data, draws tables when the platform can', () => {
    const md = renderMarkdown(breakdown, { tables: true });
    expect(md).toContain('### 某某项目\\*2023\\*');
    expect(md).toContain('| 指标 | 得分 |');
    expect(md).toContain('- 【错误】预算执行率填写有误');
    expect(renderMarkdown(breakdown)).toContain('- 指标：产出；得分：40');
    expect(renderMarkdown(breakdown, { escape: (t) => t })).toContain('### 某某项目*2023*');
  });

  it('keeps DingTalk-sized parts under 20000 bytes', () => {
    const text = Array.from({ length: 3000 }, (_, i) => `第${i}行说明文字`).join('\n');
    const parts = renderMarkdownParts({ text }, { maxChars: 20000, maxBytes: 20000 });
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) expect(utf8Length(p)).toBeLessThanOrEqual(20000);
  });
});
