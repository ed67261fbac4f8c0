using MotCua.Domain.Catalog;
using MotCua.Features.Shared;

namespace MotCua.Features.Returns;

/// <summary>How the result goes out: channel InPerson, Post (with trackingNumber) or Online, and who received it.</summary>
public sealed record ReturnBody(string? Channel, string? CollectedBy, string? TrackingNumber) : IActionBody
{
    public IDictionary<string, string[]> Problems()
    {
        var problems = Limits.Line("collectedBy", CollectedBy, ReturnModel.MaxCollectedBy)
            .Concat(Limits.Line("trackingNumber", TrackingNumber, ReturnModel.MaxTrackingNumber)).ToDictionary();
        if (ParsedChannel is null)
            problems["channel"] = ["Hình thức trả kết quả phải là InPerson (tại quầy), Post (bưu chính) hoặc Online (trực tuyến)."];
        return problems;
    }

    public Channel? ParsedChannel => Enum.TryParse<Channel>(Channel, out var channel) && Enum.IsDefined(channel) ? channel : null;
}

/// <summary>The return desk in the officers' API (R24): the result goes out at the counter, by post or online.</summary>
public static class ReturnsApi
{
    public static void MapReturnsApi(this RouteGroupBuilder dossier) =>
        dossier.MapAction<ReturnBody>("/return", "ReturnResult", "Trả kết quả: channel (InPerson, Post, Online), collectedBy (người nhận), trackingNumber (mã vận đơn khi gửi bưu chính) (R24).",
            (a, b) => a.Dossier.ReturnResult(b.ParsedChannel!.Value, b.CollectedBy?.Trim() ?? "", string.IsNullOrWhiteSpace(b.TrackingNumber) ? null : b.TrackingNumber.Trim(), a.By, a.At));
}
