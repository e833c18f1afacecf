namespace MimecastPS { internal static class Placeholder { } }
