namespace Collaboration.Testing;

/// <summary>Waits for an asynchronous outcome (a reminder firing) without asserting on time.</summary>
public static class Eventually
{
    public static async Task<T> ValueAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan patience)
    {
        var giveUp = DateTime.UtcNow + patience;
        while (true)
        {
            var value = await read();
            if (done(value) || DateTime.UtcNow > giveUp)
            {
                return value;
            }

            await Task.Delay(250);
        }
    }
}
