import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Prompts live in `prompts/<id>.v<n>.<lang>.md` (front matter `id`/`version`, `# system` and `# user` parts). */
export const PROMPT_DIR = resolve(import.meta.dirname, '../../prompts');

export interface Prompt {
  id: string;
  version: number;
  /** `extract-gaps@1`: recorded with every extraction. */
  tag: string;
  system: string;
  user: string;
}

const cache = new Map<string, Prompt>();

export function loadPrompt(file: string): Prompt {
  const cached = cache.get(file);
  if (cached) return cached;
  const text = readFileSync(resolve(PROMPT_DIR, file), 'utf8');
  const front = /^---\n([\s\S]*?)\n---\n/.exec(text);
  const meta = Object.fromEntries(
    (front?.[1] ?? '').split('\n').map((l) => l.split(':').map((p) => p.trim()) as [string, string]),
  );
  const body = text.slice(front?.[0].length ?? 0);
  const system = /^# system\n([\s\S]*?)^# user\n/m.exec(body)?.[1]?.trim();
  const user = /^# user\n([\s\S]*)$/m.exec(body)?.[1]?.trim();
  const version = Number(meta.version);
  if (!meta.id || !Number.isInteger(version) || !system || !user) {
    throw new Error(`prompt ${file}: needs front matter id/version and # system / # user parts`);
  }
  const prompt = { id: meta.id, version, tag: `${meta.id}@${version}`, system, user };
  cache.set(file, prompt);
  return prompt;
}

/** Fills `{{name}}` slots; a slot without a value is a programming error. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`prompt slot {{${name}}} has no value`);
    return value;
  });
}
