/**
 * The extraction pipeline's public face: events from article text, merge decisions, and the
 * publication date an article gives about itself. Pure TypeScript, no Node: runs anywhere.
 */
export { extractEvents } from './event/extract';
export { findMergeTarget, mostPreciseInterval, scoreMerge, MERGE_THRESHOLD } from './merge';
export { inferPublicationDate, parseFullDate } from './published';
export type { InferredPublication } from './published';
export { splitSentences } from './sentences';
export type { Sentence } from './sentences';
export type {
  ExtractedEntity,
  ExtractedEvent,
  ExtractedMention,
  ExtractionInput,
  MergeCandidate,
  MergeDecision,
} from './types';
