import { plainWrittenRequest } from '../../src/query/written-register.ts';
for (const q of process.argv.slice(2)) console.log(q, '→', plainWrittenRequest(q));
