using System;
using System.Security.Cryptography;
using System.Text;

namespace SpeechCustom.Engine.WebHooks
{
    /// <summary>
    /// Checks the X-MicrosoftSpeechServices-Signature header of a web hook callback: Base64(HMAC-SHA256(key = UTF-8 of the
    /// secret, data = the request body bytes)). Runs locally. The comparison takes the same time whatever bytes differ,
    /// so a receiver built on it does not tell an attacker how much of a forged signature was right.
    /// </summary>
    public static class SignatureVerifier
    {
        public const string SignatureHeader = "X-MicrosoftSpeechServices-Signature";

        public const string EventHeader = "X-MicrosoftSpeechServices-Event";

        public static WebHookSignatureCheck Verify(byte[] body, string? signature, string secret)
        {
            if (body is null)
                throw new ArgumentNullException(nameof(body));
            if (string.IsNullOrEmpty(secret))
                throw new Errors.SpeechInputException("MissingParameter", "-Secret is empty: give the secret the web hook was registered with.", "Secret");
            if (string.IsNullOrWhiteSpace(signature))
                return new WebHookSignatureCheck(false, "The signature is empty: the callback carried no " + SignatureHeader + " header (was the web hook registered without a secret?).", body.Length);

            byte[] presented;
            try
            {
                presented = Convert.FromBase64String(signature!.Trim());
            }
            catch (FormatException)
            {
                return new WebHookSignatureCheck(false, "The signature is not Base64: pass the value of the " + SignatureHeader + " header as received.", body.Length);
            }

            byte[] expected;
            using (var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(secret)))
                expected = hmac.ComputeHash(body);
            return FixedTimeEquals(expected, presented)
                ? new WebHookSignatureCheck(true, "The signature matches the body and the secret.", body.Length)
                : new WebHookSignatureCheck(false, "The signature does not match: the body was changed, or it was signed with another secret.", body.Length);
        }

        /// <summary>Compares every byte whatever the first difference (netstandard2.0 lacks CryptographicOperations.FixedTimeEquals).</summary>
        private static bool FixedTimeEquals(byte[] left, byte[] right)
        {
            var difference = left.Length ^ right.Length;
            for (var i = 0; i < left.Length; i++)
                difference |= left[i] ^ (i < right.Length ? right[i] : 0);
            return difference == 0;
        }
    }

    /// <summary>The outcome of a signature check (Test-SpeechWebHookSignature -Detailed).</summary>
    public sealed class WebHookSignatureCheck
    {
        public WebHookSignatureCheck(bool isValid, string reason, int bodyLength)
        {
            IsValid = isValid;
            Reason = reason;
            BodyLength = bodyLength;
        }

        public bool IsValid { get; }

        public string Reason { get; }

        /// <summary>How many bytes of body were checked (a body re-encoded on the way would show here).</summary>
        public int BodyLength { get; }

        public string Algorithm => "HMAC-SHA256";

        public override string ToString() => Reason;
    }
}
