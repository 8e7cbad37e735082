// Runs the city's command-line tool in-process for tests, collecting what it prints.
import { main, type Io } from '../ledger-cli-main';

/** The tool's exit code and everything it wrote to stdout and stderr. */
export async function runCli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) };
  const code = await main(argv, io);
  return { code, out, err };
}
