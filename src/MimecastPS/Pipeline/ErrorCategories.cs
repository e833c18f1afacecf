using System;
using System.Management.Automation;
using MimecastPS.Transport;

namespace MimecastPS.Pipeline
{
    /// <summary>
    /// The ErrorCategory of a row's error: from the table of Mimecast codes the module knows, else from the HTTP
    /// status. Mimecast does not publish its "already exists" codes, so an unknown code that says so is still
    /// ResourceExists: -IfExists and the earlier-attempt hint depend on it.
    /// </summary>
    internal static class ErrorCategories
    {
        private static readonly string[] ExistsWords = { "already_exists", "already_a_member", "duplicate" };

        public static ErrorCategory ForCode(string code, int httpStatus = 0)
        {
            if (!MimecastErrorCodes.IsKnown(code) && Array.Exists(ExistsWords, word => code.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0))
            {
                return ErrorCategory.ResourceExists;
            }
            return MimecastErrorCodes.CategoryFor(code, httpStatus);
        }

        public static ErrorCategory ForFailure(ApiFailure failure)
        {
            switch (failure.Kind)
            {
                case FailureKind.Authentication:
                case FailureKind.BindingExpired:
                case FailureKind.ProxyAuthentication:
                    return ErrorCategory.AuthenticationError;
                case FailureKind.Forbidden:
                    return ErrorCategory.PermissionDenied;
                case FailureKind.RateLimited:
                case FailureKind.WaitTooLong:
                    return ErrorCategory.LimitsExceeded;
                case FailureKind.Network:
                case FailureKind.Server:
                case FailureKind.Redirected:
                case FailureKind.Disconnected:
                    return ErrorCategory.ConnectionError;
                case FailureKind.Timeout:
                    return ErrorCategory.OperationTimeout;
                case FailureKind.UnreadableAnswer:
                case FailureKind.OutcomeUnknown:
                    return ErrorCategory.InvalidResult;
                case FailureKind.NotFound:
                    return ErrorCategory.ObjectNotFound;
                default:
                    return ForCode(failure.Code, failure.HttpStatus);
            }
        }
    }
}
