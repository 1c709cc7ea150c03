using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.Features;
using SpeechCustom.MockServer.Http;

namespace SpeechCustom.MockServer.CustomVoice.Operations;

/// <summary>"Identical request" for Operation-Id reuse: same method, same path and query, same body bytes.</summary>
internal static class RequestFingerprint
{
    public static string Of(HttpContext context)
    {
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path + context.Request.QueryString;
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{context.Request.Method}\n{target}\n"));
        hash.AppendData(RequestBody.Bytes(context));
        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
