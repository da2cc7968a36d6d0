using System;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace TaskDefKit.Tests.Builders
{
    /// <summary>Reads one value out of emitted JSON by JSON pointer, as compact JSON text, for short assertions.</summary>
    public static class JsonAt
    {
        public static string Get(string json, string pointer)
        {
            using JsonDocument document = JsonDocument.Parse(json);
            JsonElement element = document.RootElement;
            foreach (string rawToken in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
            {
                string token = rawToken.Replace("~1", "/").Replace("~0", "~");
                element = element.ValueKind == JsonValueKind.Array
                    ? element[int.Parse(token, System.Globalization.CultureInfo.InvariantCulture)]
                    : element.TryGetProperty(token, out JsonElement child) ? child : throw new InvalidOperationException(pointer + ": no member " + token + " in " + element);
            }

            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            {
                element.WriteTo(writer);
            }

            return Encoding.UTF8.GetString(stream.ToArray());
        }

        public static bool Has(string json, string pointer)
        {
            try
            {
                Get(json, pointer);
                return true;
            }
            catch (InvalidOperationException)
            {
                return false;
            }
        }
    }
}
