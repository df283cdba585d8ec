/** Where a rule comes from: the document number, the article or point, and how sure we are of it. */
export interface RuleSource {
  /** Document number and date, e.g. "Quy định 294-QĐ/TW ngày 26/5/2025". */
  document: string;
  /** Article, clause or point, e.g. "điểm 6.3.1". */
  article?: string;
  /** Where the text was read (members.md cites mostly secondary pages). */
  via?: string;
  /** True when the fact is only from secondary material or not yet checked against the text ([VERIFY]). */
  verify?: boolean;
  /** Why this entry is as it is, where the regulation is silent or ambiguous. */
  note?: string;
}
