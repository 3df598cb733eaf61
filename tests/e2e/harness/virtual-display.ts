// A virtual X display for the tests that need a real, not headless, browser: keyboard shortcuts reach extension
// commands only through the browser's own window (the stack notes: not in headless mode), and only a real window has
// a toolbar to photograph. Keys are real X key events (xdotool, XTEST), screenshots ImageMagick's `import`.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { IMPORT, XDOTOOL, XVFB } from './browser-paths';

const run = promisify(execFile);

export interface VirtualDisplay {
  /** ":N", as DISPLAY takes it. */
  display: string;
  /** The environment to start a browser with on this display. */
  env: NodeJS.ProcessEnv;
  /** Gives the keyboard focus to the visible window whose class matches (the browser's only window). */
  focusWindow(windowClass: string): Promise<void>;
  /** Presses a shortcut as the manifest writes it ("Alt+Shift+V"): modifiers down, the key, modifiers up. */
  pressShortcut(shortcut: string): Promise<void>;
  /** The whole screen as a PNG file; `crop` as ImageMagick's WxH+X+Y. */
  screenshot(file: string, crop?: string): Promise<string>;
  stop(): Promise<void>;
}

const MODIFIERS: Record<string, string> = { alt: 'alt', shift: 'shift', ctrl: 'ctrl', command: 'super', macctrl: 'ctrl' };

/** "Alt+Shift+V" → xdotool's keydown/key/keyup sequence. */
export function shortcutToXdotool(shortcut: string): string[] {
  const parts = shortcut.split('+').map((p) => p.trim().toLowerCase());
  const key = parts.pop();
  if (!key) throw new Error(`pressShortcut: "${shortcut}" names no key`);
  const modifiers = parts.map((p) => {
    const m = MODIFIERS[p];
    if (!m) throw new Error(`pressShortcut: "${p}" in "${shortcut}" is no modifier xdotool knows`);
    return m;
  });
  return [...modifiers.flatMap((m) => ['keydown', m]), 'key', key, ...modifiers.reverse().flatMap((m) => ['keyup', m])];
}

export async function startVirtualDisplay(width = 1280, height = 800): Promise<VirtualDisplay> {
  // -displayfd: Xvfb picks a free display itself and writes its number to that descriptor once it accepts
  // clients, so there is neither a guessed number nor a wait for a socket to appear.
  const xvfb: ChildProcess = spawn(XVFB.path, ['-displayfd', '3', '-screen', '0', `${width}x${height}x24`, '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  xvfb.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const number = await new Promise<string>((resolve, reject) => {
    let out = '';
    const fd3 = xvfb.stdio[3] as NodeJS.ReadableStream;
    fd3.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve(out.trim());
    });
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it opened a display: ${stderr.trim()}`)));
    xvfb.once('error', reject);
  });
  const display = `:${number}`;
  const env = { ...process.env, DISPLAY: display };
  const x = (tool: string, args: string[]) => run(tool, args, { env });
  return {
    display,
    env,
    async focusWindow(windowClass) {
      const { stdout } = await x(XDOTOOL.path, ['search', '--onlyvisible', '--class', windowClass]);
      const windows = stdout.trim().split('\n').filter(Boolean);
      if (windows.length === 0) throw new Error(`focusWindow: no visible window of class ${windowClass} on ${display}`);
      // The last one found is the top-level browser window (child windows come first).
      await x(XDOTOOL.path, ['windowfocus', '--sync', windows[windows.length - 1]!]);
    },
    async pressShortcut(shortcut) {
      await x(XDOTOOL.path, shortcutToXdotool(shortcut));
    },
    async screenshot(file, crop) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      await x(IMPORT.path, ['-window', 'root', ...(crop ? ['-crop', crop, '+repage'] : []), file]);
      return file;
    },
    async stop() {
      if (xvfb.exitCode !== null) return;
      const exited = new Promise((resolve) => xvfb.once('exit', resolve));
      xvfb.kill('SIGTERM');
      await exited;
    },
  };
}
