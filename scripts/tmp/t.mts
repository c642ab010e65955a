import { tokenize } from '../../src/query/tokens.ts';
for (const q of process.argv.slice(2)) console.log(q, JSON.stringify(tokenize(q).map((s) => [s.text, s.tokens.map((t: any) => t.k + (t.id ? ':' + t.id : '') + (t.c ? ':' + t.c : '')).join('/')])));
