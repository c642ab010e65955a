import { splitAsks } from './src/query/multi-ask.ts';
for (const q of process.argv.slice(2)) console.log(JSON.stringify(splitAsks(q)));
