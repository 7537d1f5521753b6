-- Migration 2: the journal. Every write of a state that carries a change ($.Change, set by the
-- grains' one commit step) appends one record here, from a trigger on the storage table, so the
-- record is in the same transaction as the write: never a change without its record, never a
-- record of a change that was not stored. SQLite runs one writer at a time, so positions appear
-- in commit order and readers can hand out any position they see.
--
-- The table has only what histories and the feed read by: every index costs each write its time
-- under SQLite's one write lock. The position is the rowid, the next after the largest; the
-- retention never removes the newest record, so a position is never handed out twice. Event ids
-- are new random ids made by the grains, unique without an index to say so.

CREATE TABLE IF NOT EXISTS CollaborationJournal
(
    Position     INTEGER PRIMARY KEY,
    ServiceId    TEXT    NOT NULL,
    Kind         TEXT    NOT NULL, -- the state name: "project", "forum", "funding-application"
    ObjectId     TEXT    NOT NULL,
    Version      INTEGER NOT NULL, -- the stored version the change produced
    EventId      TEXT    NOT NULL,
    At           TEXT    NOT NULL, -- UTC, ISO 8601, so text order is time order
    Subject      TEXT    NOT NULL,
    Role         TEXT    NOT NULL,
    Municipality TEXT    NULL,
    Operation    TEXT    NOT NULL,
    RequestId    TEXT    NULL,
    Changes      TEXT    NOT NULL  -- RFC 6902 JSON Patch
);

CREATE INDEX IF NOT EXISTS IX_CollaborationJournal_Object ON CollaborationJournal (ServiceId, Kind, ObjectId, Position);

-- The histories kept inside states until now become the first records, oldest first; the next
-- write of each state leaves its old list behind.
INSERT INTO CollaborationJournal (ServiceId, Kind, ObjectId, Version, EventId, At, Subject, Role, Municipality, Operation, RequestId, Changes)
SELECT s.ServiceId, s.GrainTypeString,
       -- Orleans stores a key that reads as a hexadecimal number ("5001") as that number, not as
       -- text; such keys here are kommunenummer, four digits.
       CASE WHEN s.GrainIdExtensionString <> '' THEN s.GrainIdExtensionString ELSE substr('0000' || printf('%x', s.GrainIdN1), -4) END,
       h.key + 1, lower(hex(randomblob(16))),
       strftime('%Y-%m-%dT%H:%M:%fZ', json_extract(h.value, '$.At')),
       json_extract(h.value, '$.Subject'), json_extract(h.value, '$.Role'), json_extract(h.value, '$.Municipality'),
       json_extract(h.value, '$.Operation'), json_extract(h.value, '$.RequestId'), '[]'
FROM OrleansStorage s, json_each(CAST(s.PayloadBinary AS TEXT), '$.History') h
WHERE s.PayloadBinary IS NOT NULL
  AND json_type(CAST(s.PayloadBinary AS TEXT), '$.History') = 'array'
ORDER BY s.ServiceId, s.GrainTypeString, s.GrainIdExtensionString, h.key;

CREATE TRIGGER IF NOT EXISTS CollaborationJournal_OnInsert AFTER INSERT ON OrleansStorage
WHEN json_type(CAST(NEW.PayloadBinary AS TEXT), '$.Change') = 'object'
BEGIN
    INSERT INTO CollaborationJournal (ServiceId, Kind, ObjectId, Version, EventId, At, Subject, Role, Municipality, Operation, RequestId, Changes)
    SELECT NEW.ServiceId, NEW.GrainTypeString, json_extract(c, '$.ObjectId'), NEW.Version,
           json_extract(c, '$.Id'), strftime('%Y-%m-%dT%H:%M:%fZ', json_extract(c, '$.At')),
           json_extract(c, '$.Subject'), json_extract(c, '$.Role'), json_extract(c, '$.Municipality'),
           json_extract(c, '$.Operation'), json_extract(c, '$.RequestId'), json_extract(c, '$.Changes')
    FROM (SELECT json_extract(CAST(NEW.PayloadBinary AS TEXT), '$.Change') AS c);
END;

CREATE TRIGGER IF NOT EXISTS CollaborationJournal_OnUpdate AFTER UPDATE ON OrleansStorage
WHEN json_type(CAST(NEW.PayloadBinary AS TEXT), '$.Change') = 'object'
BEGIN
    INSERT INTO CollaborationJournal (ServiceId, Kind, ObjectId, Version, EventId, At, Subject, Role, Municipality, Operation, RequestId, Changes)
    SELECT NEW.ServiceId, NEW.GrainTypeString, json_extract(c, '$.ObjectId'), NEW.Version,
           json_extract(c, '$.Id'), strftime('%Y-%m-%dT%H:%M:%fZ', json_extract(c, '$.At')),
           json_extract(c, '$.Subject'), json_extract(c, '$.Role'), json_extract(c, '$.Municipality'),
           json_extract(c, '$.Operation'), json_extract(c, '$.RequestId'), json_extract(c, '$.Changes')
    FROM (SELECT json_extract(CAST(NEW.PayloadBinary AS TEXT), '$.Change') AS c);
END;
