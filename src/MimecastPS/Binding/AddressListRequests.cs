using System;
using System.Collections.Generic;
using MimecastPS.Pipeline;
using Newtonsoft.Json.Linq;

namespace MimecastPS.Binding
{
    /// <summary>
    /// Rows that name one address and a list of others (a user and its aliases, a user and its delegates):
    /// one request item for each address in the list, each checked on its own.
    /// </summary>
    internal static class AddressListRequests
    {
        public static IEnumerable<RowRequest> Create(string ownerParameter, string ownerValue, string listParameter, string[]? listValues,
            Func<string, string, string> subject, Func<string, string, JObject> item)
        {
            string owner = RowValidation.Clean(ownerValue);
            var invalidOwner = RowValidation.CheckEmailAddress(ownerParameter, owner);
            if (invalidOwner != null)
            {
                yield return RowRequest.Refuse(owner, invalidOwner);
                yield break;
            }
            if (listValues == null || listValues.Length == 0)
            {
                yield return RowRequest.Refuse(owner, RowValidation.Missing(owner, listParameter));
                yield break;
            }
            foreach (string given in listValues)
            {
                string address = RowValidation.Clean(given);
                var invalid = RowValidation.CheckEmailAddress(listParameter, address);
                yield return invalid != null
                    ? RowRequest.Refuse(subject(owner, address), invalid)
                    : RowRequest.Send(subject(owner, address), item(owner, address));
            }
        }
    }
}
