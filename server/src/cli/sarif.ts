// --format sarif: the findings as a SARIF 2.1.0 log (OASIS), for CI systems and code-scanning
// dashboards. Columns are UTF-16 code units, as in the JSON output.
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Severity } from '../engine';
import type { JsonFix } from './fixes-data';
import type { JsonDiagnostic, JsonFileReport } from './format';

export interface SarifRuleInfo {
  id: string;
  description: string;
  defaultSeverity: Severity;
}

/** A finding's place in another file (compare: last year's report). */
export interface JsonRelated {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  message: string;
}

const level = (s: Severity): 'error' | 'warning' | 'note' => (s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'note');
/** A file's artifact location: relative to SRCROOT (the working folder), or an absolute file URL. */
function artifact(file: string): { uri: string; uriBaseId?: string } {
  if (isAbsolute(file)) return { uri: pathToFileURL(file).href };
  return { uri: file.split('\\').join('/').split('/').map(encodeURIComponent).join('/'), uriBaseId: 'SRCROOT' };
}

function region(d: { line: number; column: number; endLine: number; endColumn: number }) {
  return { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn };
}

/** A fix as SARIF 2.1.0 §3.55: one artifact change of replacements (an empty region inserts). */
function sarifFix(file: string, fix: JsonFix) {
  return {
    description: { text: fix.title },
    artifactChanges: [
      {
        artifactLocation: artifact(file),
        replacements: fix.edits.map((e) => ({ deletedRegion: region(e), ...(e.text !== '' ? { insertedContent: { text: e.text } } : {}) })),
      },
    ],
  };
}

export function toSarif(
  reports: readonly JsonFileReport[],
  rules: readonly SarifRuleInfo[],
  failures: readonly { file: string; reason: string }[],
  version: string,
  cwd = process.cwd(),
): object {
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results = reports.flatMap((r) =>
    r.diagnostics.map((d: JsonDiagnostic & { related?: JsonRelated[]; fixes?: JsonFix[] }) => ({
      ruleId: d.rule,
      ...(index.has(d.rule) ? { ruleIndex: index.get(d.rule) } : {}),
      level: level(d.severity),
      message: { text: d.message },
      locations: [{ physicalLocation: { artifactLocation: artifact(r.file), region: region(d) } }],
      ...(d.related && d.related.length > 0
        ? {
            relatedLocations: d.related.map((x, i) => ({
              id: i,
              message: { text: x.message },
              physicalLocation: { artifactLocation: artifact(x.file), region: region(x) },
            })),
          }
        : {}),
      ...(d.fixes && d.fixes.length > 0 ? { fixes: d.fixes.map((x) => sarifFix(r.file, x)) } : {}),
      properties: { severity: d.severity, profile: r.profile },
    })),
  );
  const base = pathToFileURL(cwd.endsWith('/') ? cwd : `${cwd}/`).href;
  return {
    $schema: 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'report-lint',
            version,
            semanticVersion: version,
            rules: rules.map((r) => ({
              id: r.id,
              shortDescription: { text: r.description },
              defaultConfiguration: { level: level(r.defaultSeverity) },
            })),
          },
        },
        originalUriBaseIds: { SRCROOT: { uri: base } },
        columnKind: 'utf16CodeUnits',
        invocations: [
          {
            executionSuccessful: failures.length === 0,
            toolExecutionNotifications: failures.map((f) => ({
              level: 'error',
              message: { text: f.reason },
              locations: [{ physicalLocation: { artifactLocation: artifact(f.file) } }],
            })),
          },
        ],
        artifacts: reports.map((r) => ({ location: artifact(r.file) })),
        results,
      },
    ],
  };
}
