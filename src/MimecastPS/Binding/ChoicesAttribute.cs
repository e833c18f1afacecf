using System;
using System.Linq;
using System.Reflection;

namespace MimecastPS.Binding
{
    /// <summary>
    /// The values a string parameter takes, for tab completion (<see cref="ChoicesCompleter"/>) and for the cmdlet's
    /// own per-row check. Not a ValidateSet: a wrong value from a CSV must be that row's error, not a binding failure
    /// that PowerShell writes out of order.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property)]
    internal sealed class ChoicesAttribute : Attribute
    {
        public ChoicesAttribute(params string[] values)
        {
            Values = values;
        }

        public string[] Values { get; }

        /// <summary>The choices declared on <paramref name="parameterName"/> of <paramref name="cmdletType"/>; none when it declares none.</summary>
        public static string[] Of(Type cmdletType, string parameterName)
            => cmdletType.GetProperty(parameterName, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)?
                .GetCustomAttributes<ChoicesAttribute>().SelectMany(c => c.Values).ToArray() ?? new string[0];
    }
}
