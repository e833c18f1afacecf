using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace MimecastPS.Sandbox;

/// <summary>Writes the {"meta","data","fail"} envelope, and records the status on the request's log entry.</summary>
internal static class EnvelopeWriter
{
    // The default encoder escapes quotes and apostrophes as \u0027, which makes messages hard to read in a
    // terminal; answers are never embedded in HTML, so the relaxed encoder is safe here.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static Task WriteAnswerAsync(HttpContext context, ReceivedRequest entry, EndpointAnswer answer, bool omitKeys)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("meta");
            writer.WriteNumber("status", 200);
            if (answer.Pagination is not null)
            {
                writer.WritePropertyName("pagination");
                answer.Pagination.WriteTo(writer);
            }

            writer.WriteEndObject();
            writer.WriteStartArray("data");
            foreach (var outcome in answer.Outcomes)
            {
                outcome.Data?.WriteTo(writer);
            }

            writer.WriteEndArray();
            writer.WriteStartArray("fail");
            foreach (var outcome in answer.Outcomes)
            {
                if (outcome.Failed)
                {
                    WriteFailEntry(writer, omitKeys ? null : outcome.Key, outcome.Errors);
                }
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return SendAsync(context, entry, 200, buffer.WrittenMemory);
    }

    public static Task WriteFailureAsync(HttpContext context, ReceivedRequest entry, RequestFailure failure)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("meta");
            writer.WriteNumber("status", failure.StatusCode);
            writer.WriteEndObject();
            writer.WriteStartArray("data");
            writer.WriteEndArray();
            writer.WriteStartArray("fail");
            if (failure.Api2Shape)
            {
                writer.WriteStartObject();
                writer.WriteString("code", failure.Error.Code);
                writer.WriteString("message", failure.Error.Message);
                writer.WriteEndObject();
            }
            else
            {
                WriteFailEntry(writer, null, [failure.Error]);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return SendAsync(context, entry, failure.StatusCode, buffer.WrittenMemory);
    }

    public static Task SendAsync(HttpContext context, ReceivedRequest entry, int statusCode, ReadOnlyMemory<byte> json)
    {
        entry.StatusCode = statusCode;
        var response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = "application/json";
        response.ContentLength = json.Length;
        return response.Body.WriteAsync(json).AsTask();
    }

    private static void WriteFailEntry(Utf8JsonWriter writer, JsonElement? key, IReadOnlyList<ApiError> errors)
    {
        writer.WriteStartObject();
        if (key is { } item)
        {
            writer.WritePropertyName("key");
            item.WriteTo(writer);
        }

        writer.WriteStartArray("errors");
        foreach (var error in errors)
        {
            writer.WriteStartObject();
            writer.WriteString("code", error.Code);
            writer.WriteString("message", error.Message);
            writer.WriteBoolean("retryable", error.Retryable);
            if (error.Field is not null)
            {
                writer.WriteString("field", error.Field);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
