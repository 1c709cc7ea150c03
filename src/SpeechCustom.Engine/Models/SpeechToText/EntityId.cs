using System;

namespace SpeechCustom.Engine.Models.SpeechToText
{
    /// <summary>Speech-to-text entities carry no id property: it is the last path segment of their <c>self</c> URL.</summary>
    public static class EntityId
    {
        public static string? FromSelf(string? self)
        {
            if (string.IsNullOrEmpty(self))
                return null;
            var path = self!;
            var q = path.IndexOf('?');
            if (q >= 0)
                path = path.Substring(0, q);
            path = path.TrimEnd('/');
            var slash = path.LastIndexOf('/');
            return slash >= 0 ? path.Substring(slash + 1) : path;
        }
    }
}
