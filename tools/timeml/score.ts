/**
 * TempEval-3 style timex scoring. A system and a gold timex match (relaxed) when their spans
 * overlap, one-to-one in document order; strict also needs the same extent. Type and value are
 * counted over relaxed matches and scored as 2·correct / (system count + gold count).
 */
import type { Timex } from '../../main/common/model';

/** A timex as the scorer compares them (the tagger's, less the anchor it was resolved against). */
export type ScoredTimex = Omit<Timex, 'anchor'>;

export interface Counts {
  system: number;
  gold: number;
  relaxed: number;
  strict: number;
  type: number;
  value: number;
}

export interface Mismatch {
  kind: 'missed' | 'spurious' | 'extent' | 'type' | 'value';
  gold?: ScoredTimex;
  system?: ScoredTimex;
}

export interface DocumentScore {
  counts: Counts;
  mismatches: Mismatch[];
  /** The relaxed matches, gold with system. */
  pairs: { gold: ScoredTimex; system: ScoredTimex }[];
}

export function emptyCounts(): Counts {
  return { system: 0, gold: 0, relaxed: 0, strict: 0, type: 0, value: 0 };
}

export function addCounts(into: Counts, more: Counts): void {
  into.system += more.system;
  into.gold += more.gold;
  into.relaxed += more.relaxed;
  into.strict += more.strict;
  into.type += more.type;
  into.value += more.value;
}

function overlaps(a: ScoredTimex, b: ScoredTimex): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Aligns both lists (each sorted by start) and counts matches. */
export function scoreDocument(gold: ScoredTimex[], system: ScoredTimex[]): DocumentScore {
  const counts = emptyCounts();
  counts.gold = gold.length;
  counts.system = system.length;
  const mismatches: Mismatch[] = [];
  const pairs: DocumentScore['pairs'] = [];
  const sortedGold = [...gold].sort((a, b) => a.start - b.start);
  const sortedSystem = [...system].sort((a, b) => a.start - b.start);
  let s = 0;
  for (const g of sortedGold) {
    // System timexes ending before this gold one can no longer match anything: spurious.
    while (s < sortedSystem.length && (sortedSystem[s] as ScoredTimex).end <= g.start) {
      mismatches.push({ kind: 'spurious', system: sortedSystem[s] });
      s++;
    }
    const candidate = sortedSystem[s];
    if (candidate === undefined || !overlaps(candidate, g)) {
      mismatches.push({ kind: 'missed', gold: g });
      continue;
    }
    s++;
    counts.relaxed++;
    pairs.push({ gold: g, system: candidate });
    if (candidate.start === g.start && candidate.end === g.end) counts.strict++;
    else mismatches.push({ kind: 'extent', gold: g, system: candidate });
    if (candidate.type === g.type) counts.type++;
    else mismatches.push({ kind: 'type', gold: g, system: candidate });
    if (candidate.value === g.value) counts.value++;
    else mismatches.push({ kind: 'value', gold: g, system: candidate });
  }
  for (; s < sortedSystem.length; s++) mismatches.push({ kind: 'spurious', system: sortedSystem[s] });
  return { counts, mismatches, pairs };
}

export interface Figures {
  relaxed: { p: number; r: number; f1: number };
  strict: { p: number; r: number; f1: number };
  typeF1: number;
  valueF1: number;
}

function prf(correct: number, system: number, gold: number): { p: number; r: number; f1: number } {
  const p = system === 0 ? 0 : correct / system;
  const r = gold === 0 ? 0 : correct / gold;
  return { p, r, f1: system + gold === 0 ? 0 : (2 * correct) / (system + gold) };
}

/** Precision, recall and F1 from counts. */
export function figures(c: Counts): Figures {
  return {
    relaxed: prf(c.relaxed, c.system, c.gold),
    strict: prf(c.strict, c.system, c.gold),
    typeF1: c.system + c.gold === 0 ? 0 : (2 * c.type) / (c.system + c.gold),
    valueF1: c.system + c.gold === 0 ? 0 : (2 * c.value) / (c.system + c.gold),
  };
}
