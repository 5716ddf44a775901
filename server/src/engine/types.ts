// Public types of the pure engine. Everything here is plain data: the LSP layer, the CLI and
// the tests consume it without knowing how the rules work.

/** Half-open range of UTF-16 code-unit offsets into the analysed text (JS string indices). */
export interface Span {
  start: number;
  end: number;
}

/** Finding severities, most serious first: the one list every layer uses. */
export const SEVERITIES = ['error', 'warning', 'info', 'hint'] as const;
export type Severity = (typeof SEVERITIES)[number];
/** What a rule can be set to: a severity or 'off'. */
export const RULE_LEVELS = [...SEVERITIES, 'off'] as const;

/** A text edit in offsets: replace [start, end) with `text`. */
export interface TextEditData extends Span {
  text: string;
}

/** A fix the writer may choose; the engine never applies it by itself. */
export interface Fix {
  /** Title shown in the editor's quick-fix menu (Chinese). */
  title: string;
  edits: TextEditData[];
  /** True when applying it is certainly right (used for "fix all" in the CLI/editor). */
  preferred?: boolean;
}

export interface RelatedInfo {
  span: Span;
  message: string;
  /** The span is in the other report of a comparison (last year's), not in the analysed one. */
  other?: true;
}

export interface Finding {
  rule: string;
  severity: Severity;
  message: string;
  span: Span;
  fixes?: Fix[];
  related?: RelatedInfo[];
}

/** Per-rule setting: a severity, 'off', or an object with a severity and rule options. */
export type RuleSetting = Severity | 'off' | boolean | { severity?: Severity | 'off'; options?: Record<string, unknown> };

export interface EngineConfig {
  /** Force a profile id; otherwise front matter, then recognition, then 'generic'. */
  profile?: string;
  rules?: Record<string, RuleSetting>;
  /** Extra profiles (from config files); same shape as the built-in JSON profiles. */
  profiles?: ProfileData[];
  /**
   * How the text is written: 'markdown' (default) or 'text' (a .txt file, text pasted from
   * Word), where `*…*` and `_…_` are never emphasis.
   */
  format?: DocumentFormat;
}

export type DocumentFormat = 'markdown' | 'text';

export interface AnalysisResult {
  profile: { id: string; name: string; how: 'front-matter' | 'config' | 'recognised' | 'fallback' };
  findings: Finding[];
  document: ReportDocument;
  /** Rule failures (exceptions) caught by the engine; the other rules' findings still stand. */
  ruleErrors: { rule: string; error: string }[];
}

// ---------------------------------------------------------------------------------------------
// Document model

export type NumberStyle =
  | 'cn-comma' //    一、
  | 'cn-paren' //    （一）
  | 'arabic-dot' //  1.  1．
  | 'arabic-comma' // 1、
  | 'arabic-paren' // （1）
  | 'none'; //       Markdown heading without a number

export interface Heading {
  /** Numbering level per GB/T 9704: 1 = 一、, 2 = （一）, 3 = 1., 4 = （1）; 0 = unnumbered. */
  level: number;
  style: NumberStyle;
  /** The number value (一 → 1), or null when unnumbered. */
  number: number | null;
  /** Span of the number marker including its punctuation, e.g. "一、" or "（一）". */
  markerSpan: Span | null;
  /** Heading text without marker, Markdown '#'s and trailing whitespace. */
  text: string;
  textSpan: Span;
  /** The whole source line. */
  lineSpan: Span;
  /** 0-based line number. */
  line: number;
  /** Number of '#' for Markdown ATX headings, else null (plain heading pasted from Word). */
  markdownLevel: number | null;
  /** A numbered run-in heading: "（一）强化组织领导。正文……" — the title is the first sentence. */
  runIn: boolean;
}

export interface Ordinal {
  /** 一是 → 1 */
  value: number;
  text: string;
  span: Span;
}

export interface Paragraph {
  span: Span;
  /** 0-based line of the paragraph's first character. */
  line: number;
  /** Source text of the paragraph. */
  text: string;
  /** Run-in enumerations 一是…二是… in the paragraph. */
  ordinals: Ordinal[];
}

export interface Section {
  heading: Heading;
  /** From the heading line to the end of the section (before the next heading of the same or higher rank). */
  span: Span;
  children: Section[];
  /** Paragraphs directly in this section (not in child sections). */
  paragraphs: Paragraph[];
}

export interface FrontMatter {
  span: Span;
  data: Record<string, unknown>;
  profile?: string;
  year?: number;
  title?: string;
  /** YAML error, if the block did not parse. */
  error?: { message: string; line: number };
}

export interface ReportDocument {
  text: string;
  /**
   * The text with everything that is not prose (front matter, code, HTML comments, link
   * destinations, Markdown heading marks) blanked out by spaces; same length as `text`,
   * newlines kept, so offsets match. Rules scan this.
   */
  prose: string;
  frontMatter: FrontMatter | null;
  title: { text: string; span: Span; line: number } | null;
  /** The lead-in paragraph(s) before the first section. */
  leadIn: Paragraph[];
  /** Top-level sections (tree). */
  sections: Section[];
  /** All headings in document order. */
  headings: Heading[];
  /** All prose paragraphs (not headings) in document order. */
  paragraphs: Paragraph[];
  /** Start offset of each line. */
  lineStarts: number[];
  /** HTML comments outside code (where inline directives live). */
  comments: Span[];
}

// ---------------------------------------------------------------------------------------------
// Profiles (data, see server/src/engine/profiles/*.json)

export interface ProfilePart {
  id: string;
  name: string;
  required: boolean;
  /** Regular expressions (source strings) matched against a top-level heading's text. */
  headings: string[];
  /** Headings seen in real reports, quoted in messages. */
  examples: string[];
  /** Heading text used for the skeleton a fix inserts. */
  skeleton: string;
  /** Found at any heading level (e.g. the 第一责任人 item is often a （一） under item 1). */
  anyLevel?: boolean;
  /**
   * Regular expressions matched against the start of each paragraph: a part written without a
   * heading of its own (还存在一些不足…, 下一步，我们将…) is present by its content.
   */
  content?: string[];
  /**
   * The body of the report: present by its place, as the sections before the later mandated
   * parts (real work parts carry thematic headings: 一、强化领导责任…).
   */
  byPlace?: boolean;
  source: string;
}

/** Which mandated parts must keep the profile's order, and where that order is fixed. */
interface ProfileOrder {
  /** Part ids whose relative order is fixed by the source; empty: the source fixes no order. */
  fixed: string[];
  source: string;
}

export interface ProfileData {
  id: string;
  name: string;
  source: string;
  recognise: {
    /** Regular expressions matched against the title / front-matter title. */
    title: string[];
    /** Regular expressions matched against the lead-in text. */
    leadIn: string[];
    /**
     * Weak evidence: words of the kind's subject (法治政府建设, 履职) in the title and lead-in;
     * each occurrence counts a little, never enough alone to name a kind.
     */
    topic?: string[];
  };
  leadIn?: { required: boolean; pattern: string; skeleton: string; source: string };
  parts: ProfilePart[];
  /** Absent: the parts keep the order they are listed in. */
  order?: ProfileOrder;
}

// ---------------------------------------------------------------------------------------------
// Rules

export interface RuleContext {
  doc: ReportDocument;
  profile: ProfileData;
  /** The rule's options from config ({} when none). */
  options: Record<string, unknown>;
  /** Report year from front matter or title, when known. */
  year: number | null;
  /** How the text is written (EngineConfig.format). */
  format: DocumentFormat;
  report(f: Omit<Finding, 'rule' | 'severity'> & { severity?: Severity }): void;
}

/** What the generated docs say of a rule (README table, settings, config schema: `npm run gen`). */
export interface RuleDocs {
  /** One line in Chinese: the setting's and the config schema's description. */
  zh: string;
  /** What it finds, for the README's rule table (English, Markdown). */
  finds: string;
  /** What its quick fix does, when it has one beyond disabling the rule. */
  fix?: string;
}

/** A JSON schema fragment (draft-07), as plain data. */
export type JsonSchema = { [key: string]: unknown };

export interface Rule {
  id: string;
  /** One line, English, for README/CLI listings. */
  description: string;
  defaultSeverity: Severity;
  docs: RuleDocs;
  /**
   * The schema of each option the rule reads from `{ "options": { … } }`; the config schema and
   * the settings are generated from it. A rule with an `allow` option takes the config's
   * top-level `allow` list too.
   */
  options?: Record<string, JsonSchema>;
  /** Whether the rule needs a report structure (skipped under the generic profile). */
  needsProfile?: boolean;
  check(ctx: RuleContext): void;
}
