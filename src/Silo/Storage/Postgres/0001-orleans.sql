-- Migration 1 of the PostgreSQL store: Orleans grain storage, reminders and cluster membership,
-- and the queries the Orleans ADO.NET providers read at start (table OrleansQuery).
-- Every parameter is cast to its column's type: PostgreSQL cannot infer the type of a NULL
-- parameter in "@p IS NULL", and Npgsql refuses to guess.

CREATE TABLE IF NOT EXISTS OrleansQuery
(
    QueryKey  varchar(64) NOT NULL PRIMARY KEY,
    QueryText text        NOT NULL
);

-- Grain state -------------------------------------------------------------------------------

CREATE TABLE IF NOT EXISTS OrleansStorage
(
    ServiceId              varchar(150) NOT NULL,
    GrainTypeString        varchar(512) NOT NULL, -- the state name given in [PersistentState]
    GrainIdN0              bigint       NOT NULL,
    GrainIdN1              bigint       NOT NULL,
    GrainIdExtensionString varchar(512) NOT NULL, -- '' for keys without an extension, so the key is never NULL
    GrainIdHash            integer      NOT NULL,
    GrainTypeHash          integer      NOT NULL,
    PayloadBinary          bytea        NULL,
    ModifiedOn             timestamptz  NOT NULL,
    Version                integer      NOT NULL,
    PRIMARY KEY (ServiceId, GrainTypeString, GrainIdN0, GrainIdN1, GrainIdExtensionString)
);

-- Reminders ---------------------------------------------------------------------------------

CREATE TABLE IF NOT EXISTS OrleansRemindersTable
(
    ServiceId    varchar(150) NOT NULL,
    GrainId      varchar(512) NOT NULL,
    ReminderName varchar(150) NOT NULL,
    StartTime    timestamptz  NOT NULL,
    Period       bigint       NOT NULL,
    GrainHash    integer      NOT NULL,
    Version      integer      NOT NULL,
    PRIMARY KEY (ServiceId, GrainId, ReminderName)
);

CREATE INDEX IF NOT EXISTS IX_OrleansRemindersTable_GrainHash ON OrleansRemindersTable (ServiceId, GrainHash);

-- Membership: one version row per cluster, bumped by every change, and one row per silo start --

CREATE TABLE IF NOT EXISTS OrleansMembershipVersionTable
(
    DeploymentId varchar(150) NOT NULL PRIMARY KEY,
    Timestamp    timestamptz  NOT NULL DEFAULT now(),
    Version      integer      NOT NULL DEFAULT 0
);

CREATE TABLE IF NOT EXISTS OrleansMembershipTable
(
    DeploymentId varchar(150)  NOT NULL REFERENCES OrleansMembershipVersionTable (DeploymentId),
    Address      varchar(45)   NOT NULL,
    Port         integer       NOT NULL,
    Generation   integer       NOT NULL,
    SiloName     varchar(150)  NOT NULL,
    HostName     varchar(150)  NOT NULL,
    Status       integer       NOT NULL,
    ProxyPort    integer       NULL,
    SuspectTimes varchar(8000) NULL,
    StartTime    timestamptz   NOT NULL,
    IAmAliveTime timestamptz   NOT NULL,
    PRIMARY KEY (DeploymentId, Address, Port, Generation)
);

INSERT INTO OrleansQuery (QueryKey, QueryText) VALUES
('ReadFromStorageKey', '
    SELECT PayloadBinary, Version
    FROM OrleansStorage
    WHERE ServiceId = @ServiceId::varchar
      AND GrainTypeString = @GrainTypeString::varchar
      AND GrainIdN0 = @GrainIdN0::bigint
      AND GrainIdN1 = @GrainIdN1::bigint
      AND GrainIdExtensionString = COALESCE(@GrainIdExtensionString::varchar, '''');
'),
-- A first write (no version) inserts version 1; a later one updates only when the caller holds
-- the current version. Anything else returns no row: Orleans reports an InconsistentStateException.
('WriteToStorageKey', '
    INSERT INTO OrleansStorage AS s (ServiceId, GrainTypeString, GrainIdN0, GrainIdN1, GrainIdExtensionString,
                                     GrainIdHash, GrainTypeHash, PayloadBinary, ModifiedOn, Version)
    SELECT @ServiceId::varchar, @GrainTypeString::varchar, @GrainIdN0::bigint, @GrainIdN1::bigint,
           COALESCE(@GrainIdExtensionString::varchar, ''''), @GrainIdHash::integer, @GrainTypeHash::integer,
           @PayloadBinary::bytea, now(), 1
    WHERE @GrainStateVersion::integer IS NULL
       OR EXISTS (SELECT 1 FROM OrleansStorage
                  WHERE ServiceId = @ServiceId::varchar AND GrainTypeString = @GrainTypeString::varchar
                    AND GrainIdN0 = @GrainIdN0::bigint AND GrainIdN1 = @GrainIdN1::bigint
                    AND GrainIdExtensionString = COALESCE(@GrainIdExtensionString::varchar, ''''))
    ON CONFLICT (ServiceId, GrainTypeString, GrainIdN0, GrainIdN1, GrainIdExtensionString) DO UPDATE
        SET PayloadBinary = excluded.PayloadBinary,
            ModifiedOn = excluded.ModifiedOn,
            Version = s.Version + 1
        WHERE s.Version = @GrainStateVersion::integer
    RETURNING Version AS NewGrainStateVersion;
'),
('ClearStorageKey', '
    UPDATE OrleansStorage
    SET PayloadBinary = NULL, ModifiedOn = now(), Version = Version + 1
    WHERE ServiceId = @ServiceId::varchar
      AND GrainTypeString = @GrainTypeString::varchar
      AND GrainIdN0 = @GrainIdN0::bigint
      AND GrainIdN1 = @GrainIdN1::bigint
      AND GrainIdExtensionString = COALESCE(@GrainIdExtensionString::varchar, '''')
      AND Version = @GrainStateVersion::integer
    RETURNING Version;
'),
('UpsertReminderRowKey', '
    INSERT INTO OrleansRemindersTable AS r (ServiceId, GrainId, ReminderName, StartTime, Period, GrainHash, Version)
    VALUES (@ServiceId::varchar, @GrainId::varchar, @ReminderName::varchar, @StartTime::timestamptz,
            @Period::bigint, @GrainHash::integer, 0)
    ON CONFLICT (ServiceId, GrainId, ReminderName) DO UPDATE
        SET StartTime = excluded.StartTime, Period = excluded.Period, GrainHash = excluded.GrainHash,
            Version = r.Version + 1
    RETURNING Version;
'),
('ReadReminderRowsKey', '
    SELECT GrainId, ReminderName, StartTime, Period, Version
    FROM OrleansRemindersTable
    WHERE ServiceId = @ServiceId::varchar AND GrainId = @GrainId::varchar;
'),
('ReadReminderRowKey', '
    SELECT GrainId, ReminderName, StartTime, Period, Version
    FROM OrleansRemindersTable
    WHERE ServiceId = @ServiceId::varchar AND GrainId = @GrainId::varchar AND ReminderName = @ReminderName::varchar;
'),
('ReadRangeRows1Key', '
    SELECT GrainId, ReminderName, StartTime, Period, Version
    FROM OrleansRemindersTable
    WHERE ServiceId = @ServiceId::varchar AND GrainHash > @BeginHash::integer AND GrainHash <= @EndHash::integer;
'),
('ReadRangeRows2Key', '
    SELECT GrainId, ReminderName, StartTime, Period, Version
    FROM OrleansRemindersTable
    WHERE ServiceId = @ServiceId::varchar AND (GrainHash > @BeginHash::integer OR GrainHash <= @EndHash::integer);
'),
('DeleteReminderRowKey', '
    WITH deleted AS (
        DELETE FROM OrleansRemindersTable
        WHERE ServiceId = @ServiceId::varchar AND GrainId = @GrainId::varchar
          AND ReminderName = @ReminderName::varchar AND Version = @Version::integer
        RETURNING 1)
    SELECT count(*) > 0 FROM deleted;
'),
('DeleteReminderRowsKey', '
    DELETE FROM OrleansRemindersTable WHERE ServiceId = @ServiceId::varchar;
'),
('InsertMembershipVersionKey', '
    WITH inserted AS (
        INSERT INTO OrleansMembershipVersionTable (DeploymentId) VALUES (@DeploymentId::varchar)
        ON CONFLICT (DeploymentId) DO NOTHING
        RETURNING 1)
    SELECT count(*) > 0 FROM inserted;
'),
-- Membership changes bump the version row first: a concurrent change with the same version
-- waits for the row lock, then finds the version moved on and changes nothing.
('InsertMembershipKey', '
    WITH bumped AS (
        UPDATE OrleansMembershipVersionTable
        SET Version = Version + 1, Timestamp = now()
        WHERE DeploymentId = @DeploymentId::varchar AND Version = @Version::integer
        RETURNING DeploymentId),
    inserted AS (
        INSERT INTO OrleansMembershipTable (DeploymentId, Address, Port, Generation, SiloName, HostName, Status,
                                            ProxyPort, StartTime, IAmAliveTime)
        SELECT DeploymentId, @Address::varchar, @Port::integer, @Generation::integer, @SiloName::varchar,
               @HostName::varchar, @Status::integer, @ProxyPort::integer, @StartTime::timestamptz,
               @IAmAliveTime::timestamptz
        FROM bumped
        ON CONFLICT DO NOTHING
        RETURNING 1)
    SELECT count(*) > 0 FROM inserted;
'),
('UpdateMembershipKey', '
    WITH bumped AS (
        UPDATE OrleansMembershipVersionTable
        SET Version = Version + 1, Timestamp = now()
        WHERE DeploymentId = @DeploymentId::varchar AND Version = @Version::integer
        RETURNING DeploymentId),
    updated AS (
        UPDATE OrleansMembershipTable m
        SET Status = @Status::integer, SuspectTimes = @SuspectTimes::varchar, IAmAliveTime = @IAmAliveTime::timestamptz
        FROM bumped
        WHERE m.DeploymentId = bumped.DeploymentId AND m.Address = @Address::varchar
          AND m.Port = @Port::integer AND m.Generation = @Generation::integer
        RETURNING 1)
    SELECT count(*) > 0 FROM updated;
'),
('UpdateIAmAlivetimeKey', '
    UPDATE OrleansMembershipTable
    SET IAmAliveTime = @IAmAliveTime::timestamptz
    WHERE DeploymentId = @DeploymentId::varchar AND Address = @Address::varchar
      AND Port = @Port::integer AND Generation = @Generation::integer;
'),
-- Both reads return the version row even when no silo row matches: Orleans takes the table
-- version from the first row.
('MembershipReadRowKey', '
    SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status, m.ProxyPort,
           m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
    FROM OrleansMembershipVersionTable v
    LEFT JOIN OrleansMembershipTable m
           ON m.DeploymentId = v.DeploymentId AND m.Address = @Address::varchar
          AND m.Port = @Port::integer AND m.Generation = @Generation::integer
    WHERE v.DeploymentId = @DeploymentId::varchar;
'),
('MembershipReadAllKey', '
    SELECT v.DeploymentId, m.Address, m.Port, m.Generation, m.SiloName, m.HostName, m.Status, m.ProxyPort,
           m.SuspectTimes, m.StartTime, m.IAmAliveTime, v.Version
    FROM OrleansMembershipVersionTable v
    LEFT JOIN OrleansMembershipTable m ON m.DeploymentId = v.DeploymentId
    WHERE v.DeploymentId = @DeploymentId::varchar;
'),
('GatewaysQueryKey', '
    SELECT Address, ProxyPort, Generation
    FROM OrleansMembershipTable
    WHERE DeploymentId = @DeploymentId::varchar AND Status = @Status::integer AND ProxyPort > 0;
'),
('DeleteMembershipTableEntriesKey', '
    DELETE FROM OrleansMembershipTable WHERE DeploymentId = @DeploymentId::varchar;
    DELETE FROM OrleansMembershipVersionTable WHERE DeploymentId = @DeploymentId::varchar;
'),
-- Rows of silos that stopped answering before the cut-off; an active silo is never removed.
('CleanupDefunctSiloEntriesKey', '
    DELETE FROM OrleansMembershipTable
    WHERE DeploymentId = @DeploymentId::varchar AND IAmAliveTime < @IAmAliveTime::timestamptz AND Status <> 3;
')
ON CONFLICT (QueryKey) DO UPDATE SET QueryText = excluded.QueryText;
