using Collaboration.Silo;

await SiloApp.Create(args).RunAsync();
