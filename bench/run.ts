/**
 * Runs every bench/*.bench.ts in its own process (so peak memory is that bench's alone) and prints its figures.
 * `npm run bench` runs all; `npm run bench -- text pdf` runs the files whose names contain those words.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

async function runOne(file: string): Promise<void> {
  const mod = (await import(pathToFileURL(join(here, file)).href)) as {
    default: () => Promise<Record<string, string | number>>;
  };
  const figures = await mod.default();
  const peakMiB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ ...figures, 'peak RSS MiB': Math.round(peakMiB) })}\n`);
}

async function main(): Promise<void> {
  const [mode, file] = process.argv.slice(2);
  if (mode === '--one' && file) return runOne(file);
  const filters = process.argv.slice(2);
  const files = readdirSync(here)
    .filter((f) => f.endsWith('.bench.ts'))
    .filter((f) => filters.length === 0 || filters.some((w) => f.includes(w)))
    .sort();
  for (const f of files) {
    const started = Date.now();
    try {
      const out = execFileSync(process.execPath, ['--import', 'tsx', join(here, 'run.ts'), '--one', f], {
        encoding: 'utf8',
        env: { ...process.env, LOG_LEVEL: 'silent' },
        stdio: ['ignore', 'pipe', 'inherit'],
        maxBuffer: 16 * 1024 * 1024,
      });
      const figures = JSON.parse(out.trim().split('\n').at(-1) ?? '{}') as Record<string, string | number>;
      process.stdout.write(`\n${f} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`);
      for (const [k, v] of Object.entries(figures)) process.stdout.write(`  ${k.padEnd(40)} ${v}\n`);
    } catch (err) {
      process.exitCode = 1;
      process.stdout.write(`\n${f}: FAILED ${(err as Error).message.split('\n')[0]}\n`);
    }
  }
}

await main();
