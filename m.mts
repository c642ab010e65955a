import { parseQuestion } from './src/query/parse.ts';
import { vocabularyOf } from './src/query/vocabulary.ts';
const V = vocabularyOf([
 { department: '甲街道办事处', implementingUnit: '甲街道办事处', projectName: '社区图书角', year: 2023 },
 { department: '乙街道办事处', implementingUnit: '乙街道办事处', projectName: '河道保洁资金', year: 2023 },
 { department: '丁街道办事处', implementingUnit: '丁街道办事处', projectName: '平安巡逻资金', year: 2023 },
 { department: '丁街道办事处', implementingUnit: '丁街道办事处', projectName: '法律顾问', year: 2023 }]);
for (const q of process.argv.slice(2)) { const p = parseQuestion(q, V, 2025); console.log(q, JSON.stringify({q: p.query, u: p.unplaced})); }
