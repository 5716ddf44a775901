// Fuzzing the config loader (issue 16): arbitrary JSON-with-comments, prototype keys anywhere,
// deep nesting behind every line ending, random `extends` graphs. The loader must never throw,
// and must read each file at most once per load and at most MAX_CONFIG_FILES files: counted
// reads, never time.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { loadConfigFile } from '../../server/src/config';
import type { ConfigReader } from '../../server/src/config/types';
import { MAX_CONFIG_FILES, MAX_EXTENDS_DEPTH } from '../../server/src/config/layer';
import { analyze } from '../../server/src/engine';

const seed = Number(process.env.FUZZ_SEED ?? 16);
const runs = (n: number) => Math.max(1, Math.round(n * Number(process.env.FUZZ_RUNS ?? 1)));

const PROTO_KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', '__defineGetter__'];
const EOLS = ['\n', '\r', '\r\n', '\u2028', '\u2029'];

/** A reader over an in-memory folder that counts reads per path. */
function memoryReader(files: Record<string, string>): { read: ConfigReader; reads: Map<string, number> } {
  const reads = new Map<string, number>();
  const read: ConfigReader = (path) => {
    reads.set(path, (reads.get(path) ?? 0) + 1);
    return Object.prototype.hasOwnProperty.call(files, path) ? files[path] : null;
  };
  return { read, reads };
}

/** Loads, checks the invariants, and runs the engine with the result (it must not throw either). */
function loadAndCheck(files: Record<string, string>, entry = '/ws/.reportlintrc.json'): void {
  const { read, reads } = memoryReader(files);
  const loaded = loadConfigFile(entry, read);
  for (const [path, n] of reads) assert.ok(n <= 1, `${path} read ${n} times`);
  assert.ok(loaded.files.length <= MAX_CONFIG_FILES, `${loaded.files.length} files read`);
  for (const e of loaded.errors) {
    assert.ok(e.line >= 1 && e.column >= 1, JSON.stringify(e));
    assert.equal(typeof e.message, 'string');
  }
  analyze('# 述法报告\n\n一、履职情况\n\n办理**件，抗牢责任。\n', { config: loaded.config });
}

const jsonPiece = fc.constantFrom(
  '{', '}', '[', ']', ':', ',', '"', '\\', '//', '/*', '*/', ' ', '\t', ...EOLS,
  '"rules"', '"sections"', '"profiles"', '"terms"', '"allow"', '"packs"', '"extends"', '"profile"',
  ...PROTO_KEYS.map((k) => `"${k}"`), '"off"', '"shufa"', '"(a+)+"', '"pattern"', '"wrong"', '"right"', 'true', 'null', '0', '1e999',
);

/** Any JSON value whose object keys are often prototype names. */
const protoJson = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, fc.string(), fc.integer(), fc.boolean(), fc.constant(null), tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 4 }),
  object: fc
    .array(fc.tuple(fc.oneof(fc.constantFrom(...PROTO_KEYS, 'rules', 'sections', 'shufa', 'terms', 'allow', 'name', 'headings'), fc.string()), tie('value')), { maxLength: 4 })
    .map((pairs) => {
      const o: Record<string, unknown> = Object.create(null);
      for (const [k, v] of pairs) Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
      return o;
    }),
})).value;

describe('config loader fuzz (hostile .reportlintrc.json)', () => {
  it('arbitrary JSON-with-comments token soup', () => {
    fc.assert(fc.property(fc.array(jsonPiece, { maxLength: 300 }), (pieces) => loadAndCheck({ '/ws/.reportlintrc.json': pieces.join('') })), { seed, numRuns: runs(400) });
  });

  it('prototype keys anywhere, in every section of the file', () => {
    const top = fc.record({ rules: protoJson, sections: protoJson, profiles: protoJson, terms: protoJson, allow: protoJson, extra: protoJson }, { requiredKeys: [] });
    fc.assert(
      fc.property(top, fc.constantFrom(...PROTO_KEYS), protoJson, (obj, key, value) => {
        const withKey = JSON.stringify(obj).replace(/^\{/, `{${JSON.stringify(key)}:${JSON.stringify(value) ?? 'null'},`).replace(/,\}$/, '}');
        loadAndCheck({ '/ws/.reportlintrc.json': withKey });
      }),
      { seed, numRuns: runs(300) },
    );
    // The shapes of the issue, exactly.
    loadAndCheck({ '/ws/.reportlintrc.json': '{"sections":{"constructor":[{"name":"x","headings":["^x"]}],"__proto__":[{"name":"y","headings":["^y"]}],"toString":[]}}' });
  });

  it('deep nesting behind every line ending, in strings and comments', () => {
    const opener = fc.constantFrom('[', '{"a":', '{"__proto__":');
    const hide = fc.constantFrom((eol: string) => `{"allow":["${eol}`, (eol: string) => `{//${eol}"allow":`, (eol: string) => `{/*${eol}*/"allow":`, () => '{"allow":');
    fc.assert(
      fc.property(hide, fc.constantFrom(...EOLS), opener, fc.integer({ min: 0, max: 5000 }), fc.boolean(), (prefix, eol, open, depth, close) => {
        const text = `${prefix(eol)}${open.repeat(depth)}${close ? ']'.repeat(depth) : ''}`;
        loadAndCheck({ '/ws/.reportlintrc.json': `{"rules":{"placeholder":"off"},"x":${text}}` });
      }),
      { seed, numRuns: runs(200) },
    );
  });

  it('random extends graphs: each file read once, a bounded number of files', () => {
    const graph = fc.integer({ min: 1, max: 150 }).chain((n) => fc.array(fc.array(fc.integer({ min: 0, max: n - 1 }), { maxLength: 4 }), { minLength: n, maxLength: n }));
    fc.assert(
      fc.property(graph, fc.boolean(), (edges, withPacks) => {
        const files: Record<string, string> = {};
        edges.forEach((to, i) => {
          const config: Record<string, unknown> = { extends: to.map((j) => `./c${j}.json`), rules: { numeral: i % 2 ? 'off' : 'info' } };
          if (withPacks) config.packs = [`./p${i % 7}.json`];
          files[`/ws/c${i}.json`] = JSON.stringify(config);
        });
        for (let k = 0; k < 7; k++) files[`/ws/p${k}.json`] = JSON.stringify({ terms: [{ wrong: `错${k}`, right: `对${k}` }] });
        loadAndCheck(files, '/ws/c0.json');
      }),
      { seed, numRuns: runs(200) },
    );
  });

  it('a diamond of 42 files, each extending the next twice: each file read once, stopped at the depth cap', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 42; i++) files[`/ws/d${i}.json`] = JSON.stringify(i < 41 ? { extends: [`./d${i + 1}.json`, `./d${i + 1}.json`] } : { rules: { numeral: 'off' } });
    const { read, reads } = memoryReader(files);
    const loaded = loadConfigFile('/ws/d0.json', read);
    assert.ok([...reads.values()].every((n) => n === 1));
    assert.equal(loaded.files.length, MAX_EXTENDS_DEPTH);
    assert.ok(loaded.errors.some((e) => /嵌套超过/.test(e.message)));
  });
});
