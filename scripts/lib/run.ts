// How every command ends: the exit code `main` returns, or a message and exit 1 when it
// throws (2 for options node's parseArgs cannot read).

/** Runs a command's `main` and exits with its code; `message` may word known failures. */
export function runMain(main: () => Promise<number>, opts: { stack?: boolean; message?: (err: unknown) => string | undefined } = {}): void {
  main().then(
    (code) => process.exit(code),
    (err: unknown) => {
      const worded = opts.message?.(err);
      const text = worded ?? (err instanceof Error ? (opts.stack ? (err.stack ?? err.message) : err.message) : String(err));
      process.stderr.write(`${text}\n`);
      process.exit(String((err as { code?: unknown })?.code ?? '').startsWith('ERR_PARSE_ARGS') ? 2 : 1);
    },
  );
}
