using System;
using System.Runtime.InteropServices;
using System.Security;

namespace SpeechCustom.Infrastructure
{
    /// <summary>Reads a SecureString at the last moment, for the one call that needs the plain value.</summary>
    internal static class SecureStrings
    {
        public static string? ToPlain(SecureString? value)
        {
            if (value is null)
                return null;
            var pointer = IntPtr.Zero;
            try
            {
                pointer = Marshal.SecureStringToGlobalAllocUnicode(value);
                return Marshal.PtrToStringUni(pointer);
            }
            finally
            {
                if (pointer != IntPtr.Zero)
                    Marshal.ZeroFreeGlobalAllocUnicode(pointer);
            }
        }
    }
}
