using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace MimecastPS.Binding
{
    /// <summary>Tab completion from a parameter's <see cref="ChoicesAttribute"/>, for any cmdlet of the module.</summary>
    public sealed class ChoicesCompleter : IArgumentCompleter
    {
        private static readonly Lazy<Dictionary<string, Type>> CmdletTypes = new Lazy<Dictionary<string, Type>>(() =>
            typeof(ChoicesCompleter).Assembly.GetTypes()
                .Select(type => (type, attribute: (CmdletAttribute?)Attribute.GetCustomAttribute(type, typeof(CmdletAttribute))))
                .Where(t => t.attribute != null)
                .ToDictionary(t => t.attribute!.VerbName + "-" + t.attribute.NounName, t => t.type, StringComparer.OrdinalIgnoreCase));

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete, CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            // The command may be called module-qualified (MimecastPS\New-MimecastAccount).
            string name = commandName.Substring(commandName.LastIndexOf('\\') + 1);
            return CmdletTypes.Value.TryGetValue(name, out Type? type)
                ? ChoicesAttribute.Of(type, parameterName)
                    .Where(choice => choice.StartsWith(wordToComplete ?? string.Empty, StringComparison.OrdinalIgnoreCase))
                    .Select(choice => new CompletionResult(choice))
                : Enumerable.Empty<CompletionResult>();
        }
    }
}
