using SpeechCustom.MockServer.Http;

namespace SpeechCustom.MockServer.Querying;

/// <summary>skip + page size of a list request (custom voice calls the size maxpagesize, speech to text top).</summary>
internal readonly record struct PageRequest(int Skip, int Size)
{
    public const int DefaultSize = 100;

    public static PageRequest FromQuery(IQueryCollection query, string sizeParameter)
    {
        var skip = ReadInt(query, "skip", 0, minimum: 0);
        var size = ReadInt(query, sizeParameter, DefaultSize, minimum: 1);
        return new PageRequest(skip, size);
    }

    /// <summary>This page's items and whether more follow.</summary>
    public (IReadOnlyList<T> Items, bool HasMore) Slice<T>(IReadOnlyList<T> all)
    {
        var items = all.Skip(Skip).Take(Size).ToList();
        return (items, (long)Skip + Size < all.Count);
    }

    private static int ReadInt(IQueryCollection query, string name, int fallback, int minimum)
    {
        var text = query[name].ToString();
        if (text.Length == 0)
        {
            return fallback;
        }

        return int.TryParse(text, out var value) && value >= minimum
            ? value
            : throw InvalidFieldException.Invalid(name, $"an integer of at least {minimum} is expected.");
    }
}
