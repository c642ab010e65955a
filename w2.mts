import { whetherThenWhich } from './src/query/whether-then-which.ts';
import { withoutExceptionsAsked } from './src/query/exceptions-asked.ts';
import { withoutCourtesy } from './src/query/courtesy.ts';
import { plainWrittenRequest } from './src/query/written-register.ts';
import { plainReportSentences } from './src/query/report-sentences.ts';
for (const q of process.argv.slice(2)) { const a = plainReportSentences(q); const b = plainWrittenRequest(a); const c = withoutCourtesy(b); const d = withoutExceptionsAsked(c); const e = whetherThenWhich(d); console.log(JSON.stringify([a,b,c,d,e])); }
