using Collaboration.Api;
using Collaboration.MembershipFees.Models;
using Google.Api;
using Google.Protobuf;
using Grpc.Core;

namespace Collaboration.MembershipFees.Api;

/// <summary>The MembershipFees API: maps requests to the council's fee-year grain.</summary>
internal sealed class MembershipFeesService(IGrainFactory grains) : V1.MembershipFees.MembershipFeesBase
{
    public override async Task<V1.FeeYear> GetYear(V1.YearRequest request, ServerCallContext context) =>
        (await Year(request.Council, request.Year).GetAsync()).ToMessage();

    public override async Task<V1.FeeModel> GetModel(V1.ModelRequest request, ServerCallContext context)
    {
        var year = Year(request.Council, request.Year);
        return (await year.GetModelAsync(Field.Slug(request.Name, "name"))).ToMessage(request.Council, request.Year);
    }

    public override Task<V1.FeeModel> PutModel(V1.FeeModel request, ServerCallContext context)
    {
        var year = Year(request.Council, request.Year);
        var model = request.ToModel();
        return context.PutAsync(request.Version > 0 ? request.Version : null, $"/api/fees/{request.Council}/{request.Year}/models/{model.Name}",
            async () => (await year.PutModelAsync(model)).ToMessage(request.Council, request.Year),
            async () => (await year.GetModelAsync(model.Name)).ToMessage(request.Council, request.Year));
    }

    public override Task<V1.FeeModel> PatchModel(V1.PatchModelRequest request, ServerCallContext context)
    {
        var year = Year(request.Council, request.Year);
        var name = Field.Slug(request.Name, "name");
        return context.PatchAsync(request.Model, request.UpdateMask, request.HasVersion ? request.Version : null, FeeMessages.ModelFields,
            async () => (await year.GetModelAsync(name)).ToMessage(request.Council, request.Year),
            async patched => (await year.PutModelAsync(patched.ToModel())).ToMessage(request.Council, request.Year));
    }

    public override async Task<V1.Comparison> Compare(V1.YearRequest request, ServerCallContext context) =>
        (await Year(request.Council, request.Year).CompareAsync()).ToMessage();

    public override Task<V1.FeeYear> Adopt(V1.AdoptRequest request, ServerCallContext context)
    {
        var year = Year(request.Council, request.Year);
        var decision = Field.CaseNumber(request.CaseNumber, "caseNumber");
        var name = Field.Slug(request.Name, "name");
        return context.ChangeAsync(request.HasVersion ? request.Version : null,
            async () => (await year.AdoptAsync(name, decision)).ToMessage(),
            async () => (await year.GetAsync()).ToMessage());
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

    private IFeeYearGrain Year(string council, int year) =>
        grains.GetGrain<IFeeYearGrain>($"{Field.Slug(council, "council")}/{Field.Year(year, "year")}");
}
