using Collaboration.Silo;

return args switch
{
    ["migrate", .. var rest] => await MigrateCommand.RunAsync(rest),
    ["token", .. var rest] => await TokenCommand.RunAsync(rest),
    _ => await SiloApp.RunAsync(args),
};
