using Google.Protobuf;

namespace Collaboration.Access;

/// <summary>
/// Who may call one API method, over gRPC and HTTP alike. Reads are public (no token) or for any
/// signed-in caller; changes name the <see cref="Parties"/> that may make them, found from the
/// request (and, where the request does not say, from the object it changes).
/// </summary>
public sealed class AccessRule
{
    private readonly Func<IMessage, IGrainFactory, ValueTask<Parties>>? _parties;

    private AccessRule(bool isPublic, Func<IMessage, IGrainFactory, ValueTask<Parties>>? parties, bool isWrite = true)
    {
        IsPublic = isPublic;
        _parties = parties;
        IsWrite = isWrite && parties is not null;
    }

    /// <summary>Readable without a token: the public record (decisions, projects, the portfolio).</summary>
    public static AccessRule PublicRead { get; } = new(true, null);

    /// <summary>Readable by any signed-in caller, whatever the role.</summary>
    public static AccessRule Read { get; } = new(false, null);

    /// <summary>A change only an admin may make.</summary>
    public static AccessRule AdminOnly { get; } = new(false, (_, _) => ValueTask.FromResult(Parties.AdminOnly));

    /// <summary>True when the method needs no token.</summary>
    public bool IsPublic { get; }

    /// <summary>True when the method changes state (and so counts against the write rate limit).</summary>
    public bool IsWrite { get; }

    /// <summary>A read only <paramref name="parties"/> may make (and an admin): what they keep for themselves.</summary>
    public static AccessRule ReadBy(Parties parties) => new(false, (_, _) => ValueTask.FromResult(parties), isWrite: false);

    /// <summary>A change the officers of the request's municipality may make.</summary>
    public static AccessRule Officer<TRequest>(Func<TRequest, string> kommunenummer)
        where TRequest : IMessage => Change<TRequest>((request, _) => ValueTask.FromResult(Parties.Municipality(kommunenummer(request))));

    /// <summary>A change the secretariat of the request's forum may make.</summary>
    public static AccessRule Secretariat<TRequest>(Func<TRequest, string?> forumId)
        where TRequest : IMessage => Change<TRequest>((request, _) => ValueTask.FromResult(Parties.Forum(forumId(request))));

    /// <summary>A change whose parties are found from the request and the objects it names.</summary>
    public static AccessRule Change<TRequest>(Func<TRequest, IGrainFactory, ValueTask<Parties>> parties)
        where TRequest : IMessage => new(false, (request, grains) => parties((TRequest)request, grains));

    /// <summary>Who may make this change or read; null for a read open to every caller the rule admits.</summary>
    public ValueTask<Parties>? PartiesFor(IMessage request, IGrainFactory grains) => _parties?.Invoke(request, grains);
}
