#!/usr/bin/env node
// Runs the TypeScript CLI from the checkout without a build step (tsx is a runtime dependency).
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
