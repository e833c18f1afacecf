using System.Net;

namespace MimecastPS.Tests.Unit;

/// <summary>Windows PowerShell 5.1: TLS 1.2 is added to what is allowed, never replacing it, and the OS default is left alone.</summary>
public sealed class Tls12Tests
{
#pragma warning disable SYSLIB0014, CS0618 // The old protocol names are what a 5.1 session may hold.
    [Theory]
    [InlineData((SecurityProtocolType)0, (SecurityProtocolType)0)]
    [InlineData(SecurityProtocolType.Tls, SecurityProtocolType.Tls | SecurityProtocolType.Tls12)]
    [InlineData(SecurityProtocolType.Tls | SecurityProtocolType.Tls11, SecurityProtocolType.Tls | SecurityProtocolType.Tls11 | SecurityProtocolType.Tls12)]
    [InlineData(SecurityProtocolType.Tls12, SecurityProtocolType.Tls12)]
    [InlineData(SecurityProtocolType.Tls12 | SecurityProtocolType.Tls13, SecurityProtocolType.Tls12 | SecurityProtocolType.Tls13)]
    [InlineData(SecurityProtocolType.Tls13, SecurityProtocolType.Tls13 | SecurityProtocolType.Tls12)]
    public void Tls12_is_or_ed_in_only_where_it_is_missing_and_the_os_does_not_decide(SecurityProtocolType current, SecurityProtocolType expected)
        => Assert.Equal(expected, ModuleInitializer.WithTls12(current));
#pragma warning restore SYSLIB0014, CS0618
}
