import { tokenize, normalise } from './src/query/tokens.ts';
for (const q of process.argv.slice(2)) console.log(JSON.stringify(tokenize(normalise(q), [], 2025).map((s: any) => [s.text, s.corrected, s.tokens?.map((t:any)=>t.k+':'+(t.id??t.fn??''))])).slice(0, 800));
