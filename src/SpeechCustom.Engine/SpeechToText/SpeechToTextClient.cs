using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization.Metadata;
using System.Threading.Tasks;
using Azure.Core;
using SpeechCustom.Engine.Connection;
using SpeechCustom.Engine.Errors;
using SpeechCustom.Engine.Http;
using SpeechCustom.Engine.Models;
using SpeechCustom.Engine.Models.SpeechToText;
using SpeechCustom.Engine.Paging;

namespace SpeechCustom.Engine.SpeechToText
{
    /// <summary>
    /// The speech-to-text API (custom speech, batch transcription) in one object model across versions: v3.x puts
    /// the version in the path (/speechtotext/v3.2/...), 2024-11-15 and later in ?api-version=. Shapes that differ
    /// (durations, projects) are hidden by the models; what a version lacks fails before a request is sent.
    /// </summary>
    public sealed partial class SpeechToTextClient
    {
        private readonly SpeechContext context;
        private readonly RestCaller caller;

        internal SpeechToTextClient(SpeechContext context, RestCaller caller)
        {
            this.context = context;
            this.caller = caller;
        }

        public string ApiVersion => context.SpeechToTextApiVersion;

        public bool IsPathVersioned => ApiVersions.IsPathVersioned(ApiVersion);

        /// <summary>Projects exist in v3.x and 2025-10-15 but not in 2024-11-15.</summary>
        public bool SupportsProjects => ApiVersion != "2024-11-15";

        internal Uri Url(string path, params KeyValuePair<string, string?>[] query)
        {
            var root = context.Endpoint.AbsoluteUri.TrimEnd('/') + "/speechtotext/";
            if (IsPathVersioned)
                return QueryString.Build(root + ApiVersion + "/" + path, query);
            var all = new List<KeyValuePair<string, string?>>(query) { QueryString.Pair("api-version", ApiVersion) };
            return QueryString.Build(root + path, all);
        }

        /// <summary>The self URL of an entity of this resource and version, as used in references ({"self": ...}).</summary>
        public string EntityUrl(string collection, string id) => Url(collection + "/" + Uri.EscapeDataString(id)).AbsoluteUri;

        /// <summary>
        /// Turns a project id, a project URL or a project object's self into a reference in this connection's URL form,
        /// after checking the version has projects; the URL of anything else (a dataset, a model) fails before sending.
        /// </summary>
        public EntityReference ProjectReference(string projectIdOrUrl)
        {
            RequireProjects("-Project");
            return new EntityReference(EntityUrl("projects", ReferenceIdOf(projectIdOrUrl, "projects", "Project", "project")));
        }

        public void RequireProjects(string what)
        {
            if (!SupportsProjects)
                throw new SpeechInputException("ProjectsNotSupported",
                    $"Speech to text API version {ApiVersion} has no projects, so {what} cannot be used. Connect with -SpeechToTextApiVersion 2025-10-15 (or v3.2) to use projects.",
                    "SpeechToTextApiVersion");
        }

        internal T Stamp<T>(T value)
            where T : ServiceObject
        {
            value.Origin = context;
            if (value is SttEntity entity && entity.Project != null)
                entity.Project.Origin = context;
            return value;
        }

        internal PageStream<T> List<T>(string collection, string? filter, int? skip, int? top, JsonTypeInfo<SpeechToTextPage<T>> pageType)
            where T : ServiceObject
        {
            var first = Url(collection, QueryString.Pair("skip", skip), QueryString.Pair("top", top), QueryString.Pair("filter", filter));
            return new PageStream<T>(first, async (uri, ct) =>
            {
                var result = await caller.SendAsync<object, SpeechToTextPage<T>>(RequestMethod.Get, uri, null, null, pageType, null, ct).ConfigureAwait(false);
                var items = (result.Value?.Values ?? new List<T>()).Select(Stamp).ToList();
                var next = string.IsNullOrEmpty(result.Value?.NextLink) ? null : new Uri(result.Value!.NextLink!);
                return new Page<T>(items, next);
            });
        }

        internal static T Required<T>(T? value, string what)
            where T : class
            => value ?? throw new SpeechException("UnexpectedResponse", $"The service returned no {what}.", SpeechErrorCategory.InvalidData);
    }
}
