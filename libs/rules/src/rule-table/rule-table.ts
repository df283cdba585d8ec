import { isLocalDate, type LocalDate } from '../local-date/local-date';
import { type RuleSource } from './rule-source';

// A versioned rule: the value that applied on each date, with the regulation it comes from. Periods are
// half-open — effectiveFrom is the first day the version applies, effectiveTo the first day it no longer
// does (the next version's effectiveFrom) — so consecutive versions share a boundary date without
// overlapping, and "in force on D" is `from <= D < to`. Rules changed a great deal in 2025–2026
// (domain/README.md): nothing here is a constant, every value is looked up by the date of the event.

export interface RuleVersion<T> {
  effectiveFrom: LocalDate;
  /** Exclusive; absent = still in force. */
  effectiveTo?: LocalDate;
  source: RuleSource;
  value: T;
}

export interface RuleTableOptions {
  /** Allow dates between versions where no rule applies (default: versions must be contiguous). */
  allowGaps?: boolean;
}

export class RuleTableError extends Error {
  readonly code = 'rules.invalid-table';
  constructor(readonly table: string, message: string) {
    super(`rule table "${table}": ${message}`);
    this.name = 'RuleTableError';
  }
}

export class RuleNotInForceError extends Error {
  readonly code = 'rules.not-in-force';
  constructor(readonly table: string, readonly date: LocalDate) {
    super(`rule table "${table}" has no version in force on ${date}`);
    this.name = 'RuleNotInForceError';
  }
}

export class RuleTable<T> {
  readonly versions: readonly RuleVersion<T>[];

  constructor(
    readonly name: string,
    versions: readonly RuleVersion<T>[],
    options: RuleTableOptions = {},
  ) {
    this.versions = Object.freeze([...versions].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom)));
    validateVersions(name, this.versions, options);
  }

  /** The version in force on `date`, or undefined. */
  versionAt(date: LocalDate): RuleVersion<T> | undefined {
    if (!isLocalDate(date)) throw new RuleTableError(this.name, `lookup date is not YYYY-MM-DD: ${String(date)}`);
    for (let i = this.versions.length - 1; i >= 0; i -= 1) {
      const version = this.versions[i];
      if (version.effectiveFrom <= date) {
        return version.effectiveTo === undefined || date < version.effectiveTo ? version : undefined;
      }
    }
    return undefined;
  }

  /** The version in force on `date`; throws RuleNotInForceError when none is. */
  requireAt(date: LocalDate): RuleVersion<T> {
    const version = this.versionAt(date);
    if (!version) throw new RuleNotInForceError(this.name, date);
    return version;
  }

  valueAt(date: LocalDate): T {
    return this.requireAt(date).value;
  }

  /** The version in force today onwards (the last one without an end). */
  current(): RuleVersion<T> | undefined {
    const last = this.versions[this.versions.length - 1];
    return last && last.effectiveTo === undefined ? last : undefined;
  }
}

function validateVersions<T>(name: string, versions: readonly RuleVersion<T>[], options: RuleTableOptions): void {
  if (versions.length === 0) throw new RuleTableError(name, 'has no versions');
  versions.forEach((v, i) => {
    if (!isLocalDate(v.effectiveFrom)) throw new RuleTableError(name, `version ${i}: bad effectiveFrom ${String(v.effectiveFrom)}`);
    if (v.effectiveTo !== undefined && !isLocalDate(v.effectiveTo)) {
      throw new RuleTableError(name, `version ${i}: bad effectiveTo ${String(v.effectiveTo)}`);
    }
    if (v.effectiveTo !== undefined && v.effectiveTo <= v.effectiveFrom) {
      throw new RuleTableError(name, `version from ${v.effectiveFrom} ends on or before it starts (${v.effectiveTo})`);
    }
    if (!v.source?.document?.trim()) throw new RuleTableError(name, `version from ${v.effectiveFrom} has no source document`);
    const next = versions[i + 1];
    if (!next) return;
    if (v.effectiveTo === undefined || v.effectiveTo > next.effectiveFrom) {
      throw new RuleTableError(name, `version from ${v.effectiveFrom} overlaps the version from ${next.effectiveFrom}`);
    }
    if (v.effectiveTo < next.effectiveFrom && !options.allowGaps) {
      throw new RuleTableError(name, `gap between ${v.effectiveTo} and ${next.effectiveFrom}`);
    }
  });
}
