import type { ErrorDetail, ExcellentCapDto, GradingLevelCode, GradingMarkInput } from '@lienthong/contracts';
import { GRADING_LEVEL_LABELS, GRADING_LEVELS } from '@lienthong/contracts';
import { checkExcellentCap, EXCELLENT_CAP, GRADING_BANDS, levelForScore, type ExcellentCapCheck, type RuleSource } from '@lienthong/rules';
import { DomainError, type Language } from '@lienthong/platform';
import { gradingField, gradingInvalid } from './grading.errors';

const rank = (level: GradingLevelCode) => GRADING_LEVELS.indexOf(level);

export function sourceText(source: RuleSource): string {
  return [source.document, source.article].filter(Boolean).join(', ');
}

/** The graded year's rules are read on its last day (a 2025 campaign: 366-QĐ/TW). */
export function referenceDateOf(year: number): string {
  return `${year}-12-31`;
}

/** True when the rule tables give point bands for the year. */
export function hasBands(year: number): boolean {
  return GRADING_BANDS.versionAt(referenceDateOf(year)) !== undefined;
}

function bandText(level: GradingLevelCode, on: string): string {
  const bands = GRADING_BANDS.requireAt(on).value;
  const i = bands.findIndex((b) => b.level === level);
  const upper = i > 0 ? bands[i - 1].minScore : undefined;
  return upper === undefined ? `từ ${bands[i].minScore} điểm` : `${bands[i].minScore} đến dưới ${upper} điểm`;
}

/**
 * The points fix the highest level allowed (366-QĐ/TW Điều 11: the 100-point bands); the level may be
 * lower when a condition is not met (e.g. tasks late), but then the comment must say why.
 */
export function checkMark(mark: GradingMarkInput, referenceDate: string, lang: Language): void {
  const { level: band, source } = levelForScore(mark.points, referenceDate);
  const details: ErrorDetail[] = [];
  if (rank(mark.level) < rank(band)) {
    const name = GRADING_LEVEL_LABELS[band];
    details.push(
      gradingField(
        lang,
        'level',
        'aboveBand',
        `${mark.points} điểm thuộc khung "${name.vi}" (${bandText(band, referenceDate)}, ${sourceText(source)}); không được xếp mức cao hơn`,
        `${mark.points} points fall in the band "${name.en}" (${sourceText(source)}); a higher level is not allowed`,
      ),
    );
  } else if (rank(mark.level) > rank(band) && !mark.comment) {
    details.push(gradingField(lang, 'comment', 'reasonRequired', 'cần nêu lý do khi xếp mức thấp hơn khung điểm', 'say why the level is below the band of the points'));
  }
  if (details.length) throw gradingInvalid(lang, details);
}

export function toCapDto(check: ExcellentCapCheck, on: string): ExcellentCapDto {
  return { percent: capPercent(on), base: check.base, excellent: check.excellent, maxExcellent: check.maxExcellent, source: sourceText(check.source) };
}

function capPercent(on: string): number {
  return EXCELLENT_CAP.requireAt(on).value.percent;
}

/**
 * The cap on "hoàn thành xuất sắc" within a group (the members of one org; or the orgs under one
 * parent): a change is refused when it leaves the group over the cap and worse off than before.
 */
export function assertWithinCap(
  decided: readonly GradingLevelCode[],
  previous: GradingLevelCode | null,
  next: GradingLevelCode,
  group: { name: string; kind: 'members' | 'orgs' },
  on: string,
  lang: Language,
): ExcellentCapCheck {
  const others = [...decided];
  if (previous !== null) others.splice(others.indexOf(previous), 1);
  const before = checkExcellentCap(decided.map((level) => ({ level })), on);
  const after = checkExcellentCap([...others, next].map((level) => ({ level })), on);
  const excess = (c: ExcellentCapCheck) => c.excellent - c.maxExcellent;
  if (after.withinCap || (!before.withinCap && excess(after) <= excess(before))) return after;
  const percent = capPercent(on);
  const who = group.kind === 'members' ? 'đảng viên' : 'tổ chức';
  const vi =
    `Vượt giới hạn "Hoàn thành xuất sắc nhiệm vụ" của ${group.name}: không quá ${percent}% số được xếp loại hoàn thành tốt nhiệm vụ trở lên ` +
    `(${sourceText(after.source)}). Với ${after.base} ${who} hoàn thành tốt trở lên chỉ được tối đa ${after.maxExcellent}; quyết định này sẽ là ${after.excellent}.`;
  const en =
    `Over the cap on "excellent" in ${group.name}: at most ${percent}% of those graded "good" or better (${sourceText(after.source)}). ` +
    `With ${after.base} graded good or better the most is ${after.maxExcellent}; this decision would make ${after.excellent}.`;
  const message = lang === 'vi' ? vi : en;
  return failCap(message);
}

function failCap(message: string): never {
  throw new DomainError('COMMON.RULE_VIOLATION', message, [{ field: 'level', code: 'excellentCap', message: `level: ${message}` }]);
}
