/** `npm start` runs `tsx src/main.ts serve`: the long-running service. Other commands go to the CLI. */
import { AppError } from './errors.ts';
import { log } from './log.ts';

const [command = 'serve'] = process.argv.slice(2);
if (command === 'serve') {
  const { runServe } = await import('./server/serve.ts');
  await runServe().catch((err: unknown) => {
    log.fatal({ err }, `启动失败：${err instanceof AppError ? err.userMessage : String(err)}`);
    process.exit(1);
  });
} else {
  await import('./cli/main.ts');
}
