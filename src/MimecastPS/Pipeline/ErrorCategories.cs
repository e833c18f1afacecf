using System;
using System.Management.Automation;
using MimecastPS.Transport;

namespace MimecastPS.Pipeline
{
    /// <summary>
    /// The ErrorCategory for a Mimecast code. Mimecast does not publish all its codes, so the category is
    /// read from the code's words (err_user_already_exists -> ResourceExists), with a fallback.
    /// </summary>
    internal static class ErrorCategories
    {
        public static ErrorCategory ForCode(string code)
        {
            string c = code.ToLowerInvariant();
            if (c.Contains("already_exists") || c.Contains("duplicate")) return ErrorCategory.ResourceExists;
            if (c.Contains("not_found") || c.Contains("unknown")) return ErrorCategory.ObjectNotFound;
            if (c.Contains("forbidden") || c.Contains("permission") || c.Contains("not_permitted")) return ErrorCategory.PermissionDenied;
            if (c.Contains("rate_limit") || c.Contains("quota") || c.Contains("too_many")) return ErrorCategory.LimitsExceeded;
            if (c.Contains("signature") || c.Contains("binding_expired") || c.Contains("token") || c.Contains("unauthorized") || c.Contains("invalid_client") || c.Contains("access_key"))
                return ErrorCategory.AuthenticationError;
            if (c.StartsWith("err_validation", StringComparison.Ordinal) || c.Contains("invalid") || c.Contains("not_internal")) return ErrorCategory.InvalidArgument;
            return ErrorCategory.InvalidOperation;
        }

        public static ErrorCategory ForFailure(ApiFailure failure)
        {
            switch (failure.Kind)
            {
                case FailureKind.Authentication:
                case FailureKind.BindingExpired:
                    return ErrorCategory.AuthenticationError;
                case FailureKind.Forbidden:
                    return ErrorCategory.PermissionDenied;
                case FailureKind.RateLimited:
                    return ErrorCategory.LimitsExceeded;
                case FailureKind.Network:
                case FailureKind.Server:
                    return ErrorCategory.ConnectionError;
                case FailureKind.Timeout:
                    return ErrorCategory.OperationTimeout;
                case FailureKind.UnreadableAnswer:
                    return ErrorCategory.InvalidResult;
                case FailureKind.NotFound:
                    return ErrorCategory.ObjectNotFound;
                default:
                    return ForCode(failure.Code);
            }
        }
    }
}
