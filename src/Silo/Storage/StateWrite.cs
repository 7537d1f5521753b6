using System.Data;
using System.Data.Common;

namespace Collaboration.Silo.Storage;

/// <summary>
/// One grain write waiting for its commit: the parameters of the WriteToStorageKey query, typed
/// as Orleans' ADO.NET provider types them, and the caller's answer (the new version, or null
/// when the caller's version was not the stored one).
/// </summary>
public sealed class StateWrite(
    string serviceId, string stateName, GrainRowKey key, int grainIdHash, int grainTypeHash, int? version, byte[] payload)
{
    private readonly TaskCompletionSource<int?> _committed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The new version once committed; null when the write found another version stored.</summary>
    public Task<int?> Committed => _committed.Task;

    /// <summary>What an error or conflict names.</summary>
    public override string ToString() => $"{stateName}/{key.Extension ?? key.N1.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>Adds the query's parameters to <paramref name="parameters"/> (of a command or a batch's command).</summary>
    public void AddTo(DbParameterCollection parameters, Func<DbParameter> create)
    {
        parameters.Add(Parameter(create(), "GrainIdHash", DbType.Int32, grainIdHash));
        parameters.Add(Parameter(create(), "GrainIdN0", DbType.Int64, key.N0));
        parameters.Add(Parameter(create(), "GrainIdN1", DbType.Int64, key.N1));
        parameters.Add(Parameter(create(), "GrainTypeHash", DbType.Int32, grainTypeHash));
        parameters.Add(Parameter(create(), "GrainTypeString", DbType.String, stateName));
        parameters.Add(Parameter(create(), "GrainIdExtensionString", DbType.String, key.Extension));
        parameters.Add(Parameter(create(), "ServiceId", DbType.String, serviceId));
        parameters.Add(Parameter(create(), "GrainStateVersion", DbType.Int32, version));
        parameters.Add(Parameter(create(), "PayloadBinary", DbType.Binary, payload));
    }

    /// <summary>Answers the caller: committed with <paramref name="newVersion"/>, or a conflict when null.</summary>
    public void Complete(int? newVersion) => _committed.TrySetResult(newVersion);

    /// <summary>Fails the caller with <paramref name="error"/>: nothing of this write was committed.</summary>
    public void Fail(Exception error) => _committed.TrySetException(error);

    private static DbParameter Parameter(DbParameter parameter, string name, DbType type, object? value)
    {
        parameter.ParameterName = name;
        parameter.DbType = type;
        parameter.Value = value ?? DBNull.Value;
        return parameter;
    }
}
