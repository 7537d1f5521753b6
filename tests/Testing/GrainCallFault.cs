namespace Collaboration.Testing;

/// <summary>
/// A fault a test arms in one grain method for its next call, as an Orleans response timeout
/// shows it to the caller: a <see cref="TimeoutException"/>, either before the method runs
/// (nothing stored) or after it ran (its change stored all the same). Add it to a test silo's
/// services as its <see cref="IIncomingGrainCallFilter"/>; unarmed, it only passes calls on.
/// </summary>
public sealed class GrainCallFault : IIncomingGrainCallFilter
{
    private Armed? _armed;

    /// <summary>The next call of <typeparamref name="TGrain"/>'s <paramref name="method"/> fails before it runs.</summary>
    public void FailBefore<TGrain>(string method) => _armed = new Armed(typeof(TGrain), method, AfterWork: false);

    /// <summary>The next call of <typeparamref name="TGrain"/>'s <paramref name="method"/> runs, then fails.</summary>
    public void FailAfter<TGrain>(string method) => _armed = new Armed(typeof(TGrain), method, AfterWork: true);

    public async Task Invoke(IIncomingGrainCallContext context)
    {
        var armed = _armed;
        if (armed is null || context.InterfaceMethod?.DeclaringType != armed.Grain || context.InterfaceMethod.Name != armed.Method
            || Interlocked.CompareExchange(ref _armed, null, armed) != armed)
        {
            await context.Invoke();
            return;
        }

        if (armed.AfterWork)
        {
            await context.Invoke();
        }

        throw new TimeoutException($"{armed.Grain.Name}.{armed.Method} failed as the test asked, {(armed.AfterWork ? "after" : "before")} it ran.");
    }

    private sealed record Armed(Type Grain, string Method, bool AfterWork);
}
