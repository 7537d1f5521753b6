using System.Globalization;
using Collaboration.Access;
using Collaboration.Gateway.Access;

namespace Collaboration.Silo;

/// <summary>
/// <c>token --role officer --municipality 5001</c>: prints a bearer token signed with the local
/// key, for trying the API on the embedded default. Options: --role (secretariat, officer,
/// viewer, peer, admin), --municipality (officer), --forum (secretariat), --subject, --hours.
/// </summary>
public static class TokenCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = Options(args);
        var builder = Host.CreateApplicationBuilder([.. args.Where(arg => arg.StartsWith("--", StringComparison.Ordinal) && arg.Contains('=', StringComparison.Ordinal))]);
        var auth = builder.Configuration.GetSection("Auth").Get<AuthOptions>() ?? new AuthOptions();
        if (!auth.UsesLocalKey)
        {
            await Console.Error.WriteLineAsync("Auth:Authority is set: tokens come from that issuer, not from this command.");
            return 1;
        }

        var role = options.GetValueOrDefault("role", Roles.Viewer);
        var holder = new TokenHolder(
            options.GetValueOrDefault("subject", $"{role}-{options.GetValueOrDefault("municipality") ?? options.GetValueOrDefault("forum") ?? "local"}"),
            role,
            options.GetValueOrDefault("municipality"),
            options.GetValueOrDefault("forum"));
        if (holder.Fault is { } fault)
        {
            await Console.Error.WriteLineAsync(fault);
            return 2;
        }

        var hours = double.Parse(options.GetValueOrDefault("hours", "8"), CultureInfo.InvariantCulture);
        Console.WriteLine(LocalTokens.Mint(LocalSigningKey.LoadOrCreate(auth.LocalKeyFile), auth.Audience, holder, TimeSpan.FromHours(hours)));
        return 0;
    }

    // "--role officer" pairs; settings in "--Key=value" form go to the configuration instead.
    private static Dictionary<string, string> Options(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i + 1 < args.Length; i++)
        {
            if (args[i].StartsWith("--", StringComparison.Ordinal) && !args[i].Contains('=', StringComparison.Ordinal))
            {
                options[args[i][2..]] = args[++i];
            }
        }

        return options;
    }
}
