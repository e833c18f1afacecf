using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using MimecastPS.Commands;

namespace MimecastPS.Binding
{
    /// <summary>
    /// Tab completion for -AdminRole and -MailPlatform. Not a ValidateSet: a wrong value from a CSV must be
    /// that row's error, not a binding failure.
    /// </summary>
    public sealed class AccountChoiceCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
            => NewMimecastAccountCommand.ChoicesFor(parameterName)
                .Where(choice => choice.StartsWith(wordToComplete ?? string.Empty, System.StringComparison.OrdinalIgnoreCase))
                .Select(choice => new CompletionResult(choice));
    }
}
