using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using MimecastPS.Pipeline;

namespace MimecastPS.Binding
{
    /// <summary>
    /// What a run's CSV rows say about themselves before any item is built: columns that bind to nothing, two columns
    /// that give one parameter differently (each named once per run, in warnings at the end), rows unusable as a whole
    /// (a required column missing, a cell that could not be converted), and text read in the wrong encoding.
    /// Pipeline thread only; one per run.
    /// </summary>
    internal sealed class RowInspector
    {
        public const string MisdecodedTextCode = "MisdecodedText";
        public const string InvalidCellValueCode = "InvalidCellValue";
        public const string MissingColumnCode = "MissingColumn";

        private readonly CmdletColumns _columns;
        private readonly ISet<string> _givenOnCommandLine;
        private readonly HashSet<string> _seenColumns = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        private readonly List<string> _unboundColumns = new List<string>();
        private readonly Dictionary<string, string> _conflictingColumns = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        public RowInspector(CmdletColumns columns, ISet<string> givenOnCommandLine)
        {
            _columns = columns;
            _givenOnCommandLine = givenOnCommandLine;
        }

        /// <summary>
        /// Remembers each column of the row that binds to no parameter (a typo, a trailing space), with the parameter it
        /// was probably meant for, and each parameter two of the row's columns give with different values.
        /// </summary>
        public void Note(RowCells row)
        {
            foreach (PSPropertyInfo cell in row.Columns)
            {
                if (!_seenColumns.Add(cell.Name) || _columns.Binds(cell.Name))
                {
                    continue;
                }
                string? nearest = _columns.NearestParameter(cell.Name);
                string hint = cell.Name.IndexOf(';') >= 0 ? " (a semicolon-separated file? read it with Import-Csv -Delimiter ';')"
                    : nearest == null ? "" : " (did you mean " + nearest + "?)";
                _unboundColumns.Add("'" + cell.Name + "'" + hint);
            }
            foreach (string parameter in _columns.Parameters.Where(p => !_conflictingColumns.ContainsKey(p)))
            {
                string[] names = _columns.NamesOf(parameter);
                if (ColumnsPresent(row, names) < 2)
                {
                    // Only a parameter that two of the row's columns give can be given two different values.
                    continue;
                }
                var given = names.Select(row.Find)
                    .Where(p => p != null && !PipelineValue.IsEmptyCell(PipelineValue.Unwrap(p.Value)))
                    .Select(p => (Name: p!.Name, Value: PipelineValue.Unwrap(p.Value)!.ToString()!.Trim()))
                    .ToList();
                if (given.Select(g => g.Value).Distinct(StringComparer.OrdinalIgnoreCase).Count() > 1)
                {
                    // PowerShell binds the parameter's own name first, then its aliases in the order they are declared.
                    _conflictingColumns[parameter] = "Columns " + string.Join(" and ", given.Select(g => "'" + g.Name + "'")) + " both give -" + parameter
                        + " and differ in some rows: '" + given[0].Name + "' was used (the parameter's own name wins, then its aliases in this order: "
                        + string.Join(", ", names.Skip(1)) + ").";
                }
            }
        }

        /// <summary>The warnings for what <see cref="Note"/> found, once each.</summary>
        public IEnumerable<string> Warnings()
        {
            foreach (string conflict in _conflictingColumns.Values)
            {
                yield return conflict;
            }
            if (_unboundColumns.Count > 0)
            {
                yield return "No parameter takes the column" + (_unboundColumns.Count == 1 ? " " : "s ") + string.Join(", ", _unboundColumns)
                    + ": " + (_unboundColumns.Count == 1 ? "it was" : "they were") + " ignored.";
            }
        }

        /// <summary>
        /// The refusal of a row unusable as a whole: no column for a required parameter (a semicolon file read without
        /// -Delimiter ';' has one column holding every header), or cells that could not be converted. Null when the
        /// row is fine so far. <paramref name="subject"/> names the row from the cells that could be read.
        /// </summary>
        public RowRequest? Unusable(RowCells row, IReadOnlyList<BadCell> badCells, string rowName, Func<string?> subject)
        {
            var cells = row.Columns.Select(p => p.Name).ToList();
            // A required parameter given on the command line (Add-MimecastGroupMember -Group Finance) needs no column.
            string? missing = _columns.Mandatory.FirstOrDefault(parameter => !_givenOnCommandLine.Contains(parameter)
                && !_columns.NamesOf(parameter).Any(name => cells.Contains(name, StringComparer.OrdinalIgnoreCase)));
            if (missing != null)
            {
                string advice = cells.Count == 1 && cells[0].IndexOf(';') >= 0
                    ? "The file is separated by semicolons: read it with Import-Csv -Delimiter ';'."
                    : cells.Any(c => c.Length > 0 && c[0] == '\uFEFF')
                        ? "A column name begins with an invisible byte-order mark: the file is UTF-8 read in another encoding; read it with Import-Csv -Encoding UTF8."
                        : "Name a column " + missing + " (or one of " + string.Join(", ", _columns.NamesOf(missing).Skip(1)) + ").";
                return RowRequest.Refuse(rowName, RowFailures.Invalid(MissingColumnCode,
                    rowName + ": no column gives -" + missing + "; the row's columns are " + string.Join(", ", cells.Select(c => "'" + c + "'")) + ". " + advice));
            }
            var problems = BadCells.OfRow(row.Row!, badCells);
            if (problems.Count == 0)
            {
                return null;
            }
            string name = subject() ?? rowName;
            return RowRequest.Refuse(name, RowFailures.Invalid(InvalidCellValueCode, name + ": " + string.Join(" ", problems) + " Nothing of this row was sent."));
        }

        /// <summary>The refusal of an item of a row whose text holds U+FFFD, the mark of bytes read in the wrong encoding; null when none does.</summary>
        public static RowFailure? Misdecoded(RowCells row, string subject)
        {
            string? column = row.Columns.FirstOrDefault(p => PipelineValue.Unwrap(p.Value) is string text && text.IndexOf('\uFFFD') >= 0)?.Name;
            return column == null ? null : RowFailures.Invalid(MisdecodedTextCode,
                subject + ": column '" + column + "' holds text that was not read in its file's encoding (it contains \uFFFD). The file is probably ANSI "
                + "(Windows-1252), as Excel saves 'CSV': read it with Import-Csv -Encoding Default in Windows PowerShell 5.1, or -Encoding Ansi in PowerShell 7.4 and later.");
        }

        /// <summary>How many of <paramref name="names"/> are properties of the row: a loop, as it runs for every parameter of every row.</summary>
        private static int ColumnsPresent(RowCells row, string[] names)
        {
            int present = 0;
            foreach (string name in names)
            {
                if (row.Find(name) != null)
                {
                    present++;
                }
            }
            return present;
        }
    }
}
