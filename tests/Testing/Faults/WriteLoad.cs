using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

namespace Collaboration.Testing.Faults;

/// <summary>
/// Writers that keep changing projects of their own (PUT /api/projects/{id} with a new title each
/// time) through one or more HTTP targets until stopped, while a fault happens. Each writer owns
/// its projects, so the last write a writer saw acknowledged is the newest change it made there.
/// Every answer is counted; what was acknowledged is kept to be read back afterwards.
/// </summary>
public sealed class WriteLoad
{
    private readonly ConcurrentDictionary<string, AcknowledgedWrite> _newest = new(StringComparer.Ordinal);
    private readonly ConcurrentBag<AcknowledgedWrite> _acknowledged = [];
    private readonly Answers _answers = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _writing;
    private readonly bool _readEach;
    private readonly int _projects;
    private long _sequence;

    private WriteLoad(IReadOnlyList<HttpClient> targets, int writers, string prefix, int projectsEach, bool readEach)
    {
        _readEach = readEach;
        _projects = writers * projectsEach;
        _writing = Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(() => WriteAsync(targets, w, prefix, projectsEach))));
    }

    /// <summary>Answers heard so far, by status.</summary>
    public Answers Answers => _answers;

    /// <summary>Every acknowledged write (project, version, title).</summary>
    public IReadOnlyCollection<AcknowledgedWrite> Acknowledged => _acknowledged;

    /// <summary>The newest acknowledged write of each project.</summary>
    public IReadOnlyDictionary<string, AcknowledgedWrite> Newest => _newest;

    /// <summary>
    /// Starts <paramref name="writers"/> writers, each with <paramref name="projectsEach"/> projects
    /// named after <paramref name="prefix"/>; with <paramref name="readEach"/> each acknowledged
    /// write is followed by a read of the project (its answer counted too).
    /// </summary>
    public static WriteLoad Start(IReadOnlyList<HttpClient> targets, int writers, string prefix, int projectsEach, bool readEach = false) =>
        new(targets, writers, prefix, projectsEach, readEach);

    /// <summary>A mark in the order of acknowledgements: writes acknowledged later have a greater <see cref="AcknowledgedWrite.Sequence"/>.</summary>
    public long Mark => Interlocked.Read(ref _sequence);

    /// <summary>Waits until every project of the load has been acknowledged at least once; false when the patience ran out.</summary>
    public async Task<bool> EveryProjectAcknowledgedAsync(TimeSpan patience) =>
        await Eventually.ValueAsync(() => Task.FromResult(_newest.Count), count => count == _projects, patience) == _projects;

    /// <summary>Waits until every project written so far has a write acknowledged after <paramref name="mark"/>; false when the patience ran out.</summary>
    public async Task<bool> EveryProjectAcknowledgedAfterAsync(long mark, TimeSpan patience) =>
        await Eventually.ValueAsync(() => Task.FromResult(_newest.Values.All(w => w.Sequence > mark)), all => all, patience);

    /// <summary>Waits until at least <paramref name="count"/> answers (of any kind) were heard; false when the patience ran out.</summary>
    public async Task<bool> HeardAsync(int count, TimeSpan patience) =>
        await Eventually.ValueAsync(() => Task.FromResult(_answers.Total), total => total >= count, patience) >= count;

    /// <summary>Stops the writers after their current request.</summary>
    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await _writing;
    }

    private async Task WriteAsync(IReadOnlyList<HttpClient> targets, int writer, string prefix, int projectsEach)
    {
        for (var n = 0; !_stop.IsCancellationRequested; n++)
        {
            var id = $"{prefix}-{writer}-{n % projectsEach}";
            var title = $"{prefix} {writer} {n}";
            var target = targets[(writer + n) % targets.Count];
            var clock = Stopwatch.StartNew();
            try
            {
                var answer = await target.ApiPutAsync($"/api/projects/{id}", new { title });
                _answers.Add(answer, clock.Elapsed);
                if (answer.Status is HttpStatusCode.OK or HttpStatusCode.Created)
                {
                    var write = new AcknowledgedWrite(id, (int)answer.Json["version"]!, title, Interlocked.Increment(ref _sequence));
                    _acknowledged.Add(write);
                    _newest[id] = write;
                    if (_readEach)
                    {
                        clock.Restart();
                        _answers.Add(await target.ApiGetAsync($"/api/projects/{id}"), clock.Elapsed);
                    }
                }
            }
            catch (Exception error) when (error is HttpRequestException or TaskCanceledException)
            {
                // No answer (the process went away, or took longer than the client's timeout): nothing was promised.
                _answers.AddNone(clock.Elapsed);
                await Task.Delay(100); // a process being killed refuses connections at once; do not spin
            }
        }
    }
}

/// <summary>A write the server acknowledged: the project, the version it answered, the title it stored, and its place in the order of acknowledgements.</summary>
public sealed record AcknowledgedWrite(string Id, int Version, string Title, long Sequence);
