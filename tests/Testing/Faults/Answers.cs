using System.Net;

namespace Collaboration.Testing.Faults;

/// <summary>
/// What clients heard during a fault: how many answers of each status, how many requests got no
/// answer at all, the slowest one, and the refusals that broke the promise of a 503
/// (problem+json with Retry-After).
/// </summary>
public sealed class Answers
{
    private readonly Dictionary<int, int> _byStatus = [];
    private readonly Lock _gate = new();
    private TimeSpan _slowest;
    private int _none;
    private int _badRefusals;

    /// <summary>The slowest request, answered or not.</summary>
    public TimeSpan Slowest
    {
        get
        {
            lock (_gate)
            {
                return _slowest;
            }
        }
    }

    /// <summary>Requests that got no answer (connection refused or reset, client timeout).</summary>
    public int None
    {
        get
        {
            lock (_gate)
            {
                return _none;
            }
        }
    }

    /// <summary>503 answers that were not problem+json or had no Retry-After.</summary>
    public int BadRefusals
    {
        get
        {
            lock (_gate)
            {
                return _badRefusals;
            }
        }
    }

    /// <summary>Requests made, answered or not.</summary>
    public int Total
    {
        get
        {
            lock (_gate)
            {
                return _byStatus.Values.Sum() + _none;
            }
        }
    }

    /// <summary>Answers with this status.</summary>
    public int this[HttpStatusCode status]
    {
        get
        {
            lock (_gate)
            {
                return _byStatus.GetValueOrDefault((int)status);
            }
        }
    }

    /// <summary>Answers with a status of 500 or more other than 503.</summary>
    public int ServerErrors
    {
        get
        {
            lock (_gate)
            {
                return _byStatus.Where(s => s.Key >= 500 && s.Key != 503).Sum(s => s.Value);
            }
        }
    }

    /// <summary>Every status heard, e.g. "200: 812, 503: 40".</summary>
    public override string ToString()
    {
        lock (_gate)
        {
            return string.Join(", ", _byStatus.OrderBy(s => s.Key).Select(s => $"{s.Key}: {s.Value}").Append($"no answer: {_none}"));
        }
    }

    public void Add(ApiAnswer answer, TimeSpan took)
    {
        lock (_gate)
        {
            _byStatus[(int)answer.Status] = _byStatus.GetValueOrDefault((int)answer.Status) + 1;
            if (answer.Status == HttpStatusCode.ServiceUnavailable && (answer.ContentType != "application/problem+json" || answer.RetryAfter is null))
            {
                _badRefusals++;
            }

            _slowest = took > _slowest ? took : _slowest;
        }
    }

    public void AddNone(TimeSpan took)
    {
        lock (_gate)
        {
            _none++;
            _slowest = took > _slowest ? took : _slowest;
        }
    }
}
