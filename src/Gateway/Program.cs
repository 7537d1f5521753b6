using Collaboration.Gateway;
using Collaboration.ServiceDefaults;

// The standalone gateway: an Orleans client in front of a running cluster. The embedded default
// (src/Silo) co-hosts the same gateway instead.
var builder = WebApplication.CreateBuilder(args);
builder.AddServiceDefaults();
builder.UseOrleansClient(client => client.UseLocalhostClustering());
builder.AddCollaborationGateway();

var app = builder.Build();
app.MapDefaultEndpoints();
app.MapCollaborationGateway();
app.Run();
