// Progress on stderr (the table and nothing else goes to stdout), with the time since the start.
const start = performance.now();

export function progress(message: string): void {
  process.stderr.write(`[bench ${((performance.now() - start) / 1000).toFixed(1).padStart(5)} s] ${message}\n`);
}
