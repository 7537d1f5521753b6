using Collaboration.Api;
using Collaboration.MembershipFees.Models;
using Collaboration.Organisations;
using Google.Api;
using Google.Protobuf;
using Grpc.Core;

namespace Collaboration.MembershipFees.Api;

/// <summary>The MembershipFees API: maps requests to the council's fee-year grain.</summary>
internal sealed class MembershipFeesService(IGrainFactory grains) : V1.MembershipFees.MembershipFeesBase
{
    public override Task<V1.FeeYear> GetYear(V1.YearRequest request, ServerCallContext context) =>
        AnswerAsync(Year(request.Council, request.Year).GetAsync());

    public override Task<V1.FeeModel> GetModel(V1.ModelRequest request, ServerCallContext context)
    {
        var year = Year(request.Council, request.Year);
        return AnswerAsync(year.GetModelAsync(Field.Slug(request.Name, "name")), request.Council, request.Year);
    }

    public override Task<V1.FeeModel> PutModel(V1.FeeModel request, ServerCallContext context)
    {
        var year = Year(request.Council, request.Year);
        var model = request.ToModel();
        return context.PutAsync(request.Version > 0 ? request.Version : null, $"/api/fees/{request.Council}/{request.Year}/models/{model.Name}",
            () => AnswerAsync(year.PutModelAsync(model), request.Council, request.Year),
            () => AnswerAsync(year.GetModelAsync(model.Name), request.Council, request.Year));
    }

    public override Task<V1.FeeModel> PatchModel(V1.PatchModelRequest request, ServerCallContext context)
    {
        var year = Year(request.Council, request.Year);
        var name = Field.Slug(request.Name, "name");
        return context.PatchAsync(request.Model, request.UpdateMask, request.HasVersion ? request.Version : null, FeeMessages.ModelFields,
            () => AnswerAsync(year.GetModelAsync(name), request.Council, request.Year),
            patched => AnswerAsync(year.PutModelAsync(patched.ToModel()), request.Council, request.Year));
    }

    public override async Task<V1.Comparison> Compare(V1.YearRequest request, ServerCallContext context) =>
        (await Year(request.Council, request.Year).CompareAsync()).ToMessage();

    public override Task<V1.FeeYear> Adopt(V1.AdoptRequest request, ServerCallContext context)
    {
        var year = Year(request.Council, request.Year);
        var decision = Field.CaseNumber(request.CaseNumber, "caseNumber");
        var name = Field.Slug(request.Name, "name");
        return context.ChangeAsync(request.HasVersion ? request.Version : null,
            () => AnswerAsync(year.AdoptAsync(name, decision)),
            () => AnswerAsync(year.GetAsync()));
    }

    public override Task<V1.InvoiceList> GenerateInvoices(V1.YearRequest request, ServerCallContext context)
    {
        var year = Year(request.Council, request.Year);
        return context.ChangeAsync(request.HasVersion ? request.Version : null,
            async () => (await year.GenerateInvoicesAsync()).ToMessage(),
            async () => (await year.ListInvoicesAsync()).ToMessage());
    }

    public override async Task<V1.InvoiceList> ListInvoices(V1.YearRequest request, ServerCallContext context) =>
        (await Year(request.Council, request.Year).ListInvoicesAsync()).ToMessage();

    public override async Task<HttpBody> ExportInvoices(V1.YearRequest request, ServerCallContext context)
    {
        var invoices = await Year(request.Council, request.Year).ListInvoicesAsync();
        return new HttpBody { ContentType = "text/csv; charset=utf-8", Data = ByteString.CopyFrom(InvoiceCsv.Write(invoices)) };
    }

    // Answers name the double members they list, as registered now.
    private async Task<V1.FeeYear> AnswerAsync(Task<FeeYear> call)
    {
        var year = await call;
        return year.ToMessage(await grains.NamesAsync(FeeMessages.MunicipalitiesIn(year.Models)));
    }

    private async Task<V1.FeeModel> AnswerAsync(Task<FeeModel> call, string council, int year)
    {
        var model = await call;
        return model.ToMessage(council, year, await grains.NamesAsync(FeeMessages.MunicipalitiesIn([model])));
    }

    private IFeeYearGrain Year(string council, int year) =>
        grains.GetGrain<IFeeYearGrain>($"{Field.Slug(council, "council")}/{Field.Year(year, "year")}");
}
