// A private X display for headful Firefox: Xvfb picks a free display number itself (-displayfd),
// so tests never collide with another Xvfb on the machine. Headful, because the real shortcut
// (xdotool key alt+shift+m) only reaches Firefox's commands through a real window; WebDriver BiDi
// key presses go to the page and never reach browser commands.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface Display {
  /** e.g. ":99" */
  name: string;
  /** Presses keys on this display as a user would (xdotool syntax: "alt+shift+m", "Return"). */
  key: (...keys: string[]) => Promise<void>;
  /** Visible top-level windows of `className` (xdotool's --classname, a regular expression) with their sizes. */
  windows: (className: string) => Promise<{ id: string; width: number; height: number }[]>;
  stop: () => Promise<void>;
}

export async function startDisplay(): Promise<Display> {
  const xvfb: ChildProcess = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x900x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  const name = await new Promise<string>((resolve, reject) => {
    let out = '';
    let errors = '';
    const timer = setTimeout(() => reject(new Error(`Xvfb did not start: ${errors}`)), 20_000);
    xvfb.stderr!.on('data', (chunk) => (errors += chunk));
    xvfb.stdio[3]!.on('data', (chunk) => {
      out += chunk;
      if (out.includes('\n')) {
        clearTimeout(timer);
        resolve(`:${out.trim()}`);
      }
    });
    xvfb.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Xvfb exited (${code}): ${errors}`));
    });
  });
  return {
    name,
    key: async (...keys) => {
      await run('xdotool', ['key', '--delay', '50', ...keys], { env: { ...process.env, DISPLAY: name } });
    },
    windows: async (className) => {
      const env = { ...process.env, DISPLAY: name };
      const { stdout } = await run('xdotool', ['search', '--onlyvisible', '--classname', className], { env }).catch(() => ({ stdout: '' }));
      const found = [];
      for (const id of stdout.split('\n').filter(Boolean)) {
        const geometry = await run('xdotool', ['getwindowgeometry', id], { env }).catch(() => ({ stdout: '' }));
        const size = /Geometry: (\d+)x(\d+)/.exec(geometry.stdout);
        if (size) found.push({ id, width: Number(size[1]), height: Number(size[2]) });
      }
      return found;
    },
    stop: async () => {
      if (xvfb.exitCode !== null) return;
      const exited = new Promise((r) => xvfb.once('exit', r));
      xvfb.kill('SIGTERM');
      await exited;
    },
  };
}
