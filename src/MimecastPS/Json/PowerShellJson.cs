using System;
using System.Collections;
using System.Linq;
using System.Management.Automation;
using System.Security;
using MimecastPS.Auth;
using Newtonsoft.Json.Linq;

namespace MimecastPS.Json
{
    /// <summary>Between PowerShell objects (hashtables, PSCustomObjects) and the JSON Mimecast speaks.</summary>
    internal static class PowerShellJson
    {
        private const int MaxDepth = 20;

        public static JToken ToJson(object? value, int depth = 0)
        {
            if (depth > MaxDepth) throw new ArgumentException("The data is nested more than " + MaxDepth + " levels deep.");
            value = value is PSObject wrapped && !(wrapped.BaseObject is PSCustomObject) ? wrapped.BaseObject : value;
            switch (value)
            {
                case null:
                    return JValue.CreateNull();
                case string _:
                case bool _:
                case char _:
                    return new JValue(value);
                case SecureString secure:
                    return new JValue(secure.Reveal());
                case DateTime date:
                    return new JValue(JsonFields.MimecastDate(date));
                case DateTimeOffset offset:
                    return new JValue(JsonFields.MimecastDate(offset.UtcDateTime));
                case IDictionary dictionary:
                    var fromDictionary = new JObject();
                    foreach (DictionaryEntry entry in dictionary) fromDictionary[entry.Key.ToString()!] = ToJson(entry.Value, depth + 1);
                    return fromDictionary;
                case PSObject custom:
                    var fromObject = new JObject();
                    foreach (var property in custom.Properties.Where(p => p.IsGettable)) fromObject[property.Name] = ToJson(property.Value, depth + 1);
                    return fromObject;
                case IEnumerable sequence:
                    return new JArray(sequence.Cast<object?>().Select(e => ToJson(e, depth + 1)));
                case IConvertible _ when value.GetType().IsPrimitive || value is decimal:
                    return new JValue(value);
                case Enum _:
                    return new JValue(value.ToString());
                default:
                    return ToJson(PSObject.AsPSObject(value), depth + 1);
            }
        }

        public static object? ToPowerShell(JToken? token)
        {
            switch (token)
            {
                case null:
                    return null;
                case JObject obj:
                    var result = new PSObject();
                    foreach (var property in obj.Properties()) result.Properties.Add(new PSNoteProperty(property.Name, ToPowerShell(property.Value)));
                    return result;
                case JArray array:
                    return array.Select(ToPowerShell).ToArray();
                case JValue value:
                    return value.Value;
                default:
                    return token.ToString();
            }
        }
    }
}
