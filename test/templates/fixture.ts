/**
 * The Sichuan 2023 .xlsx the browser test uploads (test/fixtures/templates/sichuan-2023.xlsx, expected record in
 * sichuan-2023.json beside it): one generated form, fully filled (scores, a budget row below 100 %, a partial
 * indicator score). Rewrite both with `npx tsx test/templates/write-fixture.ts`.
 */
import { resolve } from 'node:path';
import { buildForm } from './build.ts';
import { makeContent, makeOffice } from './content.ts';
import { sichuan2023 } from './descriptions/sichuan-2023.ts';
import type { Example } from './examples.ts';
import { Rng } from './rng.ts';

export const FIXTURE_SEED = 900319;
export const FIXTURE_DIR = resolve(import.meta.dirname, '../fixtures/templates');

export function sichuanFixture(seed = FIXTURE_SEED): Example {
  const rng = new Rng(seed);
  const layout = sichuan2023.layout({
    variant: 0,
    flags: { a: false, b: rng.chance(0.5), c: rng.chance(0.5) },
  });
  const office = makeOffice(rng, 'dev', sichuan2023.needs.regions);
  const built = buildForm(layout, makeContent(rng, 'dev', sichuan2023.needs, office), rng);
  return {
    id: `sichuan-2023-fixture-${seed}`,
    template: 'sichuan-2023',
    format: 'xlsx',
    variant: 'stacked',
    part: 'dev',
    seed,
    printed: [built.printed],
    expected: [built.expected],
    name: 'sichuan-2023.xlsx',
    landscape: true,
  };
}
