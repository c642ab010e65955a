import { withoutCourtesy } from '../../src/query/courtesy.ts';
for (const q of process.argv.slice(2)) console.log(JSON.stringify(q), '→', JSON.stringify(withoutCourtesy(q)));
