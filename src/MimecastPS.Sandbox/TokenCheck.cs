namespace MimecastPS.Sandbox;

internal enum TokenCheck
{
    Valid,
    Unknown,
    Expired,
}
