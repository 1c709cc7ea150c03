using System.Text.Json;
using SpeechCustom.Module.Tests.Support;
using Xunit;
using static SpeechCustom.Module.Tests.TranscriptionScripts;

namespace SpeechCustom.Module.Tests;

/// <summary>
/// Web hooks against a real local receiver (Kestrel on 127.0.0.1, a port the OS picks): it answers the service's
/// challenge, receives the events of a transcription, and Test-SpeechWebHookSignature verifies the signature header the
/// service actually sent — and rejects the same body once changed. The secret never shows in any stream.
/// </summary>
public sealed class WebHookTests(MockFixture mock) : IClassFixture<MockFixture>, IDisposable
{
    private readonly string secretVariable = "SPEECHCUSTOM_TEST_HOOK_SECRET_" + Guid.NewGuid().ToString("N")[..8];
    private readonly string secret = "hook-" + Guid.NewGuid().ToString("N");

    public void Dispose() => Environment.SetEnvironmentVariable(secretVariable, null);

    private string Secret => $"(ConvertTo-SecureString $env:{secretVariable} -AsPlainText -Force)";

    [Fact]
    public async Task A_hook_on_a_local_receiver_is_challenged_gets_a_transcriptions_events_and_their_signatures_verify()
    {
        Environment.SetEnvironmentVariable(secretVariable, secret);
        await using var receiver = await WebHookTestReceiver.StartAsync();
        var name = MockFixture.NewId("hooked");
        using var session = new ModuleSession();
        session.Run(mock.ConnectWithKey);
        var before = mock.Server.Requests.Count;

        var register = session.Run($"""
            $hook = New-SpeechWebHook -DisplayName '{name}' -WebUrl '{receiver.Url}' -Event Transcription -Secret {Secret} -Wait -PollingIntervalSec 0.2 -Verbose -Debug
            $hook.Status
            $hook.Events -join ','
            {AudioUrls(2)}
            $job = New-SpeechTranscription -DisplayName '{name}' -Locale en-US -ContentUrl $urls -Wait -PollingIntervalSec 0.2 -Verbose
            $job.Id
            """);

        Assert.True(register.Errors.Count == 0, register.ErrorText);
        Assert.Equal("Succeeded", register.Output[0].BaseObject);
        Assert.Equal("TranscriptionCreation,TranscriptionProcessing,TranscriptionCompletion,TranscriptionDeletion", register.Output[1].BaseObject);
        var jobId = (string)register.Output[2].BaseObject;

        var challenge = await receiver.WaitForAsync(c => c.ValidationToken != null, TimeSpan.FromSeconds(30), "challenge");
        Assert.Equal("challenge", challenge.Event, StringComparer.OrdinalIgnoreCase);
        var completion = await receiver.WaitForAsync(c => string.Equals(c.Event, "TranscriptionCompletion", StringComparison.OrdinalIgnoreCase), TimeSpan.FromSeconds(30), "transcription completion");
        Assert.Contains(jobId, JsonDocument.Parse(completion.Body).RootElement.GetProperty("self").GetString());
        Assert.NotNull(completion.Signature);

        // The registration sent the secret (the service needs it); nothing the user sees shows it.
        var create = Assert.Single(Since(mock.Server.Requests, before), r => r.Method == "POST" && r.Path.EndsWith("/webhooks", StringComparison.Ordinal));
        Assert.Equal(secret, BodyOf(create).GetProperty("properties").GetProperty("secret").GetString());

        var tampered = completion.BodyText.Replace(jobId, Guid.NewGuid().ToString(), StringComparison.Ordinal);
        var verify = session.Run($"""
            Test-SpeechWebHookSignature -Body $body -Signature $signature -Secret {Secret}
            Test-SpeechWebHookSignature -Body $bytes -Signature $signature -Secret {Secret}
            Test-SpeechWebHookSignature -Body $tampered -Signature $signature -Secret {Secret}
            Test-SpeechWebHookSignature -Body $tampered -Signature $signature -Secret {Secret} -Detailed | Out-Host
            """, new Dictionary<string, object?> { ["body"] = completion.BodyText, ["bytes"] = completion.Body, ["signature"] = completion.Signature, ["tampered"] = tampered });

        Assert.True(verify.Errors.Count == 0, verify.ErrorText);
        Assert.Equal(new object[] { true, true, false }, verify.BaseObjects);
        Assert.Contains("does not match", verify.HostText);
        Assert.DoesNotContain(secret, register.AllText());
        Assert.DoesNotContain(secret, verify.AllText());
    }

    [Fact]
    public async Task Ping_and_test_make_the_service_call_now_and_a_hook_pipes_into_Get_Set_and_Remove()
    {
        Environment.SetEnvironmentVariable(secretVariable, secret);
        await using var receiver = await WebHookTestReceiver.StartAsync();
        var name = MockFixture.NewId("pinged");
        using var session = new ModuleSession();
        session.Run(mock.ConnectWithKey);
        var before = mock.Server.Requests.Count;

        var result = session.Run($$"""
            {{AudioUrls(1)}}
            New-SpeechTranscription -DisplayName '{{name}}' -Locale en-US -ContentUrl $urls -Wait -PollingIntervalSec 0.2 | Out-Null
            $hook = New-SpeechWebHook -DisplayName '{{name}}' -WebUrl '{{receiver.Url}}?code=FunctionKey{{name}}' -Event TranscriptionCompletion, Ping -Secret {{Secret}} -Wait -PollingIntervalSec 0.2 -Verbose
            $hook | Out-Host
            $hook | Test-SpeechWebHook -Ping -WhatIf
            $hook | Test-SpeechWebHook -Ping
            $hook | Test-SpeechWebHook
            $hook | Set-SpeechWebHook -DisplayName '{{name}}-renamed' -Event TranscriptionCompletion -Secret {{Secret}} -PassThru | ForEach-Object { $_.DisplayName + '|' + ($_.Events -join ',') }
            @(Get-SpeechWebHook -DisplayName '{{name}}-renamed').Count
            $hook | Remove-SpeechWebHook -Force
            @(Get-SpeechWebHook -DisplayName '{{name}}-renamed').Count
            """);

        Assert.True(result.Errors.Count == 0, result.ErrorText);
        Assert.Equal(new object[] { true, true, name + "-renamed|TranscriptionCompletion", 1, 0 }, result.BaseObjects);
        await receiver.WaitForAsync(c => string.Equals(c.Event, "ping", StringComparison.OrdinalIgnoreCase), TimeSpan.FromSeconds(30), "ping");
        var requests = Since(mock.Server.Requests, before);
        Assert.Single(requests, r => r.Method == "POST" && r.Path.EndsWith(":ping", StringComparison.Ordinal)); // not for -WhatIf
        Assert.Contains("What if: Performing the operation \"Send a ping event\"", result.HostText);
        // The key in the callback URL (an Azure Functions ?code=) reaches the service but no stream or object.
        Assert.Contains(requests, r => r.Method == "POST" && r.Body.Contains("FunctionKey" + name, StringComparison.Ordinal));
        Assert.DoesNotContain("FunctionKey", result.AllText() + result.HostText);
        Assert.Contains("/speech/callbacks?code=REDACTED", result.HostText);
        Assert.Contains(requests, r => r.Method == "POST" && r.Path.EndsWith(":test", StringComparison.Ordinal));
        var patch = BodyOf(Assert.Single(requests, r => r.Method == "PATCH"));
        Assert.Equal(secret, patch.GetProperty("properties").GetProperty("secret").GetString());
        Assert.False(patch.GetProperty("events").GetProperty("ping").GetBoolean(), "an update replaces the set of events");
        Assert.DoesNotContain(secret, result.AllText());
    }
}
