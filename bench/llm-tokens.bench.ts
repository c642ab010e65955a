/**
 * Token economy of the LLM path over the text corpus, counted with a real tokenizer (gpt-tokenizer, o200k_base)
 * on the prompts jixiao builds: how many forms the LLM would be called for, and how many prompt tokens it would
 * be sent, against sending every whole form. The schema is counted too (it travels in response_format or in the
 * prompt). No model is called.
 */
import { readFileSync } from 'node:fs';
import { encode } from 'gpt-tokenizer';
import { z } from 'zod';
import { GAP_KEYS } from '../src/extract/gaps.ts';
import { renderEntries } from '../src/extract/ground.ts';
import { buildGapPrompt, type GapPrompt, planForForm } from '../src/extract/llm-extract.ts';
import { readTextForms } from '../src/ingest/text.ts';
import { corpusPath, hasCorpus, textFiles } from '../test/helpers/corpus.ts';
import { forget } from '../test/llm/forms.ts';

/** Fields a mapping might lose, one per form in turn, for the "partial request" figure. */
const LOSABLE = ['phone', 'funds.total', 'totalScore', 'implementingUnit', 'goals.actual', 'owner'] as const;

function tokens(prompt: GapPrompt): number {
  const { system, user, schema } = prompt.request;
  return encode(system).length + encode(user).length + encode(JSON.stringify(z.toJSONSchema(schema))).length;
}

export default async function bench(): Promise<Record<string, string | number>> {
  if (!hasCorpus) return { skipped: 'no corpus' };
  let forms = 0;
  let sent = 0;
  let sentTokens = 0;
  let wholeTokens = 0;
  let wholeFormRequests = 0;
  const asked: Record<string, number> = {};
  let lostTokens = 0;
  let lostWholeTokens = 0;
  for (const file of textFiles()) {
    const read = readTextForms(readFileSync(corpusPath('text', file), 'utf8'), file);
    for (const [i, form] of read.forms.entries()) {
      forms++;
      const { report, prompt } = planForForm(form, `${file}#${i}`);
      const whole = tokens(buildGapPrompt(GAP_KEYS, renderEntries(report.entries)));
      wholeTokens += whole;
      // Simulated: had the mapping lost one field of this form, what would its request cost?
      const lost = planForForm(forget(form, LOSABLE[forms % LOSABLE.length] ?? 'phone')).prompt;
      if (lost) {
        lostTokens += tokens(lost);
        lostWholeTokens += whole;
      }
      if (!prompt) continue;
      sent++;
      sentTokens += tokens(prompt);
      if (report.wholeForm) wholeFormRequests++;
      for (const key of prompt.keys) asked[key] = (asked[key] ?? 0) + 1;
    }
  }
  const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)} %`;
  return {
    'text-corpus forms': forms,
    'forms sent to the LLM': sent,
    'forms sent (share, goal < 20 %)': pct(sent, forms),
    'whole-form requests': wholeFormRequests,
    'prompt tokens sent (o200k)': sentTokens,
    'prompt tokens, every whole form (o200k)': wholeTokens,
    'tokens sent (share, goal < 25 %)': pct(sentTokens, wholeTokens),
    'mean tokens per whole-form prompt': Math.round(wholeTokens / Math.max(forms, 1)),
    'simulated 1 lost field: tokens/whole': pct(lostTokens, lostWholeTokens),
    'fields asked':
      Object.entries(asked)
        .map(([k, n]) => `${k}:${n}`)
        .join(' ') || '(none)',
  };
}
