using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace MimecastPS.Binding
{
    /// <summary>
    /// Cell values a transformation attribute could not convert (a yes/no cell saying "maybe", a date in no ISO form, a
    /// number column saying "twelve"). Failing the binding would make PowerShell write its own error at once, ahead of
    /// the earlier rows' outcomes still in flight, and end the whole file under -ErrorAction Stop before anything is
    /// sent. So the attribute binds "not given" and records the problem here, and the row engine reports it as that
    /// row's error, in its place. Thread-static: PowerShell binds a row and runs ProcessRecord for it on the pipeline
    /// thread, one row after the other.
    /// </summary>
    internal static class BadCells
    {
        [ThreadStatic]
        private static List<BadCell>? _pending;

        /// <summary>Records a value that could not be converted; returns null, the "not given" the parameter binds instead.</summary>
        public static object? Record(object value, string problem)
        {
            (_pending ?? (_pending = new List<BadCell>())).Add(new BadCell(value, problem));
            return null;
        }

        /// <summary>What was recorded since the last call, and forgets it.</summary>
        public static IReadOnlyList<BadCell> Take()
        {
            var taken = (IReadOnlyList<BadCell>?)_pending ?? Array.Empty<BadCell>();
            _pending = null;
            return taken;
        }

        /// <summary>
        /// The problems of <paramref name="row"/>'s own cells, each named by its column. A record whose value is in no
        /// cell of the row was left by a row PowerShell refused to bind, and is dropped.
        /// </summary>
        public static IReadOnlyList<string> OfRow(PSObject row, IReadOnlyList<BadCell> recorded)
        {
            var problems = new List<string>();
            foreach (BadCell bad in recorded)
            {
                PSPropertyInfo? cell = row.Properties.FirstOrDefault(p => p.MemberType == PSMemberTypes.NoteProperty
                    && string.Equals(PipelineValue.Unwrap(p.Value)?.ToString(), bad.Value.ToString(), StringComparison.Ordinal));
                if (cell != null)
                {
                    problems.Add("column '" + cell.Name + "': " + bad.Problem);
                }
            }
            // PowerShell may run a transformation more than once while binding one value.
            return problems.Distinct().ToList();
        }
    }
}
