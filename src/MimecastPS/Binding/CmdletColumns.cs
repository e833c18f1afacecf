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
            Mandatory = parameters.Where(p => p.GetCustomAttributes<ParameterAttribute>().Any(a => a.Mandatory && a.ValueFromPipelineByPropertyName))
                .Select(p => p.Name).ToArray();
            _secretColumns = new HashSet<string>(parameters.Where(p => p.PropertyType == typeof(SecureString)).SelectMany(p => _namesByParameter[p.Name]),
                StringComparer.OrdinalIgnoreCase);
        }

        /// <summary>Every parameter a row can give.</summary>
        public IEnumerable<string> Parameters => _namesByParameter.Keys;

        /// <summary>The required parameters a row gives by its columns.</summary>
        public string[] Mandatory { get; }

        /// <summary>Whether a column binds to some parameter (by its name or an alias).</summary>
        public bool Binds(string column) => _namesByParameter.Values.Any(names => names.Contains(column, StringComparer.OrdinalIgnoreCase));

        /// <summary>The parameter a column that binds to nothing was probably meant for: same letters but for case, spaces and
        /// punctuation, or at most two typing mistakes away. Null when nothing is that close.</summary>
        public string? NearestParameter(string column)
        {
            string wanted = Letters(column);
            return _namesByParameter.SelectMany(p => p.Value.Select(name => (Parameter: p.Key, Distance: EditDistance(wanted, Letters(name)))))
                .Where(c => c.Distance <= 2)
                .OrderBy(c => c.Distance)
                .Select(c => c.Parameter)
                .FirstOrDefault();
        }

        public string[] NamesOf(string parameterName)
            => _namesByParameter.TryGetValue(parameterName, out string[]? names) ? names : new[] { parameterName };

        private static string Letters(string name) => new string(name.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

        private static int EditDistance(string a, string b)
        {
            var previous = Enumerable.Range(0, b.Length + 1).ToArray();
            for (int i = 1; i <= a.Length; i++)
            {
                var current = new int[b.Length + 1];
                current[0] = i;
                for (int j = 1; j <= b.Length; j++)
                {
                    current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                }
                previous = current;
            }
            return previous[b.Length];
        }

        /// <summary>A column bound to a SecureString parameter, or one whose name says it holds a secret.</summary>
        public bool IsSecret(string column) => _secretColumns.Contains(column) || SecretRedactor.IsSecretName(column);
    }
}
