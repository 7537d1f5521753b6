using Collaboration.Api;
using Collaboration.Api.V1;
using Collaboration.Gateway.Federation;
using Collaboration.Organisations;
using Collaboration.Portfolio;
using Google.Api;
using Google.Protobuf;
using Grpc.Core;

namespace Collaboration.Gateway.Apis.Portfolio;

/// <summary>The Portfolio API: maps requests to the portfolio grain, and its rows to CSV and XLSX.</summary>
public sealed class PortfolioService(IGrainFactory grains, PortfolioVocabulary words, PeerRegions regions, TimeProvider clock) : Api.V1.Portfolio.PortfolioBase
{
    private const int MaxDays = 3660;

    private IPortfolioGrain Portfolio => grains.GetGrain<IPortfolioGrain>(IPortfolioGrain.Key);

    public override async Task<Api.V1.PortfolioView> QueryPortfolio(Api.V1.PortfolioQuery request, ServerCallContext context)
    {
        var query = request.ToQuery(words, regions);
        var view = await Portfolio.QueryAsync(query);
        var message = view.ToMessage(await grains.NamesAsync(PortfolioMessages.MunicipalitiesIn(view)));
        message.Regions.AddRange(await regions.DescribeAsync(query.Filter.Regions));
        return message;
    }

    public override async Task<ParticipationMatrix> GetParticipation(Api.V1.PortfolioQuery request, ServerCallContext context)
    {
        var matrix = await Portfolio.ParticipationAsync(request.ToFilter(words, regions));
        return matrix.ToMessage(await grains.NamesAsync(matrix.Municipalities));
    }

    public override async Task<ListDeadlinesResponse> ListDeadlines(ListDeadlinesRequest request, ServerCallContext context)
    {
        var days = request.HasDays ? request.Days : 30;
        if (days is < 1 or > MaxDays)
        {
            throw CollaborationException.Invalid("days", $"days must be 1–{MaxDays}.");
        }

        var municipality = request.HasKommunenummer ? Field.Kommunenummer(request.Kommunenummer) : null;
        var now = clock.GetUtcNow();
        var deadlines = await Portfolio.DeadlinesAsync(request.Overdue ? DateTimeOffset.MinValue : now, now.AddDays(days), municipality);
        var names = await grains.NamesAsync(PortfolioMessages.MunicipalitiesIn(deadlines));
        var response = new ListDeadlinesResponse();
        response.Deadlines.AddRange(deadlines.Select(d => d.ToMessage(names)));
        return response;
    }

    public override async Task<PortfolioEntryDetails> GetEntry(GetEntryRequest request, ServerCallContext context)
    {
        var details = await Portfolio.GetAsync(request.ToKey(words));
        return details.ToMessage(await grains.NamesAsync(PortfolioMessages.MunicipalitiesIn(details.Row).Concat(PortfolioMessages.MunicipalitiesIn(details.Deadlines))));
    }

    public override Task<Api.V1.PortfolioVocabulary> GetVocabulary(GetVocabularyRequest request, ServerCallContext context) =>
        Task.FromResult(words.ToMessage());

    public override async Task<HttpBody> ExportCsv(Api.V1.PortfolioQuery request, ServerCallContext context) =>
        File("text/csv; charset=utf-8", PortfolioCsv.Write(await TableAsync(request)));

    public override async Task<HttpBody> ExportXlsx(Api.V1.PortfolioQuery request, ServerCallContext context) =>
        File("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", PortfolioXlsx.Write(await TableAsync(request)));

    private async Task<PortfolioTable> TableAsync(Api.V1.PortfolioQuery request)
    {
        var filter = request.ToFilter(words, regions);
        var rows = await Portfolio.ExportAsync(filter, request.ToSort(), request.IsDescending());
        var names = await grains.NamesAsync(rows.SelectMany(PortfolioMessages.MunicipalitiesIn).Concat(filter.Municipalities));
        return new PortfolioTable(rows, filter.Municipalities, names, words, clock.GetUtcNow(),
            regions.OwnRegion, filter.Regions.Any(r => r != PortfolioFilter.OwnRegion));
    }

    private static HttpBody File(string contentType, byte[] bytes) => new() { ContentType = contentType, Data = ByteString.CopyFrom(bytes) };
}
