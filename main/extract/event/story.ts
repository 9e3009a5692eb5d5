/**
 * The running state pronouns.ts needs over one article: the story's main subject (from its
 * headline line or lede), the named thing the last sentence left for "it", and the people named so
 * far (whose names are never taken for a thing).
 */
import type { Sentence } from '../sentences';
import type { EntityMention } from './entities';
import { leavesItOpen, openingThing, storySubject } from './pronouns';
import type { PronounReferents, StorySubject } from './pronouns';

/** How many sentences from the top may name the story's main subject (a headline line, a lede). */
const LEDE_SENTENCES = 2;

/** What one article's pronouns may stand for, kept from sentence to sentence. */
export interface PronounState {
  story: StorySubject | null;
  /** Whether the headline and lede have been read. */
  storyRead: boolean;
  /** What "it" opening the next sentence stands for. */
  carried: EntityMention[];
  /** Short names of the people named so far. */
  people: Set<string>;
}

/** A fresh state for a new article. */
export function newPronounState(): PronounState {
  return { story: null, storyRead: false, carried: [], people: new Set() };
}

/**
 * The referents for sentence `index`, and the state moved past it: the story's subject once the
 * first sentences are read; "it" stands for the named thing this sentence opens with, else for the
 * one carried over from the sentence before.
 */
export function readPronouns(
  state: PronounState,
  sentences: Sentence[],
  index: number,
  entities: EntityMention[],
  byline: RegExp,
): PronounReferents {
  const readable = (sentence: Sentence) => !sentence.dateline && !byline.test(sentence.text);
  if (!state.storyRead) {
    const usable = sentences.slice(0, index + 1).filter(readable);
    const sentence = sentences[index] as Sentence;
    if (readable(sentence)) {
      const next = sentences.slice(index + 1).find(readable)?.text ?? '';
      state.story = storySubject(sentence.text, entities, next);
      if (state.story || usable.length >= LEDE_SENTENCES) state.storyRead = true;
    }
  }
  const text = (sentences[index] as Sentence).text;
  const opening = openingThing(text, entities, state.story, state.people);
  const it = opening ? [opening] : state.carried;
  const opensWithIt = /^\W*(?:[^,.;"“”]{1,40},\s+)?it\s/i.test(text);
  if (opening) state.carried = [opening];
  else if (opensWithIt) state.carried = it;
  else if (leavesItOpen(text) && state.story?.pronoun === 'it') state.carried = [state.story.mention];
  else state.carried = [];
  return { it, story: state.story };
}
