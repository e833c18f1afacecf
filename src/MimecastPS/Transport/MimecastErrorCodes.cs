using System;
using System.Collections.Generic;
using System.Management.Automation;

namespace MimecastPS.Transport
{
    /// <summary>
    /// The Mimecast codes the module knows: the PowerShell error category each one means, and whether a whole
    /// request refused with it would fail every other row too. Mimecast does not publish all its codes, so an
    /// unknown code falls back to what its HTTP status says; nothing is guessed from the words of a code.
    /// </summary>
    internal static class MimecastErrorCodes
    {
        private static readonly Dictionary<string, (ErrorCategory Category, bool DoomsEveryRow)> Known = new Dictionary<string, (ErrorCategory Category, bool DoomsEveryRow)>(StringComparer.OrdinalIgnoreCase)
        {
            // About one item: the other rows of the run are not affected.
            ["err_validation_invalid_email_address"] = Row(ErrorCategory.InvalidArgument),
            ["err_validation_null"] = Row(ErrorCategory.InvalidArgument),
            ["err_validation_blank"] = Row(ErrorCategory.InvalidArgument),
            ["err_validation_invalid_boolean"] = Row(ErrorCategory.InvalidArgument),
            ["err_validation_invalid_number"] = Row(ErrorCategory.InvalidArgument),
            ["err_validation_out_of_range"] = Row(ErrorCategory.InvalidArgument),
            ["err_validation_invalid_enum"] = Row(ErrorCategory.InvalidArgument),
            ["err_validation_invalid_date"] = Row(ErrorCategory.InvalidArgument),
            ["err_validation_invalid_string"] = Row(ErrorCategory.InvalidArgument),
            ["err_validation_invalid_array"] = Row(ErrorCategory.InvalidArgument),
            ["err_validation_invalid_country"] = Row(ErrorCategory.InvalidArgument),
            ["err_validation_invalid_page_token"] = Row(ErrorCategory.InvalidArgument),
            ["err_domain_not_internal"] = Row(ErrorCategory.InvalidArgument),
            ["err_user_already_exists"] = Row(ErrorCategory.ResourceExists),
            ["err_alias_already_exists"] = Row(ErrorCategory.ResourceExists),
            ["err_folder_group_member_already_exists"] = Row(ErrorCategory.ResourceExists),
            ["err_user_not_found"] = Row(ErrorCategory.ObjectNotFound),
            ["err_alias_owner_not_found"] = Row(ErrorCategory.ObjectNotFound),
            ["err_folder_email_address_not_found"] = Row(ErrorCategory.ObjectNotFound),
            // A 403 that names an address is about that row.
            ["err_xdk_operation_forbidden_for_address"] = Row(ErrorCategory.PermissionDenied),
            // The batch as a whole: a smaller one may pass.
            ["err_request_too_many_items"] = Row(ErrorCategory.LimitsExceeded),
            ["err_request_malformed"] = Row(ErrorCategory.InvalidData),
            ["err_request_missing_data"] = Row(ErrorCategory.InvalidData),
            ["err_rate_limit_exceeded"] = Row(ErrorCategory.LimitsExceeded),
            ["err_internal_server_error"] = Row(ErrorCategory.ConnectionError),
            ["err_service_unavailable"] = Row(ErrorCategory.ConnectionError),
            // About the caller: every row would meet it.
            ["err_xdk_binding_expired"] = Everyone(ErrorCategory.AuthenticationError),
            ["err_xdk_invalid_signature"] = Everyone(ErrorCategory.AuthenticationError),
            ["err_xdk_invalid_access_key"] = Everyone(ErrorCategory.AuthenticationError),
            ["err_xdk_invalid_app_id"] = Everyone(ErrorCategory.AuthenticationError),
            ["err_xdk_invalid_date"] = Everyone(ErrorCategory.AuthenticationError),
            ["err_xdk_missing_header"] = Everyone(ErrorCategory.AuthenticationError),
            ["err_xdk_malformed_authorization"] = Everyone(ErrorCategory.AuthenticationError),
            ["err_xdk_duplicate_request_id"] = Everyone(ErrorCategory.AuthenticationError),
            ["err_developer_key"] = Everyone(ErrorCategory.AuthenticationError),
            ["err_xdk_forbidden"] = Everyone(ErrorCategory.PermissionDenied),
            ["err_resource_not_found"] = Everyone(ErrorCategory.ObjectNotFound),
            ["err_method_not_allowed"] = Everyone(ErrorCategory.InvalidOperation),
            // API 2.0 and OAuth.
            ["token_expired"] = Everyone(ErrorCategory.AuthenticationError),
            ["invalid_token"] = Everyone(ErrorCategory.AuthenticationError),
            ["unauthorized"] = Everyone(ErrorCategory.AuthenticationError),
            ["invalid_client"] = Everyone(ErrorCategory.AuthenticationError),
            ["invalid_grant"] = Everyone(ErrorCategory.AuthenticationError),
            ["unauthorized_client"] = Everyone(ErrorCategory.AuthenticationError),
        };

        /// <summary>
        /// The category of a code; <paramref name="httpStatus"/> decides for a code the table does not know
        /// (0, or 200 for a fail entry, when there is no status to go by).
        /// </summary>
        public static ErrorCategory CategoryFor(string code, int httpStatus = 0)
            => Known.TryGetValue(code, out var meaning) ? meaning.Category : CategoryForStatus(httpStatus);

        public static bool IsKnown(string code) => Known.ContainsKey(code);

        /// <summary>Whether a whole request refused with this code and status dooms every row of the run.</summary>
        public static bool DoomsEveryRow(string code, int httpStatus)
            => Known.TryGetValue(code, out var meaning) ? meaning.DoomsEveryRow : StatusDoomsEveryRow(httpStatus);

        private static ErrorCategory CategoryForStatus(int httpStatus)
        {
            switch (httpStatus)
            {
                case 400: return ErrorCategory.InvalidArgument;
                case 401:
                case 418: return ErrorCategory.AuthenticationError;
                case 403: return ErrorCategory.PermissionDenied;
                case 404: return ErrorCategory.ObjectNotFound;
                case 407: return ErrorCategory.AuthenticationError;
                case 409: return ErrorCategory.ResourceExists;
                case 429: return ErrorCategory.LimitsExceeded;
                default:
                    if (httpStatus >= 300 && httpStatus < 400) return ErrorCategory.ConnectionError;
                    if (httpStatus >= 500) return ErrorCategory.ConnectionError;
                    return ErrorCategory.InvalidOperation;
            }
        }

        /// <summary>Statuses about the caller or the address of the API (credentials, permission, path, proxy, redirect).</summary>
        private static bool StatusDoomsEveryRow(int httpStatus)
            => httpStatus == 401 || httpStatus == 403 || httpStatus == 404 || httpStatus == 407 || httpStatus == 418
               || (httpStatus >= 300 && httpStatus < 400);

        private static (ErrorCategory, bool) Row(ErrorCategory category) => (category, false);

        private static (ErrorCategory, bool) Everyone(ErrorCategory category) => (category, true);
    }
}
