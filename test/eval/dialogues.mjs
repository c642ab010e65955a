// Dialogue part of the evaluation (filled in with the dialogue set).

const say = (s) => process.stdout.write(`${s}\n`);
export async function runDialogues() {
  say('dialogues: none yet');
  return null;
}
