/** `--name value` flags for the bench scripts; no dependency for a dozen lines. */
export function flag(args: string[], name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
}

/** Workers print their result as one line with this prefix; anything else on stdout is noise. */
export const RESULT_PREFIX = 'BENCH-RESULT ';

export function emitResult(value: unknown): void {
  process.stdout.write(`${RESULT_PREFIX}${JSON.stringify(value)}\n`);
}

export function peakRssMB(): number {
  // maxRSS is in kilobytes.
  return process.resourceUsage().maxRSS / 1024;
}
