using Collaboration.Gateway;

await GatewayApp.Create(args).RunAsync();
