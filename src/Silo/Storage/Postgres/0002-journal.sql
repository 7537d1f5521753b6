-- Migration 2: the journal. Every write of a state that carries a change ($.Change, set by the
-- grains' one commit step) appends one record here, from a trigger on the storage table, so the
-- record is in the same transaction as the write: never a change without its record, never a
-- record of a change that was not stored.
--
-- Concurrent transactions commit in any order, so a sequence would let a reader see position 12
-- before position 10 commits and skip 10 for good. A record's position is therefore made from its
-- transaction id (xid8, which never wraps): readers hand out only positions below the oldest
-- transaction still running (pg_snapshot_xmin), and every later commit has a higher position.
-- Each grain write is its own transaction with one record, so the low bits are 0 except for
-- records written together by this migration.

CREATE TABLE IF NOT EXISTS CollaborationJournal
(
    Position     bigint      NOT NULL PRIMARY KEY,
    ServiceId    varchar     NOT NULL,
    Kind         varchar     NOT NULL, -- the state name: "project", "forum", "funding-application"
    ObjectId     varchar     NOT NULL,
    Version      integer     NOT NULL, -- the stored version the change produced
    EventId      varchar     NOT NULL, -- a new random id from the grain: unique without an index
    At           timestamptz NOT NULL,
    Subject      varchar     NOT NULL,
    Role         varchar     NOT NULL,
    Municipality varchar     NULL,
    Operation    varchar     NOT NULL,
    RequestId    varchar     NULL,
    Changes      text        NOT NULL  -- RFC 6902 JSON Patch
);

CREATE INDEX IF NOT EXISTS IX_CollaborationJournal_Object ON CollaborationJournal (ServiceId, Kind, ObjectId, Position);

-- The histories kept inside states until now become the first records, oldest first; the next
-- write of each state leaves its old list behind.
INSERT INTO CollaborationJournal (Position, ServiceId, Kind, ObjectId, Version, EventId, At, Subject, Role, Municipality, Operation, RequestId, Changes)
SELECT pg_current_xact_id()::text::bigint * 1048576
           + row_number() OVER (ORDER BY s.ServiceId, s.GrainTypeString, s.GrainIdExtensionString, h.ordinality),
       s.ServiceId, s.GrainTypeString,
       -- Orleans stores a key that reads as a hexadecimal number ("5001") as that number, not as
       -- text; such keys here are kommunenummer, four digits.
       CASE WHEN s.GrainIdExtensionString <> '' THEN s.GrainIdExtensionString ELSE lpad(to_hex(s.GrainIdN1), 4, '0') END,
       h.ordinality, gen_random_uuid()::text,
       (h.entry ->> 'At')::timestamptz, h.entry ->> 'Subject', h.entry ->> 'Role', h.entry ->> 'Municipality',
       h.entry ->> 'Operation', h.entry ->> 'RequestId', '[]'
FROM OrleansStorage s
CROSS JOIN LATERAL jsonb_array_elements(convert_from(s.PayloadBinary, 'UTF8')::jsonb -> 'History') WITH ORDINALITY AS h(entry, ordinality)
WHERE s.PayloadBinary IS NOT NULL
  AND jsonb_typeof(convert_from(s.PayloadBinary, 'UTF8')::jsonb -> 'History') = 'array';

CREATE OR REPLACE FUNCTION CollaborationJournalAppend() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    change jsonb;
BEGIN
    IF NEW.PayloadBinary IS NULL THEN
        RETURN NULL;
    END IF;
    change := convert_from(NEW.PayloadBinary, 'UTF8')::jsonb -> 'Change';
    IF change IS NULL OR jsonb_typeof(change) <> 'object' THEN
        RETURN NULL;
    END IF;
    INSERT INTO CollaborationJournal (Position, ServiceId, Kind, ObjectId, Version, EventId, At, Subject, Role, Municipality, Operation, RequestId, Changes)
    VALUES (pg_current_xact_id()::text::bigint * 1048576, NEW.ServiceId, NEW.GrainTypeString, change ->> 'ObjectId',
            NEW.Version, change ->> 'Id', (change ->> 'At')::timestamptz, change ->> 'Subject', change ->> 'Role',
            change ->> 'Municipality', change ->> 'Operation', change ->> 'RequestId', change ->> 'Changes');
    RETURN NULL;
END;
$$;

DROP TRIGGER IF EXISTS CollaborationJournalOnWrite ON OrleansStorage;
CREATE TRIGGER CollaborationJournalOnWrite AFTER INSERT OR UPDATE ON OrleansStorage
    FOR EACH ROW EXECUTE FUNCTION CollaborationJournalAppend();
