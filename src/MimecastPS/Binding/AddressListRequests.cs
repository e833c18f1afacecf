using System;
using System.Collections.Generic;
using System.Linq;
using MimecastPS.Pipeline;
using Newtonsoft.Json.Linq;

namespace MimecastPS.Binding
{
    /// <summary>
    /// Rows that name one address and a list of others (a user and its aliases, a user and its delegates): one request
    /// item for each address in the list, each with its own outcome; a row with any address that is not one sends nothing.
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
            var addresses = listValues.Select(RowValidation.Clean).ToList();
            var invalid = addresses.Where(a => !RowValidation.IsEmailAddress(a)).ToList();
            if (invalid.Count > 0)
            {
                // One bad address makes the row wrong as a whole: nothing of it is sent, so it can be fixed and re-run as it is.
                yield return RowRequest.Refuse(owner, RowFailures.Invalid(RowValidation.InvalidEmailAddressCode,
                    owner + ": -" + listParameter + " " + string.Join(", ", invalid.Select(a => "'" + RowValidation.Printable(a) + "'"))
                    + (invalid.Count == 1 ? " is not an email address" : " are not email addresses") + "; nothing of this row was sent."));
                yield break;
            }
            foreach (string address in addresses)
            {
                yield return RowRequest.SendListItem(subject(owner, address), item(owner, address), listParameter, address);
            }
        }
    }
}
