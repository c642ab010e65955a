import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/errors.ts';
import { readTextForms } from '../../src/ingest/text.ts';
import { fixturePath } from '../helpers/corpus.ts';

function noFormCode(read: () => unknown): string | undefined {
  try {
    read();
  } catch (err) {
    if (err instanceof AppError) return err.code;
    throw err;
  }
  return undefined;
}

/** A tiny deterministic generator, so the garbage is the same on every run. */
function garbage(length: number, seed: number): string {
  let x = seed;
  const chars: string[] = [];
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    const pick = x % 7;
    chars.push(pick === 0 ? '\n' : pick === 1 ? '\t' : String.fromCharCode(x % 0xd000));
  }
  return chars.join('');
}

const T = '\t';

describe('readTextForms robustness', () => {
  it('throws NO_FORM_FOUND with a Chinese message for empty text and text without a form', () => {
    expect(noFormCode(() => readTextForms(''))).toBe('NO_FORM_FOUND');
    expect(noFormCode(() => readTextForms('你好，请帮我看看这个项目的绩效自评。'))).toBe('NO_FORM_FOUND');
    expect(noFormCode(() => readTextForms(`${T}你好\n${T}a\n${T}b\n${T}c\n${T}d\n${T}e`))).toBe(
      'NO_FORM_FOUND',
    );
    try {
      readTextForms('');
    } catch (err) {
      expect((err as AppError).userMessage).toMatch(/项目支出绩效自评表/);
    }
  });

  it('survives binary garbage and long runs of one character', () => {
    for (const text of [
      garbage(200_000, 7),
      '%'.repeat(200_000),
      `${T}${':'.repeat(100_000)}x\n`.repeat(6),
      ' '.repeat(300_000),
    ]) {
      const code = noFormCode(() => readTextForms(text));
      expect(code === undefined || code === 'NO_FORM_FOUND').toBe(true);
    }
  });

  it('reads a form cut in half as a partial record with notes', () => {
    const text = readFileSync(fixturePath('text', '000_ef0035a2046f2b5a.txt'), 'utf8');
    const cut = text.split('\n').slice(0, 120).join('\n');
    const { layout, forms } = readTextForms(cut, 'cut.txt');
    expect(layout).toBe('word-text');
    expect(forms).toHaveLength(1);
    const form = forms[0];
    expect(form?.record.projectName).toBe('统计所经费');
    expect(form?.record.funds.total.executed.value).toBe(10);
    expect(form?.record.indicators.length).toBeGreaterThan(0);
    expect(form?.record.totalScore).toBeNull();
    expect(form?.notes.join('')).toContain('总分');
  });

  it('dispatches by layout: TAB-led cells are word-text, other text pdf-text', () => {
    expect(readTextForms(readFileSync(fixturePath('text', '004_76a79c8772463e2e.txt'), 'utf8')).layout).toBe(
      'word-text',
    );
    const pdfText = readTextForms(readFileSync(fixturePath('text', '003_fc7b94ab37bcfae9.txt'), 'utf8'));
    expect(pdfText.layout).toBe('pdf-text');
    expect(pdfText.forms.length).toBe(6);
  });

  it('reads 10 MB of repeated forms without hanging', () => {
    const text = readFileSync(fixturePath('text', '000_ef0035a2046f2b5a.txt'), 'utf8');
    const copies = Math.ceil((10 * 1024 * 1024) / Buffer.byteLength(text));
    const { forms } = readTextForms(Array(copies).fill(text).join('\n\n\n'));
    expect(forms).toHaveLength(22 * copies);
    expect(forms.at(-1)?.record.totalWeight).toBe(100);
  });
});
