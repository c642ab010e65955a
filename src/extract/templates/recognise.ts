import { type Mark, TEMPLATE_DESCRIPTIONS, type TemplateDescription } from './descriptions.ts';

/** The template a form was recognised as, or `unknown` when no description scores enough. */
export interface Recognition {
  id: string;
  /** Chinese name for the reply; undefined for `unknown`. */
  name?: string;
  score: number;
}

function marked(keys: ReadonlySet<string>, list: readonly string[], mark: Mark): boolean {
  switch (mark.match ?? 'exact') {
    case 'exact':
      return keys.has(mark.label);
    case 'start':
      return list.some((k) => k.startsWith(mark.label));
    case 'part':
      return list.some((k) => k.includes(mark.label));
  }
}

function scoreOf(
  description: TemplateDescription,
  keys: ReadonlySet<string>,
  list: readonly string[],
): number {
  let score = 0;
  for (const mark of description.marks) if (marked(keys, list, mark)) score += mark.weight;
  return score;
}

/**
 * Which template the form's labels speak for: the description with the highest score at or above its
 * `minScore` (a tie goes to the earlier description, the 财政部 2020 one first); `unknown` otherwise.
 * `keys` are the label keys of every cell of the form, title lines included.
 */
export function recogniseTemplate(keys: Iterable<string>): Recognition {
  const set = new Set<string>();
  for (const key of keys) if (key !== '' && key.length <= 60) set.add(key);
  const list = [...set];
  let best: Recognition = { id: 'unknown', score: 0 };
  for (const description of TEMPLATE_DESCRIPTIONS) {
    const score = scoreOf(description, set, list);
    if (score >= description.minScore && score > best.score)
      best = { id: description.id, name: description.name, score };
  }
  return best;
}
