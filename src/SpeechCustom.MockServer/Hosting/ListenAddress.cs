using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace SpeechCustom.MockServer.Hosting;

/// <summary>
/// Turns MockServerOptions.HttpUrl into a Kestrel listen call. "localhost" with port 0 binds 127.0.0.1 (Kestrel cannot
/// pick a dynamic port for localhost); "*", "+" and "0.0.0.0" bind every interface.
/// </summary>
internal static class ListenAddress
{
    public static void Configure(KestrelServerOptions kestrel, MockServerOptions options)
    {
        if (!Uri.TryCreate(options.HttpUrl.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var url)
            || url.Scheme != Uri.UriSchemeHttp)
        {
            throw new ArgumentException($"HttpUrl must be an http:// URL such as http://127.0.0.1:0, not '{options.HttpUrl}'.", nameof(options));
        }

        var host = url.Host;
        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
        {
            if (url.Port == 0)
            {
                kestrel.Listen(IPAddress.Loopback, 0);
            }
            else
            {
                kestrel.ListenLocalhost(url.Port);
            }
        }
        else
        {
            kestrel.Listen(IPAddress.Parse(url.IdnHost.Trim('[', ']')), url.Port);
        }

        if (options.TlsCertificate is { } certificate)
        {
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate));
        }
    }
}
