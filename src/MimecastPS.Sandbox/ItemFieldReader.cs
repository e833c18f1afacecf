using System.Text.Json;

namespace MimecastPS.Sandbox;

/// <summary>
/// Reads typed fields from one request item and collects a validation error for each bad field, so that an
/// item reports every problem at once, as the real API's "errors" array allows.
/// </summary>
internal sealed class ItemFieldReader
{
    private readonly JsonElement _item;
    private readonly List<ApiError> _errors = new();

    public ItemFieldReader(JsonElement item) => _item = item;

    public IReadOnlyList<ApiError> Errors => _errors;

    public bool HasErrors => _errors.Count > 0;

    public void AddError(ApiError error) => _errors.Add(error);

    public string? String(string field, bool required = false)
    {
        var text = AnyString(field, required);
        if (text is not null && string.IsNullOrWhiteSpace(text))
        {
            _errors.Add(new ApiError("err_validation_blank", $"{field} must not be blank", field));
            return null;
        }

        return text;
    }

    /// <summary>A search filter: absent, null and blank all mean "no filter", as a client clearing a field expects.</summary>
    public string? Filter(string field)
    {
        var text = AnyString(field, required: false);
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }

    public string? Email(string field, bool required = false)
    {
        var text = String(field, required);
        if (text is not null && !EmailAddressFormat.IsValid(text))
        {
            _errors.Add(new ApiError("err_validation_invalid_email_address",
                $"{field} '{text}' is not a valid email address", field));
            return null;
        }

        return text;
    }

    /// <summary>A mail domain such as example.com (no @).</summary>
    public string? Domain(string field, bool required = false)
    {
        var text = String(field, required);
        if (text is not null && !EmailAddressFormat.IsValidDomain(text))
        {
            // Inferred: no source shows Mimecast's code for a malformed domain.
            _errors.Add(new ApiError("err_validation_invalid_domain", $"{field} '{text}' is not a valid domain", field));
            return null;
        }

        return text;
    }

    /// <summary>Only JSON true/false count: the string "true" is a client bug the module must not make.</summary>
    public bool? Boolean(string field)
    {
        if (!TryGet(field, required: false, out var value))
        {
            return null;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        _errors.Add(new ApiError("err_validation_invalid_boolean", $"{field} must be true or false", field));
        return null;
    }

    public int? Integer(string field, bool required, int min, int max)
    {
        if (!TryGet(field, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out var number))
        {
            _errors.Add(new ApiError("err_validation_invalid_number", $"{field} must be a whole number", field));
            return null;
        }

        if (number < min || number > max)
        {
            _errors.Add(new ApiError("err_validation_out_of_range", $"{field} must be between {min} and {max}", field));
            return null;
        }

        return (int)number;
    }

    public string? Enum(string field, IReadOnlyCollection<string> allowed)
    {
        var text = String(field);
        if (text is not null && !allowed.Contains(text))
        {
            _errors.Add(new ApiError("err_validation_invalid_enum",
                $"{field} must be one of: {string.Join(", ", allowed)}", field));
            return null;
        }

        return text;
    }

    public IReadOnlyList<int>? IntegerArray(string field, bool required)
    {
        if (!TryGetArray(field, required, out var array))
        {
            return null;
        }

        var numbers = new List<int>(array.GetArrayLength());
        foreach (var element in array.EnumerateArray())
        {
            if (element.ValueKind != JsonValueKind.Number || !element.TryGetInt32(out var number))
            {
                _errors.Add(new ApiError("err_validation_invalid_number", $"{field} must hold whole numbers only", field));
                return null;
            }

            numbers.Add(number);
        }

        return numbers;
    }

    public IReadOnlyList<string>? StringArray(string field)
    {
        if (!TryGetArray(field, required: false, out var array))
        {
            return null;
        }

        var texts = new List<string>(array.GetArrayLength());
        foreach (var element in array.EnumerateArray())
        {
            if (element.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(element.GetString()))
            {
                _errors.Add(new ApiError("err_validation_blank", $"{field} must hold non-blank strings only", field));
                return null;
            }

            texts.Add(element.GetString()!);
        }

        return texts;
    }

    /// <summary>The field's text, blank or not; an error if it is there but not a string.</summary>
    private string? AnyString(string field, bool required)
    {
        if (!TryGet(field, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            _errors.Add(new ApiError("err_validation_invalid_string", $"{field} must be a string", field));
            return null;
        }

        return value.GetString()!;
    }

    private bool TryGetArray(string field, bool required, out JsonElement array)
    {
        if (!TryGet(field, required, out array))
        {
            return false;
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            _errors.Add(new ApiError("err_validation_invalid_array", $"{field} must be an array", field));
            return false;
        }

        if (required && array.GetArrayLength() == 0)
        {
            _errors.Add(new ApiError("err_validation_blank", $"{field} must not be empty", field));
            return false;
        }

        return true;
    }

    /// <summary>
    /// A JSON null counts as absent: it never changes a stored value. An undefined item (a list request without
    /// data) has no fields at all.
    /// </summary>
    private bool TryGet(string field, bool required, out JsonElement value)
    {
        value = default;
        if (_item.ValueKind == JsonValueKind.Object && _item.TryGetProperty(field, out value) && value.ValueKind != JsonValueKind.Null)
        {
            return true;
        }

        if (required)
        {
            _errors.Add(new ApiError("err_validation_null", $"{field} is required", field));
        }

        return false;
    }
}
