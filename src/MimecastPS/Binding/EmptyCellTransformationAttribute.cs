using System;
using System.Management.Automation;

namespace MimecastPS.Binding
{
    /// <summary>
    /// For number and enum-like parameters: an empty cell binds as "not given" (null) instead of failing
    /// to convert ("" is not a number); every other value goes on to PowerShell's own conversion.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
    public sealed class EmptyCellTransformationAttribute : ArgumentTransformationAttribute
    {
        public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
        {
            object? value = PipelineValue.Unwrap(inputData);
            if (PipelineValue.IsEmptyCell(value))
            {
                return null;
            }
            return value is string text ? text.Trim() : value;
        }
    }
}
