import { splitAsks } from '../../src/query/multi-ask.ts';
for (const q of process.argv.slice(2)) console.log(q, JSON.stringify(splitAsks(q)));
