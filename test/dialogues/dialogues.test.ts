import { describe, expect, it } from 'vitest';
import { DIALOGUES } from './cases.ts';
import { runDialogues } from './run.ts';

describe('dialogues through `jixiao chat --json`', () => {
  it(`${DIALOGUES.length} dialogues: the record changes only where the clerk gave a fitting value; every write is echoed with 撤销`, async () => {
    const results = await runDialogues(DIALOGUES);
    const failed = results.filter((r) => r.failures.length > 0);
    const report = failed
      .map((r) => `## ${r.id}\n${r.failures.map((f) => `- ${f}`).join('\n')}\n${r.transcript}`)
      .join('\n\n');
    expect(
      failed.map((r) => r.id),
      report,
    ).toEqual([]);
    expect(DIALOGUES.length).toBeGreaterThanOrEqual(45);
  }, 600_000);
});
