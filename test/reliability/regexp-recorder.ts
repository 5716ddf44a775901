// In a worker started with workerData.recordRegExps, records every RegExp built with the
// constructor by engine code (new RegExp(`…${x}…`) patterns, profile and pack patterns), so
// the regex suite can test the patterns the engine really builds, not only its literals.
// Must be imported before the engine.
import { workerData } from 'node:worker_threads';

export interface BuiltRegExp {
  source: string;
  flags: string;
  /** First engine file and line in the constructing stack. */
  site: string;
}

export const built: BuiltRegExp[] = [];

const ENGINE = /[/\\]server[/\\]src[/\\]engine[/\\](.+?):(\d+):\d+/;

if ((workerData as { recordRegExps?: boolean } | null)?.recordRegExps) {
  const Original = RegExp;
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args: [string | RegExp, string?], newTarget) {
      const re = Reflect.construct(target, args, newTarget) as RegExp;
      const site = ENGINE.exec(new Error().stack ?? '');
      if (site) built.push({ source: re.source, flags: re.flags, site: `${site[1]}:${site[2]}` });
      return re;
    },
  });
}
