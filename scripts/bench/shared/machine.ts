// The machine line of the report: figures from a 2-core VM and a laptop are not comparable.
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg, release, totalmem } from 'node:os';

export interface Machine {
  cpu: string;
  cores: number;
  ramGiB: number;
  os: string;
  chromium: string;
  node: string;
  /** 1-minute load average when the run started: other work on the machine slows every figure. */
  loadAverage: number;
}

function osName(): string {
  const file = '/etc/os-release';
  const pretty = existsSync(file) ? /^PRETTY_NAME="?([^"\n]*)"?/m.exec(readFileSync(file, 'utf8'))?.[1] : undefined;
  return `${pretty ?? process.platform} (kernel ${release()})`;
}

/** The machine; `chromium` is filled in once the browser runs. */
export function describeMachine(): Machine {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    ramGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    os: osName(),
    chromium: 'not started',
    node: process.version,
    loadAverage: Math.round(loadavg()[0] * 100) / 100,
  };
}

export function machineLine(m: Machine): string {
  return `Machine: ${m.cpu} · ${m.cores} cores · ${m.ramGiB} GiB RAM · ${m.os} · Chromium ${m.chromium} · Node ${m.node} · load ${m.loadAverage}`;
}
