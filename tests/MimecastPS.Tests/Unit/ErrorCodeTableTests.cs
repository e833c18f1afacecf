using System.Management.Automation;
using MimecastPS.Transport;

namespace MimecastPS.Tests.Unit;

public sealed class ErrorCodeTableTests
{
    [Theory]
    [InlineData("err_validation_invalid_email_address", ErrorCategory.InvalidArgument, false)]
    [InlineData("err_user_already_exists", ErrorCategory.ResourceExists, false)]
    [InlineData("ERR_USER_NOT_FOUND", ErrorCategory.ObjectNotFound, false)]
    [InlineData("err_xdk_operation_forbidden_for_address", ErrorCategory.PermissionDenied, false)]
    [InlineData("err_xdk_forbidden", ErrorCategory.PermissionDenied, true)]
    [InlineData("err_xdk_binding_expired", ErrorCategory.AuthenticationError, true)]
    [InlineData("token_expired", ErrorCategory.AuthenticationError, true)]
    [InlineData("invalid_client", ErrorCategory.AuthenticationError, true)]
    public void Known_codes_have_their_category_and_say_whether_they_doom_every_row(string code, ErrorCategory category, bool dooms)
    {
        // The status given contradicts the table on purpose: a known code is decided by the table alone.
        Assert.Equal(category, MimecastErrorCodes.CategoryFor(code, 500));
        Assert.Equal(dooms, MimecastErrorCodes.DoomsEveryRow(code, dooms ? 400 : 403));
    }

    [Theory]
    [InlineData(400, ErrorCategory.InvalidArgument, false)]
    [InlineData(401, ErrorCategory.AuthenticationError, true)]
    [InlineData(403, ErrorCategory.PermissionDenied, true)]
    [InlineData(404, ErrorCategory.ObjectNotFound, true)]
    [InlineData(409, ErrorCategory.ResourceExists, false)]
    [InlineData(429, ErrorCategory.LimitsExceeded, false)]
    [InlineData(502, ErrorCategory.ConnectionError, false)]
    [InlineData(200, ErrorCategory.InvalidOperation, false)]
    public void Unknown_codes_fall_back_to_the_http_status_never_to_the_words_of_the_code(int status, ErrorCategory category, bool dooms)
    {
        Assert.Equal(category, MimecastErrorCodes.CategoryFor("err_something_already_exists_forbidden", status));
        Assert.Equal(dooms, MimecastErrorCodes.DoomsEveryRow("err_something_already_exists_forbidden", status));
    }

    [Theory]
    [InlineData("err_xdk_operation_forbidden_for_address", false)]
    [InlineData("err_xdk_forbidden", true)]
    [InlineData("err_new_unknown_code", true)]
    public void A_403_dooms_every_row_unless_its_code_is_about_one_address(string code, bool dooms)
    {
        var failure = new ApiFailure(FailureKind.Forbidden, "/api/user/update-user", 403, code, "m");
        Assert.Equal(dooms, failure.DoomsEveryRow);
    }

    [Theory]
    [InlineData("Redirected", true)]
    [InlineData("ProxyAuthentication", true)]
    [InlineData("Disconnected", true)]
    [InlineData("OutcomeUnknown", false)]
    [InlineData("WaitTooLong", false)]
    public void Transport_kinds_doom_every_row_only_when_no_row_could_escape_them(string kind, bool dooms)
        => Assert.Equal(dooms, new ApiFailure(Enum.Parse<FailureKind>(kind), "/api/x", 0, "code", "m").DoomsEveryRow);
}
