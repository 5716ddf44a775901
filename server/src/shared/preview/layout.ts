// The printed page of GB/T 9704-2012 (党政机关公文格式), in one place for the preview's CSS and the
// Word export, so what the preview shows is what prints. Sizes: 二号 22 pt, 三号 16 pt, 四号 14 pt.
// Each role's font is named as Word and WPS expect it (East Asian font name), with the face the
// standard allows in its place and, for the preview, the closest faces on Windows, macOS and Linux.

const MM_PER_PT = 25.4 / 72;

export const PAGE = {
  widthMm: 210,
  heightMm: 297,
  /** 天头 37 mm, 订口 28 mm: a 156 × 225 mm type area. */
  marginMm: { top: 37, bottom: 35, left: 28, right: 26 },
  linesPerPage: 22,
  charsPerLine: 28,
} as const;

const TYPE_AREA_MM = {
  width: PAGE.widthMm - PAGE.marginMm.left - PAGE.marginMm.right,
  height: PAGE.heightMm - PAGE.marginMm.top - PAGE.marginMm.bottom,
};

/** One line of the grid: 225 mm / 22, rounded down to Word's twentieths of a point (28.95 pt) so 22 fit. */
export const LINE_PT = Math.floor(((TYPE_AREA_MM.height / MM_PER_PT) * 20) / PAGE.linesPerPage) / 20;

/**
 * 28 characters of 三号 (16 pt) are 158 mm, a little wider than the 156 mm type area: Word's
 * official templates squeeze them with a character grid; we squeeze every character by this much
 * (rounded down to Word's twentieths of a point, −0.25 pt), which Word, WPS, LibreOffice and the
 * preview all honour alike.
 */
export const CHAR_SPACING_PT = Math.floor((TYPE_AREA_MM.width / MM_PER_PT / 28 - 16) * 20) / 20;

export interface FontRole {
  /** The East Asian font name written into the .docx and first in the preview's list. */
  eastAsia: string;
  /** The face to use when that one is missing (GB/T 9704 names both). */
  fallback: string;
  /** More faces for the preview, in order, after those two. */
  similar: string[];
  sizePt: number;
  bold: boolean;
}

const FANGSONG_SIMILAR = ['FangSong', 'FangSong_GB2312', 'STFangsong', '华文仿宋', 'Noto Serif CJK SC', 'Source Han Serif SC', 'Songti SC', 'serif'];

export const FONTS = {
  title: { eastAsia: '方正小标宋简体', fallback: '宋体', similar: ['FZXiaoBiaoSong-B05S', 'STZhongsong', '华文中宋', 'SimSun', 'Noto Serif CJK SC', 'Source Han Serif SC', 'serif'], sizePt: 22, bold: false },
  body: { eastAsia: '仿宋_GB2312', fallback: '仿宋', similar: FANGSONG_SIMILAR, sizePt: 16, bold: false },
  /** 一、 */
  level1: { eastAsia: '黑体', fallback: 'SimHei', similar: ['Heiti SC', 'STHeiti', 'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'WenQuanYi Micro Hei', 'sans-serif'], sizePt: 16, bold: false },
  /** （一） */
  level2: { eastAsia: '楷体_GB2312', fallback: '楷体', similar: ['KaiTi', 'KaiTi_GB2312', 'STKaiti', '华文楷体', 'Kaiti SC', 'AR PL UKai CN', 'Noto Serif CJK SC', 'serif'], sizePt: 16, bold: false },
  /** 1. — customarily in bold 仿宋 */
  level3: { eastAsia: '仿宋_GB2312', fallback: '仿宋', similar: FANGSONG_SIMILAR, sizePt: 16, bold: true },
  /** （1） */
  level4: { eastAsia: '仿宋_GB2312', fallback: '仿宋', similar: FANGSONG_SIMILAR, sizePt: 16, bold: false },
  /** Page numbers: 4号 半角宋体 */
  pageNumber: { eastAsia: '宋体', fallback: 'SimSun', similar: ['Songti SC', 'Noto Serif CJK SC', 'serif'], sizePt: 14, bold: false },
  /** Tables: 4号 仿宋 (smaller than the body, as tables in reports customarily are). */
  table: { eastAsia: '仿宋_GB2312', fallback: '仿宋', similar: FANGSONG_SIMILAR, sizePt: 14, bold: false },
} as const satisfies Record<string, FontRole>;

export type FontRoleName = keyof typeof FONTS;

/** Western text in the body: Times New Roman, as in Word's official templates. */
export const LATIN_FONT = 'Times New Roman';

/** First-line indent of paragraphs and headings, in characters; the signature block's right indent. */
export const INDENT_CHARS = 2;
export const SIGNATURE_RIGHT_CHARS = 4;

/** A heading's numbering level (1 一、 … 4 （1）) → its font role. */
export function headingRole(level: number): FontRoleName {
  return level === 1 ? 'level1' : level === 2 ? 'level2' : level === 3 ? 'level3' : level === 4 ? 'level4' : 'level1';
}

/** A CSS font-family list for a role: its font, its fallback, then the similar faces. */
export function cssFamily(role: FontRole): string {
  const names = [role.eastAsia, role.fallback, ...role.similar];
  return [...new Set(names)].map((n) => (/^(?:serif|sans-serif)$/.test(n) ? n : `"${n}"`)).join(', ');
}
