/** `jixiao <command>`: check forms from the shell, serve the bot, plan reminders. */

const USAGE = `用法 / usage:
  jixiao check FILE… [--json]   检查自评表（.docx .xlsx .pdf .txt；- 表示从标准输入读取文本）
  jixiao chat [--data-dir DIR] [--user ID] [--admin] [--json]
                                 在终端里和机器人对话（每行一条消息，/upload 路径 上传文件）
  jixiao serve                   启动网页聊天和已配置的聊天渠道
  jixiao remind --dry-run        列出截止日期和将要发送的提醒（何时、发给谁）
  jixiao help                    显示本帮助`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'check': {
      const { runCheck } = await import('./check.ts');
      return runCheck(rest);
    }
    case 'chat': {
      const { runChat } = await import('./chat.ts');
      return runChat(rest);
    }
    case 'serve': {
      const { runServe } = await import('../server/serve.ts');
      await runServe();
      return 0;
    }
    case 'remind': {
      const { runRemind } = await import('../remind/cli.ts');
      return runRemind(rest);
    }
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(`${USAGE}\n`);
      return command === undefined ? 1 : 0;
    default:
      process.stderr.write(`未知命令：${command}\n${USAGE}\n`);
      return 2;
  }
}

// `jixiao check … | head` closes stdout early: that is the reader's choice, not an error.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(0);
  throw err;
});
// Set before any module creates the root logger: stdout belongs to the command's output.
process.env.JIXIAO_LOG_STDERR = '1';
if (['check', 'remind', 'chat'].includes(process.argv[2] ?? '')) process.env.LOG_LEVEL ??= 'warn';
process.exitCode = await main(process.argv.slice(2));
