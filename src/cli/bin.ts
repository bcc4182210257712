// The executable npm links as `smuggling-evidence` (built to dist/cli.js). It runs `main`
// unconditionally: npm's bin link, `npx`, a global install or any symlink gives
// process.argv[1] another name, so the entry is never guessed from the file name.
import { main } from './main.js';

// `smuggling-evidence codebook | head` closes the pipe early: that is not an error.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
