using System.ComponentModel.DataAnnotations;
using OpenTelemetry.Exporter;

namespace MotCua.Platform;

/// <summary>
/// The <c>Telemetry</c> section. Traces and metrics are exported over OTLP only when an endpoint is
/// given, here or by the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> (which then also sets the protocol
/// and headers the standard way); without one nothing leaves the process.
/// </summary>
public sealed class TelemetryOptions
{
    public const string Section = "Telemetry";

    [AbsoluteHttpUrl(ErrorMessage = "Telemetry:OtlpEndpoint phải là một địa chỉ tuyệt đối http:// hoặc https:// (ví dụ http://otel-collector:4317).")]
    public string? OtlpEndpoint { get; set; }

    [EnumDataType(typeof(OtlpExportProtocol), ErrorMessage = "Telemetry:OtlpProtocol phải là Grpc hoặc HttpProtobuf.")]
    public OtlpExportProtocol OtlpProtocol { get; set; } = OtlpExportProtocol.Grpc;
}
