using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using SpeechCustom.Engine.Connection;
using SpeechCustom.Engine.Paging;
using SpeechCustom.Engine.Validation;

namespace SpeechCustom.Infrastructure
{
    /// <summary>
    /// Base of Get-CsrDataset, Get-CsrModel and Get-CsrEvaluation: by -Id (declared by each cmdlet, with its own kind), or a
    /// list of the whole resource or of one project, narrowed by -Locale, -Status, -DisplayName and -Filter on the service.
    /// </summary>
    public abstract class CsrGetCmdlet : SpeechServiceCmdlet
    {
        internal const string ListSet = "List";
        internal const string IdSet = "Id";

        [Parameter(ParameterSetName = ListSet, ValueFromPipelineByPropertyName = true)]
        [SttReferenceTransformation("CsrProject", AsSelf = true)]
        public string? Project { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [ArgumentCompleter(typeof(CsrLocaleCompleter))]
        public string? Locale { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [ValidateSet("NotStarted", "Running", "Succeeded", "Failed")]
        public string? Status { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        public string? DisplayName { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        public string? Filter { get; set; }

        /// <summary>Gets each id, or streams the list; <paramref name="first"/> adds the cmdlet's own conditions in front.</summary>
        internal void GetOrList<T>(string[] ids, Func<SpeechContext, string, CancellationToken, Task<T>> get,
            Func<SpeechContext, string?, int?, int, string?, PageStream<T>> list, Action<FilterBuilder>? first = null)
        {
            if (ParameterSetName == IdSet)
            {
                this.GetEach(ids, id => InputRules.GuidOf(id, "Id"), get);
                return;
            }
            this.WriteList(
                () =>
                {
                    if (Project != null)
                        ResolveContext(Project).SpeechToText.ProjectIdOf(Project);
                    var filter = new FilterBuilder();
                    first?.Invoke(filter);
                    return filter
                        .Equal("locale", Locale is null ? null : InputRules.LocaleOf(Locale, "Locale"))
                        .Equal("status", Status)
                        .Equal("displayName", DisplayName)
                        .Raw(Filter)
                        .Build();
                },
                (c, filter, skip) => list(c, filter, skip, this.Top(), Project),
                Filter, Project);
        }
    }
}
