using System.Text;

namespace Collaboration.Gateway.Apis.OParl;

/// <summary>
/// The absolute URLs that are OParl ids and list links, made from the address the request came
/// to. An object's key is one path segment: a forum path's "/" is written "~" and the parts of a
/// key are joined by "." (neither occurs in forum, meeting or body ids).
/// </summary>
public sealed class OParlUrls(string root)
{
    public static OParlUrls For(HttpRequest request) => new($"{request.Scheme}://{request.Host}{request.PathBase}/oparl/v1");

    public string System => $"{root}/system";

    public string Bodies => $"{root}/bodies";

    public string List(string bodyForumId, string list) => $"{root}/body/{ForumKey(bodyForumId)}/{list}";

    public string Of(string type, string key) => $"{root}/{type}/{key}";

    public string Body(string forumId) => Of("body", ForumKey(forumId));

    public string Organization(string forumId) => Of("organization", ForumKey(forumId));

    public string MemberOrganization(string councilId, string bodyId) => Of("organization", Key(councilId, bodyId));

    public string Meeting(string forumId, string meetingId) => Of("meeting", Key(forumId, meetingId));

    public string AgendaItem(string forumId, int year, int sequence) => Of("agendaItem", CaseKey(forumId, year, sequence));

    public string Paper(string forumId, int year, int sequence) => Of("paper", CaseKey(forumId, year, sequence));

    public string Consultation(string forumId, int year, int sequence) => Of("consultation", CaseKey(forumId, year, sequence));

    public string Consultation(string forumId, int year, int sequence, string bodyId) => Of("consultation", $"{CaseKey(forumId, year, sequence)}.{bodyId}");

    public string Person(string councilId, string name) => Of("person", Key(councilId, NameKey(name)));

    public string Membership(string forumId, string bodyId, DateOnly from) => Of("membership", Key(forumId, bodyId, Api.Wire.Date(from)));

    public static string ForumKey(string forumId) => forumId.Replace('/', '~');

    public static string ForumId(string key) => key.Replace('~', '/');

    public static string CaseKey(string forumId, int year, int sequence) =>
        Key(forumId, year.ToString(global::System.Globalization.CultureInfo.InvariantCulture), sequence.ToString(global::System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>A person's name as a key: lower-case ASCII letters and digits, other characters as "-".</summary>
    public static string NameKey(string name)
    {
        var key = new StringBuilder();
        foreach (var c in name.Trim().ToLowerInvariant())
        {
            key.Append(c switch
            {
                'æ' => "ae",
                'ø' => "o",
                'å' => "a",
                _ when char.IsAsciiLetterOrDigit(c) => c.ToString(),
                _ => "-",
            });
        }

        return key.ToString();
    }

    private static string Key(string forumId, params string[] parts) => string.Join('.', [ForumKey(forumId), .. parts]);
}
