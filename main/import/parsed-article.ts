/**
 * An article as a format parser hands it to the importer: everything the articles table stores
 * except what the importer adds (the content hash and the file name).
 */
import type { NewArticle } from '../../db/articles';

export type ParsedArticle = Omit<NewArticle, 'contentHash' | 'fileName'>;
