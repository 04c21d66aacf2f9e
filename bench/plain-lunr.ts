import lunr from 'lunr';

/** The document plain lunr indexes: the same text casebot indexes, field by field. */
export interface PlainDocument {
  id: string;
  title: string;
  summary: string;
  countries: string;
  tags: string;
}

/**
 * What an application gets from lunr's README recipe: one field per kind of text, default
 * pipeline and settings, no boosts, no typo tolerance. The baseline casebot is measured against.
 */
export function buildPlainIndex(documents: readonly PlainDocument[]): lunr.Index {
  return lunr(function () {
    this.ref('id');
    this.field('title');
    this.field('summary');
    this.field('countries');
    this.field('tags');
    for (const doc of documents) this.add(doc);
  });
}

/** lunr's own way back from a saved index. */
export function loadPlainIndex(saved: string): lunr.Index {
  return lunr.Index.load(JSON.parse(saved));
}
