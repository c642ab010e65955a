/** Writes test/fixtures/templates/sichuan-2023.xlsx and its expected record: `npx tsx test/templates/write-fixture.ts`. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderExample } from './examples.ts';
import { FIXTURE_DIR, sichuanFixture } from './fixture.ts';

const example = sichuanFixture();
mkdirSync(FIXTURE_DIR, { recursive: true });
writeFileSync(join(FIXTURE_DIR, 'sichuan-2023.xlsx'), await renderExample(example));
writeFileSync(join(FIXTURE_DIR, 'sichuan-2023.json'), `${JSON.stringify(example.expected[0], null, 2)}\n`);
process.stdout.write(`wrote ${FIXTURE_DIR}/sichuan-2023.xlsx and .json (seed ${example.seed})\n`);
