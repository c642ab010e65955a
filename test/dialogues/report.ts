/** `npx tsx test/dialogues/report.ts [id,…]`: runs the dialogues and prints how many pass, with each failure's transcript. */
import { DIALOGUES } from './cases.ts';
import { runDialogues } from './run.ts';

const only = process.argv[2]?.split(',');
const chosen = only ? DIALOGUES.filter((d) => only.includes(d.id)) : DIALOGUES;
const results = await runDialogues(chosen);
for (const r of results) {
  if (r.failures.length === 0 && !only) continue;
  process.stdout.write(
    `## ${r.id} ${r.failures.length ? 'FAIL' : 'ok'}\n${r.failures.map((f) => `- ${f}`).join('\n')}\n${r.transcript}\n\n`,
  );
}
const passed = results.filter((r) => r.failures.length === 0).length;
process.stdout.write(`${passed}/${results.length} dialogues pass\n`);
