-- Migration 3: several grain writes may share one transaction (grouped writes), so a transaction
-- can append several journal records. Each still takes its position from the transaction id
-- (xid8 * 2^20, see 0002-journal.sql), numbered on in the low bits: the next after the largest this
-- transaction already wrote, found by the primary key. Readers are unchanged: every position of a
-- transaction lies below the next transaction's first, and all of them commit at once.

CREATE OR REPLACE FUNCTION CollaborationJournalAppend() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    change jsonb;
    first bigint;
    next bigint;
BEGIN
    IF NEW.PayloadBinary IS NULL THEN
        RETURN NULL;
    END IF;
    change := convert_from(NEW.PayloadBinary, 'UTF8')::jsonb -> 'Change';
    IF change IS NULL OR jsonb_typeof(change) <> 'object' THEN
        RETURN NULL;
    END IF;
    first := pg_current_xact_id()::text::bigint * 1048576;
    SELECT COALESCE(MAX(Position) + 1, first) INTO next
    FROM CollaborationJournal
    WHERE Position >= first AND Position < first + 1048576;
    INSERT INTO CollaborationJournal (Position, ServiceId, Kind, ObjectId, Version, EventId, At, Subject, Role, Municipality, Operation, RequestId, Changes)
    VALUES (next, NEW.ServiceId, NEW.GrainTypeString, change ->> 'ObjectId',
            NEW.Version, change ->> 'Id', (change ->> 'At')::timestamptz, change ->> 'Subject', change ->> 'Role',
            change ->> 'Municipality', change ->> 'Operation', change ->> 'RequestId', change ->> 'Changes');
    RETURN NULL;
END;
$$;
