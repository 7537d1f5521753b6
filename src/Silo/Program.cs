using Collaboration.Silo;

return args is ["migrate", .. var rest]
    ? await MigrateCommand.RunAsync(rest)
    : await SiloApp.RunAsync(args);
