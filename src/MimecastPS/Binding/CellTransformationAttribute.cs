using System.Management.Automation;

namespace MimecastPS.Binding
{
    /// <summary>
    /// What every CSV-grade transformation shares: the value is taken out of its PSObject wrapper, and an empty or
    /// all-blank cell binds as "not given" (null) whatever the parameter's type. The rest is the derived attribute's.
    /// </summary>
    public abstract class CellTransformationAttribute : ArgumentTransformationAttribute
    {
        public sealed override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            object? value = PipelineValue.Unwrap(inputData);
            return PipelineValue.IsEmptyCell(value) ? null : Convert(value!);
        }

        /// <summary>The parameter's value for a cell that is not empty; a value that cannot be one is recorded in <see cref="BadCells"/>.</summary>
        private protected abstract object? Convert(object value);
    }
}
