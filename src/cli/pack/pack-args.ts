// The pack command's arguments: positional inputs (recognised later by what they are) and options.
// A bad argument is a UsageError naming it.

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export interface PackOptions {
  inputs: string[];
  out: string;
  since: string | null;
  until: string | null;
  /** Primary language tags to keep; empty keeps all. */
  languages: string[];
  respectRobots: boolean;
  timeoutMs: number;
  /** Requests at once to one host. */
  perHost: number;
  description: string | null;
}

export const USAGE = `usage: parallax-pack INPUT… --out PACK.json [--since YYYY-MM-DD] [--until YYYY-MM-DD] [--lang de,en]
                     [--timeout SECONDS] [--per-host N] [--ignore-robots] [--description TEXT]

INPUT is recognised by what it is:
  https://…/feed.xml      an RSS or Atom feed: its articles are fetched
  https://…/article       an article page
  feed.xml                an RSS or Atom feed saved as a file
  saved-pages/            a folder of .html, .htm and .txt files ("Save page as…" output too)
  crawl.warc(.gz)         a web archive (ArchiveWeb.page, Webrecorder, Browsertrix, wget --warc-file)
  list.txt                addresses of feeds or articles, one a line, each optionally followed by an outlet name

--out names the pack to create or extend; running again adds only what is new.`;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function checkedDate(flag: string, value: string): string {
  const day = DATE.test(value) ? new Date(`${value}T00:00:00Z`) : null;
  if (!day || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== value) {
    throw new UsageError(`${flag} "${value}" is not a date as YYYY-MM-DD (e.g. 2025-02-12)`);
  }
  return value;
}

function positiveNumber(flag: string, value: string, max: number): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || n > max) throw new UsageError(`${flag} "${value}" is not a number between 0 and ${max}`);
  return n;
}

export function parsePackArgs(argv: string[]): PackOptions {
  const options: PackOptions = {
    inputs: [],
    out: '',
    since: null,
    until: null,
    languages: [],
    respectRobots: true,
    timeoutMs: 20_000,
    perHost: 2,
    description: null,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || (inline === undefined && v.startsWith('--'))) throw new UsageError(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--out': options.out = value(); break;
      case '--since': options.since = checkedDate(flag, value()); break;
      case '--until': options.until = checkedDate(flag, value()); break;
      case '--lang':
        options.languages = value().split(',').map((l) => l.trim().toLowerCase()).filter(Boolean);
        if (options.languages.some((l) => !/^[a-z]{2,3}$/.test(l))) throw new UsageError(`--lang takes language codes such as de,en`);
        break;
      case '--timeout': options.timeoutMs = positiveNumber(flag, value(), 600) * 1000; break;
      case '--per-host': options.perHost = Math.floor(positiveNumber(flag, value(), 4)); break;
      case '--ignore-robots': options.respectRobots = false; break;
      case '--description': options.description = value(); break;
      case '--help': case '-h': throw new UsageError(USAGE);
      default:
        if (arg.startsWith('--')) throw new UsageError(`unknown option ${flag}\n${USAGE}`);
        options.inputs.push(arg);
    }
  }
  if (!options.out) throw new UsageError(`--out is missing: name the pack to create or extend\n${USAGE}`);
  if (options.inputs.length === 0) throw new UsageError(`no input given\n${USAGE}`);
  if (options.since && options.until && options.since > options.until) throw new UsageError(`--since ${options.since} is after --until ${options.until}`);
  return options;
}
