namespace MimecastPS.Binding
{
    /// <summary>A cell value that could not be converted for its parameter, and why, in words that do not repeat a secret.</summary>
    internal sealed class BadCell
    {
        public BadCell(object value, string problem)
        {
            Value = value;
            Problem = problem;
        }

        public object Value { get; }

        /// <summary>Such as "'maybe' is not a yes/no value: ...".</summary>
        public string Problem { get; }
    }
}
