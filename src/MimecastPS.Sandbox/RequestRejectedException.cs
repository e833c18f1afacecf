namespace MimecastPS.Sandbox;

/// <summary>Thrown where a whole request must be refused from deep inside an endpoint (e.g. a bad page token).</summary>
internal sealed class RequestRejectedException(int statusCode, ApiError error) : Exception(error.Message)
{
    public int StatusCode { get; } = statusCode;
    public ApiError Error { get; } = error;
}
