import * as P from '../../src/query/parse.ts';
