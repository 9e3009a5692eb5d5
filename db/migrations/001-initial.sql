-- 001: articles, events with their dated intervals, mentions as evidence, entities, tags, merges.

CREATE TABLE articles (
  id               INTEGER PRIMARY KEY,
  title            TEXT NOT NULL,
  source           TEXT,
  author           TEXT,
  url              TEXT,
  published_at     TEXT,
  published_source TEXT NOT NULL DEFAULT 'unknown'
                   CHECK (published_source IN ('metadata', 'json-ld', 'front-matter', 'dateline', 'byline', 'text', 'option', 'unknown')),
  language         TEXT,
  text             TEXT NOT NULL,
  html             TEXT,
  content_hash     TEXT NOT NULL UNIQUE,
  file_name        TEXT,
  imported_at      TEXT NOT NULL
);
CREATE INDEX articles_published_at ON articles (published_at);

CREATE TABLE events (
  id          INTEGER PRIMARY KEY,
  title       TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  start       TEXT NOT NULL,
  end         TEXT NOT NULL,
  -- Milliseconds since 1970 (UTC) of the interval's first instant and of the instant after its last:
  -- sortable, and what the range index below works on.
  start_ms    INTEGER NOT NULL,
  end_ms      INTEGER NOT NULL,
  granularity TEXT NOT NULL CHECK (granularity IN ('time', 'day', 'week', 'month', 'season', 'quarter', 'year', 'decade')),
  certainty   TEXT NOT NULL CHECK (certainty IN ('exact', 'approximate', 'uncertain')),
  status      TEXT NOT NULL CHECK (status IN ('occurred', 'scheduled', 'possible', 'cancelled')),
  origin      TEXT NOT NULL CHECK (origin IN ('extracted', 'user')),
  created_at  TEXT NOT NULL,
  updated_at  TEXT NOT NULL,
  CHECK (end_ms > start_ms)
);
CREATE INDEX events_start_ms ON events (start_ms);

-- An R*Tree over [start_ms, end_ms] answers "events overlapping [from, to]" without scanning:
-- a plain B-tree can bound only one end of an interval.
CREATE VIRTUAL TABLE events_span USING rtree (id, start_ms, end_ms);

CREATE TRIGGER events_span_insert AFTER INSERT ON events BEGIN
  INSERT INTO events_span (id, start_ms, end_ms) VALUES (new.id, new.start_ms, new.end_ms);
END;
CREATE TRIGGER events_span_update AFTER UPDATE OF start_ms, end_ms ON events BEGIN
  UPDATE events_span SET start_ms = new.start_ms, end_ms = new.end_ms WHERE id = new.id;
END;
CREATE TRIGGER events_span_delete AFTER DELETE ON events BEGIN
  DELETE FROM events_span WHERE id = old.id;
END;

CREATE TABLE mentions (
  id          INTEGER PRIMARY KEY,
  event_id    INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  article_id  INTEGER NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  start       INTEGER NOT NULL,
  end         INTEGER NOT NULL,
  quote       TEXT NOT NULL,
  timex_text  TEXT,
  timex_value TEXT,
  timex_type  TEXT,
  timex_start INTEGER,
  timex_end   INTEGER,
  -- This mention's own reading of the date; the event keeps the most precise of its mentions'.
  date_start  TEXT NOT NULL,
  date_end    TEXT NOT NULL,
  granularity TEXT NOT NULL,
  certainty   TEXT NOT NULL,
  anchor      TEXT,
  derivation  TEXT NOT NULL,
  CHECK (end >= start)
);
CREATE INDEX mentions_event ON mentions (event_id);
CREATE INDEX mentions_article ON mentions (article_id);

CREATE TABLE entities (
  id   INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('person', 'place', 'organization')),
  UNIQUE (name, kind)
);

CREATE TABLE event_entities (
  event_id  INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  entity_id INTEGER NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
  role      TEXT NOT NULL CHECK (role IN ('actor', 'place')),
  position  INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (event_id, entity_id, role)
);
CREATE INDEX event_entities_entity ON event_entities (entity_id);

CREATE TABLE tags (
  id   INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE
);

CREATE TABLE event_tags (
  event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  tag_id   INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
  PRIMARY KEY (event_id, tag_id)
);

-- Every merge of two events, with why it was made and what is needed to undo it.
CREATE TABLE merges (
  id            INTEGER PRIMARY KEY,
  kept_event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
  merged_title  TEXT NOT NULL,
  reason        TEXT NOT NULL,
  -- JSON: the folded event's own fields, entities and mention ids, so undo can restore it.
  snapshot      TEXT NOT NULL,
  created_at    TEXT NOT NULL,
  undone_at     TEXT
);
CREATE INDEX merges_kept_event ON merges (kept_event_id);

CREATE VIRTUAL TABLE articles_fts USING fts5 (
  title, text, source,
  content = 'articles', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts (rowid, title, text, source) VALUES (new.id, new.title, new.text, new.source);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, text, source) VALUES ('delete', old.id, old.title, old.text, old.source);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, text, source) VALUES ('delete', old.id, old.title, old.text, old.source);
  INSERT INTO articles_fts (rowid, title, text, source) VALUES (new.id, new.title, new.text, new.source);
END;

CREATE VIRTUAL TABLE events_fts USING fts5 (
  title, description,
  content = 'events', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN
  INSERT INTO events_fts (rowid, title, description) VALUES (new.id, new.title, new.description);
END;
CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN
  INSERT INTO events_fts (events_fts, rowid, title, description) VALUES ('delete', old.id, old.title, old.description);
END;
CREATE TRIGGER events_fts_update AFTER UPDATE OF title, description ON events BEGIN
  INSERT INTO events_fts (events_fts, rowid, title, description) VALUES ('delete', old.id, old.title, old.description);
  INSERT INTO events_fts (rowid, title, description) VALUES (new.id, new.title, new.description);
END;
