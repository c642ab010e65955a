import { describe, expect, it } from 'vitest';
import { phoneShapeOk } from '../../src/score/validate-header.ts';
import { findOne, withEdit } from './fixtures.ts';

describe('phone validator', () => {
  it.each([
    ['13812345678', true],
    ['138-1234-5678', true],
    ['010-67270395', true],
    ['(010)67270395', true],
    ['67270395', true],
    ['0812-3334567', true],
    ['67270395转123', true],
    ['695468784', false],
    ['1381234567', false],
    ['12345', false],
  ])('%s shape ok: %s', (phone, ok) => {
    expect(phoneShapeOk(phone)).toBe(ok);
  });

  it.each([
    ['672703090', 'shape'],
    ['67270330、67270347', 'twoNumbers'],
    ['13812345678 13912345678', 'twoNumbers'],
    ['010 67270395', null],
    ['67270395', null],
    ['', null],
    [null, null],
  ])('phone %s → %s', (phone, detail) => {
    const f = findOne(
      withEdit((r) => (r.phone = phone)),
      'PHONE_FORMAT',
    );
    expect(f?.detail ?? null).toBe(detail);
  });
});
