// The package version, inlined by the bundler (scripts/build.mjs); 'dev' when run from source.
declare const __REPORT_LINT_VERSION__: string | undefined;

export const version: string = typeof __REPORT_LINT_VERSION__ === 'string' ? __REPORT_LINT_VERSION__ : 'dev';
