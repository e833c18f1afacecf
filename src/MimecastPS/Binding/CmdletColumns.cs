using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Reflection;
using System.Security;
using MimecastPS.Transport;

namespace MimecastPS.Binding
{
    /// <summary>The column names that bind to each parameter of a cmdlet (its name and aliases), and which of them hold secrets.</summary>
    internal sealed class CmdletColumns
    {
        private readonly Dictionary<string, string[]> _namesByParameter;
        private readonly HashSet<string> _secretColumns;

        public CmdletColumns(Type cmdletType)
        {
            var parameters = cmdletType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.GetCustomAttributes<ParameterAttribute>().Any()).ToList();
            _namesByParameter = parameters.ToDictionary(p => p.Name,
                p => new[] { p.Name }.Concat(p.GetCustomAttributes<AliasAttribute>().SelectMany(a => a.AliasNames)).ToArray(), StringComparer.OrdinalIgnoreCase);
            _secretColumns = new HashSet<string>(parameters.Where(p => p.PropertyType == typeof(SecureString)).SelectMany(p => _namesByParameter[p.Name]),
                StringComparer.OrdinalIgnoreCase);
        }

        public string[] NamesOf(string parameterName)
            => _namesByParameter.TryGetValue(parameterName, out string[]? names) ? names : new[] { parameterName };

        /// <summary>A column bound to a SecureString parameter, or one whose name says it holds a secret.</summary>
        public bool IsSecret(string column) => _secretColumns.Contains(column) || SecretRedactor.IsSecretName(column);
    }
}
