import { pinyinFieldWords } from '../src/query/pinyin-fields.ts';
const ws = 'rmb cny yuan wan kuai usd total budget sum avg per vs km the and excel qnys jys zxs zxl ysz jy ys zx jyl jyz zxe ysze zfb'.split(' ');
console.log(ws.map((w) => `${w}:${pinyinFieldWords(w)}`).join(' '));
